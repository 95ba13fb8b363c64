#include "nametable.h"

#include "httprequest.h"
#include "tlsclienthello.h"

#include <algorithm>

namespace {
std::string connectionKey(const std::string &client, const std::string &server) { return client + ">" + server; }
}

void NameTable::addClientPayload(const AppPayload &payload)
{
    Name found;
    found.name = TlsClientHello::serverName(payload.data, payload.length);
    found.from = "tls";
    if (found.name.empty()) {
        found.name = HttpRequest::host(payload.data, payload.length);
        found.from = "http";
    }
    if (found.name.empty())
        return;
    const std::string key = connectionKey(PacketParser::endpointText(payload.family, payload.source, payload.sourcePort),
                                          PacketParser::endpointText(payload.family, payload.destination, payload.destinationPort));
    // The latest request names the endpoints: a kept-alive connection asks
    // the same server again, and a new connection that reuses the port
    // (after the old one closed) may ask another name of the same address.
    const auto known = m_connections.find(key);
    if (known != m_connections.end()) {
        known->second = found;
        return;
    }
    if (m_connectionOrder.size() >= MaxConnections) {
        m_connections.erase(m_connectionOrder.front());
        m_connectionOrder.pop_front();
    }
    m_connectionOrder.push_back(key);
    m_connections.emplace(key, found);
}

void NameTable::addDnsAnswer(const DnsAnswer::Result &answer, std::uint64_t atUs)
{
    if (answer.name.empty())
        return;
    for (const DnsAnswer::Address &a : answer.addresses) {
        const std::string key = PacketParser::addressText(a.family, a.address);
        auto it = m_addresses.find(key);
        if (it == m_addresses.end()) {
            if (m_addressOrder.size() >= MaxAddresses) {
                m_addresses.erase(m_addressOrder.front());
                m_addressOrder.pop_front();
            }
            m_addressOrder.push_back(key);
            it = m_addresses.emplace(key, std::vector<Learnt>{}).first;
        }
        std::vector<Learnt> &names = it->second;
        Learnt learnt{answer.name, atUs, atUs};
        for (auto n = names.begin(); n != names.end(); ++n) {
            if (n->name == answer.name) {
                // The run goes on, unless the last answer is too old to count.
                if (atUs <= n->lastUs + DnsWindowUs)
                    learnt.firstUs = std::min(n->firstUs, atUs);
                learnt.lastUs = std::max(n->lastUs, atUs);
                names.erase(n);
                break;
            }
        }
        names.insert(names.begin(), learnt);
        if (names.size() > NamesPerAddress)
            names.pop_back();
    }
}

NameTable::Name NameTable::lookup(const std::string &local, const std::string &remote, int family,
                                  const std::array<std::uint8_t, 16> &remoteAddress, std::uint64_t connectionStartUs) const
{
    const auto connection = m_connections.find(connectionKey(local, remote));
    if (connection != m_connections.end())
        return connection->second;
    const auto address = m_addresses.find(PacketParser::addressText(family, remoteAddress));
    if (address == m_addresses.end())
        return {};
    for (const Learnt &l : address->second) { // newest first
        if (l.firstUs > connectionStartUs + DnsSlackUs)
            continue; // looked up only after the connection began: not what it asked for
        // Within the run (its answers are never further apart than the
        // window), or its last answer at most the window before.
        if (connectionStartUs <= l.lastUs + DnsWindowUs + DnsSlackUs)
            return Name{l.name, "dns"};
    }
    return {};
}
