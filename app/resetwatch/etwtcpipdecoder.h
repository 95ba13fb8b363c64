#ifndef CDOC_ETWTCPIPDECODER_H
#define CDOC_ETWTCPIPDECODER_H

#include "resetevent.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QHash>

#include <optional>

// Reads the events of Windows' Microsoft-Windows-TCPIP ETW provider that
// tell of resets, into the watch's ResetEvent. Plain bytes in, so it is
// tested on every platform (the Windows source, EtwResetSource, feeds it).
//
// The payloads are packed, little-endian, with pointers as wide as the
// writing kernel's (the header's 64-bit flag); addresses are a UInt32
// length followed by a Winsock SOCKADDR_IN (16 bytes) or SOCKADDR_IN6 (28).
// The layouts are the provider's manifest templates:
//   1183 TcpConnectTcbFailedRcvdRst, 1184 TcpConnectionTerminatedRcvdRst
//       Tcb, LocalAddress, RemoteAddress, NewState, RexmitCount
//   1479 TcpRstSend (newer Windows 10 and 11 only)
//       Tcb (written as 0), IPTransportProtocol, AddressFamily,
//       LocalSockAddr, RemoteSockAddr, Reason
//   1033 TcpConnectTcbComplete, 1017 TcpAcceptListenerComplete (v0, v1)
//       LocalAddress, RemoteAddress, Status, ProcessId, Compartment, Tcb
//       [, ProcessStartKey]
//   1300 TcpConnectionRundown: Tcb, LocalAddress, RemoteAddress, State, Pid
// The reset events carry no process id, and the header's is whoever ran
// when the packet came in, so the owner is remembered from the connect,
// accept and rundown events by connection (Tcb), and looked up by its two
// ends where the Tcb is not given.
class EtwTcpipDecoder
{
public:
    enum EventId : quint16 {
        AcceptListenerComplete = 1017,
        ConnectTcbComplete = 1033,
        ConnectTcbFailedRcvdRst = 1183,
        ConnectionTerminatedRcvdRst = 1184,
        ConnectionRundown = 1300,
        RstSend = 1479,
    };

    struct Header
    {
        quint16 id = 0;
        quint8 version = 0;
        bool pointer64 = true; // EVENT_HEADER_FLAG_64_BIT_HEADER
        qint64 atMs = 0;       // since the epoch
    };

    // The event ids worth asking the provider for (its event id filter).
    static QList<quint16> wantedIds();

    // A reset event as the watch reports it, or nothing for the events
    // that only teach owners (and for anything malformed or unknown).
    std::optional<ResetEvent> decode(const Header &header, QByteArrayView payload);

    // Connections whose owner is remembered (bounded: see MaxOwners).
    qsizetype ownerCount() const { return m_ownerByTcb.size(); }
    static constexpr qsizetype MaxOwners = 65536;

    // A SOCKADDR_IN or SOCKADDR_IN6 as "10.0.0.1:80" or "[2001:db8::1]:443";
    // empty when it is neither.
    static QString endpointOf(QByteArrayView sockaddr);

    // One connection's two ends as one key ("local>remote"), by which the
    // decoder and the Windows source find its owner.
    static QString connectionKey(const QString &local, const QString &remote)
    {
        return local + QLatin1Char('>') + remote;
    }

private:
    struct Owner
    {
        qint64 pid = -1;
        QString local;
        QString remote;
    };
    void remember(quint64 tcb, qint64 pid, const QString &local, const QString &remote);
    void forget(quint64 tcb);
    qint64 ownerOf(quint64 tcb, const QString &local, const QString &remote) const;

    QHash<quint64, Owner> m_ownerByTcb;
    QHash<QString, quint64> m_tcbByEnds; // by "local>remote"
};

#endif // CDOC_ETWTCPIPDECODER_H
