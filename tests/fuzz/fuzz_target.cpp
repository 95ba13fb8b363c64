// libFuzzer target: what a user types or pastes as the service (targets
// and URLs, IPv6 with and without brackets, ports, paths).

#include "fuzzinput.h"
#include "probe/target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Target::ParseResult r = Target::parse(FuzzInput::text(data, size));
    if (r.ok()) {
        // What the app does with a target next.
        (void)r.target.displayName();
        (void)r.target.path();
        (void)Target::parse(r.target.displayName());
    }
    return 0;
}
