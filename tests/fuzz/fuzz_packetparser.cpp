// libFuzzer target: the reset watch's packet parsers, the headers parser
// with every link type it reads and the parsers that read names from
// payloads (TLS ClientHello, HTTP Host, DNS answers), all of which read
// bytes anyone can send. The first byte chooses the parser and link type.
// Built with -DCDOC_FUZZ=ON and clang (see tests/fuzz/CMakeLists.txt); the
// seeds in tests/fuzz/corpus/packetparser are frames and payloads from
// tst_packetparser.

#include "dnsanswer.h"
#include "httprequest.h"
#include "nametable.h"
#include "packetparser.h"
#include "tlsclienthello.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>

namespace {

const int LinkTypes[] = {PacketParser::LinkNull, PacketParser::LinkEthernet, PacketParser::LinkRaw, PacketParser::LinkRawAlt,
                         PacketParser::LinkLoop, PacketParser::LinkLinuxSll, PacketParser::LinkLinuxSll2};
constexpr int LinkTypeCount = int(sizeof LinkTypes / sizeof LinkTypes[0]);

// What the helper does with a captured frame: its headers, and its
// payload through the names table (as NameCapture does).
void frame(int linkType, const std::uint8_t *data, std::size_t size)
{
    TcpPacket packet;
    if (PacketParser::parse(linkType, data, size, &packet)) {
        (void)PacketParser::endpointText(packet.family, packet.source, packet.sourcePort);
        (void)PacketParser::addressText(packet.family, packet.destination);
    }
    AppPayload payload;
    if (PacketParser::parsePayload(linkType, data, size, &payload)) {
        NameTable names;
        if (payload.protocol == 6) {
            names.addClientPayload(payload);
        } else {
            DnsAnswer::Result answer;
            if (DnsAnswer::parse(payload.data, payload.length, &answer))
                names.addDnsAnswer(answer, 1);
        }
        (void)names.lookup("10.0.0.2:1", "10.0.0.1:2", payload.family, payload.source, 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    // A copy of exactly the input's size, so a read past it is caught.
    const std::size_t n = size - 1;
    std::unique_ptr<std::uint8_t[]> bytes(new std::uint8_t[n + 1]);
    std::memcpy(bytes.get(), data + 1, n);
    const int choice = data[0] % (LinkTypeCount + 3);
    if (choice < LinkTypeCount) {
        frame(LinkTypes[choice], bytes.get(), n);
    } else if (choice == LinkTypeCount) {
        (void)TlsClientHello::serverName(bytes.get(), n);
    } else if (choice == LinkTypeCount + 1) {
        (void)HttpRequest::host(bytes.get(), n);
    } else {
        DnsAnswer::Result answer;
        (void)DnsAnswer::parse(bytes.get(), n, &answer);
    }
    return 0;
}
