#include "kernelevent.h"

#include <arpa/inet.h>
#include <sys/socket.h>

#include <cstring>

namespace {

// Bits of common_flags that say the record was written in interrupt
// context (hard IRQ, soft IRQ, NMI): there common_pid is whoever happened
// to be running, not the socket's owner.
constexpr std::uint64_t InterruptFlags = 0x08 | 0x10 | 0x40;

bool isV4Mapped(const std::uint8_t *a)
{
    static const std::uint8_t prefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    return std::memcmp(a, prefix, 12) == 0;
}

} // namespace

void normaliseV4Mapped(int *family, std::array<std::uint8_t, 16> *a, std::array<std::uint8_t, 16> *b)
{
    // An IPv6 socket talking IPv4 (Java's default, a server on [::]):
    // its packets are IPv4, so its addresses are written as IPv4 too.
    if (*family != 6 || !isV4Mapped(a->data()) || !isV4Mapped(b->data()))
        return;
    *family = 4;
    for (auto *x : {a, b}) {
        std::memmove(x->data(), x->data() + 12, 4);
        std::fill(x->begin() + 4, x->end(), 0);
    }
}

KernelEventDecoder::KernelEventDecoder(const TracepointFormat &stateChange, const TracepointFormat &receiveReset,
                                       const TracepointFormat &sendReset)
    : m_stateChange(stateChange)
    , m_receiveReset(receiveReset)
    , m_sendReset(sendReset)
{
}

bool KernelEventDecoder::readAddresses(const TracepointFormat &format, const std::uint8_t *record, std::size_t length,
                                       KernelEvent *event) const
{
    std::size_t size4 = 0, size6 = 0;
    const std::uint8_t *s4 = format.bytes(record, length, "saddr", &size4);
    const std::uint8_t *d4 = format.bytes(record, length, "daddr");
    const std::uint8_t *s6 = format.bytes(record, length, "saddr_v6", &size6);
    const std::uint8_t *d6 = format.bytes(record, length, "daddr_v6");
    if (!s4 || !d4 || size4 != 4)
        return false;
    int family = int(format.readUnsigned(record, length, "family", 0));
    if (family == AF_INET)
        family = 4;
    else if (family == AF_INET6)
        family = 6;
    else if (s6 && size6 == 16) // older kernels: no family field
        family = isV4Mapped(s6) ? 4 : 6;
    else
        family = 4;
    event->family = family;
    event->source.fill(0);
    event->destination.fill(0);
    if (family == 6 && s6 && d6 && size6 == 16) {
        std::memcpy(event->source.data(), s6, 16);
        std::memcpy(event->destination.data(), d6, 16);
    } else {
        std::memcpy(event->source.data(), s4, 4);
        std::memcpy(event->destination.data(), d4, 4);
    }
    event->sourcePort = std::uint16_t(format.readUnsigned(record, length, "sport"));
    event->destinationPort = std::uint16_t(format.readUnsigned(record, length, "dport"));
    normaliseV4Mapped(&event->family, &event->source, &event->destination);
    return true;
}

// Newer kernels give tcp_send_reset its addresses as two sockaddr_in6-sized
// buffers holding a sockaddr_in or a sockaddr_in6, ports in network order.
bool KernelEventDecoder::readSockaddrs(const TracepointFormat &format, const std::uint8_t *record, std::size_t length,
                                       KernelEvent *event) const
{
    std::size_t sourceSize = 0, destinationSize = 0;
    const std::uint8_t *s = format.bytes(record, length, "saddr", &sourceSize);
    const std::uint8_t *d = format.bytes(record, length, "daddr", &destinationSize);
    if (!s || !d || sourceSize < sizeof(sockaddr_in6) || destinationSize < sizeof(sockaddr_in6))
        return false;
    sa_family_t family = 0;
    std::memcpy(&family, s, sizeof family);
    event->source.fill(0);
    event->destination.fill(0);
    if (family == AF_INET) {
        sockaddr_in a, b;
        std::memcpy(&a, s, sizeof a);
        std::memcpy(&b, d, sizeof b);
        event->family = 4;
        std::memcpy(event->source.data(), &a.sin_addr, 4);
        std::memcpy(event->destination.data(), &b.sin_addr, 4);
        event->sourcePort = ntohs(a.sin_port);
        event->destinationPort = ntohs(b.sin_port);
    } else if (family == AF_INET6) {
        sockaddr_in6 a, b;
        std::memcpy(&a, s, sizeof a);
        std::memcpy(&b, d, sizeof b);
        event->family = 6;
        std::memcpy(event->source.data(), &a.sin6_addr, 16);
        std::memcpy(event->destination.data(), &b.sin6_addr, 16);
        event->sourcePort = ntohs(a.sin6_port);
        event->destinationPort = ntohs(b.sin6_port);
    } else {
        event->family = 0;
    }
    normaliseV4Mapped(&event->family, &event->source, &event->destination);
    return true;
}

