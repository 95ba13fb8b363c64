#ifndef CDOC_RESETSERVER_H
#define CDOC_RESETSERVER_H

#include <QtNetwork/QTcpServer>

#include <atomic>
#include <chrono>

// Accepts a connection, waits a moment, then resets it, recording the
// moment just before the RST leaves. The benchmark subtracts that moment
// from the one the classified result reaches the GUI thread.
class ResetServer : public QTcpServer
{
    Q_OBJECT

public:
    using Clock = std::chrono::steady_clock;
    explicit ResetServer(std::atomic<Clock::rep> *resetAt, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::atomic<Clock::rep> *m_resetAt;
};

#endif // CDOC_RESETSERVER_H
