#include "vocabulary.h"

#include "nametable.h"

#include <QtCore/QList>

#include <array>
#include <utility>

namespace Vocabulary {

namespace {

// The wire names are part of the report schema: never rename one, only add.
constexpr std::array<std::pair<Outcome, const char *>, 11> outcomeNames{{
    {Outcome::Ok, "ok"},
    {Outcome::Reset, "reset"},
    {Outcome::Refused, "refused"},
    {Outcome::Closed, "closed"},
    {Outcome::Timeout, "timeout"},
    {Outcome::DnsFailure, "dns_failure"},
    {Outcome::Unreachable, "unreachable"},
    {Outcome::TlsFailure, "tls_failure"},
    {Outcome::ProxyFailure, "proxy_failure"},
    {Outcome::EndlessReply, "endless_reply"},
    {Outcome::InvalidReply, "invalid_reply"},
}};

constexpr std::array<std::pair<Phase, const char *>, 7> phaseNames{{
    {Phase::Dns, "dns"},
    {Phase::Connect, "connect"},
    {Phase::Tls, "tls"},
    {Phase::Send, "send"},
    {Phase::Receive, "receive"},
    {Phase::Idle, "idle"},
    {Phase::Done, "done"},
}};

constexpr std::array<std::pair<ProbeKind, const char *>, 5> probeKindNames{{
    {ProbeKind::Connect, "connect"},
    {ProbeKind::Exchange, "exchange"},
    {ProbeKind::Hold, "hold"},
    {ProbeKind::Payload, "payload"},
    {ProbeKind::Tls, "tls"},
}};

constexpr std::array<std::pair<CheckStatus, const char *>, 4> checkStatusNames{{
    {CheckStatus::Pass, "pass"},
    {CheckStatus::Warn, "warn"},
    {CheckStatus::Fail, "fail"},
    {CheckStatus::Skip, "skip"},
}};

constexpr std::array<std::pair<ResetOrigin, const char *>, 3> resetOriginNames{{
    {ResetOrigin::NearClient, "near-client"},
    {ResetOrigin::NearServer, "near-server"},
    {ResetOrigin::Unknown, "unknown"},
}};

constexpr std::array<std::pair<ResetSender, const char *>, 4> resetSenderNames{{
    {ResetSender::Server, "server"},
    {ResetSender::Middlebox, "middlebox"},
    {ResetSender::Unknown, "unknown"},
    {ResetSender::Local, "local"},
}};

constexpr std::array<std::pair<ResetDirection, const char *>, 2> resetDirectionNames{{
    {ResetDirection::Received, "received"},
    {ResetDirection::Sent, "sent"},
}};

constexpr std::array<std::pair<WatchSource, const char *>, 3> watchSourceNames{{
    {WatchSource::KernelEvents, "kernel-events"},
    {WatchSource::PacketCapture, "packet-capture"},
    {WatchSource::CountersOnly, "counters-only"},
}};

constexpr std::array<std::pair<IdleEnd, const char *>, 5> idleEndNames{{
    {IdleEnd::Reset, "reset"},
    {IdleEnd::ResetOnResume, "reset-on-resume"},
    {IdleEnd::Closed, "closed"},
    {IdleEnd::SilentDrop, "silent-drop"},
    {IdleEnd::Inconsistent, "inconsistent"},
}};

constexpr std::array<std::pair<Rejection, const char *>, 3> rejectionNames{{
    {Rejection::Http413, "http-413"},
    {Rejection::Reset, "reset"},
    {Rejection::Closed, "closed"},
}};

constexpr std::array<std::pair<Activity, const char *>, 5> activityNames{{
    {Activity::Website, "website"},
    {Activity::AppError, "app-error"},
    {Activity::Upload, "upload"},
    {Activity::RemoteSession, "remote-session"},
    {Activity::Other, "other"},
}};

constexpr std::array<std::pair<FindingId, const char *>, 18> findingIdNames{{
    {FindingId::NoConnectivity, "no-connectivity"},
    {FindingId::DnsFailure, "dns-failure"},
    {FindingId::CaptivePortal, "captive-portal"},
    {FindingId::PortClosed, "port-closed"},
    {FindingId::FirewallBlock, "firewall-block"},
    {FindingId::ProxyInterference, "proxy-interference"},
    {FindingId::VpnInterference, "vpn-interference"},
    {FindingId::IdleTimeout, "idle-timeout"},
    {FindingId::PayloadLimit, "payload-limit"},
    {FindingId::ServerOverload, "server-overload"},
    {FindingId::NetworkInterruption, "network-interruption"},
    {FindingId::TlsInterference, "tls-interference"},
    {FindingId::ApplicationReset, "application-reset"},
    {FindingId::UnexpectedAnswer, "unexpected-answer"},
    {FindingId::PathMtuBlackHole, "path-mtu-black-hole"},
    {FindingId::ContentFilter, "content-filter"},
    {FindingId::UnexplainedFailure, "unexplained-failure"},
    {FindingId::NoProblemFound, "no-problem-found"},
}};

constexpr std::array<std::pair<Side, const char *>, 7> sideNames{{
    {Side::YourDevice, "your-device"},
    {Side::YourNetwork, "your-network"},
    {Side::TheServer, "the-server"},
    {Side::Proxy, "proxy"},
    {Side::Vpn, "vpn"},
    {Side::Firewall, "firewall"},
    {Side::ServerOrOnTheWay, "server-or-on-the-way"},
}};

} // namespace

using NameTable::nameOf;
using NameTable::valueOf;

QString wireName(Outcome outcome) { return nameOf(outcomeNames, outcome); }
QString wireName(Phase phase) { return nameOf(phaseNames, phase); }
QString wireName(ProbeKind kind) { return nameOf(probeKindNames, kind); }
QString wireName(FindingId id) { return nameOf(findingIdNames, id); }
QString wireName(Side side) { return nameOf(sideNames, side); }
QString wireName(CheckStatus status) { return nameOf(checkStatusNames, status); }
QString wireName(ResetOrigin origin) { return nameOf(resetOriginNames, origin); }
QString wireName(ResetSender sender) { return nameOf(resetSenderNames, sender); }
QString wireName(ResetDirection direction) { return nameOf(resetDirectionNames, direction); }
QString wireName(WatchSource source) { return nameOf(watchSourceNames, source); }
QString wireName(IdleEnd end) { return nameOf(idleEndNames, end); }
QString wireName(Rejection rejection) { return nameOf(rejectionNames, rejection); }
QString wireName(Activity activity) { return nameOf(activityNames, activity); }

std::optional<Outcome> outcomeFromWireName(const QString &name) { return valueOf(outcomeNames, name); }
std::optional<Phase> phaseFromWireName(const QString &name) { return valueOf(phaseNames, name); }
std::optional<ProbeKind> probeKindFromWireName(const QString &name) { return valueOf(probeKindNames, name); }
std::optional<CheckStatus> checkStatusFromWireName(const QString &name) { return valueOf(checkStatusNames, name); }
std::optional<ResetOrigin> resetOriginFromWireName(const QString &name) { return valueOf(resetOriginNames, name); }

std::optional<FindingId> findingIdFromWireName(const QString &name) { return valueOf(findingIdNames, name); }
std::optional<Side> sideFromWireName(const QString &name) { return valueOf(sideNames, name); }
std::optional<ResetSender> resetSenderFromWireName(const QString &name) { return valueOf(resetSenderNames, name); }
std::optional<ResetDirection> resetDirectionFromWireName(const QString &name) { return valueOf(resetDirectionNames, name); }
std::optional<WatchSource> watchSourceFromWireName(const QString &name) { return valueOf(watchSourceNames, name); }
std::optional<IdleEnd> idleEndFromWireName(const QString &name) { return valueOf(idleEndNames, name); }
std::optional<Rejection> rejectionFromWireName(const QString &name) { return valueOf(rejectionNames, name); }
std::optional<Activity> activityFromWireName(const QString &name) { return valueOf(activityNames, name); }
QList<Activity> allActivities() { return NameTable::valuesOf(activityNames); }

QList<FindingId> allFindingIds() { return NameTable::valuesOf(findingIdNames); }
QList<Outcome> allOutcomes() { return NameTable::valuesOf(outcomeNames); }

} // namespace Vocabulary
