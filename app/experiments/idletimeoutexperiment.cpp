#include "idletimeoutexperiment.h"

#include <QtCore/QJsonArray>

using Vocabulary::CheckStatus;
using Vocabulary::Outcome;
using Vocabulary::Phase;

QList<int> IdleTimeoutExperiment::holdGrid(int budgetMs)
{
    QList<int> grid;
    // Every second up to 10 s (precision 1 s), then 10% apart (precision
    // 10%): the accuracy the diagnosis promises, in few connections.
    for (int ms = 1000; ms <= qMin(10000, budgetMs); ms += 1000)
        grid << ms;
    for (double ms = 11000; ms <= budgetMs; ms *= 1.1)
        grid << int(ms);
    return grid;
}

void IdleTimeoutExperiment::run()
{
    if (!context().target) {
        finish(result(CheckStatus::Skip, tr("No service was given, so idle connections were not tested.")));
        return;
    }
    m_clock.start();
    // Leave room after the longest hold for its request and answer.
    const int budget = context().experimentBudgetMs - context().probeTimeoutMs;
    m_holds = holdGrid(budget);
    if (m_holds.isEmpty()) {
        finish(result(CheckStatus::Skip, tr("The time allowed is too short to test idle connections.")));
        return;
    }
    QList<ProbeSpec> specs;
    for (int hold : std::as_const(m_holds)) {
        ProbeSpec s = spec(Vocabulary::ProbeKind::Hold, *context().target);
        s.holdMs = hold;
        specs << s;
    }
    connect(&m_progress, &QTimer::timeout, this, &IdleTimeoutExperiment::updateProgress);
    m_progress.start(500);
    runProbes(specs, ProbeSchedule{int(specs.size()), 0});
}

void IdleTimeoutExperiment::updateProgress()
{
    const int longest = m_shortestDropped > 0 ? m_shortestDropped : m_holds.constLast();
    Q_EMIT progressChanged(qBound(0.0, m_clock.elapsed() / double(longest + context().probeTimeoutMs), 1.0));
}

void IdleTimeoutExperiment::probeFinished(const ProbeResult &r)
{
    const int hold = m_holds.value(r.id);
    if (r.isOk()) {
        m_longestSurvived = qMax(m_longestSurvived, hold);
    } else if (r.phase == Phase::Idle && (r.outcome == Outcome::Reset || r.outcome == Outcome::Closed)) {
        // The far side ended it while idle: the moment is measured exactly.
        if (m_diedIdleAfterMs < 0 || r.idleMs < m_diedIdleAfterMs) {
            m_diedIdleAfterMs = r.idleMs;
            m_diedHow = r.outcome == Outcome::Reset ? QStringLiteral("reset") : QStringLiteral("closed");
        }
    } else if (r.phase == Phase::Send || r.phase == Phase::Receive) {
        // Survived the hold in appearance, but the request after it found
        // the connection gone: dropped silently some time before `hold`.
        m_shortestDropped = m_shortestDropped == 0 ? hold : qMin(m_shortestDropped, hold);
        m_dropped.insert(hold);
    }

    // Drops that do not follow idle time (a longer hold survives a shorter
    // one) are not an idle timeout: connections are cut for another reason.
    if (m_shortestDropped > 0 && m_longestSurvived > m_shortestDropped && !m_inconsistent) {
        m_inconsistent = true;
        stopProbes();
        m_progress.stop();
        CheckResult inconsistent = result(CheckStatus::Warn,
                                          tr("Idle connections were cut off at random, not after a fixed idle time."),
                                          {QStringLiteral("a %1 ms hold survived while a %2 ms hold was dropped")
                                               .arg(m_longestSurvived).arg(m_shortestDropped)});
        inconsistent.data.insert(QStringLiteral("end"), QStringLiteral("inconsistent"));
        inconsistent.data.insert(QStringLiteral("idle_timeout_ms"), QJsonValue::Null);
        finish(inconsistent);
        return;
    }
    if (m_diedIdleAfterMs >= 0) {
        // Every longer hold will die the same way: no need to wait for them.
        stopProbes();
        m_progress.stop();
        finish(conclude(m_diedHow, m_diedIdleAfterMs));
        return;
    }
    if (m_shortestDropped > 0) {
        const qsizetype i = m_holds.indexOf(m_shortestDropped);
        const int below = i > 0 ? m_holds.at(i - 1) : 0;
        // A hold that ends just as the far side closes or resets its
        // connection also looks dropped; the next longer hold tells the
        // two apart (it dies while idle, and that answer wins above). So
        // a silent drop needs the next hold dropped too.
        const bool confirmed = i + 1 >= m_holds.size() || m_dropped.contains(m_holds.at(i + 1));
        if (m_longestSurvived >= below && confirmed) {
            stopProbes();
            m_progress.stop();
            finish(conclude(QStringLiteral("silent-drop"), (below + m_shortestDropped) / 2.0));
        }
    }
}

