#include "targetresets.h"

#include "resetwatchrules.h"

using Vocabulary::Outcome;
using Vocabulary::Phase;
using Vocabulary::ResetSender;
using Vocabulary::Side;

TargetResets::Counts TargetResets::count(const Diagnosis::Evidence &e)
{
    Counts t;
    for (const ProbeResult &p : e.probes) {
        ++t.probes.trials;
        t.probes.events += p.outcome == Outcome::Reset && p.phase != Phase::Connect && p.phase != Phase::Tls;
        t.inTls += p.outcome == Outcome::Reset && p.phase == Phase::Tls;
    }
    const QString repeated = QStringLiteral("experiments.intermittent-resets");
    t.exchanges = Proportion{e.data(repeated, QStringLiteral("resets")).toInt(), e.data(repeated, QStringLiteral("exchanges")).toInt()};
    t.inTls += e.data(repeated, QStringLiteral("resets_in_tls")).toInt();
    const QString idle = QStringLiteral("experiments.idle-timeout");
    if (e.check(idle) && e.data(idle, QStringLiteral("holds")).toInt() > 0) {
        t.holds.trials = e.data(idle, QStringLiteral("holds")).toInt();
        const QJsonValue resets = e.data(idle, QStringLiteral("cut_at_open_resets"));
        // Older reports said only "immediate": then every hold was.
        t.holds.events = !resets.isUndefined() ? resets.toInt()
            : e.data(idle, QStringLiteral("immediate")).toBool() ? t.holds.trials : 0;
        t.holds.events = qBound(0, t.holds.events, t.holds.trials);
    }
    t.pooled = t.probes;
    t.pooled += t.exchanges;
    t.pooled += t.holds;
    return t;
}

TargetResets::Sender TargetResets::senderOf(const Diagnosis::Evidence &e)
{
    int server = 0, middlebox = 0;
    Sender v;
    for (const ResetEvent &r : ResetWatchRules::relevantResets(e)) {
        if (r.sender == ResetSender::Server) {
            ++server;
        } else if (r.sender == ResetSender::Middlebox) {
            ++middlebox;
            v.hops = r.senderHops;
        }
        if (r.serverHops > 0)
            v.serverHops = r.serverHops;
    }
    if (server + middlebox == 0) {
        for (const ProbeResult &p : e.probes) {
            if (p.resetSender == ResetSender::Server) {
                ++server;
            } else if (p.resetSender == ResetSender::Middlebox) {
                ++middlebox;
                v.hops = p.resetSenderHops;
            }
        }
    }
    const int judged = server + middlebox;
    if (judged > 0 && middlebox * 3 >= judged * 2)
        v.sender = ResetSender::Middlebox;
    else if (judged > 0 && server * 3 >= judged * 2)
        v.sender = ResetSender::Server;
    return v;
}

Side TargetResets::Sender::side() const
{
    switch (sender) {
    case ResetSender::Server:
        return Side::TheServer;
    case ResetSender::Middlebox:
        return Side::YourNetwork;
    default:
        return Side::ServerOrOnTheWay;
    }
}

QJsonObject TargetResets::Sender::toJson() const
{
    return {{QStringLiteral("sender"), Vocabulary::wireName(sender)},
            {QStringLiteral("sender_hops"), hops},
            {QStringLiteral("server_hops"), serverHops}};
}
