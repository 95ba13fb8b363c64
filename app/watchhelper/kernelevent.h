#ifndef CDOC_KERNELEVENT_H
#define CDOC_KERNELEVENT_H

#include "tracepointformat.h"

#include <array>
#include <cstdint>
#include <string>

// One record of the three tracepoints the reset watch listens to, decoded
// from its raw bytes with the running kernel's own format description.
struct KernelEvent
{
    // ProgramName: a program's name as the kernel gave it when the process
    // started a program (exec), for a pid whose /proc entry is gone by the
    // time its records are read.
    enum class Kind { StateChange, ReceiveReset, SendReset, ProgramName };

    Kind kind = Kind::StateChange;
    std::uint64_t timeNs = 0;  // CLOCK_MONOTONIC
    std::uint32_t pid = 0;     // the task that was running: the owner only in process context
    bool processContext = false;
    std::uint64_t socket = 0;  // the kernel's socket address (skaddr): an opaque key
    int family = 0;            // 4 or 6; 0 when the kernel did not say
    std::array<std::uint8_t, 16> source{};
    std::array<std::uint8_t, 16> destination{};
    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;
    int oldState = 0; // StateChange; TCP_* numbers as in include/net/tcp_states.h
    int newState = 0;
    int state = 0;    // SendReset, where the kernel says (0: it did not)
    std::uint64_t cookie = 0; // ReceiveReset: the socket cookie inet_diag also reports
    int reason = -1;  // SendReset: enum sk_rst_reason, where the kernel says
    std::string reasonName; // its name in this kernel's own list (TCP_ABORT_ON_CLOSE); empty: not named
    std::string name; // ProgramName: the kernel's comm (at most 15 characters)
};

// Decodes raw tracepoint records, one decoder per kernel.
class KernelEventDecoder
{
public:
    // Formats for sock:inet_sock_set_state, tcp:tcp_receive_reset and
    // tcp:tcp_send_reset.
    KernelEventDecoder(const TracepointFormat &stateChange, const TracepointFormat &receiveReset,
                       const TracepointFormat &sendReset);

    // False for a record of another tracepoint or one too short to hold
    // the fields it claims.
    bool decode(const std::uint8_t *record, std::size_t length, std::uint64_t timeNs, std::uint32_t pid,
                KernelEvent *event) const;

private:
    bool readAddresses(const TracepointFormat &format, const std::uint8_t *record, std::size_t length,
                       KernelEvent *event) const;
    bool readSockaddrs(const TracepointFormat &format, const std::uint8_t *record, std::size_t length,
                       KernelEvent *event) const;

    TracepointFormat m_stateChange;
    TracepointFormat m_receiveReset;
    TracepointFormat m_sendReset;
};

// Makes a v4-mapped pair (::ffff:a.b.c.d) plain IPv4, as its packets are.
void normaliseV4Mapped(int *family, std::array<std::uint8_t, 16> *a, std::array<std::uint8_t, 16> *b);

// "established", "syn_sent", ...: TCP state numbers as the report spells them.
const char *tcpStateName(int state);

#endif // CDOC_KERNELEVENT_H
