#ifndef CDOC_TCPCONNECTIONWATCH_H
#define CDOC_TCPCONNECTIONWATCH_H

#include <QtCore/QtGlobal>
#include <QtNetwork/QHostAddress>

// Tells, after the fact, whether an established TCP connection ended with
// the peer's RST or FIN, where the peek in the readyRead handler cannot:
// QSslSocket reads its transport itself, and a plain socket whose queued
// write fails is closed by Qt before we hear of it.
//
// It keeps a duplicate of the descriptor: when Qt closes its own copy on
// RemoteHostClosedError, the kernel socket lives on in ours, and its TCP
// state still says what happened: CLOSE after an RST, CLOSE_WAIT after a
// FIN we have not answered. Linux reads it with TCP_INFO, macOS with
// TCP_CONNECTION_INFO. Windows has no such option, but a duplicate
// (WSADuplicateSocket into this same process) keeps the socket's receive
// queue, and a peek there tells as on Linux: WSAECONNRESET after an RST,
// 0 after a FIN. Where a peek says 0 (Wine does after an RST too), a send
// of nothing decides (it fails after an RST only), and where even that
// says neither, the system's connection table: the connection's row is in
// CLOSE_WAIT after a FIN and gone after an RST.
class TcpConnectionWatch
{
public:
    enum class End { Open, Fin, Reset, Unknown };

    TcpConnectionWatch() = default;
    ~TcpConnectionWatch();
    TcpConnectionWatch(const TcpConnectionWatch &) = delete;
    TcpConnectionWatch &operator=(const TcpConnectionWatch &) = delete;

    // Starts watching the connected socket behind this descriptor. `peer`
    // and `localPort` are its ends as Qt knows them, for a socket whose ends
    // the system no longer (or not yet) names: Windows reads the
    // connection's row by its two ends, and Wine fails getsockname and
    // getpeername on a socket that was reset.
    void attach(qintptr descriptor, const QHostAddress &peer = QHostAddress(), quint16 peerPort = 0,
                quint16 localPort = 0);
    // Stops watching and lets the kernel socket go.
    void release();

    End end() const;
    // The duplicate, still valid after Qt closed its own descriptor; -1
    // where there is none.
    qintptr descriptor() const { return m_duplicate; }

private:
    qintptr m_duplicate = -1;
#if defined(Q_OS_WIN)
    End endFromSendingNothing() const;
    End endFromTable() const;

    QHostAddress m_local;
    quint16 m_localPort = 0;
    QHostAddress m_remote;
    quint16 m_remotePort = 0;
#endif
};

#endif // CDOC_TCPCONNECTIONWATCH_H