bool KernelEventDecoder::decode(const std::uint8_t *record, std::size_t length, std::uint64_t timeNs,
                                std::uint32_t pid, KernelEvent *event) const
{
    if (length < 8)
        return false;
    std::uint16_t type = 0;
    std::memcpy(&type, record, 2);
    *event = KernelEvent{};
    event->timeNs = timeNs;
    event->pid = pid;
    event->processContext = (record[2] & InterruptFlags) == 0;
    const TracepointFormat *format = int(type) == m_stateChange.id() ? &m_stateChange
        : int(type) == m_receiveReset.id()                          ? &m_receiveReset
        : int(type) == m_sendReset.id()                             ? &m_sendReset
                                                                    : nullptr;
    if (!format || length < format->recordSize())
        return false;
    if (int(type) == m_stateChange.id()) {
        if (m_stateChange.readUnsigned(record, length, "protocol", IPPROTO_TCP) != IPPROTO_TCP)
            return false;
        event->kind = KernelEvent::Kind::StateChange;
        event->socket = m_stateChange.readUnsigned(record, length, "skaddr");
        event->oldState = int(m_stateChange.readUnsigned(record, length, "oldstate"));
        event->newState = int(m_stateChange.readUnsigned(record, length, "newstate"));
        return readAddresses(m_stateChange, record, length, event);
    }
    if (int(type) == m_receiveReset.id()) {
        event->kind = KernelEvent::Kind::ReceiveReset;
        event->socket = m_receiveReset.readUnsigned(record, length, "skaddr");
        event->cookie = m_receiveReset.readUnsigned(record, length, "sock_cookie");
        return readAddresses(m_receiveReset, record, length, event);
    }
    if (int(type) == m_sendReset.id()) {
        event->kind = KernelEvent::Kind::SendReset;
        event->socket = m_sendReset.readUnsigned(record, length, "skaddr");
        event->state = int(m_sendReset.readUnsigned(record, length, "state"));
        if (m_sendReset.field("reason")) {
            const std::uint64_t reason = m_sendReset.readUnsigned(record, length, "reason");
            event->reason = int(reason);
            // The numbers change between kernels; the names are what the
            // kernel's own format file gives this one's numbers.
            const auto &names = m_sendReset.symbols("reason");
            const auto name = names.find(reason);
            if (name != names.end())
                event->reasonName = name->second;
        }
        const TracepointFormat::Field *saddr = m_sendReset.field("saddr");
        if (saddr && saddr->size >= sizeof(sockaddr_in6))
            return readSockaddrs(m_sendReset, record, length, event);
        return readAddresses(m_sendReset, record, length, event);
    }
    return false;
}

const char *tcpStateName(int state)
{
    static const char *const names[] = {"unknown",   "established", "syn_sent",  "syn_recv",
                                        "fin_wait1", "fin_wait2",   "time_wait", "close",
                                        "close_wait", "last_ack",   "listen",    "closing",
                                        "new_syn_recv"};
    if (state < 0 || state >= int(sizeof names / sizeof names[0]))
        return "unknown";
    return names[state];
}
