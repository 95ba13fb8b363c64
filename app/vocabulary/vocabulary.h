#ifndef CDOC_VOCABULARY_H
#define CDOC_VOCABULARY_H

#include <QtCore/QObject>
#include <QtCore/QString>

#include <optional>

// The one definition of the words that travel between the engine, the
// report, the GUI and the tests. docs/report-schema.md documents the same
// names; wireName() gives the spelling that goes into reports and
// fromWireName() reads it back.
namespace Vocabulary {
Q_NAMESPACE

// How a probe ended.
enum class Outcome {
    Ok,           // the probe did what it set out to do
    Reset,        // RST on an established connection
    Refused,      // RST in answer to the SYN
    Closed,       // orderly FIN from the peer before the probe was done
    Timeout,      // nothing happened within the time allowed
    DnsFailure,   // the name did not resolve
    Unreachable,  // no route to the host or network
    TlsFailure,   // the TLS handshake failed (alert, certificate, protocol)
    ProxyFailure, // the proxy refused, failed or answered something unusable
    EndlessReply, // the answer went on without end (an endless header or
                  // body, a byte now and then) until its bound or deadline
    InvalidReply, // the answer was not the protocol asked for (junk to an
                  // HTTP request)
};
Q_ENUM_NS(Outcome)

// Where in the life of a connection a probe ended.
enum class Phase {
    Dns,
    Connect,
    Tls,
    Send,
    Receive,
    Idle,
    Done,
};
Q_ENUM_NS(Phase)

// What a probe does once connected.
enum class ProbeKind {
    Connect,  // DNS and TCP handshake only
    Exchange, // send a request, read the reply
    Hold,     // stay idle for a while, then exchange
    Payload,  // send N bytes, then read the reply
    Tls,      // TLS handshake with a given server name
};
Q_ENUM_NS(ProbeKind)

// What an environment check concluded.
enum class CheckStatus {
    Pass, // nothing wrong here
    Warn, // something that may cause trouble, or could not be fully read
    Fail, // a problem that explains failures
    Skip, // not run or not applicable, with the reason in the summary
};
Q_ENUM_NS(CheckStatus)

// Where an RST that refused a connection most likely came from, judged by
// how fast it came compared to the path's round trip.
enum class ResetOrigin {
    NearClient, // faster than the round trip: this computer or its network
    NearServer, // about one round trip: the server or a device close to it
    Unknown,
};
Q_ENUM_NS(ResetOrigin)

// Who sent the RST that ended a connection, as the reset watch judges it
// from the packets (see ResetSenderJudge).
enum class ResetSender {
    Server,    // the server itself: same distance and habits as its packets
    Middlebox, // a device between: nearer than the server, or unlike it
    Unknown,   // no packet to judge by, or the signs disagree
    Local,     // this computer sent it (a reset the watch saw going out)
};
Q_ENUM_NS(ResetSender)

// Which way a reset went, seen from this computer.
enum class ResetDirection {
    Received,
    Sent,
};
Q_ENUM_NS(ResetDirection)

// What the reset watch could see: the kernel's own events (every reset,
// with its program), only packets (resets, no programs), or only the
// system's counters (how many, nothing else).
enum class WatchSource {
    KernelEvents,
    PacketCapture,
    CountersOnly,
};
Q_ENUM_NS(WatchSource)

// How an idle connection ended (experiments.idle-timeout's `end`): reset
// while it sat quiet, reset on the first packet after the pause (a
// firewall or NAT that forgot it), closed politely, or no answer at all
// after the pause; `inconsistent` when drops did not follow idle time.
enum class IdleEnd {
    Reset,
    ResetOnResume,
    Closed,
    SilentDrop,
    Inconsistent,
};
Q_ENUM_NS(IdleEnd)

// How an upload over the limit was turned away
// (experiments.payload-limit's `rejected_by`).
enum class Rejection {
    Http413,
    Reset,
    Closed,
};
Q_ENUM_NS(Rejection)

// What the user was doing when the connection failed, as the welcome page
// and --activity ask it: the diagnosis weighs a cause by it (a size limit
// matters most to someone whose upload fails).
enum class Activity {
    Website,
    AppError,
    Upload,
    RemoteSession,
    Other,
};
Q_ENUM_NS(Activity)

// The causes the diagnosis can name: the report's finding ids.
enum class FindingId {
    NoConnectivity,
    DnsFailure,
    CaptivePortal,
    PortClosed,
    FirewallBlock,
    ProxyInterference,
    VpnInterference,
    IdleTimeout,
    PayloadLimit,
    ServerOverload,
    NetworkInterruption,
    TlsInterference,
    ApplicationReset,
    UnexpectedAnswer, // not reset: answered in another protocol, or without end
    PathMtuBlackHole, // full-sized packets vanish on the way, and nobody says so
    ContentFilter,    // requests reset for what they ask for, neutral ones not
    UnexplainedFailure, // a test failed and no rule names a cause
    NoProblemFound,
};
Q_ENUM_NS(FindingId)

// Which side a finding points at.
enum class Side {
    YourDevice,
    YourNetwork,
    TheServer,
    Proxy,
    Vpn,
    Firewall,
    // Resets nobody saw the sender of: the server, or a device on the way.
    ServerOrOnTheWay,
};
Q_ENUM_NS(Side)

QString wireName(Outcome outcome);
QString wireName(FindingId id);
QString wireName(Side side);
QString wireName(CheckStatus status);
QString wireName(ResetOrigin origin);
QString wireName(Phase phase);
QString wireName(ProbeKind kind);
QString wireName(ResetSender sender);
QString wireName(ResetDirection direction);
QString wireName(WatchSource source);
QString wireName(IdleEnd end);
QString wireName(Rejection rejection);
QString wireName(Activity activity);

std::optional<Outcome> outcomeFromWireName(const QString &name);
std::optional<Phase> phaseFromWireName(const QString &name);
std::optional<ProbeKind> probeKindFromWireName(const QString &name);
std::optional<CheckStatus> checkStatusFromWireName(const QString &name);
std::optional<ResetOrigin> resetOriginFromWireName(const QString &name);
std::optional<FindingId> findingIdFromWireName(const QString &name);
std::optional<ResetSender> resetSenderFromWireName(const QString &name);
std::optional<ResetDirection> resetDirectionFromWireName(const QString &name);
std::optional<WatchSource> watchSourceFromWireName(const QString &name);
std::optional<IdleEnd> idleEndFromWireName(const QString &name);
std::optional<Rejection> rejectionFromWireName(const QString &name);
std::optional<Activity> activityFromWireName(const QString &name);
QList<Activity> allActivities();
std::optional<Side> sideFromWireName(const QString &name);
QList<FindingId> allFindingIds();

// Every outcome, in the order reports list them.
QList<Outcome> allOutcomes();

} // namespace Vocabulary

#endif // CDOC_VOCABULARY_H
