#include "flowtable.h"

#include <algorithm>

void FlowTable::add(const TcpPacket &packet, std::uint64_t atUs)
{
    const std::string from = PacketParser::endpointText(packet.family, packet.source, packet.sourcePort);
    const std::string to = PacketParser::endpointText(packet.family, packet.destination, packet.destinationPort);
    const std::string k = key(from, to);
    auto it = m_flows.find(k);
    if (it == m_flows.end()) {
        if (m_flows.size() >= MaxFlows)
            evictOldest();
        it = m_flows.emplace(k, Flow{}).first;
        it->second.firstSeenUs = atUs;
    }
    Flow &flow = it->second;
    flow.lastSeenUs = atUs;
    // A new SYN on the same two endpoints is a new connection.
    if (packet.is(TcpPacket::Syn) && !packet.is(TcpPacket::Ack))
        flow.firstSeenUs = atUs;
    const int index = from < to ? 0 : 1;
    Side &side = flow.sides[index];
    if (packet.is(TcpPacket::Rst)) {
        Reset reset;
        reset.atUs = atUs;
        reset.packet = packet;
        reset.seqKnown = side.nextSeqKnown;
        reset.seqExpected = side.nextSeqKnown && packet.seq == side.nextSeq;
        if (flow.resets.size() >= MaxResetsPerFlow)
            flow.resets.erase(flow.resets.begin());
        flow.resets.push_back(reset);
        return;
    }
    flow.lastActiveUs = atUs;
    ++side.packets;
    side.ttlMin = side.ttlMin < 0 ? packet.ttl : std::min(side.ttlMin, packet.ttl);
    side.ttlMax = std::max(side.ttlMax, packet.ttl);
    if (packet.ipId >= 0) {
        side.lastIpId = packet.ipId;
        if (packet.ipId != 0)
            side.ipIdAllZero = false;
    }
    side.dontFragment = packet.dontFragment;
    if (packet.hasTimestamps)
        side.timestamps = true;
    // SYN and FIN take one sequence number each.
    const std::uint32_t length = packet.payloadLength + (packet.is(TcpPacket::Syn) ? 1 : 0)
        + (packet.is(TcpPacket::Fin) ? 1 : 0);
    // The furthest the side has sent (a retransmission or a late segment
    // does not move it back), compared across the 32-bit wrap.
    const std::uint32_t next = packet.seq + length;
    if (!side.nextSeqKnown || std::int32_t(next - side.nextSeq) > 0)
        side.nextSeq = next;
    side.nextSeqKnown = true;
    if (packet.is(TcpPacket::Syn)) {
        side.synTtl = packet.ttl;
        const std::string host = PacketParser::addressText(packet.family, packet.source);
        if (m_hostTtl.find(host) == m_hostTtl.end()) {
            if (m_hostOrder.size() >= MaxHosts) {
                m_hostTtl.erase(m_hostOrder.front());
                m_hostOrder.pop_front();
            }
            m_hostOrder.push_back(host);
        }
        m_hostTtl[host] = packet.ttl;
    }
}

const FlowTable::Flow *FlowTable::find(const std::string &endpoint, const std::string &other, int *sideOfEndpoint) const
{
    const auto it = m_flows.find(key(endpoint, other));
    if (it == m_flows.end())
        return nullptr;
    if (sideOfEndpoint)
        *sideOfEndpoint = endpoint < other ? 0 : 1;
    return &it->second;
}

int FlowTable::hostTtl(const std::string &address) const
{
    const auto it = m_hostTtl.find(address);
    return it == m_hostTtl.end() ? -1 : it->second;
}

void FlowTable::evictOldest()
{
    // Rare (only at MaxFlows): drop the least recently seen eighth at once,
    // so the scan is paid once per many new flows.
    std::vector<std::uint64_t> seen;
    seen.reserve(m_flows.size());
    for (const auto &f : m_flows)
        seen.push_back(f.second.lastSeenUs);
    auto nth = seen.begin() + std::ptrdiff_t(seen.size() / 8);
    std::nth_element(seen.begin(), nth, seen.end());
    const std::uint64_t cutoff = *nth;
    for (auto it = m_flows.begin(); it != m_flows.end();) {
        if (it->second.lastSeenUs <= cutoff)
            it = m_flows.erase(it);
        else
            ++it;
    }
}
