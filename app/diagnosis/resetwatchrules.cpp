#include "resetwatchrules.h"

#include "resetwatch/resetlog.h"
#include "resetwatch/resetwording.h"

#include <QtCore/QSet>

#include <algorithm>

using Vocabulary::FindingId;
using Vocabulary::ResetDirection;
using Vocabulary::ResetSender;
using Vocabulary::Side;

namespace {

// The hop count most of these middlebox resets came from, or -1.
int commonHops(const QList<ResetEvent> &events)
{
    QHash<int, int> counts;
    for (const ResetEvent &e : events) {
        if (e.sender == ResetSender::Middlebox && e.senderHops > 0)
            ++counts[e.senderHops];
    }
    int best = -1, bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

int serverHopsOf(const QList<ResetEvent> &events)
{
    for (const ResetEvent &e : events) {
        if (e.serverHops > 0)
            return e.serverHops;
    }
    return -1;
}

// The resets of one direction that concern the run: those of the target's
// server where the run had one (its address as the probes met it), else all.
QList<ResetEvent> resetsOfTheTarget(const Diagnosis::Evidence &e, ResetDirection direction)
{
    QSet<QString> servers;
    for (const ProbeResult &p : e.probes) {
        if (!p.peerAddress.isEmpty())
            servers.insert(p.peerAddress);
    }
    if (!e.targetHost.isEmpty())
        servers.insert(e.targetHost);
    QList<ResetEvent> relevant;
    for (const ResetEvent &r : e.resets) {
        if (r.direction != direction)
            continue;
        if (servers.isEmpty() || servers.contains(r.remoteHost()))
            relevant.append(r);
    }
    return relevant;
}

} // namespace

QList<ResetEvent> ResetWatchRules::relevantResets(const Evidence &e)
{
    return resetsOfTheTarget(e, ResetDirection::Received);
}

std::optional<Finding> ResetWatchRules::sameQuietTime(const Evidence &e)
{
    ResetLog log;
    for (const ResetEvent &r : relevantResets(e))
        log.add(r);
    for (const ResetLog::Row &row : log.rows()) {
        if (row.idleMs.size() < MinimumResets)
            continue;
        const qint64 median = row.medianIdleMs();
        if (median < 1000)
            continue; // resets of connections in use: not a timeout
        int within = 0;
        qint64 lowest = median, highest = median;
        for (qint64 idle : row.idleMs) {
            if (qAbs(idle - median) <= median * SameQuietTolerance) {
                ++within;
                lowest = qMin(lowest, idle);
                highest = qMax(highest, idle);
            }
        }
        const int known = int(row.idleMs.size());
        if (within * 5 < known * 4) // fewer than four in five: no single timeout
            continue;
        // "each" only when every reset of the row had its quiet time known
        // and within the band.
        const bool every = within == known && known == row.resets;
        const ResetSender sender = row.mainSender();
        const int hops = sender == ResetSender::Middlebox ? row.typicalSenderHops() : -1;
        const QString program = ResetEvent::programName(row.program);
        const QString server = ResetWording::serverText(row);
        QStringList evidence;
        const QString lowText = ResetWording::quietTime(lowest), highText = ResetWording::quietTime(highest);
        evidence << (every ? tr("%1's connections to %2 were reset %n time(s), each after %3 to %4 of quiet.", nullptr, row.resets)
                                 .arg(program, server, lowText, highText)
                           : tr("%1's connections to %2 were reset %n time(s); %5 of them after %3 to %4 of quiet.", nullptr, row.resets)
                                 .arg(program, server, lowText, highText, QString::number(within)));
        const bool oneSender = row.senders.value(sender) == row.resets;
        evidence << (oneSender ? tr("The resets were sent by %1.") : tr("Most of the resets were sent by %1."))
                        .arg(ResetWording::senderText(sender, hops));
        const QJsonObject data{{QStringLiteral("idle_timeout_ms"), median},
                               {QStringLiteral("keepalive_interval_s"), qMax<qint64>(1, median / 2000)},
                               {QStringLiteral("end"), QStringLiteral("reset")},
                               {QStringLiteral("sender"), Vocabulary::wireName(sender)},
                               {QStringLiteral("sender_hops"), hops},
                               {QStringLiteral("program"), program},
                               {QStringLiteral("server"), row.server},
                               {QStringLiteral("resets"), known},
                               {QStringLiteral("resets_after_same_quiet"), within}};
        // Who cuts: the sender's side where the packets said; where they did
        // not, the side nearer the user, and less sure.
        const bool senderKnown = sender == ResetSender::Middlebox || sender == ResetSender::Server;
        const double confidence = (every ? 0.85 : 0.75) - (known < 5 ? 0.1 : 0) - (senderKnown ? 0 : 0.1);
        return Finding::make(FindingId::IdleTimeout, confidence,
                           sender == ResetSender::Server ? Side::TheServer : Side::YourNetwork, evidence, data);
    }
    return std::nullopt;
}

std::optional<Finding> ResetWatchRules::deviceOnTheWay(const Evidence &e)
{
    const QList<ResetEvent> resets = relevantResets(e);
    int judged = 0, middlebox = 0, beforeEstablished = 0;
    for (const ResetEvent &r : resets) {
        if (!r.hasPacket && r.sender == ResetSender::Unknown)
            continue; // no packet, no judging
        ++judged;
        if (r.sender == ResetSender::Middlebox) {
            ++middlebox;
            beforeEstablished += r.tcpState == QLatin1String("syn_sent");
        }
    }
    if (middlebox < MinimumResets || middlebox * 3 < judged * 2)
        return std::nullopt;
    // With every route through the VPN, its gateway or the network beyond
    // it is the device on the way: throughProxyOrVpn names that.
    if (e.data(QStringLiteral("vpn.interfaces"), QStringLiteral("default_route_through_vpn")).toBool())
        return std::nullopt;
    const int hops = commonHops(resets);
    const int serverHops = serverHopsOf(resets);
    QStringList evidence;
    evidence << (middlebox == judged
                     ? tr("Each of the %n reset(s) whose packets were seen came from a device on the way, not from the server.", nullptr, judged)
                     : tr("%1 of the %n reset(s) whose packets were seen came from a device on the way, not from the server.", nullptr, judged)
                           .arg(middlebox));
    if (hops > 0 && serverHops > 0)
        evidence << tr("That device is %n hop(s) from you; the server is %1 hops away.", nullptr, hops).arg(serverHops);
    if (beforeEstablished > 0)
        evidence << tr("%n of them refused the connection before it was established.", nullptr, beforeEstablished);
    const QJsonObject data{{QStringLiteral("middlebox_hops"), hops},
                           {QStringLiteral("server_hops"), serverHops},
                           {QStringLiteral("near_client"), hops == 1},
                           {QStringLiteral("resets"), judged},
                           {QStringLiteral("middlebox_resets"), middlebox}};
    // Below sameQuietTime's: resets after the same quiet time are the more
    // specific reading of the same packets (a device's idle timeout).
    return Finding::make(FindingId::FirewallBlock, middlebox == judged ? 0.8 : 0.7, Side::Firewall, evidence, data);
}

std::optional<Finding> ResetWatchRules::manyServersAtOnce(const Evidence &e)
{
    // Within any 5-second window, resets of connections to three or more
    // servers: something they share (this computer's network) cut them.
    constexpr qint64 WindowMs = 5000;
    QList<ResetEvent> received;
    for (const ResetEvent &r : e.resets) {
        if (r.direction == ResetDirection::Received)
            received.append(r);
    }
    std::sort(received.begin(), received.end(), [](const ResetEvent &a, const ResetEvent &b) { return a.atMs < b.atMs; });
    int bestServers = 0, bestResets = 0;
    qint64 bestAt = 0;
    for (int first = 0, last = 0; first < received.size(); ++first) {
        while (last < received.size() && received.at(last).atMs - received.at(first).atMs <= WindowMs)
            ++last;
        QSet<QString> servers;
        for (int i = first; i < last; ++i)
            servers.insert(received.at(i).remoteHost());
        if (int(servers.size()) > bestServers) {
            bestServers = int(servers.size());
            bestResets = last - first;
            bestAt = received.at(first).atMs;
        }
    }
    // Three servers in five seconds is a browser closing its tabs; five
    // or more, with more resets than servers, is a network that dropped
    // everything at once.
    if (bestServers < 5 || bestResets <= bestServers)
        return std::nullopt;
    const QStringList evidence{
        tr("%1 resets of connections to %n different server(s) came within 5 seconds, starting at %2.", nullptr, bestServers)
            .arg(bestResets)
            .arg(QDateTime::fromMSecsSinceEpoch(bestAt).toString(QStringLiteral("HH:mm:ss")))};
    return Finding::make(FindingId::NetworkInterruption, 0.7, Side::YourNetwork, evidence,
                       {{QStringLiteral("servers"), bestServers}, {QStringLiteral("resets"), bestResets}});
}

std::optional<Finding> ResetWatchRules::throughProxyOrVpn(const Evidence &e)
{
    const QList<ResetEvent> resets = relevantResets(e);
    if (resets.size() < MinimumResets)
        return std::nullopt;
    // Through the proxy: every reset on a connection to the proxy itself.
    const QString proxy = e.data(QStringLiteral("proxy.settings"), QStringLiteral("proxy")).toString();
    // The proxy as the settings name it; a proxy given by name matches only
    // where the watch saw that name's address, so by address alone.
    const QString proxyHost = proxy == QLatin1String("none") ? QString() : ResetEvent::hostOf(proxy.section(QLatin1String("://"), -1));
    if (!proxyHost.isEmpty()) {
        int viaProxy = 0;
        for (const ResetEvent &r : resets)
            viaProxy += r.remoteHost() == proxyHost;
        if (viaProxy == resets.size())
            return Finding::make(FindingId::ProxyInterference, 0.75, Side::Proxy,
                               {tr("Each of the %n reset(s) was of a connection to the proxy server (%1).", nullptr, viaProxy).arg(proxyHost)},
                               {{QStringLiteral("resets"), viaProxy}});
    }
    // Through the VPN: every route goes through it, and devices on the way
    // (not the servers) send the resets.
    if (e.data(QStringLiteral("vpn.interfaces"), QStringLiteral("default_route_through_vpn")).toBool()) {
        int middlebox = 0;
        for (const ResetEvent &r : resets)
            middlebox += r.sender == ResetSender::Middlebox;
        if (middlebox >= MinimumResets && middlebox * 3 >= int(resets.size()) * 2)
            return Finding::make(FindingId::VpnInterference, 0.8, Side::Vpn,
                               {tr("All traffic goes through the VPN, and %1 of the %n reset(s) came from a device on the way, not from the server.",
                                   nullptr, int(resets.size()))
                                    .arg(middlebox)},
                               {{QStringLiteral("mtu"), false}, {QStringLiteral("resets"), int(resets.size())}});
    }
    return std::nullopt;
}

std::optional<Finding> ResetWatchRules::serverSentThem(const Evidence &e)
{
    ResetLog log;
    for (const ResetEvent &r : relevantResets(e)) {
        // A refused connection is the port's business (port-closed), not
        // the server's software cutting one off.
        if (r.tcpState != QLatin1String("syn_sent"))
            log.add(r);
    }
    for (const ResetLog::Row &row : log.rows()) {
        const int fromServer = row.senders.value(ResetSender::Server);
        if (fromServer < MinimumResets || fromServer * 3 < row.resets * 2)
            continue;
        const QString program = ResetEvent::programName(row.program);
        const QString server = ResetWording::serverText(row);
        const QStringList evidence{
            fromServer == row.resets
                ? tr("Each of the %n reset(s) of %1's connections to %2 was sent by the server itself.", nullptr, row.resets)
                      .arg(program, server)
                : tr("%3 of the %n reset(s) of %1's connections to %2 were sent by the server itself.", nullptr, row.resets)
                      .arg(program, server, QString::number(fromServer))};
        return Finding::make(FindingId::ApplicationReset, 0.6, Side::TheServer, evidence,
                           {{QStringLiteral("program"), program}, {QStringLiteral("server"), row.server},
                            {QStringLiteral("resets"), row.resets}, {QStringLiteral("server_resets"), fromServer}});
    }
    return std::nullopt;
}

Vocabulary::ResetOrigin ResetWatchRules::refusalOrigin(const Evidence &e, QString *reasoning)
{
    // Only this app's own refused connections to the target (the port
    // matrix's, the probes'): another program's refusal says nothing here.
    QSet<QString> targetHosts{e.targetHost};
    for (const ProbeResult &p : e.probes)
        targetHosts.insert(p.peerAddress);
    int middlebox = 0, server = 0, hops = -1, serverHops = -1;
    for (const ResetEvent &r : e.resets) {
        if (r.direction != ResetDirection::Received || r.tcpState != QLatin1String("syn_sent") || e.ownPid <= 0
            || r.pid != e.ownPid || !r.remote.endsWith(QStringLiteral(":%1").arg(e.targetPort))
            || !targetHosts.contains(r.remoteHost()))
            continue;
        if (r.sender == ResetSender::Middlebox) {
            ++middlebox;
            hops = r.senderHops;
            serverHops = r.serverHops;
        } else if (r.sender == ResetSender::Server) {
            ++server;
        }
    }
    if (middlebox == 0 && server == 0)
        return Vocabulary::ResetOrigin::Unknown;
    if (middlebox >= server) {
        *reasoning = tr("The refusal's packets came from a device %n hop(s) from you, not from the server (%1 hops away).", nullptr, hops)
                         .arg(serverHops);
        return hops >= 0 && hops <= 2 ? Vocabulary::ResetOrigin::NearClient : Vocabulary::ResetOrigin::Unknown;
    }
    *reasoning = tr("The refusal's packets came from the server itself.");
    return Vocabulary::ResetOrigin::NearServer;
}

std::optional<Finding> ResetWatchRules::programEndedThem(const Evidence &e)
{
    // This computer's kernel says why it sent each reset: where it says the
    // program closed the connection with data unread or cut it off, the
    // program ended it, and neither the network nor the server did. This
    // app's own probes end connections so on purpose: not counted.
    // Grouped as the reset log groups them (program and address), so the
    // words name the server as every view does.
    ResetLog log;
    QHash<QString, QHash<QString, int>> reasons; // by ResetLog::Row::key()
    for (const ResetEvent &r : resetsOfTheTarget(e, ResetDirection::Sent)) {
        if (!r.sentByItsProgram() || (e.ownPid > 0 && r.pid == e.ownPid))
            continue;
        log.add(r);
        ++reasons[r.program + QLatin1Char('\n') + r.remoteHost()][r.kernelReason];
    }
    const QList<ResetLog::Row> rows = log.rows(); // most first, then by key
    const int resets = rows.isEmpty() ? 0 : rows.constFirst().resets;
    if (resets < MinimumResets)
        return std::nullopt;
    // The kernel's reason most of them had, and its words.
    QString reason;
    int withReason = 0;
    const ResetLog::Row &most = rows.constFirst();
    const QHash<QString, int> &counts = reasons.value(most.key());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > withReason || (it.value() == withReason && it.key() < reason)) {
            reason = it.key();
            withReason = it.value();
        }
    }
    const QString program = ResetEvent::programName(most.program);
    QStringList evidence{
        tr("This computer sent %n reset(s) that ended %1's connections to %2.", nullptr, resets)
            .arg(program, ResetWording::serverText(most)),
        (withReason == resets ? tr("The system's reason for each: %1 (%2).") : tr("The system's reason for most of them: %1 (%2)."))
            .arg(ResetWording::kernelReasonText(reason), reason)};
    const QJsonObject data{{QStringLiteral("program"), program},
                           {QStringLiteral("server"), most.server},
                           {QStringLiteral("sent_resets"), resets},
                           {QStringLiteral("kernel_reason"), reason},
                           {QStringLiteral("kernel_reason_resets"), withReason}};
    return Finding::make(FindingId::ApplicationReset, 0.6, Side::YourDevice, evidence, data);
}
