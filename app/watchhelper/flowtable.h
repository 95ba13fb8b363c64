#ifndef CDOC_FLOWTABLE_H
#define CDOC_FLOWTABLE_H

#include "packetparser.h"

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

// What the packets of each TCP connection said, kept so that when a reset
// comes its packet can be set against the connection's own: the TTL of the
// peer's SYN-ACK and data (hop distance), its IP IDs and DF bit, whether it
// used TCP timestamps, the next sequence number it would send, and when
// the connection was last active. Bounded: at most MaxFlows connections,
// the least recently active forgotten first.
class FlowTable
{
public:
    // Facts about the packets one side of a connection sent (RSTs apart).
    struct Side
    {
        int synTtl = -1; // TTL of its SYN or SYN-ACK
        int ttlMin = -1;
        int ttlMax = -1;
        int lastIpId = -1;
        bool ipIdAllZero = true;
        bool dontFragment = false;
        bool timestamps = false;
        bool nextSeqKnown = false;
        std::uint32_t nextSeq = 0;
        std::uint64_t packets = 0;
    };

    struct Reset
    {
        std::uint64_t atUs = 0; // capture time, microseconds since the epoch
        TcpPacket packet;
        bool seqKnown = false;   // the sender's next sequence number was known
        bool seqExpected = false; // ... and the RST carried it
    };

    struct Flow
    {
        Side sides[2]; // [0]: the lower endpoint, [1]: the higher (see key())
        std::uint64_t lastActiveUs = 0; // last packet that was not an RST
        std::uint64_t lastSeenUs = 0;
        std::uint64_t firstSeenUs = 0; // the connection's first captured packet
        std::vector<Reset> resets; // the last few RSTs, both ways
    };

    static constexpr std::size_t MaxFlows = 65536;
    static constexpr std::size_t MaxResetsPerFlow = 8;
    static constexpr std::size_t MaxHosts = 8192;

    void add(const TcpPacket &packet, std::uint64_t atUs);

    // The connection between two endpoints ("10.0.0.1:80"), and which side
    // of it `endpoint` is.
    const Flow *find(const std::string &endpoint, const std::string &other, int *sideOfEndpoint) const;
    // The TTL last seen in a SYN or SYN-ACK from this address (any port):
    // a hop distance for connections whose own handshake was not seen.
    int hostTtl(const std::string &address) const;

    std::size_t size() const { return m_flows.size(); }

private:
    static std::string key(const std::string &a, const std::string &b) { return a < b ? a + "|" + b : b + "|" + a; }
    void evictOldest();

    std::unordered_map<std::string, Flow> m_flows;
    std::unordered_map<std::string, int> m_hostTtl;
    std::deque<std::string> m_hostOrder;
};

#endif // CDOC_FLOWTABLE_H
