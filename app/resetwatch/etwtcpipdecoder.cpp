#include "etwtcpipdecoder.h"

#include <QtCore/QtEndian>
#include <QtNetwork/QHostAddress>

namespace {

// Reads a packed payload front to back; any read past its end makes it
// invalid, and every later read answers 0.
class PayloadReader
{
public:
    PayloadReader(QByteArrayView bytes, bool pointer64) : m_bytes(bytes), m_pointer64(pointer64) {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_bytes.size(); }
    qsizetype remaining() const { return m_bytes.size() - m_at; }

    quint32 u32()
    {
        const QByteArrayView b = take(4);
        return m_ok ? qFromLittleEndian<quint32>(b.data()) : 0;
    }
    quint64 u64()
    {
        const QByteArrayView b = take(8);
        return m_ok ? qFromLittleEndian<quint64>(b.data()) : 0;
    }
    quint64 pointer() { return m_pointer64 ? u64() : u32(); }
    // A length-prefixed SOCKADDR, as "address:port".
    QString sockaddr()
    {
        const quint32 length = u32();
        if (!m_ok || length > 128) {
            m_ok = false;
            return QString();
        }
        const QString endpoint = EtwTcpipDecoder::endpointOf(take(length));
        if (endpoint.isEmpty())
            m_ok = false;
        return endpoint;
    }

private:
    QByteArrayView take(qsizetype n)
    {
        if (!m_ok || n > remaining()) {
            m_ok = false;
            return {};
        }
        const QByteArrayView b = m_bytes.sliced(m_at, n);
        m_at += n;
        return b;
    }

    QByteArrayView m_bytes;
    bool m_pointer64;
    qsizetype m_at = 0;
    bool m_ok = true;
};

constexpr quint16 FamilyIPv4 = 2;
constexpr quint16 FamilyIPv6 = 23;
constexpr quint32 ProtocolTcp = 6;

} // namespace

QList<quint16> EtwTcpipDecoder::wantedIds()
{
    return {AcceptListenerComplete, ConnectTcbComplete, ConnectTcbFailedRcvdRst,
            ConnectionTerminatedRcvdRst, ConnectionRundown, RstSend};
}

QString EtwTcpipDecoder::endpointOf(QByteArrayView sockaddr)
{
    if (sockaddr.size() < 4)
        return QString();
    const quint16 family = qFromLittleEndian<quint16>(sockaddr.data());
    const quint16 port = qFromBigEndian<quint16>(sockaddr.data() + 2);
    if (family == FamilyIPv4 && sockaddr.size() == 16) {
        const QHostAddress address(qFromBigEndian<quint32>(sockaddr.data() + 4));
        return ResetEvent::endpoint(address.toString(), port);
    }
    if (family == FamilyIPv6 && sockaddr.size() == 28) {
        const QHostAddress address(reinterpret_cast<const quint8 *>(sockaddr.data() + 8));
        return ResetEvent::endpoint(address.toString(), port);
    }
    return QString();
}

std::optional<ResetEvent> EtwTcpipDecoder::decode(const Header &header, QByteArrayView payload)
{
    PayloadReader in(payload, header.pointer64);
    switch (header.id) {
    case ConnectTcbComplete:
    case AcceptListenerComplete: {
        const QString local = in.sockaddr();
        const QString remote = in.sockaddr();
        in.u32(); // Status
        const quint32 pid = in.u32();
        in.u32(); // Compartment
        const quint64 tcb = in.pointer();
        if (in.ok() && pid > 0)
            remember(tcb, pid, local, remote);
        return std::nullopt;
    }
    case ConnectionRundown: {
        const quint64 tcb = in.pointer();
        const QString local = in.sockaddr();
        const QString remote = in.sockaddr();
        in.u32(); // State
        const quint32 pid = in.u32();
        if (in.ok() && pid > 0)
            remember(tcb, pid, local, remote);
        return std::nullopt;
    }
    case ConnectTcbFailedRcvdRst:
    case ConnectionTerminatedRcvdRst: {
        const quint64 tcb = in.pointer();
        ResetEvent event;
        event.local = in.sockaddr();
        event.remote = in.sockaddr();
        in.u32(); // NewState: closed
        in.u32(); // RexmitCount
        if (!in.ok())
            return std::nullopt;
        event.atMs = header.atMs;
        event.direction = Vocabulary::ResetDirection::Received;
        // The state the RST found the connection in: a refused connect was
        // still connecting; the other event is for established connections.
        event.tcpState = header.id == ConnectTcbFailedRcvdRst ? QStringLiteral("syn_sent")
                                                              : QStringLiteral("established");
        event.pid = ownerOf(tcb, event.local, event.remote);
        forget(tcb); // the connection is over
        return event;
    }
    case RstSend: {
        const quint64 tcb = in.pointer();
        const quint32 protocol = in.u32();
        in.u32(); // AddressFamily: the addresses say it too
        ResetEvent event;
        event.local = in.sockaddr();
        event.remote = in.sockaddr();
        in.u32(); // Reason: only "receive discarded" (0) is documented
        if (!in.ok() || protocol != ProtocolTcp)
            return std::nullopt;
        event.atMs = header.atMs;
        event.direction = Vocabulary::ResetDirection::Sent;
        event.sender = Vocabulary::ResetSender::Local;
        event.pid = ownerOf(tcb, event.local, event.remote);
        return event;
    }
    default:
        return std::nullopt;
    }
}

void EtwTcpipDecoder::remember(quint64 tcb, qint64 pid, const QString &local, const QString &remote)
{
    if (m_ownerByTcb.size() >= MaxOwners && !m_ownerByTcb.contains(tcb)) {
        // Connections are told when they start, not when they end quietly:
        // over the bound, start over rather than grow without end.
        m_ownerByTcb.clear();
        m_tcbByEnds.clear();
    }
    forget(tcb);
    m_ownerByTcb.insert(tcb, Owner{pid, local, remote});
    m_tcbByEnds.insert(connectionKey(local, remote), tcb);
}

void EtwTcpipDecoder::forget(quint64 tcb)
{
    const auto it = m_ownerByTcb.constFind(tcb);
    if (it == m_ownerByTcb.cend())
        return;
    m_tcbByEnds.remove(connectionKey(it->local, it->remote));
    m_ownerByTcb.erase(it);
}

qint64 EtwTcpipDecoder::ownerOf(quint64 tcb, const QString &local, const QString &remote) const
{
    // TcpRstSend writes no Tcb: its two ends find the connection.
    if (tcb == 0)
        tcb = m_tcbByEnds.value(connectionKey(local, remote), 0);
    const auto it = m_ownerByTcb.constFind(tcb);
    return tcb != 0 && it != m_ownerByTcb.cend() ? it->pid : -1;
}
