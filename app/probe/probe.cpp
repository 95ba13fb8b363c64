#include "probe.h"

#include <limits>

#include "nativesocket.h"
#include "printablebytes.h"
#include "probelog.h"
#include "requestbuilder.h"

#include <QtCore/QCoreApplication>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QHostInfo>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpSocket>

using Vocabulary::Outcome;
using Vocabulary::Phase;
using Vocabulary::ProbeKind;

namespace {

// How much request body the probe keeps queued in Qt at once: enough to keep
// the kernel busy, small enough that bytesSent tracks what the OS took.
constexpr qint64 BodyChunk = 16 * 1024;
constexpr qint64 MaxQueued = 4 * BodyChunk;
// How often a payload probe asks the kernel how much the peer acknowledged.
constexpr int AckSampleMs = 5;
// How often, on Windows, the probe asks how the connection stands: where
// the system announces no end (Wine), the poll's moment is the end's, and
// idle times are measured to it. A peek is one call; the acks are sampled
// more often still.
constexpr int EndPollMs = 20;
constexpr qint64 ReadChunk = 64 * 1024;
constexpr int ReadChunksPerWake = 4;
constexpr qint64 ReadBufferBytes = ReadChunksPerWake * ReadChunk;

bool isProxyError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return true;
    default:
        return false;
    }
}

bool isTlsError(QAbstractSocket::SocketError error)
{
    return error == QAbstractSocket::SslHandshakeFailedError
        || error == QAbstractSocket::SslInternalError
        || error == QAbstractSocket::SslInvalidUserDataError;
}

} // namespace

Probe::Probe(int id, const ProbeSpec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_reply(spec.target.protocol() == Target::Protocol::Greeting ? ReplyReader::Mode::Greeting
                                                                   : ReplyReader::Mode::Http)
{
    m_result.id = id;
    m_result.kind = spec.kind;
    m_phaseTimer.setSingleShot(true);
    m_holdTimer.setSingleShot(true);
    // Coarse timers may fire 5% early; a hold must last what it says.
    m_holdTimer.setTimerType(Qt::PreciseTimer);
    m_ackTimer.setInterval(AckSampleMs);
    connect(&m_phaseTimer, &QTimer::timeout, this, &Probe::handlePhaseTimeout);
    connect(&m_holdTimer, &QTimer::timeout, this, &Probe::startExchange);
    connect(&m_ackTimer, &QTimer::timeout, this, &Probe::handleAckTick);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &Probe::handleDeadline);
    m_endPollTimer.setInterval(EndPollMs);
    connect(&m_endPollTimer, &QTimer::timeout, this, &Probe::pollEnd);
}

qint64 Probe::deadlineMs(const ProbeSpec &spec)
{
    if (spec.deadlineMs > 0)
        return spec.deadlineMs;
    // DNS, connect, TLS, send and receive each at their full bound.
    // An answer before a hold adds a send and a receive.
    const qint64 phases = (spec.answerBeforeHold ? 7LL : 5LL) * qMax(1, spec.timeoutMs);
    return phases + spec.holdMs + spec.payloadBytes * 1000 / (8 * 1024);
}

Probe::~Probe()
{
    stop();
}

void Probe::start()
{
    m_clock.start();
    m_result.deadlineMs = deadlineMs(m_spec);
    m_deadlineTimer.start(int(qMin<qint64>(m_result.deadlineMs, std::numeric_limits<int>::max())));
    m_result.startedAt = QDateTime::currentDateTime();

    const bool tls = m_spec.kind == ProbeKind::Tls
        || (m_spec.kind != ProbeKind::Connect && m_spec.target.usesTls());
    if (tls) {
        m_sslSocket = new QSslSocket(this);
        m_socket = m_sslSocket;
        connect(m_sslSocket, &QSslSocket::encrypted, this, &Probe::handleEncrypted);
        connect(m_sslSocket, &QSslSocket::encryptedBytesWritten, this,
                [this](qint64 bytes) { m_wireBytesWritten += bytes; });
        connect(m_sslSocket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &e : errors)
                texts << e.errorString();
            m_result.detail = texts.join(QLatin1String("; "));
        });
    } else {
        m_socket = new QTcpSocket(this);
    }
    m_socket->setProxy(m_spec.proxy);
    // An endless answer must not fill memory faster than it is read: past
    // this, Qt leaves the bytes to the kernel and TCP slows the peer.
    m_socket->setReadBufferSize(ReadBufferBytes);
    connect(m_socket, &QAbstractSocket::connected, this, &Probe::handleConnected);
    connect(m_socket, &QIODevice::readyRead, this, &Probe::handleReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &Probe::handleBytesWritten);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &Probe::handleError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &Probe::handleDisconnected);

    m_viaProxy = m_spec.proxy.type() != QNetworkProxy::NoProxy
        && m_spec.proxy.type() != QNetworkProxy::DefaultProxy;
    if (m_viaProxy || !QHostAddress(m_spec.target.host()).isNull()) {
        // The proxy resolves names itself; an address needs no lookup.
        connectTo(m_spec.target.host());
    } else {
        lookUp();
    }
}

