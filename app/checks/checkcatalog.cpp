#include "checkcatalog.h"

#include "captiveportalcheck.h"
#include "dnsresolutioncheck.h"
#include "dnsserverscheck.h"
#include "interfacescheck.h"
#include "localfirewallcheck.h"
#include "osverdictcheck.h"
#include "pathmtucheck.h"
#include "portmatrixcheck.h"
#include "proxycomparisoncheck.h"
#include "proxysettingscheck.h"
#include "reachabilitycheck.h"
#include "routecheck.h"
#include "tcpcounterscheck.h"
#include "vpncheck.h"
#include "experiments/httpcontentexperiment.h"
#include "experiments/idletimeoutexperiment.h"
#include "experiments/intermittentresetexperiment.h"
#include "experiments/payloadlimitexperiment.h"
#include "experiments/tlssniexperiment.h"

QStringList CheckCatalog::groups()
{
    return {QStringLiteral("connectivity"), QStringLiteral("firewall"), QStringLiteral("vpn"),
            QStringLiteral("proxy"), QStringLiteral("counters"), QStringLiteral("experiments")};
}

QStringList CheckCatalog::environmentGroups()
{
    QStringList g = groups();
    g.removeAll(QStringLiteral("experiments"));
    return g;
}

QList<Check *> CheckCatalog::create(const QString &group, const CheckContext &context, QObject *parent)
{
    QList<Check *> checks;
    if (group == QLatin1String("connectivity")) {
        checks << new InterfacesCheck(context, parent) << new RouteCheck(context, parent)
               << new DnsServersCheck(context, parent) << new DnsResolutionCheck(context, parent)
               << new ReachabilityCheck(context, parent) << new CaptivePortalCheck(context, parent)
               << new OsVerdictCheck(context, parent);
    } else if (group == QLatin1String("firewall")) {
        checks << new LocalFirewallCheck(context, parent) << new PortMatrixCheck(context, parent);
    } else if (group == QLatin1String("vpn")) {
        checks << new VpnCheck(context, parent) << new PathMtuCheck(context, parent);
    } else if (group == QLatin1String("proxy")) {
        checks << new ProxySettingsCheck(context, parent) << new ProxyComparisonCheck(context, parent);
    } else if (group == QLatin1String("counters")) {
        checks << new TcpCountersCheck(context, parent);
    } else if (group == QLatin1String("experiments")) {
        checks << new IntermittentResetExperiment(context, parent) << new PayloadLimitExperiment(context, parent)
               << new TlsSniExperiment(context, parent) << new HttpContentExperiment(context, parent)
               << new IdleTimeoutExperiment(context, parent);
    }
    return checks;
}

QStringList CheckCatalog::checkIds(const QString &group)
{
    // The ids live in the check classes; learn them once, by making each
    // group's checks (without starting them), not every time a report is
    // sorted or a page shows its rows.
    static const QHash<QString, QStringList> ids = [] {
        QHash<QString, QStringList> all;
        for (const QString &g : groups()) {
            const QList<Check *> checks = create(g, CheckContext{}, nullptr);
            for (Check *c : checks) {
                all[g] << c->id();
                delete c;
            }
        }
        return all;
    }();
    return ids.value(group);
}

QStringList CheckCatalog::parseGroups(const QString &list, QString *error)
{
    QStringList result;
    for (const QString &raw : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed().toLower();
        if (name == QLatin1String("all")) {
            for (const QString &g : environmentGroups()) {
                if (!result.contains(g))
                    result << g;
            }
            continue;
        }
        if (!groups().contains(name)) {
            *error = tr("Unknown check \"%1\"; the checks are %2.").arg(raw.trimmed(), groups().join(QLatin1String(", ")));
            return {};
        }
        if (!result.contains(name))
            result << name;
    }
    if (result.isEmpty())
        *error = tr("Name at least one check: %1.").arg(groups().join(QLatin1String(", ")));
    return result;
}

QString CheckCatalog::displayName(const QString &id)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("connectivity.interfaces"), QT_TR_NOOP("Network connection")},
        {QStringLiteral("connectivity.route"), QT_TR_NOOP("Way out to the internet")},
        {QStringLiteral("connectivity.dns-servers"), QT_TR_NOOP("Name servers")},
        {QStringLiteral("connectivity.dns-resolution"), QT_TR_NOOP("Looking up names")},
        {QStringLiteral("connectivity.reachability"), QT_TR_NOOP("Reaching well-known sites")},
        {QStringLiteral("connectivity.captive-portal"), QT_TR_NOOP("Sign-in pages")},
        {QStringLiteral("connectivity.os-verdict"), QT_TR_NOOP("What your system says")},
        {QStringLiteral("firewall.local"), QT_TR_NOOP("Firewall on this computer")},
        {QStringLiteral("firewall.port-matrix"), QT_TR_NOOP("Your service's port")},
        {QStringLiteral("vpn.interfaces"), QT_TR_NOOP("VPN")},
        {QStringLiteral("vpn.path-mtu"), QT_TR_NOOP("Large packets")},
        {QStringLiteral("proxy.settings"), QT_TR_NOOP("Proxy settings")},
        {QStringLiteral("proxy.comparison"), QT_TR_NOOP("With and without the proxy")},
        {QStringLiteral("counters.tcp"), QT_TR_NOOP("Cut connections on this computer")},
        {QStringLiteral("experiments.intermittent-resets"), QT_TR_NOOP("Many connections at once")},
        {QStringLiteral("experiments.payload-limit"), QT_TR_NOOP("Upload size")},
        {QStringLiteral("experiments.tls-sni"), QT_TR_NOOP("Secure connection")},
        {QStringLiteral("experiments.http-content"), QT_TR_NOOP("What requests ask for")},
        {QStringLiteral("experiments.idle-timeout"), QT_TR_NOOP("Quiet connections")},
    };
    const char *name = names.value(id);
    return name ? tr(name) : id;
}
