#ifndef CDOC_LABSESSION_H
#define CDOC_LABSESSION_H

#include "labscenario.h"

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QTimer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

// One accepted connection in the fault lab, behaving as its scenario says:
// it speaks just enough HTTP/1.1 to answer a request, and ends connections
// with a real RST (SO_LINGER 0) or a real FIN when the scenario calls for it.
class LabSession : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of the connected socket.
    LabSession(Lab::Scenario scenario, const Lab::Config &config, QTcpSocket *socket,
               bool doomed, QObject *parent = nullptr);
    ~LabSession() override;

    void begin();

Q_SIGNALS:
    void ended();

private:
    void handleReadyRead();
    void handleRequestComplete();
    void reply();
    void reset();
    void closeOrderly();
    void end();

    Lab::Scenario m_scenario;
    Lab::Config m_config;
    QTcpSocket *m_socket;
    QTimer m_idleTimer;
    QTimer m_replyTimer;
    QByteArray m_head;
    qint64 m_received = 0;
    qint64 m_bodyExpected = -1; // -1 until the headers are in
    qint64 m_bodyReceived = 0;
    bool m_keepAlive = false; // the request asked to keep the connection
    bool m_doomed; // Overloaded, EveryNthReset, ResetBursts: this one gets reset
    bool m_ended = false;
};

#endif // CDOC_LABSESSION_H