void Probe::abort()
{
    if (m_done)
        return;
    m_done = true;
    stop();
}

void Probe::lookUp()
{
    enterPhase(Phase::Dns);
    m_lookupId = QHostInfo::lookupHost(m_spec.target.host(), this, &Probe::handleLookup);
}

void Probe::handleLookup(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_done)
        return;
    m_result.dnsMs = now() - m_phaseStartedMs;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        finish(Outcome::DnsFailure, info.errorString());
        return;
    }
    connectTo(info.addresses().constFirst().toString());
}

void Probe::connectTo(const QString &host)
{
    enterPhase(Phase::Connect);
    // Plain sockets are opened unbuffered so that Qt does not read before we
    // can peek at how the peer ended (see NativeSocket::peek). QSslSocket and
    // the proxy engines read their transport themselves (a proxy's engine
    // may already hold the reply when we are told); TcpConnectionWatch
    // covers those.
    const QIODevice::OpenMode mode = isPlain() ? QIODevice::ReadWrite | QIODevice::Unbuffered
                                               : QIODevice::ReadWrite;
    // Bound first, the socket exists before connectToHost() uses it: the
    // segment size must be set before the SYN, and on Windows pollConnect()
    // needs the descriptor while Qt connects (Qt gives it only once
    // connected otherwise).
#if defined(Q_OS_WIN)
    const bool bindFirst = !m_viaProxy;
#else
    const bool bindFirst = m_spec.maxSegmentBytes > 0 && !m_viaProxy;
#endif
    if (bindFirst) {
        const QHostAddress address(host);
        const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
        if (!m_socket->bind(v6 ? QHostAddress(QHostAddress::AnyIPv6) : QHostAddress(QHostAddress::AnyIPv4), 0)
            || (m_spec.maxSegmentBytes > 0
                && !NativeSocket::setMaxSegment(m_socket->socketDescriptor(), m_spec.maxSegmentBytes))) {
            m_result.segmentSizeUnsupported = m_spec.maxSegmentBytes > 0;
            const QString why = m_spec.maxSegmentBytes > 0
                ? tr("This system cannot limit the packet size of a connection.")
                : m_socket->errorString();
            // Queued: start() returns before the probe says it finished.
            QMetaObject::invokeMethod(this, [this, why] {
                finish(Outcome::Unreachable, why);
            }, Qt::QueuedConnection);
            return;
        }
    }
    m_connectingTo = host;
    m_socket->connectToHost(host, m_spec.target.port(), mode);
#if defined(Q_OS_WIN)
    m_endPollTimer.start(); // see pollConnect()
#endif
}

void Probe::recordConnect()
{
    m_result.connectMs = now() - m_phaseStartedMs;
    m_result.peerAddress = m_socket->peerAddress().toString();
    if (m_result.peerAddress.isEmpty())
        m_result.peerAddress = m_socket->peerName();
    if (m_result.peerAddress.isEmpty())
        m_result.peerAddress = m_connectingTo;
    m_result.localAddress = m_socket->localAddress().toString();
    m_result.localPort = m_socket->localPort();
    m_result.peerPort = m_socket->peerPort() ? m_socket->peerPort() : m_spec.target.port();
}

