#ifndef CDOC_DNSANSWER_H
#define CDOC_DNSANSWER_H

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// Reads a DNS response (the payload of a UDP datagram from port 53): the
// name that was asked, and the IPv4 and IPv6 addresses the answer gave for
// it, following CNAME records from the asked name to the addresses (so
// "www.example.com CNAME edge.cdn.net, edge.cdn.net A 192.0.2.7" gives
// 192.0.2.7 for www.example.com). Any bytes may arrive on port 53: names
// are read with compression pointers bounded in number and length, every
// length is checked against the datagram, records are read up to a fixed
// count, and an address the chain does not lead to is not taken.
namespace DnsAnswer {

struct Address
{
    int family = 0; // 4 or 6
    std::array<std::uint8_t, 16> address{}; // IPv4 in the first 4 bytes
};

struct Result
{
    std::string name; // the question, normalized (HostName); "" if not a host name
    std::vector<Address> addresses;
};

// At most this many answer records are read from one response, and
// CNAME chains are followed this many steps.
constexpr std::size_t MaxRecords = 64;
constexpr int MaxChain = 16;

// False when the datagram is not a successful answer to one question.
bool parse(const std::uint8_t *data, std::size_t length, Result *result);

} // namespace DnsAnswer

#endif // CDOC_DNSANSWER_H
