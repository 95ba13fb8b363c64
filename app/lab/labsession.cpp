#include "labsession.h"

#include "probe/nativesocket.h"

#include <QtNetwork/QTcpSocket>

using Lab::Scenario;

LabSession::LabSession(Scenario scenario, const Lab::Config &config, QTcpSocket *socket,
                       bool doomed, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_config(config)
    , m_socket(socket)
    , m_doomed(doomed)
{
    m_socket->setParent(this);
    m_idleTimer.setSingleShot(true);
    m_replyTimer.setSingleShot(true);
    // Coarse timers may fire 5% early: the lab's timeouts must be exact.
    m_idleTimer.setTimerType(Qt::PreciseTimer);
    m_replyTimer.setTimerType(Qt::PreciseTimer);
    connect(m_socket, &QIODevice::readyRead, this, &LabSession::handleReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &LabSession::end);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &LabSession::end);
    connect(&m_replyTimer, &QTimer::timeout, this, &LabSession::reply);
    if (m_scenario == Scenario::CloseAfterIdle)
        connect(&m_idleTimer, &QTimer::timeout, this, &LabSession::closeOrderly);
    else
        connect(&m_idleTimer, &QTimer::timeout, this, &LabSession::reset);
}

LabSession::~LabSession() = default;

void LabSession::begin()
{
    switch (m_scenario) {
    case Scenario::ResetOnAccept:
        reset();
        return;
    case Scenario::ResetAfterIdle:
        m_idleTimer.start(m_config.idleResetMs);
        break;
    case Scenario::CloseAfterIdle:
        m_idleTimer.start(m_config.idleCloseMs);
        break;
    default:
        break;
    }
    if (m_socket->bytesAvailable() > 0)
        handleReadyRead();
}

void LabSession::handleReadyRead()
{
    if (m_ended)
        return;
    const QByteArray data = m_socket->readAll();
    m_received += data.size();
    if (m_idleTimer.isActive())
        m_idleTimer.start(); // activity: the idle clock starts again

    if (m_scenario == Scenario::ResetAfterBytes && m_received >= m_config.resetAfterBytes) {
        reset();
        return;
    }

    QByteArray body;
    if (m_bodyExpected < 0) {
        m_head += data;
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > 64 * 1024)
                reset(); // not HTTP: nothing sensible to answer
            return;
        }
        body = m_head.mid(end + 4);
        m_head.truncate(end);
        m_bodyExpected = 0;
        const QList<QByteArray> lines = m_head.split('\n');
        for (const QByteArray &line : lines) {
            const QByteArray header = line.trimmed().toLower();
            if (header.startsWith("content-length:"))
                m_bodyExpected = qMax<qint64>(0, line.mid(line.indexOf(':') + 1).trimmed().toLongLong());
            else if (header.startsWith("connection:"))
                m_keepAlive = header.contains("keep-alive");
        }
    } else {
        body = data;
    }
    m_bodyReceived += body.size();

    if (m_scenario == Scenario::HttpBodyLimit && m_bodyReceived > m_config.bodyLimitBytes) {
        reset();
        return;
    }
    if (m_bodyReceived >= m_bodyExpected && !m_replyTimer.isActive())
        handleRequestComplete();
}

void LabSession::handleRequestComplete()
{
    switch (m_scenario) {
    case Scenario::SlowReply:
        m_replyTimer.start(m_config.slowReplyMs);
        break;
    case Scenario::Overloaded:
        if (m_doomed)
            reset();
        else
            m_replyTimer.start(m_config.overloadServiceMs);
        break;
    case Scenario::EveryNthReset:
    case Scenario::ResetBursts:
        if (m_doomed)
            reset();
        else
            reply();
        break;
    default:
        reply();
        break;
    }
}

void LabSession::reply()
{
    if (m_ended)
        return;
    m_idleTimer.stop();
    static const QByteArray body = "Connection Doctor fault lab: ok\n";
    m_socket->write("HTTP/1.1 200 OK\r\n"
                    "Content-Type: text/plain\r\n"
                    "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
                    + (m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n") + body);
    if (!m_keepAlive) {
        m_socket->disconnectFromHost(); // FIN once the reply is out
        return;
    }
    // Kept open for the next request, as servers do: the idle scenarios'
    // clocks start again from the answer (nginx's keepalive_timeout).
    m_head.clear();
    m_bodyExpected = -1;
    m_bodyReceived = 0;
    m_keepAlive = false;
    if (m_scenario == Scenario::ResetAfterIdle)
        m_idleTimer.start(m_config.idleResetMs);
    else if (m_scenario == Scenario::CloseAfterIdle)
        m_idleTimer.start(m_config.idleCloseMs);
}

void LabSession::reset()
{
    if (m_ended)
        return;
    // SO_LINGER {on, 0} turns the close into an RST: a real reset, the same
    // on the wire as one from an overloaded server or a firewall.
    NativeSocket::setResetOnClose(m_socket->socketDescriptor());
    m_socket->abort();
    end();
}

void LabSession::closeOrderly()
{
    if (m_ended)
        return;
    m_socket->disconnectFromHost();
}

void LabSession::end()
{
    if (m_ended)
        return;
    m_ended = true;
    m_idleTimer.stop();
    m_replyTimer.stop();
    m_socket->disconnect(this);
    Q_EMIT ended();
    deleteLater();
}