void Probe::handleConnected()
{
    recordConnect();
    // Qt's ends, for where the system no longer names them: Wine, once the
    // connection was reset, names neither end, not even to Qt.
    QHostAddress peer = m_socket->peerAddress();
    quint16 peerPort = m_socket->peerPort();
    if (peer.isNull() && !m_viaProxy) {
        peer = QHostAddress(m_connectingTo);
        peerPort = m_spec.target.port();
    }
    m_watch.attach(m_socket->socketDescriptor(), peer, peerPort, m_socket->localPort());
    if (m_sslSocket) {
        enterPhase(Phase::Tls);
        m_sslSocket->setPeerVerifyName(m_spec.serverName.isEmpty() ? m_spec.target.host()
                                                                   : m_spec.serverName);
        if (!m_spec.verifyCertificate)
            m_sslSocket->setPeerVerifyMode(QSslSocket::VerifyNone);
        m_sslSocket->startClientEncryption();
        return;
    }
    continueAfterHandshake();
}

void Probe::handleEncrypted()
{
    m_result.tlsMs = now() - m_phaseStartedMs;
    continueAfterHandshake();
}

void Probe::continueAfterHandshake()
{
    switch (m_spec.kind) {
    case ProbeKind::Connect:
    case ProbeKind::Tls:
        finish(Outcome::Ok);
        break;
    case ProbeKind::Hold:
        if (warmsUpBeforeHold()) {
            m_warmingUp = true;
            startExchange();
        } else {
            startHold();
        }
        break;
    case ProbeKind::Exchange:
    case ProbeKind::Payload:
        startExchange();
        break;
    }
}

void Probe::startHold()
{
    enterPhase(Phase::Idle);
    m_phaseTimer.stop(); // idling is the point; the hold timer bounds it
    m_ackTimer.stop();   // an answer before the hold may have come before every ack
    m_holdTimer.start(qMax(0, m_spec.holdMs));
}

void Probe::startExchange()
{
    if (m_spec.kind == ProbeKind::Hold && !m_warmingUp)
        m_result.idleMs = now() - m_phaseStartedMs;

    const QByteArray request = RequestBuilder::build(m_spec, m_warmingUp);
    m_result.requestBytes = request.size() + (m_spec.kind == ProbeKind::Payload ? qMax<qint64>(0, m_spec.payloadBytes) : 0);
    if (request.isEmpty() && m_spec.kind != ProbeKind::Payload) {
        // A greeting protocol: the server speaks first.
        m_sendDoneMs = now();
        enterPhase(Phase::Receive);
        if (m_reply.isComplete())
            finish(Outcome::Ok);
        return;
    }
    enterPhase(Phase::Send);
    if (m_spec.kind == ProbeKind::Payload) {
        m_bodyLeft = qMax<qint64>(0, m_spec.payloadBytes);
        m_ackTimer.start(); // acknowledgements are progress, and the measure
    }
    if (writeBytes(request.constData(), request.size()))
        writeMoreBody();
}

bool Probe::writeBytes(const char *data, qint64 size)
{
    const qint64 queuedBefore = m_socket->bytesToWrite();
    const qint64 n = m_socket->write(data, size);
    if (n < 0) {
        // An unbuffered QTcpSocket reports a failed direct write only
        // through the return value, and keeps the descriptor open.
        handleError(m_socket->error());
        return false;
    }
    if (isPlain()) {
        // Unbuffered writes go straight to the OS without bytesWritten();
        // only what Qt had to queue is announced later.
        const qint64 direct = n - (m_socket->bytesToWrite() - queuedBefore);
        m_result.bytesSent += direct;
        m_wireBytesWritten += direct;
    }
    return true;
}

void Probe::checkSendDone()
{
    if (m_done || m_phase != Phase::Send || m_bodyLeft > 0 || m_socket->bytesToWrite() > 0)
        return;
    if (m_sendDoneMs < 0)
        m_sendDoneMs = now();
    // Sending is over when the peer has acknowledged every byte, not when
    // the OS took them: a reset that throws away queued data came while
    // sending. Where the OS cannot tell, handing over has to do.
    sampleAcknowledged();
    if (m_result.bytesAcked >= 0 && m_result.bytesAcked < m_wireBytesWritten) {
        if (!m_ackTimer.isActive())
            m_ackTimer.start();
        return;
    }
    m_ackTimer.stop();
    if (m_spec.kind == ProbeKind::Payload && m_spec.request.isEmpty()
        && m_spec.target.protocol() == Target::Protocol::Greeting) {
        finish(Outcome::Ok); // a raw payload has no reply to wait for
        return;
    }
    if (m_reply.isComplete()) {
        finish(Outcome::Ok); // answered early; now the upload has been taken too
        return;
    }
    enterPhase(Phase::Receive);
}

