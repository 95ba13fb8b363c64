#include "routetable.h"

#include <QtCore/QFile>
#include <QtCore/QtEndian>

#include <algorithm>

#if defined(Q_OS_WIN)
#  include <winsock2.h>
#  include <ws2ipdef.h>
#  include <iphlpapi.h>
#  include <netioapi.h>
#elif defined(Q_OS_MACOS)
#  include <net/if.h>
#  include <net/route.h>
#  include <netinet/in.h>
#  include <sys/socket.h>
#  include <sys/sysctl.h>
#endif

namespace {

// Linux route flags (include/uapi/linux/route.h).
constexpr quint32 RtfUp = 0x0001;
constexpr quint32 RtfReject = 0x0200;

QList<QByteArray> fields(const QByteArray &line)
{
    return line.simplified().split(' ');
}

} // namespace

RouteTable RouteTable::parseLinuxIpv4(const QByteArray &text)
{
    RouteTable table;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QList<QByteArray> f = fields(lines.at(i));
        bool okDest = false, okGw = false, okFlags = false, okMetric = false, okMask = false;
        if (f.size() < 8) {
            ++table.m_skipped;
            continue;
        }
        // Addresses are 32-bit hex in host (little-endian) byte order.
        const quint32 dest = f.at(1).toUInt(&okDest, 16);
        const quint32 gateway = f.at(2).toUInt(&okGw, 16);
        const quint32 flags = f.at(3).toUInt(&okFlags, 16);
        const quint32 metric = f.at(6).toUInt(&okMetric, 10);
        const quint32 mask = f.at(7).toUInt(&okMask, 16);
        if (!okDest || !okGw || !okFlags || !okMetric || !okMask) {
            ++table.m_skipped;
            continue;
        }
        if (!(flags & RtfUp) || (flags & RtfReject))
            continue;
        // The kernel prints the address's in-memory (network order) word as
        // a host integer, so its bytes in memory are the address.
        Route route;
        route.interfaceName = QString::fromLatin1(f.at(0));
        route.destination = QHostAddress(qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(&dest)));
        route.prefixLength = qPopulationCount(mask);
        if (gateway != 0)
            route.gateway = QHostAddress(qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(&gateway)));
        route.metric = metric;
        table.m_routes.append(route);
    }
    return table;
}

RouteTable RouteTable::parseLinuxIpv6(const QByteArray &text)
{
    RouteTable table;
    auto address = [](const QByteArray &hex, bool *ok) {
        *ok = hex.size() == 32;
        const QByteArray bytes = QByteArray::fromHex(hex);
        *ok = *ok && bytes.size() == 16;
        Q_IPV6ADDR raw{};
        if (*ok)
            std::copy(bytes.cbegin(), bytes.cend(), raw.c);
        return QHostAddress(raw);
    };
    for (const QByteArray &line : text.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> f = fields(line);
        if (f.size() < 10) {
            ++table.m_skipped;
            continue;
        }
        bool okDest = false, okPrefix = false, okGw = false, okMetric = false, okFlags = false;
        const QHostAddress dest = address(f.at(0), &okDest);
        const int prefix = f.at(1).toInt(&okPrefix, 16);
        const QHostAddress gateway = address(f.at(4), &okGw);
        const quint32 metric = f.at(5).toUInt(&okMetric, 16);
        const quint32 flags = f.at(8).toUInt(&okFlags, 16);
        if (!okDest || !okPrefix || !okGw || !okMetric || !okFlags || prefix < 0 || prefix > 128) {
            ++table.m_skipped;
            continue;
        }
        const QString interfaceName = QString::fromLatin1(f.at(9));
        if (!(flags & RtfUp) || (flags & RtfReject) || interfaceName == QLatin1String("lo"))
            continue;
        Route route;
        route.interfaceName = interfaceName;
        route.destination = dest;
        route.prefixLength = prefix;
        if (!gateway.isEqual(QHostAddress(QHostAddress::AnyIPv6)))
            route.gateway = gateway;
        route.metric = metric;
        table.m_routes.append(route);
    }
    return table;
}

QList<Route> RouteTable::defaultRoutes() const
{
    QList<Route> result;
    for (const Route &r : m_routes) {
        if (r.isDefault())
            result.append(r);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Route &a, const Route &b) { return a.metric < b.metric; });
    return result;
}

void RouteTable::append(const RouteTable &other)
{
    m_routes += other.m_routes;
    m_skipped += other.m_skipped;
}

