#include "vpncheck.h"

#include "routetable.h"
#include "vpninterfaces.h"

#include <QtCore/QJsonArray>
#include <QtNetwork/QNetworkInterface>

void VpnCheck::run()
{
    QStringList details;
    QJsonArray tunnels;
    QStringList tunnelNames;
    int smallestMtu = 0;
    for (const QNetworkInterface &i : QNetworkInterface::allInterfaces()) {
        if (!i.flags().testFlag(QNetworkInterface::IsUp) || !VpnInterfaces::isVpn(i))
            continue;
        tunnelNames << i.name();
        const int mtu = i.maximumTransmissionUnit();
        if (mtu > 0)
            smallestMtu = smallestMtu == 0 ? mtu : qMin(smallestMtu, mtu);
        details << QStringLiteral("%1 (%2): MTU %3").arg(i.name(), i.humanReadableName()).arg(mtu);
        tunnels.append(QJsonObject{{QStringLiteral("name"), i.name()}, {QStringLiteral("mtu"), mtu}});
    }

    QString routeError;
    const QList<Route> defaults = RouteTable::readSystem(context().files, &routeError).defaultRoutes();
    const QString defaultInterface = defaults.isEmpty() ? QString() : defaults.constFirst().interfaceName;
    const bool defaultThroughVpn = !defaultInterface.isEmpty() && tunnelNames.contains(defaultInterface);
    if (!routeError.isEmpty())
        details << QStringLiteral("routes: %1").arg(routeError);
    else
        details << QStringLiteral("default route: %1").arg(defaultInterface.isEmpty() ? QStringLiteral("none") : defaultInterface);

    CheckResult r;
    if (tunnelNames.isEmpty()) {
        r = result(Vocabulary::CheckStatus::Pass, tr("No VPN is switched on."), details);
    } else if (defaultThroughVpn) {
        r = result(Vocabulary::CheckStatus::Warn,
                   tr("A VPN (%1) is switched on and carries all your internet traffic; VPNs are a common cause of cut connections.")
                       .arg(tunnelNames.join(QLatin1String(", "))),
                   details);
    } else {
        r = result(Vocabulary::CheckStatus::Warn,
                   tr("A VPN (%1) is switched on; it carries only some of your traffic.").arg(tunnelNames.join(QLatin1String(", "))),
                   details);
    }
    r.data.insert(QStringLiteral("tunnels"), tunnels);
    r.data.insert(QStringLiteral("default_route_through_vpn"), defaultThroughVpn);
    r.data.insert(QStringLiteral("smallest_mtu"), smallestMtu);
    finish(r);
}