void Probe::writeMoreBody()
{
    static const QByteArray chunk(BodyChunk, 'x');
    while (!m_done && m_bodyLeft > 0 && m_socket->bytesToWrite() < MaxQueued) {
        const qint64 n = qMin(m_bodyLeft, BodyChunk);
        if (!writeBytes(chunk.constData(), n))
            return;
        m_bodyLeft -= n;
    }
    checkSendDone();
}

void Probe::handleBytesWritten(qint64 bytes)
{
    if (m_done)
        return;
    m_result.bytesSent += bytes;
    if (!m_sslSocket) // TLS counts its records in encryptedBytesWritten
        m_wireBytesWritten += bytes;
    if (m_phase != Phase::Send)
        return;
    m_phaseTimer.start(); // progress: the send phase bound is on silence
    writeMoreBody();
}

void Probe::handleAckTick()
{
    const qint64 before = m_result.bytesAcked;
    sampleAcknowledged();
    if (m_result.bytesAcked > before && m_phase == Phase::Send)
        m_phaseTimer.start(); // progress: the send phase bound is on silence
    checkSendDone();
}

void Probe::pollEnd()
{
    // Under Wine 8 an RST raises no notification on a socket Qt reads
    // asynchronously: no readyRead, no error, and the probe waited until
    // its timeout (seen with a Linux peer that closes with SO_LINGER 0).
    // A peek on the watch's duplicate says what came, as the readyRead
    // handler's peek would have. Only what is over is acted on: bytes
    // that wait are left to readyRead.
    if (m_done)
        return;
    if (m_phase == Phase::Connect) {
        pollConnect();
        return;
    }
    switch (m_watch.end()) {
    case TcpConnectionWatch::End::Reset:
        handlePeerEnd(true);
        break;
    case TcpConnectionWatch::End::Fin:
        handlePeerEnd(false);
        break;
    case TcpConnectionWatch::End::Open:
    case TcpConnectionWatch::End::Unknown:
        break;
    }
}

bool Probe::pollConnect()
{
    // Under Wine 8 a connection that is reset the moment it opens never
    // tells Qt it connected (the peer's RST comes with the SYN-ACK's wake-up,
    // and only the close is announced), so Qt would wait for the connect
    // until the timeout, or report a network error. When the connect has in
    // fact finished and the connection has already ended, say how it ended.
    const qintptr descriptor = m_socket ? m_socket->socketDescriptor() : -1;
    if (!NativeSocket::connectFinished(descriptor))
        return false;
    const NativeSocket::PeekResult peeked = NativeSocket::peek(descriptor);
    if (peeked != NativeSocket::PeekResult::EndOfStream && peeked != NativeSocket::PeekResult::Reset)
        return false; // open: Qt's own notification follows
    m_watch.attach(descriptor, QHostAddress(m_connectingTo), m_spec.target.port(), m_socket->localPort());
    const TcpConnectionWatch::End end = m_watch.end();
    if (end != TcpConnectionWatch::End::Reset && end != TcpConnectionWatch::End::Fin)
        return false;
    // It did connect, so its end belongs to the phase that follows the
    // connect, as where the connect is announced: a connect probe has its
    // answer, a hold was idle, an exchange was sending.
    recordConnect();
    if (m_spec.kind == ProbeKind::Connect && !m_sslSocket) {
        finish(Outcome::Ok);
        return true;
    }
    enterPhase(phaseAfterConnect());
    if (m_phase == Phase::Idle)
        m_result.idleMs = 0;
    if (end == TcpConnectionWatch::End::Reset)
        finish(Outcome::Reset, tr("The connection was reset as soon as it opened."));
    else
        finish(Outcome::Closed, tr("The peer closed the connection (FIN) as soon as it opened."));
    return true;
}

bool Probe::warmsUpBeforeHold() const
{
    return m_spec.answerBeforeHold && m_spec.request.isEmpty() && m_spec.target.protocol() == Target::Protocol::Http;
}

