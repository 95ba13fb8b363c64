#include "packetparser.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cstring>

namespace PacketParser {

namespace {

std::uint16_t read16(const std::uint8_t *p) { return std::uint16_t((p[0] << 8) | p[1]); }
std::uint32_t read32(const std::uint8_t *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

constexpr std::uint16_t EtherIpv4 = 0x0800;
constexpr std::uint16_t EtherIpv6 = 0x86DD;
constexpr std::uint16_t EtherVlan = 0x8100;
constexpr std::uint16_t EtherQinQ = 0x88A8;
constexpr std::uint8_t ProtoTcp = 6;
constexpr std::uint8_t ProtoUdp = 17;

bool parseTcp(const std::uint8_t *data, std::size_t length, std::uint32_t segmentLength, TcpPacket *packet)
{
    if (length < 20)
        return false;
    const std::size_t headerLength = std::size_t(data[12] >> 4) * 4;
    if (headerLength < 20 || headerLength > length || segmentLength < headerLength)
        return false;
    packet->sourcePort = read16(data);
    packet->destinationPort = read16(data + 2);
    packet->seq = read32(data + 4);
    packet->ack = read32(data + 8);
    packet->flags = data[13];
    packet->window = read16(data + 14);
    // Options: kinds 0 (end) and 1 (no-op) are one byte, the rest say their length.
    for (std::size_t i = 20; i < headerLength;) {
        const std::uint8_t kind = data[i];
        if (kind == 0)
            break;
        if (kind == 1) {
            ++i;
            continue;
        }
        if (i + 1 >= headerLength)
            break;
        const std::uint8_t optionLength = data[i + 1];
        if (optionLength < 2 || i + optionLength > headerLength)
            break;
        if (kind == 8)
            packet->hasTimestamps = true;
        i += optionLength;
    }
    packet->payloadLength = segmentLength - std::uint32_t(headerLength);
    packet->payloadText.clear();
    const std::size_t captured = length - headerLength;
    const std::size_t shown = std::min<std::size_t>({captured, packet->payloadLength, 80});
    for (std::size_t i = 0; i < shown; ++i) {
        const char c = char(data[headerLength + i]);
        packet->payloadText.push_back(c >= 0x20 && c < 0x7f ? c : '.');
    }
    return true;
}

// Where an IP packet's transport header starts, and what the IP header
// said on the way there. Shared by the TCP header parser and the payload
// parser, so both walk IPv4 options and IPv6 extension headers alike.
struct Transport
{
    int family = 0;
    int protocol = 0;
    std::array<std::uint8_t, 16> source{};
    std::array<std::uint8_t, 16> destination{};
    int ttl = -1;
    int ipId = -1;
    bool dontFragment = false;
    const std::uint8_t *data = nullptr;
    std::size_t available = 0;      // captured bytes from the transport header on
    std::uint32_t segmentLength = 0; // its length by the IP header
};

bool locateIpv4(const std::uint8_t *data, std::size_t length, Transport *t)
{
    if (length < 20)
        return false;
    const std::size_t headerLength = std::size_t(data[0] & 0x0f) * 4;
    const std::size_t totalLength = read16(data + 2);
    if (headerLength < 20 || headerLength > length || totalLength < headerLength)
        return false;
    const std::uint16_t fragment = read16(data + 6);
    if ((fragment & 0x1fff) != 0) // a later fragment has no transport header
        return false;
    t->family = 4;
    t->protocol = data[9];
    t->ttl = data[8];
    t->ipId = read16(data + 4);
    t->dontFragment = (fragment & 0x4000) != 0;
    t->source.fill(0);
    t->destination.fill(0);
    std::memcpy(t->source.data(), data + 12, 4);
    std::memcpy(t->destination.data(), data + 16, 4);
    // The capture may be shorter than the packet (snap length) or, with a
    // lying header, longer: read no further than both allow.
    t->data = data + headerLength;
    t->available = std::min(length, totalLength) - headerLength;
    t->segmentLength = std::uint32_t(totalLength - headerLength);
    return true;
}

bool locateIpv6(const std::uint8_t *data, std::size_t length, Transport *t)
{
    if (length < 40)
        return false;
    const std::size_t payloadLength = read16(data + 4);
    std::uint8_t next = data[6];
    t->family = 6;
    t->ttl = data[7];
    t->ipId = -1;
    t->dontFragment = true;
    std::memcpy(t->source.data(), data + 8, 16);
    std::memcpy(t->destination.data(), data + 24, 16);
    std::size_t offset = 40;
    const std::size_t end = std::min(length, 40 + payloadLength);
    // Walk the extension headers (a bounded number: a crafted chain cannot
    // keep us here) to the TCP or UDP header.
    for (int hops = 0; hops < 8 && next != ProtoTcp && next != ProtoUdp; ++hops) {
        switch (next) {
        case 0:  // hop-by-hop options
        case 43: // routing
        case 60: // destination options
            if (offset + 2 > end)
                return false;
            next = data[offset];
            offset += (std::size_t(data[offset + 1]) + 1) * 8;
            break;
        case 44: // fragment: only the first fragment carries the transport header
            if (offset + 8 > end)
                return false;
            if ((read16(data + offset + 2) & 0xfff8) != 0)
                return false;
            next = data[offset];
            offset += 8;
            break;
        case 51: // authentication header
            if (offset + 2 > end)
                return false;
            next = data[offset];
            offset += (std::size_t(data[offset + 1]) + 2) * 4;
            break;
        default: // ESP, no next header, or anything we do not read
            return false;
        }
    }
    if ((next != ProtoTcp && next != ProtoUdp) || offset > end || offset - 40 > payloadLength)
        return false;
    t->protocol = next;
    t->data = data + offset;
    t->available = end - offset;
    t->segmentLength = std::uint32_t(payloadLength - (offset - 40));
    return true;
}

bool locateTransport(const std::uint8_t *data, std::size_t length, Transport *t)
{
    if (!data || length < 1)
        return false;
    switch (data[0] >> 4) {
    case 4:
        return locateIpv4(data, length, t);
    case 6:
        return locateIpv6(data, length, t);
    default:
        return false;
    }
}

// The IP packet inside a captured frame, after its link-layer header.
bool locateIp(int linkType, const std::uint8_t *data, std::size_t length, const std::uint8_t **ip, std::size_t *ipLength)
{
    if (!data)
        return false;
    std::size_t offset = 0;
    std::uint16_t etherType = 0;
    switch (linkType) {
    case LinkEthernet:
        if (length < 14)
            return false;
        etherType = read16(data + 12);
        offset = 14;
        for (int tags = 0; tags < 2 && (etherType == EtherVlan || etherType == EtherQinQ); ++tags) {
            if (length < offset + 4)
                return false;
            etherType = read16(data + offset + 2);
            offset += 4;
        }
        break;
    case LinkLinuxSll:
        if (length < 16)
            return false;
        etherType = read16(data + 14);
        offset = 16;
        break;
    case LinkLinuxSll2:
        if (length < 20)
            return false;
        etherType = read16(data);
        offset = 20;
        break;
    case LinkRaw:
    case LinkRawAlt:
        *ip = data;
        *ipLength = length;
        return true;
    case LinkNull:
    case LinkLoop: {
        if (length < 4)
            return false;
        std::uint32_t family = 0;
        std::memcpy(&family, data, 4);
        if (linkType == LinkLoop)
            family = ntohl(family);
        else if (family > 0xffff) // written in the other byte order
            family = __builtin_bswap32(family);
        // AF_INET is 2 everywhere; AF_INET6 is 24, 28 or 30 on the BSDs and macOS.
        if (family != 2 && family != 24 && family != 28 && family != 30)
            return false;
        *ip = data + 4;
        *ipLength = length - 4;
        return true;
    }
    default:
        return false;
    }
    if (etherType != EtherIpv4 && etherType != EtherIpv6)
        return false;
    *ip = data + offset;
    *ipLength = length - offset;
    return true;
}

} // namespace

bool parseIp(const std::uint8_t *data, std::size_t length, TcpPacket *packet)
{
    Transport t;
    if (!locateTransport(data, length, &t) || t.protocol != ProtoTcp)
        return false;
    packet->family = t.family;
    packet->ttl = t.ttl;
    packet->ipId = t.ipId;
    packet->dontFragment = t.dontFragment;
    packet->source = t.source;
    packet->destination = t.destination;
    return parseTcp(t.data, t.available, t.segmentLength, packet);
}

bool parse(int linkType, const std::uint8_t *data, std::size_t length, TcpPacket *packet)
{
    const std::uint8_t *ip = nullptr;
    std::size_t ipLength = 0;
    if (!packet || !locateIp(linkType, data, length, &ip, &ipLength))
        return false;
    return parseIp(ip, ipLength, packet);
}

bool parsePayload(int linkType, const std::uint8_t *data, std::size_t length, AppPayload *payload)
{
    const std::uint8_t *ip = nullptr;
    std::size_t ipLength = 0;
    Transport t;
    if (!payload || !locateIp(linkType, data, length, &ip, &ipLength) || !locateTransport(ip, ipLength, &t))
        return false;
    std::size_t headerLength = 0;
    if (t.protocol == ProtoTcp) {
        if (t.available < 20)
            return false;
        headerLength = std::size_t(t.data[12] >> 4) * 4;
        if (headerLength < 20)
            return false; // a data offset under the minimum header
    } else {
        headerLength = 8;
    }
    if (t.available < 8 || headerLength < 8 || headerLength > t.available || headerLength > t.segmentLength)
        return false;
    payload->family = t.family;
    payload->protocol = t.protocol;
    payload->source = t.source;
    payload->destination = t.destination;
    payload->sourcePort = read16(t.data);
    payload->destinationPort = read16(t.data + 2);
    payload->data = t.data + headerLength;
    // No more than the IP header says the segment holds (Ethernet pads short frames).
    payload->length = std::min<std::size_t>(t.available, t.segmentLength) - headerLength;
    return true;
}

std::string addressText(int family, const std::array<std::uint8_t, 16> &address)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (family == 4)
        inet_ntop(AF_INET, address.data(), text, sizeof text);
    else
        inet_ntop(AF_INET6, address.data(), text, sizeof text);
    return text;
}

std::string endpointText(int family, const std::array<std::uint8_t, 16> &address, std::uint16_t port)
{
    const std::string host = addressText(family, address);
    return (family == 6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

} // namespace PacketParser
