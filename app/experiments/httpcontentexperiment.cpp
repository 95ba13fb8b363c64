#include "httpcontentexperiment.h"

using Vocabulary::CheckStatus;
using Vocabulary::Outcome;
using Vocabulary::Phase;

namespace {

// Cut off after the request went out: what a filter that read it does.
bool cutAfterRequest(const ProbeResult &r)
{
    return r.outcome == Outcome::Reset && (r.phase == Phase::Send || r.phase == Phase::Receive);
}

// The server answered, whatever it said (a 404 for "/" is an answer).
bool answered(const ProbeResult &r)
{
    return r.isOk() || r.httpStatus > 0;
}

int countOf(const QList<ProbeResult> &results, int from, int count, bool (*test)(const ProbeResult &))
{
    int n = 0;
    for (int i = from; i < from + count && i < results.size(); ++i)
        n += test(results.at(i));
    return n;
}

} // namespace

ProbeSpec HttpContentExperiment::request(const QString &path, const QString &host) const
{
    ProbeSpec s = spec(Vocabulary::ProbeKind::Exchange, *context().target);
    s.requestPath = path;
    s.requestHost = host;
    return s;
}

void HttpContentExperiment::run()
{
    const std::optional<Target> &target = context().target;
    if (!target || target->protocol() != Target::Protocol::Http) {
        finish(result(CheckStatus::Skip, tr("The service is not a web service, so what its requests ask for was not tested.")));
        return;
    }
    if (target->usesTls()) {
        // Inside TLS a device on the way reads only the name: the TLS
        // name test covers it.
        finish(result(CheckStatus::Skip, tr("Requests to this service are encrypted, so a device on the way can read only the site's name (see the secure connection test).")));
        return;
    }
    QList<ProbeSpec> specs;
    for (int i = 0; i < Tries; ++i)
        specs << request(QString(), QString()) << request(QStringLiteral("/"), neutralHost());
    runProbes(specs, ProbeSchedule{2, 0});
}

void HttpContentExperiment::probesFinished(const QList<ProbeResult> &results)
{
    if (m_comparing)
        judgeOwnAndNeutral(results);
    else
        judgeTrigger(results);
}

void HttpContentExperiment::judgeOwnAndNeutral(const QList<ProbeResult> &results)
{
    QList<ProbeResult> own, neutral;
    for (int i = 0; i < results.size(); ++i)
        (i % 2 == 0 ? own : neutral) << results.at(i);
    const int ownCut = countOf(own, 0, Tries, cutAfterRequest);
    const int neutralAnswered = countOf(neutral, 0, Tries, answered);
    m_details << QStringLiteral("GET %1 (Host %2): %3 of %4 reset after the request")
                     .arg(context().target->path(), context().target->host()).arg(ownCut).arg(own.size())
              << QStringLiteral("GET / (Host %1): %2 of %3 answered").arg(neutralHost()).arg(neutralAnswered).arg(neutral.size());
    CheckResult r;
    if (ownCut == Tries && neutralAnswered == Tries) {
        // Which part sets it off: the path with a neutral Host, "/" with
        // the target's Host.
        m_comparing = false;
        QList<ProbeSpec> specs;
        for (int i = 0; i < Tries / 2; ++i)
            specs << request(QString(), neutralHost()) << request(QStringLiteral("/"), QString());
        Q_EMIT progressChanged(0.6);
        runProbes(specs, ProbeSchedule{2, 0});
        return;
    }
    if (ownCut == 0) {
        r = result(CheckStatus::Pass, tr("Requests for this address are not cut off for what they ask for."), m_details);
    } else if (ownCut == Tries && countOf(neutral, 0, Tries, cutAfterRequest) == Tries) {
        r = result(CheckStatus::Warn, tr("Requests to this server are cut off whatever they ask for."), m_details);
    } else {
        r = result(CheckStatus::Warn, tr("Some requests were cut off, but not every time: not a rule about what they ask for."), m_details);
    }
    r.data.insert(QStringLiteral("filtered"), false);
    finish(r);
}

void HttpContentExperiment::judgeTrigger(const QList<ProbeResult> &results)
{
    QList<ProbeResult> pathOnly, hostOnly;
    for (int i = 0; i < results.size(); ++i)
        (i % 2 == 0 ? pathOnly : hostOnly) << results.at(i);
    const bool pathCut = countOf(pathOnly, 0, int(pathOnly.size()), cutAfterRequest) == pathOnly.size();
    const bool hostCut = countOf(hostOnly, 0, int(hostOnly.size()), cutAfterRequest) == hostOnly.size();
    m_details << QStringLiteral("GET %1 (Host %2): %3 of %4 reset").arg(context().target->path(), neutralHost())
                     .arg(countOf(pathOnly, 0, int(pathOnly.size()), cutAfterRequest)).arg(pathOnly.size())
              << QStringLiteral("GET / (Host %1): %2 of %3 reset").arg(context().target->host())
                     .arg(countOf(hostOnly, 0, int(hostOnly.size()), cutAfterRequest)).arg(hostOnly.size());
    // Each alone, both alone, or neither alone (a rule on the two together).
    const QString trigger = pathCut && !hostCut ? QStringLiteral("path")
        : hostCut && !pathCut                 ? QStringLiteral("host")
        : pathCut && hostCut                  ? QStringLiteral("both")
                                              : QStringLiteral("combination");
    CheckResult r = result(CheckStatus::Fail,
                           trigger == QLatin1String("path")
                               ? tr("Requests for %1 are cut off while other requests to the same server are answered: something reads the path.")
                                     .arg(context().target->path())
                           : trigger == QLatin1String("host")
                               ? tr("Requests naming %1 are cut off while requests with another name are answered: something reads the server name.")
                                     .arg(context().target->host())
                               : tr("Requests for this address are cut off while other requests to the same server are answered: something reads them."),
                           m_details);
    r.data.insert(QStringLiteral("filtered"), true);
    r.data.insert(QStringLiteral("trigger"), trigger);
    r.data.insert(QStringLiteral("path"), context().target->path());
    r.data.insert(QStringLiteral("host"), context().target->host());
    finish(r);
}