Vocabulary::Phase Probe::phaseAfterConnect() const
{
    if (m_sslSocket)
        return Phase::Tls;
    if (m_spec.kind == ProbeKind::Hold && !warmsUpBeforeHold())
        return Phase::Idle;
    return m_spec.kind == ProbeKind::Connect ? Phase::Connect : Phase::Send;
}

void Probe::sampleAcknowledged()
{
    if (!m_socket)
        return;
    // The watch's duplicate outlives Qt's descriptor, so the count is still
    // readable when Qt has closed the socket on an error.
    const qintptr descriptor = m_watch.descriptor() >= 0 ? m_watch.descriptor()
                                                         : m_socket->socketDescriptor();
    const qint64 acked = NativeSocket::bytesAcknowledged(descriptor, m_wireBytesWritten);
    m_result.bytesAcked = qMax(m_result.bytesAcked, acked);
}

void Probe::handleReadyRead()
{
    if (m_done)
        return;
    if (isPlain()) {
        switch (NativeSocket::peek(m_socket->socketDescriptor())) {
        case NativeSocket::PeekResult::Data:
            break;
        case NativeSocket::PeekResult::EndOfStream:
#if defined(Q_OS_WIN)
            // A FIN, unless the connection's row says an RST: under Wine a
            // reset reads as end of stream too.
            handlePeerEnd(m_watch.end() == TcpConnectionWatch::End::Reset);
#else
            // A FIN came first: the peer closed (an RST that follows it, as
            // from a server that closes with SO_LINGER 0, does not undo that).
            handlePeerEnd(false);
#endif
            return;
        case NativeSocket::PeekResult::Reset:
            handlePeerEnd(true);
            return;
        case NativeSocket::PeekResult::Nothing:
            return; // a spurious wake-up
        case NativeSocket::PeekResult::Failed:
            break; // let Qt's read report the error
        }
    }
    readAvailable();
}

void Probe::readAvailable()
{
    // A plain socket: one chunk per wake-up. Its notifier fires again while
    // bytes wait, and the event loop (the deadline) runs in between, so a
    // peer that floods cannot hold the probe. A TLS socket announces only
    // bytes that are new: its buffer (bounded in start()) is read out, a
    // few chunks at the most. What the reader no longer needs is dropped.
    const int chunks = isPlain() ? 1 : ReadChunksPerWake;
    for (int chunk = 0; chunk < chunks && !m_done; ++chunk) {
        const QByteArray data = m_socket->read(ReadChunk);
        if (data.isEmpty())
            return;
        takeReplyBytes(data);
    }
}

void Probe::takeReplyBytes(const QByteArray &data)
{
    if (m_result.bytesReceived == 0)
        m_result.firstByteMs = m_sendDoneMs >= 0 ? now() - m_sendDoneMs : now();
    m_result.bytesReceived += data.size();
    m_reply.feed(data);
    m_result.httpStatus = m_reply.httpStatus();
    if (m_phase == Phase::Receive || m_phase == Phase::Send)
        m_phaseTimer.start();
    switch (m_reply.state()) {
    case ReplyReader::State::Reading:
    case ReplyReader::State::Complete:
        break;
    case ReplyReader::State::Endless:
        finish(Outcome::EndlessReply, endlessText());
        return;
    case ReplyReader::State::NotTheProtocol:
        finish(Outcome::InvalidReply, tr("The answer did not start like an HTTP answer (\"%1\"): something else answered.")
                                          .arg(PrintableBytes::text(data, 16)));
        return;
    }
    // A reply that arrives while idling (a server greeting) is remembered;
    // the hold goes on.
    if (m_reply.isComplete() && (m_phase == Phase::Receive || m_phase == Phase::Send)) {
        if (m_warmingUp) {
            // The answer before the hold: now the idle time starts.
            m_warmingUp = false;
            m_result.answeredBeforeHold = true;
            m_result.keptAliveAfterAnswer = m_reply.keepsAlive();
            m_reply = ReplyReader(ReplyReader::Mode::Http);
            m_sendDoneMs = -1;
            startHold();
            return;
        }
        // An upload answered (not refused) before its last byte was taken
        // has not been tested: it counts once the peer has acknowledged
        // every byte, or stalls and says so. A refusal (413) is the answer
        // to its size, whatever is still on the way.
        if (m_phase == Phase::Send && m_spec.kind == ProbeKind::Payload && m_reply.httpStatus() < 400) {
            checkSendDone();
            return;
        }
        finish(Outcome::Ok);
    }
}

