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
// last one asked for. `fetch(buffer, size)` is the system's call.
template <typename Fetch>
bool readTable(Fetch fetch, std::vector<char> *buffer)
{
    ULONG size = 0;
    ULONG status = fetch(nullptr, &size);
    for (int attempt = 0; attempt < 4; ++attempt) {
        if (status != NO_ERROR && status != ERROR_INSUFFICIENT_BUFFER)
            return false;
        buffer->resize(size_t(size) + 4096);
        size = ULONG(buffer->size());
        status = fetch(buffer->data(), &size);
        if (status == NO_ERROR)
            return true;
    }
    return false;
}

bool readFamily(ULONG family, TCP_TABLE_CLASS tableClass, std::vector<char> *buffer)
{
    return readTable([family, tableClass](void *table, ULONG *size) {
        DWORD dwSize = *size;
        const DWORD status = ::GetExtendedTcpTable(table, &dwSize, FALSE, family, tableClass, 0);
        *size = dwSize;
        return ULONG(status);
    }, buffer);
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
    if (readFamily(AF_INET, TCP_TABLE_OWNER_PID_ALL, &buffer)) {
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
    if (readFamily(AF_INET6, TCP_TABLE_OWNER_PID_ALL, &buffer)) {
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

// The rows of one address family without their owners, added to *rows: finding a
// socket's owner is the costly part of the table (Wine walks every
// process's descriptors for it, 230 ms a read here), and the probe, which
// asks for one connection's state every 20 ms, needs no owner.
static bool readStates(bool ipv4, QList<TcpConnectionRow> *rows)
{
    std::vector<char> buffer;
    if (ipv4) {
        if (!readFamily(AF_INET, TCP_TABLE_BASIC_ALL, &buffer))
            return false;
        const auto *table = reinterpret_cast<const MIB_TCPTABLE *>(buffer.data());
        for (DWORD i = 0; i < table->dwNumEntries; ++i) {
            const MIB_TCPROW &r = table->table[i];
            TcpConnectionRow row;
            row.localAddress = QHostAddress(::ntohl(r.dwLocalAddr));
            row.localPort = portOf(r.dwLocalPort);
            row.remoteAddress = QHostAddress(::ntohl(r.dwRemoteAddr));
            row.remotePort = portOf(r.dwRemotePort);
            row.state = stateOf(r.dwState);
            rows->append(row);
        }
        return true;
    }
    // The basic class is IPv4 only; GetTcp6Table is its IPv6 twin.
    if (!readTable([](void *table, ULONG *size) { return ::GetTcp6Table(static_cast<PMIB_TCP6TABLE>(table), size, FALSE); },
                   &buffer))
        return false;
    const auto *table = reinterpret_cast<const MIB_TCP6TABLE *>(buffer.data());
    for (DWORD i = 0; i < table->dwNumEntries; ++i) {
        const MIB_TCP6ROW &r = table->table[i];
        TcpConnectionRow row;
        row.localAddress = QHostAddress(reinterpret_cast<const quint8 *>(&r.LocalAddr));
        row.localPort = portOf(r.dwLocalPort);
        row.remoteAddress = QHostAddress(reinterpret_cast<const quint8 *>(&r.RemoteAddr));
        row.remotePort = portOf(r.dwRemotePort);
        row.state = stateOf(DWORD(r.State));
        rows->append(row);
    }
    return true;
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

static bool readStates(bool ipv4, QList<TcpConnectionRow> *rows)
{
    Q_UNUSED(ipv4);
    Q_UNUSED(rows);
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
    // An IPv4 connection on a dual-stack socket is listed as IPv4 by
    // Windows, and as IPv6 (::ffff:a.b.c.d) by Wine, which reads Linux's
    // tables: both are read for an IPv4 peer.
    bool ipv4 = false;
    remote.toIPv4Address(&ipv4);
    QList<TcpConnectionRow> rows;
    bool ok = readStates(false, &rows);
    if (ipv4)
        ok = readStates(true, &rows) || ok;
    if (readable)
        *readable = ok;
    // A local address of "any" (a socket bound before it connected, as the system
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
