// libFuzzer target: the system files the checks read (/proc/net/route,
// /proc/net/ipv6_route, resolv.conf, /proc/net/snmp and netstat). The
// first byte chooses the reader: a file may be anything on a strange
// system, and must never crash or hang the app.

#include "checks/resolvconf.h"
#include "checks/routetable.h"
#include "checks/tcpcounters.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray text = FuzzInput::bytes(data + 1, size - 1);
    switch (data[0] % 5) {
    case 0:
        (void)RouteTable::parseLinuxIpv4(text);
        break;
    case 1:
        (void)RouteTable::parseLinuxIpv6(text);
        break;
    case 2:
        (void)ResolvConf::parse(text);
        break;
    case 3:
        (void)TcpCounters::parseProcTable(text, "Tcp");
        break;
    default:
        (void)TcpCounters::parseProcTable(text, "TcpExt");
        break;
    }
    return 0;
}
