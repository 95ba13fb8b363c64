#include "resetcorrelator.h"

#include "jsonline.h"


namespace {

constexpr int TcpClose = 7;
constexpr std::uint64_t PacketBeforeEventUs = 2000000; // a reset's packet is at most this much older
constexpr std::uint64_t PacketAfterEventUs = 50000;    // or this much newer (clock granularity)
constexpr std::uint64_t BurstWindowUs = 2000000;
constexpr std::uint64_t LocalAddressRefreshUs = 2000000;

std::string packetJson(const FlowTable::Reset &reset)
{
    JsonLine p;
    p.add("ttl", reset.packet.ttl);
    if (reset.packet.ipId >= 0)
        p.add("ip_id", reset.packet.ipId);
    else
        p.addNull("ip_id");
    p.add("df", reset.packet.dontFragment);
    p.add("window", int(reset.packet.window));
    p.add("ack", reset.packet.is(TcpPacket::Ack));
    if (reset.seqKnown)
        p.add("seq_expected", reset.seqExpected);
    else
        p.addNull("seq_expected");
    p.add("timestamps", reset.packet.hasTimestamps);
    p.add("payload_bytes", std::int64_t(reset.packet.payloadLength));
    p.add("text", reset.packet.payloadText);
    p.add("at_ms", std::int64_t(reset.atUs / 1000));
    return p.text();
}

std::string sideJson(const FlowTable::Side &side)
{
    JsonLine p;
    p.add("syn_ttl", side.synTtl);
    p.add("ttl_min", side.ttlMin);
    p.add("ttl_max", side.ttlMax);
    p.add("packets", std::int64_t(side.packets));
    p.add("ip_id_zero", side.packets > 0 && side.ipIdAllZero);
    p.add("df", side.dontFragment);
    p.add("timestamps", side.timestamps);
    return p.text();
}

} // namespace

ResetCorrelator::ResetCorrelator(SocketTable &sockets, FlowTable &flows, bool capturing, Output output, const NameTable *names)
    : m_sockets(sockets)
    , m_flows(flows)
    , m_capturing(capturing)
    , m_output(std::move(output))
    , m_names(names)
{
}

void ResetCorrelator::addKernelEvent(const KernelEvent &event, std::uint64_t atUs)
{
    if (event.kind == KernelEvent::Kind::StateChange || event.kind == KernelEvent::Kind::ProgramName) {
        m_sockets.apply(event);
        return;
    }
    Pending pending;
    pending.event = event;
    pending.atUs = atUs;
    if (const SocketTable::Entry *entry = m_sockets.find(event)) {
        pending.known = true;
        pending.entry = *entry;
    }
    if (pending.known && pending.entry.foreign) {
        ++m_foreign; // a program in another network namespace
        return;
    }
    if (!(pending.known && pending.entry.hasOwner && pending.entry.owner.namespaceKnown)) {
        // Only resets of this namespace: the tracepoints fire for all of
        // them. Where the owner's namespace could not be compared with
        // ours, its addresses first; where packets are captured, its
        // packet too (another namespace may use the same addresses).
        if (!m_localAddresses.contains(event.family, event.source, atUs)) {
            ++m_foreign;
            return;
        }
        pending.needsPacket = m_capturing;
    }
    push(pending);
}

const FlowTable::Flow *ResetCorrelator::flowOf(const Pending &pending, int *localSide) const
{
    const KernelEvent &e = pending.event;
    return m_flows.find(PacketParser::endpointText(e.family, e.source, e.sourcePort),
                        PacketParser::endpointText(e.family, e.destination, e.destinationPort), localSide);
}

const FlowTable::Reset *ResetCorrelator::matchingPacket(const Pending &pending, const FlowTable::Flow *flow) const
{
    if (!flow)
        return nullptr;
    const KernelEvent &e = pending.event;
    const std::string sender = e.kind == KernelEvent::Kind::ReceiveReset
        ? PacketParser::endpointText(e.family, e.destination, e.destinationPort)
        : PacketParser::endpointText(e.family, e.source, e.sourcePort);
    // Linux takes an RST only when it carries exactly the next expected
    // sequence number (RFC 5961); any other answers a challenge ACK and
    // makes no record. So among the RSTs near the record's time, the one
    // with the expected number is the one the kernel took; an injected or
    // duplicate one must not choose the verdict. Then the nearest in time.
    const FlowTable::Reset *best = nullptr;
    auto distance = [&](const FlowTable::Reset &r) {
        return r.atUs > pending.atUs ? r.atUs - pending.atUs : pending.atUs - r.atUs;
    };
    for (const FlowTable::Reset &r : flow->resets) {
        if (PacketParser::endpointText(r.packet.family, r.packet.source, r.packet.sourcePort) != sender)
            continue;
        if (r.atUs + PacketBeforeEventUs < pending.atUs || r.atUs > pending.atUs + PacketAfterEventUs)
            continue;
        if (!best || (r.seqExpected && !best->seqExpected)
            || (r.seqExpected == best->seqExpected && distance(r) < distance(*best)))
            best = &r;
    }
    return best;
}

