#ifndef CDOC_RESETEVENT_H
#define CDOC_RESETEVENT_H

#include "vocabulary/vocabulary.h"

#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>

// What the RST packet itself looked like, where it was captured.
struct ResetPacket
{
    int ttl = -1;
    int ipId = -1;            // -1: IPv6, or not captured
    bool dontFragment = false;
    int window = -1;
    bool ack = false;         // the ACK flag was set
    int seqExpected = -1;     // 1: the sequence number the sender was due to send next, 0: not, -1: unknown
    bool timestamps = false;  // carried the TCP timestamps option
    int payloadBytes = 0;
    QString text;             // printable bytes a device put inside the RST
};

// What the other side's ordinary packets on the same connection looked like.
struct ResetPeerPackets
{
    int synTtl = -1; // its SYN-ACK (or SYN)
    int ttlMin = -1;
    int ttlMax = -1;
    qint64 packets = 0;
    bool ipIdZero = false;    // every IP ID it sent was 0
    bool dontFragment = false;
    bool timestamps = false;
};

// One reset of one TCP connection on this computer, in any program: the
// facts the reset watch gathered, and its verdict on who sent it.
struct ResetEvent
{
    qint64 atMs = 0; // since the epoch
    Vocabulary::ResetDirection direction = Vocabulary::ResetDirection::Received;
    QString local;   // "10.0.0.2:50412", "[2001:db8::2]:50412"
    QString remote;
    // The name the program asked for at that address (TLS SNI, an HTTP
    // Host header, or a DNS answer shortly before: remoteNameSource says
    // which: "tls", "http", "dns"); empty when the helper did not see one.
    // Never a reverse lookup: unknown stays unknown.
    QString remoteName;
    QString remoteNameSource;
    QString tcpState; // established, syn_sent, ... (docs/report-schema.md)
    qint64 pid = -1;  // -1: not known
    QString program;  // the executable's name; empty: not known
    QString exe;      // its path, where readable
    // How the owner was learnt (connect, listen, snapshot, lookup), or why
    // not (not_seen, not_found, no_socket).
    QString owner;
    // Why this computer's kernel sent a reset, in its own words
    // (TCP_ABORT_ON_CLOSE, NO_SOCKET: enum sk_rst_reason, Linux 6.10 and
    // later); empty for received resets and where the kernel does not say.
    QString kernelReason;
    bool captured = false; // packets were being captured
    bool hasPacket = false;
    ResetPacket packet;
    bool hasPeer = false;
    ResetPeerPackets peer;
    int hostTtl = -1;  // a SYN-ACK TTL seen from the same address on another connection
    qint64 idleMs = -1; // quiet time on the connection before the reset
    int burst = 0;      // RSTs from the same sender on this connection within two seconds
    bool burstSeqVaried = false;

    // The verdict (ResetSenderJudge).
    Vocabulary::ResetSender sender = Vocabulary::ResetSender::Unknown;
    int senderHops = -1; // -1: not known
    int serverHops = -1;
    QStringList evidence;

    QString remoteHost() const; // the address without the port
    // A reset this computer sent because its program ended the connection
    // so (closed it with data unread, cut it off): by the kernel's reason.
    bool sentByItsProgram() const;
    // The kernel's reason as a report or the helper gives it, if it is
    // one: a kernel's enum name ([A-Za-z0-9_], at most 64); else empty.
    static QString kernelReasonFrom(const QString &name);
    // A name as the helper or a report gives it, if it keeps to the
    // contract's rules (lower case, no trailing dot, [a-z0-9.-_], at most
    // 253 characters): else empty, and the event stays without a name.
    static QString remoteNameFrom(const QString &name);
    // "tls", "http" or "dns"; else empty.
    static QString remoteNameSourceFrom(const QString &source);
    QString programOrUnknown() const { return programName(program); }
    // A program's name as people read it: "unknown program" where the
    // watch could not tell.
    static QString programName(const QString &program);
    // "10.0.0.1:80", "[2001:db8::1]:443"
    static QString endpoint(const QString &address, quint16 port);
    // The address of "10.0.0.1:80" or "[2001:db8::1]:443".
    static QString hostOf(const QString &endpoint);
};
Q_DECLARE_METATYPE(ResetEvent)

#endif // CDOC_RESETEVENT_H
