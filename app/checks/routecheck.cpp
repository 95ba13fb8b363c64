#include "routecheck.h"

#include "routetable.h"

#include <QtCore/QJsonArray>

void RouteCheck::run()
{
    QString error;
    const RouteTable table = RouteTable::readSystem(context().files, &error);
    if (!error.isEmpty()) {
        finish(result(Vocabulary::CheckStatus::Skip,
                      tr("The routing table could not be read, so this step was skipped."), {error}));
        return;
    }
    QStringList details;
    QJsonArray defaults;
    for (const Route &r : table.defaultRoutes()) {
        const QString via = r.gateway.isNull() ? tr("directly") : tr("via %1").arg(r.gateway.toString());
        details << QStringLiteral("default %1 dev %2 metric %3")
                       .arg(via, r.interfaceName).arg(r.metric);
        defaults.append(QJsonObject{{QStringLiteral("interface"), r.interfaceName},
                                    {QStringLiteral("gateway"), r.gateway.toString()},
                                    {QStringLiteral("ipv6"), r.destination.protocol() == QAbstractSocket::IPv6Protocol},
                                    {QStringLiteral("metric"), qint64(r.metric)}});
    }
    details << QStringLiteral("%1 routes in all").arg(table.routes().size());
    if (table.skippedLines() > 0)
        details << QStringLiteral("%1 lines of the routing table could not be read").arg(table.skippedLines());

    CheckResult r;
    if (defaults.isEmpty()) {
        r = result(Vocabulary::CheckStatus::Fail,
                   tr("This computer has no way out to the internet: there is no default route (no router is set)."),
                   details);
    } else {
        const Route first = table.defaultRoutes().constFirst();
        r = result(Vocabulary::CheckStatus::Pass,
                   first.gateway.isNull()
                       ? tr("Traffic to the internet leaves through %1.").arg(first.interfaceName)
                       : tr("Traffic to the internet goes through the router %1 (%2).")
                             .arg(first.gateway.toString(), first.interfaceName),
                   details);
    }
    r.data.insert(QStringLiteral("default_routes"), defaults);
    finish(r);
}
