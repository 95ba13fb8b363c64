#ifndef CDOC_PACKETPARSER_H
#define CDOC_PACKETPARSER_H

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

// What the reset watch needs to know of one captured TCP packet. Plain C++
// (no Qt): the privileged helper links it, and so do the tests and the
// fuzzing harness. Everything is read with bounds checks against the
// captured length; a packet that is not TCP over IPv4 or IPv6, or is cut
// before the end of its TCP header, is refused.
struct TcpPacket
{
    int family = 0;                     // 4 or 6
    std::array<std::uint8_t, 16> source{}; // IPv4 in the first 4 bytes
    std::array<std::uint8_t, 16> destination{};
    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;
    int ttl = -1;        // IPv4 TTL or IPv6 hop limit
    int ipId = -1;       // IPv4 identification; -1 for IPv6
    bool dontFragment = false; // IPv4 DF; true for IPv6 (routers never fragment)
    std::uint8_t flags = 0;    // TCP flags byte (FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10)
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint16_t window = 0;
    bool hasTimestamps = false; // TCP option 8
    std::uint32_t payloadLength = 0; // from the IP lengths, not the capture
    std::string payloadText;   // printable bytes of the captured payload, at most 80

    static constexpr std::uint8_t Fin = 0x01;
    static constexpr std::uint8_t Syn = 0x02;
    static constexpr std::uint8_t Rst = 0x04;
    static constexpr std::uint8_t Ack = 0x10;
    bool is(std::uint8_t flag) const { return (flags & flag) != 0; }
};

// The first bytes a client sends on a TCP connection, or a UDP datagram:
// what the helper reads names from (a TLS ClientHello, an HTTP request's
// Host, a DNS answer). `data` points into the captured frame and is valid
// only while the frame is (inside PacketCapture's sink).
struct AppPayload
{
    int family = 0;
    int protocol = 0; // 6 TCP, 17 UDP
    std::array<std::uint8_t, 16> source{};
    std::array<std::uint8_t, 16> destination{};
    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;
    const std::uint8_t *data = nullptr;
    std::size_t length = 0; // captured bytes of the payload (no more than the packet holds)
};

namespace PacketParser {

// libpcap's link types that the watch meets on Linux, BSD and macOS.
enum LinkType : int {
    LinkNull = 0,       // DLT_NULL: BSD loopback, a 4-byte host-order family
    LinkEthernet = 1,   // DLT_EN10MB, with up to two VLAN tags
    LinkRaw = 12,       // DLT_RAW on most systems
    LinkRawAlt = 101,   // LINKTYPE_RAW
    LinkLoop = 108,     // DLT_LOOP: like NULL, network order
    LinkLinuxSll = 113, // "any" device, cooked v1
    LinkLinuxSll2 = 276 // "any" device, cooked v2
};

// Parses one captured frame; false when it is not a TCP packet that can be
// read whole up to the end of the TCP header.
bool parse(int linkType, const std::uint8_t *data, std::size_t capturedLength, TcpPacket *packet);

// Parses from the IP header on (version taken from the first nibble).
bool parseIp(const std::uint8_t *data, std::size_t length, TcpPacket *packet);

// The payload of a TCP segment or a UDP datagram in one captured frame;
// false when the frame is neither, or is cut before the payload starts.
bool parsePayload(int linkType, const std::uint8_t *data, std::size_t capturedLength, AppPayload *payload);

// "10.0.0.1:80" or "[2001:db8::1]:443".
std::string endpointText(int family, const std::array<std::uint8_t, 16> &address, std::uint16_t port);
std::string addressText(int family, const std::array<std::uint8_t, 16> &address);

} // namespace PacketParser

#endif // CDOC_PACKETPARSER_H
