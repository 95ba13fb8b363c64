// libFuzzer target: the pasted error message recognizer (Node.js, Python,
// Java, Windows, curl, browsers ... and anything else a user pastes).

#include "diagnosis/errorrecognizer.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)ErrorRecognizer::recognize(FuzzInput::text(data, size));
    return 0;
}
