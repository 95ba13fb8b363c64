#ifndef CDOC_PROBE_H
#define CDOC_PROBE_H

#include "probespec.h"
#include "proberesult.h"
#include "replyreader.h"
#include "tcpconnectionwatch.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtNetwork/QAbstractSocket>

QT_BEGIN_NAMESPACE
class QHostInfo;
class QSslSocket;
class QTcpSocket;
QT_END_NAMESPACE

// One probe: one connection to the target, driven through its phases
// (dns, connect, tls, send or idle, receive) until it ends in exactly one
// outcome. Lives in the worker thread with the socket it creates; never
// blocks. The heart of it is telling a reset from an orderly close, which
// Qt does not (see NativeSocket::peek and TcpConnectionWatch).
class Probe : public QObject
{
    Q_OBJECT

public:
    Probe(int id, const ProbeSpec &spec, QObject *parent = nullptr);
    ~Probe() override;

    void start();
    // The probe's total deadline: the spec's, or a bound that no honest
    // peer reaches: every phase at its full timeout, the hold, and the
    // payload at 8 KiB/s (a very slow upload).
    static qint64 deadlineMs(const ProbeSpec &spec);
    // Ends the probe at once, closing its socket, without emitting finished().
    void abort();

Q_SIGNALS:
    void finished(const ProbeResult &result);

private:
    void lookUp();
    void handleLookup(const QHostInfo &info);
    void connectTo(const QString &host);
    void recordConnect();
    void handleConnected();
    void handleEncrypted();
    void continueAfterHandshake();
    void startHold();
    void startExchange();
    void writeMoreBody();
    bool writeBytes(const char *data, qint64 size);
    void checkSendDone();
    void handleBytesWritten(qint64 bytes);
    void handleReadyRead();
    void handleError(QAbstractSocket::SocketError error);
    void handleDisconnected();
    void handlePhaseTimeout();
    void handleDeadline();
    void handleAckTick();
    void pollEnd();
    bool pollConnect(); // true when it finished the probe
    bool warmsUpBeforeHold() const;
    Vocabulary::Phase phaseAfterConnect() const;
    void handlePeerEnd(bool reset);
    void readAvailable();
    void takeReplyBytes(const QByteArray &data);
    QString endlessText() const;
    void sampleAcknowledged();
    void enterPhase(Vocabulary::Phase phase);
    void finish(Vocabulary::Outcome outcome, const QString &detail = {});
    void stop();
    double now() const;
    // Plain: a direct, unencrypted socket whose descriptor carries exactly
    // what Qt would read, so peeking at it tells the truth.
    bool isPlain() const { return m_sslSocket == nullptr && !m_viaProxy; }

    ProbeSpec m_spec;
    ProbeResult m_result;
    QElapsedTimer m_clock;
    QTimer m_phaseTimer;
    QTimer m_holdTimer;
    QTimer m_ackTimer;
    QTimer m_deadlineTimer;
    // Windows: asks the watch's duplicate now and then how the connection
    // stands (see pollEnd()).
    QTimer m_endPollTimer;
    QString m_connectingTo; // the address connectToHost() was given
    QTcpSocket *m_socket = nullptr;    // child of this probe
    QSslSocket *m_sslSocket = nullptr; // the same object, when TLS is used
    TcpConnectionWatch m_watch;
    ReplyReader m_reply;
    Vocabulary::Phase m_phase = Vocabulary::Phase::Dns;
    double m_phaseStartedMs = 0;
    double m_sendDoneMs = -1;
    qint64 m_bodyLeft = 0;
    qint64 m_wireBytesWritten = 0; // bytes the OS took, TLS records included
    int m_lookupId = -1;
    bool m_viaProxy = false;
    bool m_done = false;
    bool m_warmingUp = false; // the answer before a hold is on its way
};

#endif // CDOC_PROBE_H
