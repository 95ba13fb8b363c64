#ifndef CDOC_NAMETABLE_H
#define CDOC_NAMETABLE_H

#include "dnsanswer.h"
#include "packetparser.h"

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

// The names programs asked for, learnt from what the capture sees, so a
// reset can say "web.example.test" beside 10.91.2.2:443 (remote_name):
// - per connection, from the first bytes its client sent: the TLS
//   ClientHello's server name, or a plain HTTP request's Host. The name is
//   kept for the server's end only, so a reset of a connection this
//   computer served is not named after itself.
// - per address, from DNS answers given to this computer: the name asked,
//   for each address the answer led to (through CNAMEs), with its time. A
//   connection takes it only if the answer came at most DnsWindowUs before
//   the connection began; where several names shared the address, the one
//   looked up last before the connection.
// Nothing is guessed (no reverse DNS). Bounded: the oldest entries go first.
class NameTable
{
public:
    struct Name
    {
        std::string name;
        const char *from = ""; // "tls", "http", "dns"; "" when unknown
        bool known() const { return !name.empty(); }
    };

    static constexpr std::size_t MaxConnections = 65536;
    static constexpr std::size_t MaxAddresses = 16384;
    static constexpr std::size_t NamesPerAddress = 4;
    static constexpr std::uint64_t DnsWindowUs = 600000000; // 10 minutes
    // Capture times of a DNS answer and of the connection's first packet
    // can be this much out of order (two capture buffers).
    static constexpr std::uint64_t DnsSlackUs = 200000;

    // A TCP segment's payload from a client (the capture keeps only those
    // that start like a ClientHello or an HTTP request).
    void addClientPayload(const AppPayload &payload);
    // A DNS response this computer received.
    void addDnsAnswer(const DnsAnswer::Result &answer, std::uint64_t atUs);

    // The name for the server end `remote` of the connection local-remote
    // that began at `connectionStartUs`.
    Name lookup(const std::string &local, const std::string &remote, int family, const std::array<std::uint8_t, 16> &remoteAddress,
                std::uint64_t connectionStartUs) const;

    std::size_t connections() const { return m_connections.size(); }
    std::size_t addresses() const { return m_addresses.size(); }

private:
    // Answers giving one name for one address, as a run: from the first to
    // the latest, never more than DnsWindowUs apart. A connection that
    // began inside the run had an answer at most DnsWindowUs before it,
    // even when a later lookup (another program, a retry) came after it.
    struct Learnt
    {
        std::string name;
        std::uint64_t firstUs = 0;
        std::uint64_t lastUs = 0;
    };

    std::unordered_map<std::string, Name> m_connections; // "client>server"
    std::deque<std::string> m_connectionOrder;
    std::unordered_map<std::string, std::vector<Learnt>> m_addresses; // newest first
    std::deque<std::string> m_addressOrder;
};

#endif // CDOC_NAMETABLE_H
