#ifndef CDOC_TCPCONNECTIONTABLE_H
#define CDOC_TCPCONNECTIONTABLE_H

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtNetwork/QHostAddress>

// The system's table of TCP connections, as `netstat -ano` shows it: each
// connection's ends, state and owning process. Windows gives it with
// GetExtendedTcpTable (TCP_TABLE_OWNER_PID_ALL, IPv4 and IPv6). Elsewhere
// it is not read: Linux has TCP_INFO on the socket itself and the reset
// helper's own socket table, so read() says false there.
//
// Windows has no TCP_INFO whose state a duplicate socket could tell, but
// the row of a connection says it: CLOSE_WAIT after the peer's FIN, and no
// row at all once an RST has torn the connection down.
struct TcpConnectionRow
{
    enum class State {
        Closed, Listen, SynSent, SynReceived, Established, FinWait1, FinWait2,
        CloseWait, Closing, LastAck, TimeWait, DeleteTcb, Unknown
    };

    QHostAddress localAddress;
    quint16 localPort = 0;
    QHostAddress remoteAddress;
    quint16 remotePort = 0;
    State state = State::Unknown;
    qint64 pid = -1; // -1: not known

    // The state's name in the report vocabulary ("established", "close_wait").
    static QString stateName(State state);
};

namespace TcpConnectionTable {

// Every TCP connection on this computer; false where this system's table
// cannot be read (or on systems where it is not read at all).
bool read(QList<TcpConnectionRow> *rows);

// The row of one connection, by its two ends; false when there is none or
// the table cannot be read (`*readable` tells which).
bool find(const QHostAddress &local, quint16 localPort, const QHostAddress &remote,
          quint16 remotePort, TcpConnectionRow *row, bool *readable = nullptr);

// The executable behind a process id: its full path where this user may
// read it, else empty.
QString processImagePath(qint64 pid);

} // namespace TcpConnectionTable

#endif // CDOC_TCPCONNECTIONTABLE_H
