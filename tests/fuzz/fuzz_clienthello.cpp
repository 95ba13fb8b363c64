// libFuzzer target: the TLS ClientHello reader (the lab's SNI gate reads
// the server name as a filtering middlebox does).

#include "fuzzinput.h"
#include "lab/clienthello.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)ClientHello::parse(FuzzInput::bytes(data, size));
    return 0;
}
