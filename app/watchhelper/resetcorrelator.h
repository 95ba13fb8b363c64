#ifndef CDOC_RESETCORRELATOR_H
#define CDOC_RESETCORRELATOR_H

#include "flowtable.h"
#include "jsonline.h"
#include "kernelevent.h"
#include "localaddresses.h"
#include "nametable.h"
#include "sockettable.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <string>

// Joins each reset the kernel reports with its owner (SocketTable) and, when
// packets are captured, with the RST packet itself and the connection's
// other packets (FlowTable), and with the name the program asked for
// (NameTable), and writes the result as one JSON line. The
// helper only gathers facts; the app judges who sent the reset.
class ResetCorrelator
{
public:
    using Output = std::function<void(const std::string &line)>;

    // `names` (may be null) gives each reset its remote_name.
    ResetCorrelator(SocketTable &sockets, FlowTable &flows, bool capturing, Output output, const NameTable *names = nullptr);

    // A kernel record, its time already in microseconds since the epoch.
    void addKernelEvent(const KernelEvent &event, std::uint64_t atUs);
    // Packet-capture-only mode (no kernel events): every RST packet is a reset.
    void addResetPacket(const TcpPacket &packet, std::uint64_t atUs);
    // Writes the resets whose packet has come, or that waited long enough.
    void flush(std::uint64_t nowUs, bool all = false);
    std::uint64_t nextDeadlineUs() const;
    std::uint64_t written() const { return m_written; }
    // Resets of other network namespaces left out.
    std::uint64_t foreign() const { return m_foreign; }

    // How long a reset waits for its packet: the capture path can lag the
    // tracepoint by a scheduling delay, longer on a busy machine.
    static constexpr std::uint64_t WaitForPacketUs = 1000000;
    // Resets waiting for their packets, at most: a flood of SYNs to closed
    // ports makes a reset each; beyond this they are counted, not kept.
    static constexpr std::size_t MaxPending = 20000;
    std::uint64_t overflowed() const { return m_overflowed; }

private:
    struct Pending
    {
        KernelEvent event;
        std::uint64_t atUs = 0;
        bool known = false;
        SocketTable::Entry entry;
        // Owner unknown: the tracepoints fire for every network namespace,
        // and only a packet on our own interfaces shows it is ours.
        bool needsPacket = false;
    };
    void push(const Pending &pending);
    // The connection's flow and the RST that the kernel took, if seen.
    const FlowTable::Flow *flowOf(const Pending &pending, int *localSide) const;
    const FlowTable::Reset *matchingPacket(const Pending &pending, const FlowTable::Flow *flow) const;
    std::string describe(const Pending &pending) const;
    void addRemoteName(JsonLine &line, const Pending &pending, const FlowTable::Flow *flow) const;

    SocketTable &m_sockets;
    FlowTable &m_flows;
    bool m_capturing;
    Output m_output;
    std::deque<Pending> m_pending;
    const NameTable *m_names;
    LocalAddresses m_localAddresses;
    std::uint64_t m_written = 0;
    std::uint64_t m_foreign = 0;
    std::uint64_t m_overflowed = 0;
};

#endif // CDOC_RESETCORRELATOR_H
