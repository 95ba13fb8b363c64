// libFuzzer target: the reset watch's packet parser, with every link type
// it reads (the first byte of the input chooses it). Built with
// -DCDOC_FUZZ=ON and clang (see tests/fuzz/CMakeLists.txt); the seeds in
// tests/fuzz/corpus/packetparser are frames from tst_packetparser.

#include "packetparser.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    static const int linkTypes[] = {PacketParser::LinkNull, PacketParser::LinkEthernet, PacketParser::LinkRaw, PacketParser::LinkRawAlt,
                                    PacketParser::LinkLoop, PacketParser::LinkLinuxSll, PacketParser::LinkLinuxSll2};
    const int linkType = linkTypes[data[0] % (sizeof linkTypes / sizeof linkTypes[0])];
    // A copy of exactly the frame's size, so a read past it is caught.
    std::unique_ptr<std::uint8_t[]> frame(new std::uint8_t[size - 1 + 1]);
    std::memcpy(frame.get(), data + 1, size - 1);
    TcpPacket packet;
    if (PacketParser::parse(linkType, frame.get(), size - 1, &packet)) {
        // What the helper does with a parsed packet next.
        (void)PacketParser::endpointText(packet.family, packet.source, packet.sourcePort);
        (void)PacketParser::addressText(packet.family, packet.destination);
    }
    return 0;
}
