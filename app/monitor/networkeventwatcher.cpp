#include "networkeventwatcher.h"

#include "checks/proxyenvironment.h"
#include "checks/vpninterfaces.h"

#include <QtCore/QDateTime>
#include <QtNetwork/QNetworkInterface>

NetworkEventWatcher::NetworkEventWatcher(QObject *parent)
    : QObject(parent)
    , m_timer(this)
{
    connect(&m_timer, &QTimer::timeout, this, &NetworkEventWatcher::poll);
}

void NetworkEventWatcher::start(int intervalMs)
{
    m_last = snapshot();
    m_monotonic.start();
    m_lastWallMs = QDateTime::currentMSecsSinceEpoch();
    m_timer.start(intervalMs);
}

void NetworkEventWatcher::stop()
{
    m_timer.stop();
}

NetworkEventWatcher::Snapshot NetworkEventWatcher::snapshot()
{
    Snapshot s;
    for (const QNetworkInterface &i : QNetworkInterface::allInterfaces()) {
        const bool up = i.flags().testFlag(QNetworkInterface::IsUp) && i.flags().testFlag(QNetworkInterface::IsRunning)
            && !i.addressEntries().isEmpty() && i.type() != QNetworkInterface::Loopback;
        if (!up)
            continue;
        s.upInterfaces.insert(i.name());
        if (VpnInterfaces::isVpn(i))
            s.vpnInterfaces.insert(i.name());
    }
    s.proxy = ProxyEnvironment().describe().join(QLatin1Char(' '));
    return s;
}

QList<NetworkEvent> NetworkEventWatcher::differences(const Snapshot &before, const Snapshot &after, qint64 atMs)
{
    QList<NetworkEvent> events;
    auto report = [&](const QSet<QString> &names, const QSet<QString> &vpns, const QString &vpnKind, const QString &kind) {
        QStringList sorted(names.cbegin(), names.cend());
        sorted.sort();
        for (const QString &name : std::as_const(sorted))
            events.append({atMs, vpns.contains(name) ? vpnKind : kind, name});
    };
    report(after.upInterfaces - before.upInterfaces, after.vpnInterfaces, QStringLiteral("vpn-up"), QStringLiteral("interface-up"));
    report(before.upInterfaces - after.upInterfaces, before.vpnInterfaces, QStringLiteral("vpn-down"), QStringLiteral("interface-down"));
    if (before.proxy != after.proxy)
        events.append({atMs, QStringLiteral("proxy-changed"), after.proxy.isEmpty() ? QStringLiteral("none") : after.proxy});
    return events;
}

void NetworkEventWatcher::poll()
{
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    const qint64 monotonic = m_monotonic.restart();
    QList<NetworkEvent> events;
    if (wall - m_lastWallMs - monotonic > WakeGapMs)
        events.append({wall, QStringLiteral("wake"), QString()});
    m_lastWallMs = wall;
    const Snapshot now = snapshot();
    events += differences(m_last, now, wall);
    m_last = now;
    for (const NetworkEvent &e : std::as_const(events)) {
        m_events.append(e);
        Q_EMIT eventOccurred(e);
    }
}
