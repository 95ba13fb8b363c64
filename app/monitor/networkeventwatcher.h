#ifndef CDOC_NETWORKEVENTWATCHER_H
#define CDOC_NETWORKEVENTWATCHER_H

#include <QtCore/QElapsedTimer>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QTimer>

// Something that happened to this computer's network, which may explain a
// change in how often connections are cut.
struct NetworkEvent
{
    qint64 atMs = 0;
    QString kind; // interface-up, interface-down, vpn-up, vpn-down, proxy-changed, wake
    QString subject; // the interface's name, the new proxy setting, ...
};
Q_DECLARE_METATYPE(NetworkEvent)

// Watches for network events by comparing snapshots every few seconds:
// interfaces that come up or go down (VPN tunnels named as such), proxy
// settings that change, and the machine waking from sleep (the wall clock
// jumping ahead of the monotonic clock).
class NetworkEventWatcher : public QObject
{
    Q_OBJECT

public:
    struct Snapshot
    {
        QSet<QString> upInterfaces;  // up, running, with an address
        QSet<QString> vpnInterfaces; // of those, the VPN tunnels
        QString proxy;               // the proxy settings, described
    };

    explicit NetworkEventWatcher(QObject *parent = nullptr);

    void start(int intervalMs = 2000);
    void stop();
    const QList<NetworkEvent> &events() const { return m_events; }

    static Snapshot snapshot();
    // The events between two snapshots.
    static QList<NetworkEvent> differences(const Snapshot &before, const Snapshot &after, qint64 atMs);
    // A sleep shows as wall time passing faster than monotonic time.
    static constexpr qint64 WakeGapMs = 10000;

Q_SIGNALS:
    void eventOccurred(const NetworkEvent &event);

private:
    void poll();

    QTimer m_timer;
    Snapshot m_last;
    QElapsedTimer m_monotonic;
    qint64 m_lastWallMs = 0;
    QList<NetworkEvent> m_events;
};

#endif // CDOC_NETWORKEVENTWATCHER_H