RouteTable RouteTable::readSystem(const SystemFiles &files, QString *error)
{
    RouteTable table;
#if defined(Q_OS_LINUX)
    QFile v4(files.ipv4Routes);
    if (!v4.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(files.ipv4Routes, v4.errorString());
        return table;
    }
    table = parseLinuxIpv4(v4.read(1024 * 1024));
    // IPv6 may be disabled: its table missing is not an error.
    QFile v6(files.ipv6Routes);
    if (v6.open(QIODevice::ReadOnly))
        table.append(parseLinuxIpv6(v6.read(1024 * 1024)));
#elif defined(Q_OS_WIN)
    Q_UNUSED(files);
    PMIB_IPFORWARD_TABLE2 forward = nullptr;
    if (GetIpForwardTable2(AF_UNSPEC, &forward) != NO_ERROR) {
        *error = QStringLiteral("GetIpForwardTable2 failed");
        return table;
    }
    for (ULONG i = 0; i < forward->NumEntries; ++i) {
        const MIB_IPFORWARD_ROW2 &row = forward->Table[i];
        Route route;
        wchar_t alias[IF_MAX_STRING_SIZE + 1] = {};
        if (ConvertInterfaceLuidToAlias(&row.InterfaceLuid, alias, IF_MAX_STRING_SIZE) == NO_ERROR)
            route.interfaceName = QString::fromWCharArray(alias);
        route.prefixLength = row.DestinationPrefix.PrefixLength;
        route.destination = QHostAddress(reinterpret_cast<const sockaddr *>(&row.DestinationPrefix.Prefix));
        const QHostAddress gateway(reinterpret_cast<const sockaddr *>(&row.NextHop));
        if (!gateway.isNull() && gateway != QHostAddress::AnyIPv4 && gateway != QHostAddress::AnyIPv6)
            route.gateway = gateway;
        route.metric = row.Metric;
        table.m_routes.append(route);
    }
    FreeMibTable(forward);
#elif defined(Q_OS_MACOS)
    Q_UNUSED(files);
    // The kernel's routing table as a list of rt_msghdr records, each
    // followed by the socket addresses its rtm_addrs bits announce.
    int mib[6] = {CTL_NET, PF_ROUTE, 0, AF_UNSPEC, NET_RT_DUMP, 0};
    size_t size = 0;
    if (sysctl(mib, 6, nullptr, &size, nullptr, 0) != 0) {
        *error = QStringLiteral("sysctl NET_RT_DUMP failed");
        return table;
    }
    QByteArray buffer(qsizetype(size), Qt::Uninitialized);
    if (sysctl(mib, 6, buffer.data(), &size, nullptr, 0) != 0) {
        *error = QStringLiteral("sysctl NET_RT_DUMP failed");
        return table;
    }
    const char *p = buffer.constData();
    const char *end = p + size;
    while (p + sizeof(rt_msghdr) <= end) {
        const auto *header = reinterpret_cast<const rt_msghdr *>(p);
        if (header->rtm_msglen == 0)
            break;
        const sockaddr *sa = reinterpret_cast<const sockaddr *>(header + 1);
        QHostAddress addresses[RTAX_MAX];
        for (int i = 0; i < RTAX_MAX; ++i) {
            if (!(header->rtm_addrs & (1 << i)))
                continue;
            addresses[i] = QHostAddress(sa);
            const int len = sa->sa_len ? ((sa->sa_len + sizeof(uint32_t) - 1) & ~(sizeof(uint32_t) - 1)) : sizeof(uint32_t);
            sa = reinterpret_cast<const sockaddr *>(reinterpret_cast<const char *>(sa) + len);
        }
        if ((header->rtm_flags & RTF_UP) && !(header->rtm_flags & RTF_REJECT)) {
            Route route;
            char name[IF_NAMESIZE] = {};
            if (if_indextoname(header->rtm_index, name))
                route.interfaceName = QString::fromLatin1(name);
            route.destination = addresses[RTAX_DST];
            route.prefixLength = (header->rtm_addrs & RTA_NETMASK) ? -1 : 0;
            if (route.destination.isNull() || route.destination == QHostAddress::AnyIPv4
                || route.destination == QHostAddress::AnyIPv6)
                route.prefixLength = 0; // the default route
            if (header->rtm_flags & RTF_GATEWAY)
                route.gateway = addresses[RTAX_GATEWAY];
            if (route.prefixLength == 0)
                table.m_routes.append(route);
        }
        p += header->rtm_msglen;
    }
#else
    Q_UNUSED(files);
    *error = QStringLiteral("reading routes is not supported on this system");
#endif
    return table;
}
