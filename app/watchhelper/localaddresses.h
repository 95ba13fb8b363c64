#ifndef CDOC_LOCALADDRESSES_H
#define CDOC_LOCALADDRESSES_H

#include <array>
#include <cstdint>
#include <set>
#include <string>

// The addresses of this network namespace's interfaces, read again at most
// every two seconds (addresses come and go with VPNs and DHCP). Tells the
// helper which end of a packet is this computer: a reset's own sender, and
// a DNS answer that was given to this computer rather than forwarded.
class LocalAddresses
{
public:
    bool contains(int family, const std::array<std::uint8_t, 16> &address, std::uint64_t nowUs);

private:
    void refresh();

    std::set<std::string> m_addresses;
    std::uint64_t m_readAtUs = 0;
};

#endif // CDOC_LOCALADDRESSES_H