void Probe::handlePeerEnd(bool reset)
{
    if (m_done)
        return;
    if (m_phase == Phase::Idle)
        m_result.idleMs = now() - m_phaseStartedMs;
    if (reset) {
        finish(Outcome::Reset, tr("The connection was reset (RST)."));
    } else if ((m_phase == Phase::Receive || m_phase == Phase::Send) && m_reply.completesOnClose() && m_warmingUp) {
        // The answer before a hold, ended by the close: no hold to make.
        m_result.answeredBeforeHold = true;
        m_result.keptAliveAfterAnswer = false;
        finish(Outcome::Closed, tr("The server closed the connection after its answer."));
    } else if ((m_phase == Phase::Receive || m_phase == Phase::Send) && m_reply.completesOnClose()) {
        // The answer's headers prove the request was read, even if its
        // last acknowledgement is still being waited for.
        finish(Outcome::Ok);
    } else if (m_phase == Phase::Send && m_reply.isComplete()) {
        // Answered before the upload was taken, then closed: it counts if
        // every byte had been acknowledged by then (requestTaken() says).
        sampleAcknowledged();
        finish(Outcome::Ok);
    } else {
        finish(Outcome::Closed, tr("The peer closed the connection (FIN)."));
    }
}

void Probe::handleError(QAbstractSocket::SocketError error)
{
    if (m_done)
        return;
    const QString text = m_socket->errorString();
    qCDebug(lcProbe) << "probe" << m_result.id << "error" << error << text << "in" << m_phase;

    // Until the tunnel stands, whatever goes wrong is the proxy's answer:
    // Qt reports a proxy's 403 to CONNECT as a plain network error.
    if (isProxyError(error) || (m_viaProxy && (m_phase == Phase::Connect || m_phase == Phase::Dns))) {
        finish(Outcome::ProxyFailure, text);
        return;
    }
#if defined(Q_OS_WIN)
    if (m_phase == Phase::Connect && !m_viaProxy && pollConnect())
        return; // it had connected, and ended at once
#endif
    if (m_phase != Phase::Connect && m_phase != Phase::Dns) {
        // Whatever Qt calls it, the kernel knows whether an RST or FIN came.
        switch (m_watch.end()) {
        case TcpConnectionWatch::End::Reset:
            handlePeerEnd(true);
            return;
        case TcpConnectionWatch::End::Fin:
            if (error == QAbstractSocket::RemoteHostClosedError || m_phase == Phase::Tls) {
                handlePeerEnd(false);
                return;
            }
            break;
        case TcpConnectionWatch::End::Open:
        case TcpConnectionWatch::End::Unknown:
            break;
        }
    }
    if (isTlsError(error)) {
        finish(Outcome::TlsFailure, m_result.detail.isEmpty() ? text : m_result.detail);
        return;
    }

    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        finish(Outcome::DnsFailure, text);
        break;
    case QAbstractSocket::ConnectionRefusedError:
        finish(Outcome::Refused, text);
        break;
    case QAbstractSocket::SocketTimeoutError:
        finish(Outcome::Timeout, text);
        break;
    case QAbstractSocket::RemoteHostClosedError:
        // Only where the kernel's state could not be read (Windows). For
        // plain sockets every FIN and RST that arrives while we read is
        // caught by the peek in handleReadyRead(), so reaching here means
        // the error came from a write: the kernel fails a send only after an
        // RST (ECONNRESET, then EPIPE); a FIN alone leaves sending possible.
        // The same holds for TLS while sending; otherwise an ended read is
        // taken as a close.
        if (isPlain() || m_phase == Phase::Send)
            handlePeerEnd(true);
        else
            handlePeerEnd(false);
        break;
    case QAbstractSocket::NetworkError:
        // ENETUNREACH / EHOSTUNREACH while connecting, or an ICMP error later.
        finish(Outcome::Unreachable, text);
        break;
    default:
        finish(m_phase == Phase::Connect ? Outcome::Unreachable : Outcome::Reset, text);
        break;
    }
}

