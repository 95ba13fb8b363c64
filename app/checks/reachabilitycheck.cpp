#include "reachabilitycheck.h"

#include <QtCore/QJsonArray>

void ReachabilityCheck::run()
{
    QList<ProbeSpec> specs;
    for (const QString &endpoint : context().endpoints.reachability) {
        const Target::ParseResult parsed = Target::parse(endpoint);
        if (parsed.ok())
            specs << spec(Vocabulary::ProbeKind::Connect, parsed.target);
    }
    if (specs.isEmpty()) {
        finish(result(Vocabulary::CheckStatus::Skip, tr("No reference endpoints are configured, so this step was skipped.")));
        return;
    }
    runProbes(specs, ProbeSchedule{int(specs.size()), 0});
}

void ReachabilityCheck::probesFinished(const QList<ProbeResult> &results)
{
    const QStringList endpoints = context().endpoints.reachability;
    QStringList details;
    QJsonArray list;
    int ok = 0;
    for (const ProbeResult &p : results) {
        const QString endpoint = endpoints.value(p.id);
        ok += p.isOk();
        details << QStringLiteral("%1: %2 %3 in %4 ms")
                       .arg(endpoint, Vocabulary::wireName(p.outcome), Vocabulary::wireName(p.phase))
                       .arg(p.elapsedMs, 0, 'f', 1);
        list.append(QJsonObject{{QStringLiteral("endpoint"), endpoint},
                                {QStringLiteral("outcome"), Vocabulary::wireName(p.outcome)},
                                {QStringLiteral("connect_ms"), p.connectMs}});
    }
    CheckResult r;
    if (ok == results.size())
        r = result(Vocabulary::CheckStatus::Pass, tr("Well-known sites on the internet can be reached."), details);
    else if (ok > 0)
        r = result(Vocabulary::CheckStatus::Warn,
                   tr("Some well-known sites can be reached and others cannot (%1 of %2).").arg(ok).arg(results.size()),
                   details);
    else
        r = result(Vocabulary::CheckStatus::Fail, tr("No well-known site on the internet can be reached."), details);
    r.data.insert(QStringLiteral("endpoints"), list);
    finish(r);
}
