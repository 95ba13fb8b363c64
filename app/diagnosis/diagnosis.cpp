#include "diagnosis.h"

#include "findingtext.h"
#include "probe/target.h"
#include "resetwatchrules.h"
#include "targetresets.h"
#include "statistics/proportion.h"

#include <QtCore/QJsonArray>

#include <algorithm>
#include <optional>

using Vocabulary::Activity;
using Vocabulary::CheckStatus;
using Vocabulary::FindingId;
using Vocabulary::IdleEnd;
using Vocabulary::Rejection;
using Vocabulary::Outcome;
using Vocabulary::Phase;
using Vocabulary::Side;

Diagnosis::Evidence Diagnosis::Evidence::from(const Report &report)
{
    Evidence e;
    for (const CheckResult &c : report.checks)
        e.checks.insert(c.id, c);
    e.probes = report.probes;
    e.resets = report.resetEvents;
    e.ownPid = QCoreApplication::applicationPid();
    e.activity = report.activity;
    e.pastedErrorKind = report.pastedErrorKind;
    const Target::ParseResult target = Target::parse(report.target);
    if (target.ok()) {
        e.targetHost = target.target.host();
        e.targetPort = target.target.port();
    }
    return e;
}

const CheckResult *Diagnosis::Evidence::check(const QString &id) const
{
    const auto it = checks.constFind(id);
    return it == checks.cend() ? nullptr : &it.value();
}

bool Diagnosis::Evidence::failed(const QString &id) const
{
    const CheckResult *c = check(id);
    return c && c->status == CheckStatus::Fail;
}

QJsonValue Diagnosis::Evidence::data(const QString &id, const QString &key) const
{
    const CheckResult *c = check(id);
    return c ? c->data.value(key) : QJsonValue();
}

