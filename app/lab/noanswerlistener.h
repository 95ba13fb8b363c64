#ifndef CDOC_NOANSWERLISTENER_H
#define CDOC_NOANSWERLISTENER_H

#include <QtCore/QList>
#include <QtCore/QtGlobal>
#include <QtNetwork/QHostAddress>

// A loopback port whose SYNs go unanswered, as with a server too busy to
// accept or a firewall that drops: a listener with a backlog of zero that
// never accepts, whose queue the lab fills with its own connections. Linux
// then drops further SYNs silently, so a client's connect times out
// instead of being refused. (Windows answers a full backlog with RST, so
// there this scenario shows up as `refused`.)
class NoAnswerListener
{
public:
    NoAnswerListener() = default;
    ~NoAnswerListener();
    NoAnswerListener(const NoAnswerListener &) = delete;
    NoAnswerListener &operator=(const NoAnswerListener &) = delete;

    bool start(const QHostAddress &address);
    quint16 port() const { return m_port; }

private:
    qintptr m_listener = -1;
    QList<qintptr> m_fillers;
    quint16 m_port = 0;
};

#endif // CDOC_NOANSWERLISTENER_H
