#ifndef CDOC_SYSTEMFILES_H
#define CDOC_SYSTEMFILES_H

#include <QtCore/QString>

// Where the checks read the system's own view of the network on Linux.
// Tests point these at files of their own (unreadable, garbage, vanished).
struct SystemFiles
{
    QString ipv4Routes = QStringLiteral("/proc/net/route");
    QString ipv6Routes = QStringLiteral("/proc/net/ipv6_route");
    QString resolvConf = QStringLiteral("/etc/resolv.conf");
    QString tcpSnmp = QStringLiteral("/proc/net/snmp");
    QString tcpNetstat = QStringLiteral("/proc/net/netstat");
    QString ufwConf = QStringLiteral("/etc/ufw/ufw.conf");
    QString firewalldPid = QStringLiteral("/run/firewalld/firewalld.pid");
    QString modules = QStringLiteral("/proc/modules");
};

#endif // CDOC_SYSTEMFILES_H