std::string ResetCorrelator::describe(const Pending &pending) const
{
    const KernelEvent &e = pending.event;
    const bool received = e.kind == KernelEvent::Kind::ReceiveReset;
    const std::string local = PacketParser::endpointText(e.family, e.source, e.sourcePort);
    const std::string remote = PacketParser::endpointText(e.family, e.destination, e.destinationPort);
    JsonLine line;
    line.add("type", "reset");
    line.add("at_ms", std::int64_t(pending.atUs / 1000));
    line.add("direction", received ? "received" : "sent");
    line.add("local", local);
    line.add("remote", remote);
    int state = 0;
    if (!received && e.state != 0 && e.state != TcpClose)
        state = e.state;
    else if (pending.known)
        state = pending.entry.state == TcpClose ? pending.entry.stateBeforeClose : pending.entry.state;
    else if (!received)
        state = e.state;
    line.add("tcp_state", tcpStateName(state));
    if (pending.known && pending.entry.hasOwner) {
        line.add("pid", std::int64_t(pending.entry.owner.pid));
        line.add("program", pending.entry.owner.program);
        line.add("exe", pending.entry.owner.exe);
        line.add("owner", pending.entry.owner.how);
    } else {
        line.addNull("pid").addNull("program").addNull("exe");
        // Why there is no owner, as a code the app turns into words.
        line.add("owner", !received && e.socket == 0 ? "no_socket" : pending.known ? "not_found" : "not_seen");
    }
    if (!received && e.reason >= 0)
        line.add("reason", e.reason);
    if (!received && !e.reasonName.empty())
        line.add("kernel_reason", e.reasonName);

    int localSide = 0;
    const FlowTable::Flow *flow = m_capturing ? flowOf(pending, &localSide) : nullptr;
    const FlowTable::Reset *packet = matchingPacket(pending, flow);
    line.add("capture", m_capturing);
    if (packet)
        line.addRaw("packet", packetJson(*packet));
    else
        line.addNull("packet");
    if (flow && flow->sides[1 - localSide].packets > 0)
        line.addRaw("peer", sideJson(flow->sides[1 - localSide]));
    else
        line.addNull("peer");
    const int hostTtl = m_capturing ? m_flows.hostTtl(PacketParser::addressText(e.family, e.destination)) : -1;
    line.add("host_ttl", hostTtl);
    const std::uint64_t resetUs = packet ? packet->atUs : pending.atUs;
    if (flow && flow->lastActiveUs != 0 && flow->lastActiveUs <= resetUs)
        line.add("idle_ms", std::int64_t((resetUs - flow->lastActiveUs) / 1000));
    else
        line.addNull("idle_ms");
    int burst = 0;
    bool seqVaried = false;
    if (packet) {
        for (const FlowTable::Reset &r : flow->resets) {
            if (r.packet.sourcePort != packet->packet.sourcePort || r.packet.source != packet->packet.source
                || r.atUs + BurstWindowUs < packet->atUs || r.atUs > packet->atUs + BurstWindowUs)
                continue;
            ++burst;
            if (r.packet.seq != packet->packet.seq || r.packet.ack != packet->packet.ack)
                seqVaried = true;
        }
    }
    line.add("burst", burst);
    line.add("burst_seq_varied", seqVaried);
    addRemoteName(line, pending, flow);
    return line.text();
}

void ResetCorrelator::addRemoteName(JsonLine &line, const Pending &pending, const FlowTable::Flow *flow) const
{
    if (!m_names)
        return;
    const KernelEvent &e = pending.event;
    // A DNS answer counts only if it came before the connection began; the
    // connection's first captured packet says when that was, else the reset.
    const std::uint64_t startUs = flow && flow->firstSeenUs ? flow->firstSeenUs : pending.atUs;
    const NameTable::Name name = m_names->lookup(PacketParser::endpointText(e.family, e.source, e.sourcePort),
                                                 PacketParser::endpointText(e.family, e.destination, e.destinationPort), e.family,
                                                 e.destination, startUs);
    if (!name.known())
        return; // absent, not null: unknown stays unknown
    line.add("remote_name", name.name);
    line.add("remote_name_from", name.from);
}

void ResetCorrelator::addResetPacket(const TcpPacket &packet, std::uint64_t atUs)
{
    // Without the kernel's events we do not know which RSTs the stack took
    // (an out-of-window RST is ignored), who owned the socket or its state:
    // the line says so by leaving them out.
    if (!packet.is(TcpPacket::Rst))
        return;
    const bool sent = m_localAddresses.contains(packet.family, packet.source, atUs);
    KernelEvent e;
    e.kind = sent ? KernelEvent::Kind::SendReset : KernelEvent::Kind::ReceiveReset;
    e.family = packet.family;
    e.source = sent ? packet.source : packet.destination;
    e.sourcePort = sent ? packet.sourcePort : packet.destinationPort;
    e.destination = sent ? packet.destination : packet.source;
    e.destinationPort = sent ? packet.destinationPort : packet.sourcePort;
    e.socket = 1; // not "no socket": we simply do not know
    Pending pending;
    pending.event = e;
    pending.atUs = atUs;
    push(pending);
}

void ResetCorrelator::push(const Pending &pending)
{
    if (m_pending.size() >= MaxPending) {
        ++m_overflowed;
        return;
    }
    m_pending.push_back(pending);
}

std::uint64_t ResetCorrelator::nextDeadlineUs() const
{
    return m_pending.empty() ? 0 : m_pending.front().atUs + WaitForPacketUs;
}

void ResetCorrelator::flush(std::uint64_t nowUs, bool all)
{
    while (!m_pending.empty()) {
        const Pending &p = m_pending.front();
        int localSide = 0;
        const bool havePacket = m_capturing && matchingPacket(p, flowOf(p, &localSide));
        const bool ready = all || !m_capturing || havePacket || nowUs >= p.atUs + WaitForPacketUs;
        if (!ready)
            break; // in order: later resets wait behind the first
        if (p.needsPacket && !havePacket) {
            ++m_foreign;
            m_pending.pop_front();
            continue;
        }
        m_output(describe(p));
        ++m_written;
        m_pending.pop_front();
    }
}
