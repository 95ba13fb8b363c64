#ifndef CDOC_ETWRESETSOURCE_H
#define CDOC_ETWRESETSOURCE_H

#include "reseteventsource.h"

#include <QtCore/QHash>
#include <QtCore/QTimer>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

// Windows: the resets of every program, from the kernel's own
// Microsoft-Windows-TCPIP events, read by a real-time ETW session
// (EtwTcpipDecoder reads them). Windows lets only administrators (and the
// Performance Log Users group) start such a session; for anyone else it
// fails with a sentence saying so, and the app shows the system's counters.
// ETW tells which connection was reset, not the RST packet itself, so who
// sent a received reset stays "the server or a device on the way" here.
// The owning program comes from the connect and accept events, or else
// from the system's connection table (GetExtendedTcpTable), read every
// second while the watch runs, since a reset connection has left it.
class EtwResetSource : public ResetEventSource
{
    Q_OBJECT

public:
    explicit EtwResetSource(QObject *parent = nullptr);
    ~EtwResetSource() override;

    void start() override;
    void stop() override;
    bool isRunning() const override { return m_running; }

private:
    struct Session;
    void fail(const QString &whyNot);
    void refreshOwners();
    // Called on the session's thread for each reset it decoded.
    void deliver(ResetEvent event);

    std::unique_ptr<Session> m_session;
    std::thread m_thread;
    QTimer m_ownerTimer;
    std::mutex m_ownersMutex;
    QHash<QString, qint64> m_pidByEnds; // "local>remote" -> pid, last table read
    QHash<qint64, QString> m_exeByPid;  // the paths looked up so far (session's thread)
    bool m_running = false;
};

#endif // CDOC_ETWRESETSOURCE_H
