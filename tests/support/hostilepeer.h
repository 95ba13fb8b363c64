#ifndef CDOC_HOSTILEPEER_H
#define CDOC_HOSTILEPEER_H

#include <QtCore/QProcess>
#include <QtCore/QString>

// One of tests/integration/hostile/hostilepeer.py's peers (an endless
// answer, junk, a hang, a misbehaving proxy...) on loopback, for as long as
// this object lives.
class HostilePeer
{
public:
    HostilePeer() = default;
    ~HostilePeer() { stop(); }
    HostilePeer(const HostilePeer &) = delete;
    HostilePeer &operator=(const HostilePeer &) = delete;

    // Starts serving `mode`; returns the port on 127.0.0.1, 0 on failure.
    quint16 start(const QString &script, const QString &mode);
    void stop();

private:
    QProcess m_process;
};

#endif // CDOC_HOSTILEPEER_H
