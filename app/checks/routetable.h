#ifndef CDOC_ROUTETABLE_H
#define CDOC_ROUTETABLE_H

#include "systemfiles.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtNetwork/QHostAddress>

// The system's routing table, as far as the checks need it: which routes
// exist and which one is the default (where traffic to the internet goes).
struct Route
{
    QString interfaceName;
    QHostAddress destination;
    int prefixLength = 0;
    QHostAddress gateway; // null for directly connected routes
    quint32 metric = 0;
    bool isDefault() const { return prefixLength == 0; }
};

class RouteTable
{
public:
    // Linux /proc/net/route and /proc/net/ipv6_route text. Lines that do not
    // parse are skipped and counted.
    static RouteTable parseLinuxIpv4(const QByteArray &text);
    static RouteTable parseLinuxIpv6(const QByteArray &text);
    // The running system's table (Linux: the files; Windows:
    // GetIpForwardTable2; macOS: the routing sysctl). On failure, an empty
    // table and the reason in *error.
    static RouteTable readSystem(const SystemFiles &files, QString *error);

    const QList<Route> &routes() const { return m_routes; }
    QList<Route> defaultRoutes() const;
    int skippedLines() const { return m_skipped; }
    void append(const RouteTable &other);

private:
    QList<Route> m_routes;
    int m_skipped = 0;
};

#endif // CDOC_ROUTETABLE_H
