// libFuzzer target: the reset watch helper's JSON lines as the app reads
// them (a helper of another version, or a broken pipe, may send anything).

#include "fuzzinput.h"
#include "resetwatch/helperstreamparser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)HelperStreamParser::parseLine(FuzzInput::bytes(data, size));
    return 0;
}