namespace {

using Evidence = Diagnosis::Evidence;

QString summaryOf(const Evidence &e, const QString &id)
{
    const CheckResult *c = e.check(id);
    return c ? QStringLiteral("%1: %2").arg(id, c->summary) : QString();
}

Proportion countOf(const Evidence &e, Outcome outcome, std::initializer_list<Phase> phases = {})
{
    Proportion p{0, int(e.probes.size())};
    for (const ProbeResult &r : e.probes)
        p.events += r.outcome == outcome && (phases.size() == 0 || std::find(phases.begin(), phases.end(), r.phase) != phases.end());
    return p;
}

// Share of probes with this outcome (and, if given, in one of these phases).
double share(const Evidence &e, Outcome outcome, std::initializer_list<Phase> phases = {})
{
    return countOf(e, outcome, phases).share();
}

// The share of connections reset, with its 95% interval: every finding
// about resets that come and go carries it, so that "every" is said only
// when every one was.
QJsonObject shareData(const Proportion &resets)
{
    return {{QStringLiteral("reset_share"), resets.share()},
            {QStringLiteral("reset_share_ci"), resets.wilson().toJson()},
            {QStringLiteral("resets"), resets.events},
            {QStringLiteral("connections"), resets.trials}};
}

QJsonObject merged(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

// A cause we saw no reset for can still be what the user meets: when what
// they were doing, or the error they pasted, points at it.
bool userPointsAt(const Evidence &e, FindingId id)
{
    switch (id) {
    case FindingId::PayloadLimit:
        return e.activity == Activity::Upload;
    case FindingId::IdleTimeout:
        // A broken pipe or a closed connection is what a program meets on
        // a connection the far side ended while it sat idle, a timeout what
        // it meets on one dropped silently. A pasted reset points at resets
        // in general, not at this cause.
        return e.activity == Activity::RemoteSession
            || QStringList{QStringLiteral("broken-pipe"), QStringLiteral("closed"), QStringLiteral("timeout")}.contains(e.pastedErrorKind);
    default:
        return false;
    }
}

QString probeEvidence(const Evidence &e, Outcome outcome)
{
    int n = 0;
    for (const ProbeResult &p : e.probes)
        n += p.outcome == outcome;
    return QStringLiteral("%1 of %2 connections to the service ended in %3").arg(n).arg(e.probes.size()).arg(Vocabulary::wireName(outcome));
}

using Rule = std::optional<Finding> (*)(const Evidence &);

std::optional<Finding> noConnectivity(const Evidence &e)
{
    if (e.failed(QStringLiteral("connectivity.interfaces")))
        return Finding::make(FindingId::NoConnectivity, 0.95, Side::YourDevice, {summaryOf(e, QStringLiteral("connectivity.interfaces"))});
    if (e.failed(QStringLiteral("connectivity.route")))
        return Finding::make(FindingId::NoConnectivity, 0.9, Side::YourDevice, {summaryOf(e, QStringLiteral("connectivity.route"))});
    if (e.failed(QStringLiteral("connectivity.reachability")))
        return Finding::make(FindingId::NoConnectivity, 0.8, Side::YourNetwork, {summaryOf(e, QStringLiteral("connectivity.reachability"))});
    return std::nullopt;
}

std::optional<Finding> dnsFailure(const Evidence &e)
{
    const QString id = QStringLiteral("connectivity.dns-resolution");
    if (e.failed(id)) {
        const bool nameMissing = e.data(id, QStringLiteral("reference_resolves")).toBool(true)
            && !e.data(id, QStringLiteral("target_resolves")).toBool(true);
        return Finding::make(FindingId::DnsFailure, 0.9, nameMissing ? Side::TheServer : Side::YourNetwork,
                       {summaryOf(e, id)}, {{QStringLiteral("name_missing"), nameMissing}});
    }
    if (share(e, Outcome::DnsFailure) >= 0.5)
        return Finding::make(FindingId::DnsFailure, 0.85, Side::YourNetwork, {probeEvidence(e, Outcome::DnsFailure)});
    return std::nullopt;
}

std::optional<Finding> captivePortal(const Evidence &e)
{
    if (e.failed(QStringLiteral("connectivity.captive-portal")))
        return Finding::make(FindingId::CaptivePortal, 0.9, Side::YourNetwork, {summaryOf(e, QStringLiteral("connectivity.captive-portal"))});
    if (e.failed(QStringLiteral("connectivity.os-verdict")) && e.data(QStringLiteral("connectivity.os-verdict"), QStringLiteral("reachability")).toString() != QLatin1String("disconnected"))
        return Finding::make(FindingId::CaptivePortal, 0.8, Side::YourNetwork, {summaryOf(e, QStringLiteral("connectivity.os-verdict"))});
    return std::nullopt;
}

Vocabulary::ResetOrigin portOrigin(const Evidence &e)
{
    const CheckResult *c = e.check(QStringLiteral("firewall.port-matrix"));
    const Vocabulary::ResetOrigin byTiming = c && c->resetOrigin ? *c->resetOrigin : Vocabulary::ResetOrigin::Unknown;
    // A refusal faster than half a round trip cannot have come from the
    // server, whatever its packets look like: a firewall on this computer
    // sends its reset with this computer's TTL, which a server one hop
    // away matches.
    if (byTiming == Vocabulary::ResetOrigin::NearClient)
        return byTiming;
    // Else the reset watch's packets, where it saw the refusals, over timing.
    QString byPackets;
    const Vocabulary::ResetOrigin seen = ResetWatchRules::refusalOrigin(e, &byPackets);
    return seen != Vocabulary::ResetOrigin::Unknown ? seen : byTiming;
}

std::optional<Finding> portClosed(const Evidence &e)
{
    const QString id = QStringLiteral("firewall.port-matrix");
    if (e.failed(id) && e.data(id, QStringLiteral("target_port_blocked")).toBool()
        && e.data(id, QStringLiteral("target_refused")).toBool()) {
        const QStringList evidence{summaryOf(e, id), e.data(id, QStringLiteral("reset_origin_reasoning")).toString()};
        if (portOrigin(e) == Vocabulary::ResetOrigin::NearServer)
            return Finding::make(FindingId::PortClosed, 0.85, Side::TheServer, evidence);
        // Without timing to tell, a refused port is more often a stopped
        // service than a rejecting firewall.
        if (portOrigin(e) == Vocabulary::ResetOrigin::Unknown)
            return Finding::make(FindingId::PortClosed, 0.7, Side::TheServer, evidence);
    }
    if (share(e, Outcome::Refused) >= 0.5 && portOrigin(e) != Vocabulary::ResetOrigin::NearClient)
        return Finding::make(FindingId::PortClosed, e.check(id) ? 0.6 : 0.75, Side::TheServer, {probeEvidence(e, Outcome::Refused)});
    return std::nullopt;
}

std::optional<Finding> firewallBlock(const Evidence &e)
{
    const QString id = QStringLiteral("firewall.port-matrix");
    if (!e.failed(id) || !e.data(id, QStringLiteral("target_port_blocked")).toBool())
        return std::nullopt;
    QStringList evidence{summaryOf(e, id), e.data(id, QStringLiteral("reset_origin_reasoning")).toString()};
    const bool localFirewall = e.check(QStringLiteral("firewall.local"))
        && e.check(QStringLiteral("firewall.local"))->status == CheckStatus::Warn;
    if (localFirewall)
        evidence << summaryOf(e, QStringLiteral("firewall.local"));
    QString byPackets;
    // The packets' reading, where it agrees with the one the rule goes by.
    if (ResetWatchRules::refusalOrigin(e, &byPackets) == portOrigin(e))
        evidence << byPackets;
    const double bonus = localFirewall ? 0.05 : 0;
    const bool othersOpen = e.data(id, QStringLiteral("other_ports_open")).toBool();
    if (portOrigin(e) == Vocabulary::ResetOrigin::NearClient)
        return Finding::make(FindingId::FirewallBlock, (othersOpen ? 0.9 : 0.8) + bonus, Side::Firewall, evidence,
                       {{QStringLiteral("near_client"), true}});
    // Silently dropped while other ports answer: a closed port would have
    // refused, so a filter is in the way.
    if (portOrigin(e) == Vocabulary::ResetOrigin::Unknown && othersOpen
        && !e.data(id, QStringLiteral("target_refused")).toBool())
        return Finding::make(FindingId::FirewallBlock, 0.7 + bonus, Side::Firewall, evidence, {{QStringLiteral("near_client"), false}});
    if (portOrigin(e) == Vocabulary::ResetOrigin::Unknown && othersOpen)
        return Finding::make(FindingId::FirewallBlock, 0.45 + bonus, Side::Firewall, evidence, {{QStringLiteral("near_client"), false}});
    return std::nullopt;
}

std::optional<Finding> proxyInterference(const Evidence &e)
{
    if (e.failed(QStringLiteral("proxy.comparison")))
        return Finding::make(FindingId::ProxyInterference, 0.9, Side::Proxy, {summaryOf(e, QStringLiteral("proxy.comparison"))});
    if (share(e, Outcome::ProxyFailure) >= 0.5)
        return Finding::make(FindingId::ProxyInterference, 0.8, Side::Proxy, {probeEvidence(e, Outcome::ProxyFailure)});
    return std::nullopt;
}

// Full-sized packets lost on the way while small ones pass (a path MTU
// black hole): the tunnel's when a VPN carries the route, else the network's.
std::optional<Finding> pathMtuBlackHole(const Evidence &e)
{
    const QString id = QStringLiteral("vpn.path-mtu");
    if (!e.failed(id))
        return std::nullopt;
    const bool throughVpn = e.data(id, QStringLiteral("through_vpn")).toBool()
        || e.data(QStringLiteral("vpn.interfaces"), QStringLiteral("default_route_through_vpn")).toBool();
    QJsonObject data{{QStringLiteral("through_vpn"), throughVpn}};
    for (const char *key : {"path_mtu_bytes", "mss_bytes", "interface_mtu", "interface"}) {
        const QJsonValue v = e.data(id, QLatin1String(key));
        if (!v.isUndefined() && !v.isNull())
            data.insert(QLatin1String(key), v);
    }
    return Finding::make(FindingId::PathMtuBlackHole, 0.85, throughVpn ? Side::Vpn : Side::YourNetwork, {summaryOf(e, id)}, data);
}

std::optional<Finding> vpnInterference(const Evidence &e)
{
    if (e.failed(QStringLiteral("vpn.path-mtu")))
        return std::nullopt; // pathMtuBlackHole names it
    const bool allThroughVpn = e.data(QStringLiteral("vpn.interfaces"), QStringLiteral("default_route_through_vpn")).toBool();
    if (allThroughVpn && share(e, Outcome::Reset) > 0)
        return Finding::make(FindingId::VpnInterference, 0.45, Side::Vpn,
                       {summaryOf(e, QStringLiteral("vpn.interfaces")), probeEvidence(e, Outcome::Reset)});
    return std::nullopt;
}

// Resets that come at random or with load also cut uploads and idle
// connections: one upload or one hold cut by chance looks like a limit. A
// size or time read from such a server is a possibility, not the answer.
double randomResetDiscount(const Evidence &e, QStringList *evidence)
{
    const QString pattern = e.data(QStringLiteral("experiments.intermittent-resets"), QStringLiteral("pattern")).toString();
    if (pattern == QLatin1String("grows-with-load") || pattern == QLatin1String("random")) {
        evidence->append(QStringLiteral("connections are also cut off %1, which blurs this measurement")
                             .arg(pattern == QLatin1String("random") ? QStringLiteral("at random") : QStringLiteral("under load")));
        return 0.5;
    }
    return 1.0;
}

std::optional<Finding> idleTimeout(const Evidence &e)
{
    const QString id = QStringLiteral("experiments.idle-timeout");
    if (!e.failed(id) || e.data(id, QStringLiteral("immediate")).toBool())
        return std::nullopt;
    const QString endName = e.data(id, QStringLiteral("end")).toString();
    const std::optional<IdleEnd> end = Vocabulary::idleEndFromWireName(endName);
    if (!end || *end == IdleEnd::Inconsistent)
        return std::nullopt;
    QJsonObject data{{QStringLiteral("idle_timeout_ms"), e.data(id, QStringLiteral("idle_timeout_ms"))},
                     {QStringLiteral("keepalive_interval_s"), e.data(id, QStringLiteral("keepalive_interval_s"))},
                     {QStringLiteral("end"), endName}};
    QStringList evidence{summaryOf(e, id)};
    const bool pointedAt = userPointsAt(e, FindingId::IdleTimeout);
    double certain = 0;
    switch (*end) {
    case IdleEnd::Reset:
        certain = 0.9 * randomResetDiscount(e, &evidence); // the reset itself, seen while idle
        break;
    case IdleEnd::ResetOnResume:
        certain = 0.85 * randomResetDiscount(e, &evidence);
        break;
    case IdleEnd::Closed:
        // Closed politely: a program that reuses such a connection gets a
        // reset, but none was seen here.
        certain = pointedAt ? 0.75 : 0.45;
        break;
    case IdleEnd::SilentDrop:
        // No reset seen, only silence.
        certain = (pointedAt ? 0.8 : 0.45) * randomResetDiscount(e, &evidence);
        break;
    case IdleEnd::Inconsistent:
        break;
    }
    Side side = *end == IdleEnd::Closed ? Side::TheServer : Side::YourNetwork;
    if (*end == IdleEnd::Reset || *end == IdleEnd::ResetOnResume) {
        // The sender's side where the packets said. A reset on resuming
        // is more often a firewall or NAT that forgot the connection.
        const TargetResets::Sender sender = TargetResets::senderOf(e);
        if (sender.sender != Vocabulary::ResetSender::Unknown)
            side = sender.side();
        else if (*end == IdleEnd::Reset)
            side = Side::ServerOrOnTheWay;
        data = merged(data, sender.toJson());
    }
    return Finding::make(FindingId::IdleTimeout, certain, side, evidence, data);
}

std::optional<Finding> payloadLimit(const Evidence &e)
{
    const QString id = QStringLiteral("experiments.payload-limit");
    if (!e.failed(id))
        return std::nullopt;
    QStringList evidence{summaryOf(e, id)};
    const Rejection by = Vocabulary::rejectionFromWireName(e.data(id, QStringLiteral("rejected_by")).toString())
                             .value_or(Rejection::Reset);
    // A limit answered with 413 resets nothing: worth knowing, but the
    // most likely cause of resets only for someone whose upload fails.
    const bool pointedAt = userPointsAt(e, FindingId::PayloadLimit);
    const double certain = (by == Rejection::Reset ? 0.9 : pointedAt ? 0.9 : by == Rejection::Closed ? 0.45 : 0.4)
        * randomResetDiscount(e, &evidence);
    return Finding::make(FindingId::PayloadLimit, certain, Side::TheServer, evidence,
                   {{QStringLiteral("payload_limit_bytes"), e.data(id, QStringLiteral("payload_limit_bytes"))},
                    {QStringLiteral("rejected_by"), Vocabulary::wireName(by)}});
}

std::optional<Finding> serverOverload(const Evidence &e)
{
    const QString id = QStringLiteral("experiments.intermittent-resets");
    if (e.data(id, QStringLiteral("pattern")).toString() == QLatin1String("grows-with-load")) {
        // Each level's rate with its interval: the words give the rates,
        // the evidence how sure they are.
        QStringList evidence{summaryOf(e, id)};
        // What grew: resets, or every abnormal end (closed without an
        // answer, no answer in time) when the resets alone did not.
        const QString kind = e.data(id, QStringLiteral("grown_kind")).toString();
        const bool resetsGrew = e.data(id, QStringLiteral("grown_by")).toString() != QLatin1String("abnormal");
        for (const QJsonValue &level : e.data(id, QStringLiteral("levels")).toArray()) {
            const QJsonObject l = level.toObject();
            const QString prefix = resetsGrew ? QStringLiteral("reset") : QStringLiteral("abnormal");
            const QJsonArray ci = l.value(prefix + QLatin1String("_rate_ci")).toArray();
            evidence << QStringLiteral("%1 at a time: %2 of %3 %4 (%5%, 95% interval %6% to %7%)")
                            .arg(l.value(QLatin1String("concurrency")).toInt())
                            .arg(l.value(resetsGrew ? QLatin1String("resets") : QLatin1String("abnormal")).toInt())
                            .arg(l.value(QLatin1String("exchanges")).toInt())
                            .arg(resetsGrew ? QStringLiteral("reset") : QStringLiteral("ended abnormally"))
                            .arg(Proportion::percentText(l.value(prefix + QLatin1String("_rate")).toDouble()),
                                 Proportion::percentText(ci.at(0).toDouble()), Proportion::percentText(ci.at(1).toDouble()));
        }
        evidence << QStringLiteral("trend test for growth with load: p = %1").arg(e.data(id, QStringLiteral("trend_p")).toDouble(), 0, 'g', 3);
        return Finding::make(FindingId::ServerOverload, 0.85, Side::TheServer, evidence,
                       {{QStringLiteral("levels"), e.data(id, QStringLiteral("levels"))},
                        {QStringLiteral("grown_kind"), resetsGrew ? Vocabulary::wireName(Outcome::Reset) : kind},
                        {QStringLiteral("grown_by"), resetsGrew ? QStringLiteral("resets") : QStringLiteral("abnormal")},
                        {QStringLiteral("trend_p"), e.data(id, QStringLiteral("trend_p"))}});
    }
    return std::nullopt;
}

std::optional<Finding> networkInterruption(const Evidence &e)
{
    const QString id = QStringLiteral("experiments.intermittent-resets");
    const TargetResets::Counts t = TargetResets::count(e);
    const QString pattern = e.data(id, QStringLiteral("pattern")).toString();
    // Some connections cut off, not all, and not more of them under load:
    // whether the repeated exchanges saw it or only the probes and holds
    // beside them, one share from all of them.
    if (t.exchanges.trials > 0 && pattern != QLatin1String("grows-with-load") && t.pooled.events > 0 && !t.pooled.all()) {
        // Whether the share grows with load stayed open: a possibility
        // among others, not yet the answer.
        const bool decided = e.data(id, QStringLiteral("decided")).toBool(true);
        const bool seenInRepeats = pattern == QLatin1String("random");
        const TargetResets::Sender sender = TargetResets::senderOf(e);
        QStringList evidence{summaryOf(e, id)};
        if (t.pooled.trials != t.exchanges.trials)
            evidence << QStringLiteral("%1 of %2 connections reset in all: %3 of %4 repeated exchanges, %5 of %6 other probes, %7 of %8 idle holds as they opened")
                            .arg(t.pooled.events).arg(t.pooled.trials).arg(t.exchanges.events).arg(t.exchanges.trials)
                            .arg(t.probes.events).arg(t.probes.trials).arg(t.holds.events).arg(t.holds.trials);
        return Finding::make(FindingId::NetworkInterruption, !seenInRepeats ? 0.4 : decided ? 0.6 : 0.5, sender.side(), evidence,
                             merged(merged(shareData(t.pooled), sender.toJson()), {{QStringLiteral("load_decided"), decided}}));
    }
    const CheckResult *counters = e.check(QStringLiteral("counters.tcp"));
    if (counters && counters->status == CheckStatus::Warn)
        return Finding::make(FindingId::NetworkInterruption, 0.3, Side::YourNetwork, {summaryOf(e, QStringLiteral("counters.tcp"))});
    return std::nullopt;
}

// What the monitor saw over time: bursts point at a server that sheds
// load; resets on a steady timer at something on the way that cuts
// connections by the clock.
std::optional<Finding> monitorPatterns(const Evidence &e)
{
    const QString id = QStringLiteral("monitor.patterns");
    if (e.data(id, QStringLiteral("bursts")).toInt() > 0)
        return Finding::make(FindingId::ServerOverload, 0.6, Side::TheServer, {summaryOf(e, id)});
    if (e.data(id, QStringLiteral("periodic")).toBool())
        return Finding::make(FindingId::NetworkInterruption, 0.55, Side::YourNetwork, {summaryOf(e, id)});
    // Resets right after the network changed (a VPN reconnecting, Wi-Fi
    // switching, waking from sleep): the change cut the connections.
    const int afterEvents = e.data(id, QStringLiteral("resets_after_events")).toInt();
    if (afterEvents > 0 && afterEvents * 2 >= e.data(id, QStringLiteral("resets")).toInt())
        return Finding::make(FindingId::NetworkInterruption, 0.6, Side::YourNetwork, {summaryOf(e, id)});
    return std::nullopt;
}

std::optional<Finding> tlsInterference(const Evidence &e)
{
    const QString id = QStringLiteral("experiments.tls-sni");
    if (e.data(id, QStringLiteral("name_filtered")).toBool())
        return Finding::make(FindingId::TlsInterference, 0.9, Side::Firewall, {summaryOf(e, id)});
    if (share(e, Outcome::Reset, {Phase::Tls}) >= 0.5)
        return Finding::make(FindingId::TlsInterference, 0.55, Side::Firewall, {probeEvidence(e, Outcome::Reset)});
    return std::nullopt;
}

// Requests for the target's address are reset while a neutral request to
// the same server and port is answered: something reads what is sent.
std::optional<Finding> contentFilter(const Evidence &e)
{
    const QString id = QStringLiteral("experiments.http-content");
    if (!e.data(id, QStringLiteral("filtered")).toBool())
        return std::nullopt;
    const TargetResets::Sender sender = TargetResets::senderOf(e);
    const Side side = sender.sender == Vocabulary::ResetSender::Middlebox ? Side::Firewall : sender.side();
    QJsonObject data = sender.toJson();
    for (const char *key : {"trigger", "path", "host"})
        data.insert(QLatin1String(key), e.data(id, QLatin1String(key)));
    return Finding::make(FindingId::ContentFilter, 0.85, side, {summaryOf(e, id)}, data);
}

std::optional<Finding> applicationReset(const Evidence &e)
{
    const TargetResets::Counts t = TargetResets::count(e);
    if (t.pooled.events == 0)
        return std::nullopt;
    if (e.data(QStringLiteral("experiments.intermittent-resets"), QStringLiteral("pattern")).toString() == QLatin1String("grows-with-load"))
        return std::nullopt; // serverOverload names them
    // Resets in the secure handshake are a filter's (tlsInterference).
    if (t.inTls > 0 && t.inTls * 2 >= t.pooled.events)
        return std::nullopt;
    // The content test found what sets them off: contentFilter names it.
    if (e.data(QStringLiteral("experiments.http-content"), QStringLiteral("filtered")).toBool())
        return std::nullopt;
    const TargetResets::Sender sender = TargetResets::senderOf(e);
    // A device on the way sent them: deviceOnTheWay names it where it has
    // enough packets to; else this finding does, with the device's words.
    if (sender.sender == Vocabulary::ResetSender::Middlebox && ResetWatchRules::deviceOnTheWay(e))
        return std::nullopt;
    QStringList evidence;
    for (const QString &id : {QStringLiteral("experiments.intermittent-resets"), QStringLiteral("experiments.idle-timeout")}) {
        if (e.check(id) && e.data(id, QStringLiteral("resets")).toInt() + e.data(id, QStringLiteral("cut_at_open_resets")).toInt() > 0)
            evidence << summaryOf(e, id);
    }
    if (t.probes.events > 0)
        evidence << probeEvidence(e, Outcome::Reset);
    const QJsonObject data = merged(shareData(t.pooled), sender.toJson());
    // Every connection, however it was made: whatever serves the port
    // will not serve this client.
    if (t.pooled.all())
        return Finding::make(FindingId::ApplicationReset, 0.75, sender.side(), evidence, data);
    // A share: with the repeated exchanges' count in it, that is
    // networkInterruption's; without it, most of a handful of probes.
    if (t.exchanges.trials == 0 && t.pooled.share() >= 0.5)
        return Finding::make(FindingId::ApplicationReset, 0.5, sender.side(), evidence, data);
    return std::nullopt;
}

// The service's address answers, but not as the service: in another
// protocol (another service on the port, or something answering in its
// place), or without end. No reset explains it, but it is what a program
// meets on every such connection, so it is named when most connections
// met it.
std::optional<Finding> unexpectedAnswer(const Evidence &e)
{
    const Proportion garbled = countOf(e, Outcome::InvalidReply);
    const Proportion endless = countOf(e, Outcome::EndlessReply);
    const Proportion either{garbled.events + endless.events, garbled.trials};
    if (either.trials == 0 || either.share() < 0.5)
        return std::nullopt;
    // The words are about the kind most connections met, and count only it.
    const bool mostlyGarbled = garbled.events >= endless.events;
    const Proportion &met = mostlyGarbled ? garbled : endless;
    const Outcome outcome = mostlyGarbled ? Outcome::InvalidReply : Outcome::EndlessReply;
    QStringList evidence{probeEvidence(e, outcome)};
    // What the first such answer was (its first bytes, as text): another
    // protocol's greeting tells a helpdesk something else than a web page.
    for (const ProbeResult &p : e.probes) {
        if (p.outcome == outcome && !p.detail.isEmpty()) {
            evidence << p.detail;
            break;
        }
    }
    const QJsonObject data{{QStringLiteral("answer"), mostlyGarbled ? QStringLiteral("garbled") : QStringLiteral("endless")},
                           {QStringLiteral("answers"), met.events},
                           {QStringLiteral("connections"), met.trials},
                           {QStringLiteral("answer_share"), met.share()},
                           {QStringLiteral("answer_share_ci"), met.wilson().toJson()}};
    return Finding::make(FindingId::UnexpectedAnswer, either.all() ? 0.7 : 0.6, Side::TheServer, evidence, data);
}

// The reset watch's own readings of the target's resets (a device on the
// way sent them; the server did) are the same resets an experiment or the
// probes measured: one phenomenon, one finding. Where a finding measured
// them, the watch's evidence joins it (its confidence stays the measured
// one's); the watch's finding stands alone only where nothing else did.
bool fromTheWatch(const Finding &f)
{
    return (f.id == FindingId::FirewallBlock && f.data.contains(QLatin1String("middlebox_resets")))
        || (f.id == FindingId::ApplicationReset && f.data.contains(QLatin1String("server_resets")));
}

bool measuredTheTargetsResets(const Finding &f)
{
    switch (f.id) {
    case FindingId::NetworkInterruption:
        return f.data.contains(QLatin1String("reset_share"));
    case FindingId::IdleTimeout:
    case FindingId::PayloadLimit:
    case FindingId::ServerOverload:
    case FindingId::ContentFilter:
    case FindingId::TlsInterference:
        return true;
    case FindingId::ApplicationReset:
        return !f.data.contains(QLatin1String("server_resets")) && !f.data.contains(QLatin1String("sent_resets"));
    default:
        return false;
    }
}

void foldWatchFindings(QList<Finding> *findings)
{
    for (int w = findings->size() - 1; w >= 0; --w) {
        const Finding watch = findings->at(w);
        if (!fromTheWatch(watch))
            continue;
        const bool byDevice = watch.id == FindingId::FirewallBlock;
        for (int i = 0; i < findings->size(); ++i) {
            Finding &f = (*findings)[i];
            const QString sender = f.data.value(QLatin1String("sender")).toString();
            // A device's resets join only a finding that names the device
            // (never one that blames the server); the server's, one that
            // points at the server, or at both.
            const bool agrees = byDevice ? sender == QLatin1String("middlebox")
                                         : (sender.isEmpty() || sender == QLatin1String("unknown") || sender == QLatin1String("server"))
                    && (f.side == Side::TheServer || f.side == Side::ServerOrOnTheWay);
            if (i == w || !measuredTheTargetsResets(f) || !agrees)
                continue;
            for (const QString &line : watch.evidence) {
                if (!f.evidence.contains(line))
                    f.evidence.append(line);
            }
            findings->removeAt(w);
            break;
        }
    }
    std::stable_sort(findings->begin(), findings->end(),
                     [](const Finding &a, const Finding &b) { return a.confidence > b.confidence; });
}

// A check that failed, or connections that did not work, that no finding
// cites: the report must not say "no problem found" over them, so they are
// named as they are, below every cause a rule could name.
std::optional<Finding> unexplainedFailure(const Evidence &e, const QList<Finding> &findings)
{
    QStringList cited;
    bool targetResetsNamed = false;
    for (const Finding &f : findings) {
        cited += f.evidence;
        targetResetsNamed = targetResetsNamed || measuredTheTargetsResets(f) || fromTheWatch(f);
    }
    // The experiments that count resets of the target's connections fail
    // because of those resets: a finding that names them explains these.
    const QStringList countResets{QStringLiteral("experiments.intermittent-resets"), QStringLiteral("experiments.idle-timeout")};
    QStringList evidence;
    QStringList summaries;
    QList<CheckResult> failed;
    for (const CheckResult &c : e.checks) {
        if (c.status == CheckStatus::Fail)
            failed.append(c);
    }
    std::sort(failed.begin(), failed.end(), [](const CheckResult &a, const CheckResult &b) { return a.id < b.id; });
    for (const CheckResult &c : failed) {
        const QString line = summaryOf(e, c.id);
        if (!cited.contains(line) && !(targetResetsNamed && countResets.contains(c.id))) {
            evidence << line;
            summaries << c.summary;
        }
    }
    int notOk = 0;
    for (const ProbeResult &p : e.probes)
        notOk += !p.isOk();
    if (notOk > 0 && findings.isEmpty()) {
        for (Outcome outcome : Vocabulary::allOutcomes()) {
            if (outcome != Outcome::Ok && countOf(e, outcome).events > 0)
                evidence << probeEvidence(e, outcome);
        }
    }
    if (evidence.isEmpty())
        return std::nullopt;
    return Finding::make(FindingId::UnexplainedFailure, 0.3, Side::ServerOrOnTheWay, evidence,
                         {{QStringLiteral("failed_checks"), QJsonArray::fromStringList(summaries)},
                          {QStringLiteral("connections"), int(e.probes.size())},
                          {QStringLiteral("failed_connections"), notOk}});
}

const QList<Rule> &rules()
{
    // In order of precedence when confidences tie: causes nearer the user
    // first, as a helpdesk would check them.
    static const QList<Rule> all{noConnectivity, dnsFailure, captivePortal, proxyInterference, firewallBlock,
                                 pathMtuBlackHole, vpnInterference, tlsInterference, contentFilter, portClosed, unexpectedAnswer, payloadLimit, idleTimeout,
                                 serverOverload, applicationReset, networkInterruption, monitorPatterns,
                                 // What the user's own programs met (the reset watch).
                                 ResetWatchRules::throughProxyOrVpn, ResetWatchRules::deviceOnTheWay,
                                 ResetWatchRules::sameQuietTime, ResetWatchRules::manyServersAtOnce,
                                 ResetWatchRules::serverSentThem, ResetWatchRules::programEndedThem};
    return all;
}

} // namespace

QList<Finding> Diagnosis::diagnose(const Evidence &evidence)
{
    QList<Finding> findings;
    for (Rule rule : rules()) {
        if (std::optional<Finding> f = rule(evidence)) {
            f->evidence.removeAll(QString());
            FindingText::fill(&*f);
            findings << *f;
        }
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.confidence > b.confidence; });
    // Two rules may name the same cause (the port matrix and the reset
    // watch both see a firewall): one finding, the surer one's words, with
    // the other's evidence added.
    for (int i = 0; i < findings.size(); ++i) {
        for (int j = findings.size() - 1; j > i; --j) {
            if (findings.at(j).id != findings.at(i).id)
                continue;
            for (const QString &line : findings.at(j).evidence) {
                if (!findings[i].evidence.contains(line))
                    findings[i].evidence.append(line);
            }
            findings.removeAt(j);
        }
    }
    foldWatchFindings(&findings);
    // What was measured comes first: "no problem found" only when every
    // check passed and every connection worked; a failure no rule names
    // is said as it is.
    if (std::optional<Finding> unexplained = unexplainedFailure(evidence, findings)) {
        FindingText::fill(&*unexplained);
        findings.append(*unexplained);
        std::stable_sort(findings.begin(), findings.end(),
                         [](const Finding &a, const Finding &b) { return a.confidence > b.confidence; });
    }
    bool anyFailure = false;
    for (const CheckResult &c : evidence.checks)
        anyFailure = anyFailure || c.status == CheckStatus::Fail;
    for (const ProbeResult &p : evidence.probes)
        anyFailure = anyFailure || !p.isOk();
    if (!anyFailure && (findings.isEmpty() || findings.constFirst().confidence < Likely)) {
        const bool probed = !evidence.probes.isEmpty();
        QStringList why;
        if (probed)
            why << QStringLiteral("all %1 connections to the service worked").arg(evidence.probes.size());
        why << QStringLiteral("0 of %1 checks failed").arg(evidence.checks.size());
        Finding none = Finding::make(FindingId::NoProblemFound, probed ? 0.9 : 0.5, Side::TheServer, why,
                                     {{QStringLiteral("every_test_succeeded"), probed}});
        FindingText::fill(&none);
        findings.prepend(none);
    }
    return findings;
}

Vocabulary::ResetSender Diagnosis::resetSenderOf(const Evidence &evidence)
{
    return TargetResets::senderOf(evidence).sender;
}

QString Diagnosis::headline(const QList<Finding> &findings)
{
    if (findings.isEmpty())
        return {};
    const Finding &top = findings.constFirst();
    if (top.id == FindingId::NoProblemFound)
        return top.data.value(QLatin1String("every_test_succeeded")).toBool()
            ? tr("No problem found: every test succeeded. %1").arg(top.userSteps.value(0))
            : tr("No likely cause found: nothing we saw explains a reset. %1").arg(top.userSteps.value(0));
    // Measured, but not sure to be what the user meets: said as what the
    // tests found, not as the cause.
    if (top.confidence < Likely)
        return tr("What the tests found: %1. First thing to try: %2").arg(top.title, top.userSteps.value(0));
    return tr("Most likely cause: %1. First thing to try: %2").arg(top.title, top.userSteps.value(0));
}
