#include "tcpconnectiontable.h"

#include <iterator>
#include <utility>

#if defined(Q_OS_WIN)
#  include <winsock2.h>
#  include <ws2tcpip.h>
#  include <iphlpapi.h>
#  include <windows.h>
#  include <QtCore/QDir>
#  include <vector>
#endif

QString TcpConnectionRow::stateName(State state)
{
    switch (state) {
    case State::Closed: return QStringLiteral("closed");
    case State::Listen: return QStringLiteral("listen");
    case State::SynSent: return QStringLiteral("syn_sent");
    case State::SynReceived: return QStringLiteral("syn_recv");
    case State::Established: return QStringLiteral("established");
    case State::FinWait1: return QStringLiteral("fin_wait1");
    case State::FinWait2: return QStringLiteral("fin_wait2");
    case State::CloseWait: return QStringLiteral("close_wait");
    case State::Closing: return QStringLiteral("closing");
    case State::LastAck: return QStringLiteral("last_ack");
    case State::TimeWait: return QStringLiteral("time_wait");
    case State::DeleteTcb: return QStringLiteral("closed");
    case State::Unknown: break;
    }
    return QString();
}

namespace TcpConnectionTable {

#if defined(Q_OS_WIN)
namespace {

TcpConnectionRow::State stateOf(DWORD state)
{
    using State = TcpConnectionRow::State;
    switch (state) {
    case MIB_TCP_STATE_CLOSED: return State::Closed;
    case MIB_TCP_STATE_LISTEN: return State::Listen;
    case MIB_TCP_STATE_SYN_SENT: return State::SynSent;
    case MIB_TCP_STATE_SYN_RCVD: return State::SynReceived;
    case MIB_TCP_STATE_ESTAB: return State::Established;
    case MIB_TCP_STATE_FIN_WAIT1: return State::FinWait1;
    case MIB_TCP_STATE_FIN_WAIT2: return State::FinWait2;
    case MIB_TCP_STATE_CLOSE_WAIT: return State::CloseWait;
    case MIB_TCP_STATE_CLOSING: return State::Closing;
    case MIB_TCP_STATE_LAST_ACK: return State::LastAck;
    case MIB_TCP_STATE_TIME_WAIT: return State::TimeWait;
    case MIB_TCP_STATE_DELETE_TCB: return State::DeleteTcb;
    default: return State::Unknown;
    }
}

// The table grows between the call that sizes it and the call that fills
// it when connections open meanwhile: a few tries, each with the size the
// last one asked for.
bool readFamily(ULONG family, std::vector<char> *buffer)
{
    DWORD size = 0;
    DWORD status = ::GetExtendedTcpTable(nullptr, &size, FALSE, family, TCP_TABLE_OWNER_PID_ALL, 0);
    for (int attempt = 0; attempt < 4; ++attempt) {
        if (status != NO_ERROR && status != ERROR_INSUFFICIENT_BUFFER)
            return false;
        buffer->resize(size_t(size) + 4096);
        size = DWORD(buffer->size());
        status = ::GetExtendedTcpTable(buffer->data(), &size, FALSE, family, TCP_TABLE_OWNER_PID_ALL, 0);
        if (status == NO_ERROR)
            return true;
    }
    return false;
}

quint16 portOf(DWORD networkOrder)
{
    return ::ntohs(u_short(networkOrder));
}

} // namespace

bool read(QList<TcpConnectionRow> *rows)
{
    rows->clear();
    std::vector<char> buffer;
    bool any = false;
    if (readFamily(AF_INET, &buffer)) {
        any = true;
        const auto *table = reinterpret_cast<const MIB_TCPTABLE_OWNER_PID *>(buffer.data());
        for (DWORD i = 0; i < table->dwNumEntries; ++i) {
            const MIB_TCPROW_OWNER_PID &r = table->table[i];
            TcpConnectionRow row;
            row.localAddress = QHostAddress(::ntohl(r.dwLocalAddr));
            row.localPort = portOf(r.dwLocalPort);
            row.remoteAddress = QHostAddress(::ntohl(r.dwRemoteAddr));
            row.remotePort = portOf(r.dwRemotePort);
            row.state = stateOf(r.dwState);
            row.pid = qint64(r.dwOwningPid);
            rows->append(row);
        }
    }
    if (readFamily(AF_INET6, &buffer)) {
        any = true;
        const auto *table = reinterpret_cast<const MIB_TCP6TABLE_OWNER_PID *>(buffer.data());
        for (DWORD i = 0; i < table->dwNumEntries; ++i) {
            const MIB_TCP6ROW_OWNER_PID &r = table->table[i];
            TcpConnectionRow row;
            row.localAddress = QHostAddress(r.ucLocalAddr);
            row.localPort = portOf(r.dwLocalPort);
            row.remoteAddress = QHostAddress(r.ucRemoteAddr);
            row.remotePort = portOf(r.dwRemotePort);
            row.state = stateOf(r.dwState);
            row.pid = qint64(r.dwOwningPid);
            rows->append(row);
        }
    }
    return any;
}

QString processImagePath(qint64 pid)
{
    if (pid <= 0)
        return QString();
    // The limited right is enough for the image name, and is granted for
    // most processes of other users too (not for protected ones).
    const HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return QString();
    wchar_t path[MAX_PATH * 2];
    DWORD length = DWORD(std::size(path));
    const bool ok = ::QueryFullProcessImageNameW(process, 0, path, &length);
    ::CloseHandle(process);
    return ok ? QDir::fromNativeSeparators(QString::fromWCharArray(path, int(length))) : QString();
}

#else

bool read(QList<TcpConnectionRow> *rows)
{
    rows->clear();
    return false;
}

QString processImagePath(qint64 pid)
{
    Q_UNUSED(pid);
    return QString();
}

#endif

bool find(const QHostAddress &local, quint16 localPort, const QHostAddress &remote,
          quint16 remotePort, TcpConnectionRow *row, bool *readable)
{
    QList<TcpConnectionRow> rows;
    const bool ok = read(&rows);
    if (readable)
        *readable = ok;
    // An IPv4 connection on a dual-stack socket is listed as IPv4. A local
    // address of "any" (a socket bound before it connected, as the system
    // may still name it) matches by the port alone.
    const auto same = [](const QHostAddress &a, const QHostAddress &b) {
        return a.isEqual(b, QHostAddress::TolerantConversion);
    };
    const bool anyLocal = local.isNull() || local == QHostAddress::AnyIPv4 || local == QHostAddress::AnyIPv6
        || local == QHostAddress::Any;
    for (const TcpConnectionRow &r : std::as_const(rows)) {
        if (r.localPort == localPort && r.remotePort == remotePort
            && (anyLocal || same(r.localAddress, local)) && same(r.remoteAddress, remote)) {
            *row = r;
            return true;
        }
    }
    return false;
}

} // namespace TcpConnectionTable