void IdleTimeoutExperiment::probesFinished(const QList<ProbeResult> &)
{
    m_progress.stop();
    finish(resultSoFar());
}

CheckResult IdleTimeoutExperiment::resultSoFar() const
{
    if (m_longestSurvived > 0) {
        CheckResult r = result(CheckStatus::Pass,
                               tr("Connections stayed open while idle for %1 seconds, as long as we tested.")
                                   .arg(m_longestSurvived / 1000.0, 0, 'f', 0),
                               {QStringLiteral("longest idle hold that survived: %1 ms").arg(m_longestSurvived)});
        r.data.insert(QStringLiteral("survived_ms"), m_longestSurvived);
        r.data.insert(QStringLiteral("idle_timeout_ms"), QJsonValue::Null);
        return r;
    }
    return ProbingCheck::resultSoFar();
}

CheckResult IdleTimeoutExperiment::conclude(const QString &end, double estimateMs) const
{
    QStringList details{QStringLiteral("end: %1, after %2 ms idle").arg(end).arg(estimateMs, 0, 'f', 0),
                        QStringLiteral("longest idle hold that survived: %1 ms").arg(m_longestSurvived)};
    if (m_shortestDropped > 0)
        details << QStringLiteral("shortest hold found dead: %1 ms").arg(m_shortestDropped);
    CheckResult r;
    if (estimateMs < MinimumIdleMs) {
        r = result(CheckStatus::Fail,
                   end == QLatin1String("closed") ? tr("The server closes connections as soon as they open.")
                                                  : tr("Connections are cut off as soon as they open, before any idle time."),
                   details);
        r.data.insert(QStringLiteral("immediate"), true);
    } else {
        // Keep-alives at half the timeout leave room for a late one.
        const int keepAlive = qMax(1, int(estimateMs / 2000));
        r = result(CheckStatus::Fail,
                   end == QLatin1String("closed")
                       ? tr("Connections left idle are closed after about %1 seconds.").arg(estimateMs / 1000, 0, 'f', 0)
                       : end == QLatin1String("reset")
                           ? tr("Connections left idle are cut off after about %1 seconds.").arg(estimateMs / 1000, 0, 'f', 0)
                           : tr("Connections left idle are silently dropped after about %1 seconds.").arg(estimateMs / 1000, 0, 'f', 0),
                   details);
        r.data.insert(QStringLiteral("keepalive_interval_s"), keepAlive);
        r.data.insert(QStringLiteral("immediate"), false);
    }
    r.data.insert(QStringLiteral("idle_timeout_ms"), qRound(estimateMs));
    r.data.insert(QStringLiteral("end"), end);
    r.data.insert(QStringLiteral("survived_ms"), m_longestSurvived);
    return r;
}

void IdleTimeoutExperiment::cancel()
{
    ProbingCheck::cancel();
    m_progress.stop();
}