void Probe::handleDisconnected()
{
    // QSslSocket may report a peer's close as a plain disconnect; plain
    // sockets never get here before the peek has decided.
    if (m_done)
        return;
    const bool reset = m_watch.end() == TcpConnectionWatch::End::Reset;
    handlePeerEnd(reset);
}

void Probe::handlePhaseTimeout()
{
    if (m_done)
        return;
    if (m_viaProxy && m_phase == Phase::Connect) {
        // Through a proxy, connecting is the proxy's handshake: one that
        // cannot reach the service says so (502, 504); silence is its own.
        finish(Outcome::ProxyFailure, tr("The proxy did not answer within %n ms.", nullptr, m_spec.timeoutMs));
        return;
    }
    finish(Outcome::Timeout, tr("Nothing happened for %n ms.", nullptr, m_spec.timeoutMs));
}

void Probe::handleDeadline()
{
    if (m_done)
        return;
    // The peer kept the connection going (a byte now and then, an endless
    // answer) without ever finishing: as much a timeout as silence, and
    // the detail says which.
    const int seconds = int((m_result.deadlineMs + 999) / 1000);
    // The answer before a hold is not what kept it going.
    const bool sentSomething = m_reply.bytesSeen() > 0 || (m_result.bytesReceived > 0 && !m_result.answeredBeforeHold);
    if (sentSomething) {
        finish(Outcome::EndlessReply,
               tr("The peer kept sending without ever finishing: stopped after %n second(s) in all.", nullptr, seconds));
    } else {
        finish(Outcome::Timeout, tr("The connection did not finish within %n second(s) in all.", nullptr, seconds));
    }
}

QString Probe::endlessText() const
{
    switch (m_reply.endlessPart()) {
    case ReplyReader::Part::Header:
        return tr("The answer's header went on past %n KiB without ending: stopped reading.", nullptr,
                  int(ReplyReader::MaxHeaderBytes / 1024));
    case ReplyReader::Part::Greeting:
        return tr("The server's first line went on past %n KiB without ending: stopped reading.", nullptr,
                  int(ReplyReader::MaxHeaderBytes / 1024));
    case ReplyReader::Part::Body:
        break;
    }
    return tr("The answer went on past %n MiB with no end in sight: stopped reading.", nullptr,
              int(ReplyReader::MaxReplyBytes / (1024 * 1024)));
}

void Probe::enterPhase(Phase phase)
{
    m_phase = phase;
    m_phaseStartedMs = now();
    m_phaseTimer.start(qMax(1, m_spec.timeoutMs));
}

void Probe::finish(Outcome outcome, const QString &detail)
{
    if (m_done)
        return;
    if (m_phase == Phase::Send || m_phase == Phase::Receive)
        sampleAcknowledged();
    if (m_phase == Phase::Connect && m_result.connectMs < 0)
        m_result.connectMs = now() - m_phaseStartedMs; // how long until it failed
    m_done = true;
    m_result.outcome = outcome;
    m_result.phase = outcome == Outcome::Ok ? Phase::Done : m_phase;
    m_result.elapsedMs = now();
    if (m_spec.kind == ProbeKind::Hold && m_result.idleMs < 0 && m_phase == Phase::Idle)
        m_result.idleMs = now() - m_phaseStartedMs;
    if (!detail.isEmpty() && (outcome != Outcome::TlsFailure || m_result.detail.isEmpty()))
        m_result.detail = detail;
    if (outcome == Outcome::Ok)
        m_result.detail.clear();
    // One line per probe, whoever ran it (a check, an experiment, the
    // monitor): what the hostile-peer tests read to bound every probe.
    qCDebug(lcProbe, "probe ended: %s in %s after %.0f ms of %lld ms allowed", qPrintable(Vocabulary::wireName(outcome)),
            qPrintable(Vocabulary::wireName(m_result.phase)), m_result.elapsedMs, static_cast<long long>(m_result.deadlineMs));
    stop();
    Q_EMIT finished(m_result);
}

void Probe::stop()
{
    m_deadlineTimer.stop();
    m_phaseTimer.stop();
    m_holdTimer.stop();
    m_ackTimer.stop();
    m_endPollTimer.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_watch.release();
}

double Probe::now() const
{
    return m_clock.nsecsElapsed() / 1e6;
}
