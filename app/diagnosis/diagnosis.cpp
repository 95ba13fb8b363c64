#include "diagnosis.h"

#include "findingtext.h"
#include "probe/target.h"
#include "resetwatchrules.h"
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

// The intermittent-resets experiment's count of resets over all its
// connections, as it reported them.
Proportion intermittentResets(const Evidence &e)
{
    const QString id = QStringLiteral("experiments.intermittent-resets");
    return Proportion{e.data(id, QStringLiteral("resets")).toInt(), e.data(id, QStringLiteral("exchanges")).toInt()};
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
    // The reset watch's packets, where it saw the refusals, over timing.
    QString byPackets;
    const Vocabulary::ResetOrigin seen = ResetWatchRules::refusalOrigin(e, &byPackets);
    if (seen != Vocabulary::ResetOrigin::Unknown)
        return seen;
    const CheckResult *c = e.check(QStringLiteral("firewall.port-matrix"));
    return c && c->resetOrigin ? *c->resetOrigin : Vocabulary::ResetOrigin::Unknown;
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
    if (ResetWatchRules::refusalOrigin(e, &byPackets) != Vocabulary::ResetOrigin::Unknown)
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

std::optional<Finding> vpnInterference(const Evidence &e)
{
    if (e.failed(QStringLiteral("vpn.path-mtu")))
        return Finding::make(FindingId::VpnInterference, 0.8, Side::Vpn, {summaryOf(e, QStringLiteral("vpn.path-mtu"))},
                       {{QStringLiteral("mtu"), true}});
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
    const Side side = *end == IdleEnd::Reset || *end == IdleEnd::Closed ? Side::TheServer : Side::YourNetwork;
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
        for (const QJsonValue &level : e.data(id, QStringLiteral("levels")).toArray()) {
            const QJsonObject l = level.toObject();
            const QJsonArray ci = l.value(QLatin1String("reset_rate_ci")).toArray();
            evidence << QStringLiteral("%1 at a time: %2 of %3 reset (%4%, 95% interval %5% to %6%)")
                            .arg(l.value(QLatin1String("concurrency")).toInt())
                            .arg(l.value(QLatin1String("resets")).toInt())
                            .arg(l.value(QLatin1String("exchanges")).toInt())
                            .arg(Proportion::percentText(l.value(QLatin1String("reset_rate")).toDouble()),
                                 Proportion::percentText(ci.at(0).toDouble()), Proportion::percentText(ci.at(1).toDouble()));
        }
        evidence << QStringLiteral("trend test for growth with load: p = %1").arg(e.data(id, QStringLiteral("trend_p")).toDouble(), 0, 'g', 3);
        return Finding::make(FindingId::ServerOverload, 0.85, Side::TheServer, evidence,
                       {{QStringLiteral("levels"), e.data(id, QStringLiteral("levels"))},
                        {QStringLiteral("trend_p"), e.data(id, QStringLiteral("trend_p"))}});
    }
    return std::nullopt;
}

std::optional<Finding> networkInterruption(const Evidence &e)
{
    const QString id = QStringLiteral("experiments.intermittent-resets");
    const Proportion resets = intermittentResets(e);
    if (e.data(id, QStringLiteral("pattern")).toString() == QLatin1String("random") && !resets.all()) {
        // Whether the share grows with load stayed open: a possibility
        // among others, not yet the answer.
        const bool decided = e.data(id, QStringLiteral("decided")).toBool(true);
        return Finding::make(FindingId::NetworkInterruption, decided ? 0.6 : 0.5, Side::YourNetwork, {summaryOf(e, id)},
                             merged(shareData(resets), {{QStringLiteral("load_decided"), decided}}));
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

std::optional<Finding> applicationReset(const Evidence &e)
{
    const QString idle = QStringLiteral("experiments.idle-timeout");
    // Every hold cut off as soon as it opened (the experiment says
    // "immediate" only then).
    if (e.failed(idle) && e.data(idle, QStringLiteral("immediate")).toBool() && e.data(idle, QStringLiteral("end")).toString() == QLatin1String("reset")) {
        const int holds = e.data(idle, QStringLiteral("holds")).toInt();
        const QJsonValue resets = e.data(idle, QStringLiteral("cut_at_open_resets"));
        return Finding::make(FindingId::ApplicationReset, 0.75, Side::TheServer, {summaryOf(e, idle)},
                             shareData(Proportion{resets.isUndefined() ? holds : resets.toInt(), holds}));
    }
    const Proportion repeated = intermittentResets(e);
    if (repeated.all() && e.data(QStringLiteral("experiments.intermittent-resets"), QStringLiteral("resets_in_tls")).toInt() == 0)
        return Finding::make(FindingId::ApplicationReset, 0.75, Side::TheServer,
                             {summaryOf(e, QStringLiteral("experiments.intermittent-resets"))}, shareData(repeated));
    // Connected, request sent and acknowledged, then reset: the server's
    // software read it and chose to cut the connection.
    const Proportion afterRequest = countOf(e, Outcome::Reset, {Phase::Receive, Phase::Send});
    if (afterRequest.trials > 0 && afterRequest.share() >= 0.5)
        return Finding::make(FindingId::ApplicationReset, afterRequest.all() ? 0.6 : 0.5, Side::TheServer,
                             {probeEvidence(e, Outcome::Reset)}, shareData(afterRequest));
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

const QList<Rule> &rules()
{
    // In order of precedence when confidences tie: causes nearer the user
    // first, as a helpdesk would check them.
    static const QList<Rule> all{noConnectivity, dnsFailure, captivePortal, proxyInterference, firewallBlock,
                                 vpnInterference, tlsInterference, portClosed, unexpectedAnswer, payloadLimit, idleTimeout,
                                 serverOverload, applicationReset, networkInterruption, monitorPatterns,
                                 // What the user's own programs met (the reset watch).
                                 ResetWatchRules::throughProxyOrVpn, ResetWatchRules::deviceOnTheWay,
                                 ResetWatchRules::sameQuietTime, ResetWatchRules::manyServersAtOnce,
                                 ResetWatchRules::serverSentThem};
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
    if (findings.isEmpty() || findings.constFirst().confidence < Likely) {
        bool allOk = !evidence.probes.isEmpty();
        for (const ProbeResult &p : evidence.probes)
            allOk = allOk && p.isOk();
        QStringList why;
        if (allOk)
            why << QStringLiteral("all %1 connections to the service worked").arg(evidence.probes.size());
        int failedChecks = 0;
        for (const CheckResult &c : evidence.checks)
            failedChecks += c.status == CheckStatus::Fail;
        why << QStringLiteral("%1 of %2 checks failed").arg(failedChecks).arg(evidence.checks.size());
        Finding none = Finding::make(FindingId::NoProblemFound, allOk && failedChecks == 0 ? 0.9 : 0.5, Side::TheServer, why,
                                     {{QStringLiteral("every_test_succeeded"), allOk && failedChecks == 0}});
        FindingText::fill(&none);
        findings.prepend(none);
    }
    return findings;
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
    return tr("Most likely cause: %1. First thing to try: %2").arg(top.title, top.userSteps.value(0));
}
