#include "localaddresses.h"

#include "packetparser.h"

#include <ifaddrs.h>
#include <netinet/in.h>

#include <cstring>

namespace {
constexpr std::uint64_t RefreshUs = 2000000;
}

bool LocalAddresses::contains(int family, const std::array<std::uint8_t, 16> &address, std::uint64_t nowUs)
{
    if (nowUs > m_readAtUs + RefreshUs || m_addresses.empty()) {
        m_readAtUs = nowUs;
        refresh();
    }
    return m_addresses.count(PacketParser::addressText(family, address)) > 0;
}

void LocalAddresses::refresh()
{
    m_addresses.clear();
    ifaddrs *list = nullptr;
    if (getifaddrs(&list) != 0)
        return;
    for (ifaddrs *i = list; i; i = i->ifa_next) {
        if (!i->ifa_addr)
            continue;
        std::array<std::uint8_t, 16> a{};
        if (i->ifa_addr->sa_family == AF_INET) {
            std::memcpy(a.data(), &reinterpret_cast<sockaddr_in *>(i->ifa_addr)->sin_addr, 4);
            m_addresses.insert(PacketParser::addressText(4, a));
        } else if (i->ifa_addr->sa_family == AF_INET6) {
            std::memcpy(a.data(), &reinterpret_cast<sockaddr_in6 *>(i->ifa_addr)->sin6_addr, 16);
            m_addresses.insert(PacketParser::addressText(6, a));
        }
    }
    freeifaddrs(list);
}
