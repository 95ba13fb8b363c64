// libFuzzer target: a helpdesk profile (*.cdprofile), as a user opens one
// that came by mail.

#include "fuzzinput.h"
#include "profile/profilereader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Profile profile;
    QString error;
    (void)ProfileReader::read(FuzzInput::bytes(data, size), &profile, &error);
    return 0;
}
