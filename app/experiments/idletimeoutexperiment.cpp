#include "idletimeoutexperiment.h"

#include <QtCore/QJsonArray>

using Vocabulary::CheckStatus;
using Vocabulary::IdleEnd;
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
        // For web services, the quiet time that matters is the one after
        // an answer, on a connection kept for the next request.
        s.answerBeforeHold = context().target->protocol() == Target::Protocol::Http;
        m_afterAnswer = s.answerBeforeHold;
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
    if (m_afterAnswer && r.answeredBeforeHold && !r.keptAliveAfterAnswer && !r.isOk()) {
        // The server ends every connection after its answer: there is no
        // idle time after an answer to measure.
        if (++m_closedAfterAnswer == m_holds.size()) {
            m_progress.stop();
            finish(concludeNoKeepAlive());
        }
        return;
    }
    // Cut before the hold began (the answer before it never came): like a
    // connection cut as soon as it opened, it says nothing of idle time.
    const bool cutBeforeHold = m_afterAnswer && !r.answeredBeforeHold && !r.isOk();
    const bool diedIdle = r.phase == Phase::Idle && (r.outcome == Outcome::Reset || r.outcome == Outcome::Closed);
    if (cutBeforeHold) {
        ++m_cutAtOpen;
        m_cutAtOpenByReset = m_cutAtOpenByReset || r.outcome == Outcome::Reset;
        if (m_cutAtOpen == m_holds.size()) {
            m_progress.stop();
            finish(concludeCutAtOpen());
        }
        return;
    } else if (r.isOk()) {
        m_longestSurvived = qMax(m_longestSurvived, hold);
    } else if (diedIdle && r.idleMs < MinimumIdleMs) {
        // Cut off right after opening: says nothing about idle time.
        ++m_cutAtOpen;
        m_cutAtOpenByReset = m_cutAtOpenByReset || r.outcome == Outcome::Reset;
        if (m_cutAtOpen == m_holds.size()) {
            m_progress.stop();
            finish(concludeCutAtOpen());
        }
        return;
    } else if (diedIdle) {
        // The far side ended it while idle: the moment is measured exactly.
        if (m_diedIdleAfterMs < 0 || r.idleMs < m_diedIdleAfterMs) {
            m_diedIdleAfterMs = r.idleMs;
            m_diedHow = r.outcome == Outcome::Reset ? IdleEnd::Reset : IdleEnd::Closed;
        }
    } else if (r.phase == Phase::Send || r.phase == Phase::Receive) {
        // Survived the hold in appearance, but the request after it found
        // the connection gone: forgotten some time before `hold`. A reset
        // in answer to that first packet is one thing (a firewall or NAT
        // that lost its state and says so), no answer at all another.
        if (m_shortestDropped == 0 || hold < m_shortestDropped) {
            m_shortestDropped = hold;
            m_droppedHow = r.outcome == Outcome::Reset ? IdleEnd::ResetOnResume
                : r.outcome == Outcome::Closed         ? IdleEnd::Closed
                                                       : IdleEnd::SilentDrop;
        }
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
        inconsistent.data.insert(QStringLiteral("end"), Vocabulary::wireName(IdleEnd::Inconsistent));
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
        // A drop after the shortest hold bounds nothing from below: wait
        // for the holds to finish.
        if (i == 0)
            return;
        const int below = m_holds.at(i - 1);
        // A hold that ends just as the far side closes or resets its
        // connection also looks dropped; the next longer hold tells the
        // two apart (it dies while idle, and that answer wins above). And
        // a server that cuts a share of connections at random drops a hold
        // now and then whatever its length. So a drop needs the next two
        // holds dropped too, where the grid has them.
        bool confirmed = true;
        for (qsizetype next = i + 1; next <= i + 2 && next < m_holds.size(); ++next)
            confirmed = confirmed && m_dropped.contains(m_holds.at(next));
        if (m_longestSurvived >= below && confirmed) {
            stopProbes();
            m_progress.stop();
            finish(conclude(m_droppedHow, (below + m_shortestDropped) / 2.0));
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
        QStringList details{QStringLiteral("longest idle hold that survived: %1 ms").arg(m_longestSurvived)};
        if (m_cutAtOpen > 0)
            details << QStringLiteral("%1 of %2 holds were cut off right after opening, not after idle time")
                           .arg(m_cutAtOpen).arg(m_holds.size());
        CheckResult r = result(CheckStatus::Pass,
                               tr("Connections stayed open while idle for %n second(s), as long as we tested.", nullptr,
                                  qRound(m_longestSurvived / 1000.0)),
                               details);
        r.data.insert(QStringLiteral("survived_ms"), m_longestSurvived);
        r.data.insert(QStringLiteral("idle_timeout_ms"), QJsonValue::Null);
        r.data.insert(QStringLiteral("cut_at_open"), m_cutAtOpen);
        r.data.insert(QStringLiteral("holds"), int(m_holds.size()));
        return r;
    }
    if (!m_dropped.isEmpty()) {
        CheckResult r = result(CheckStatus::Warn,
                               tr("Connections were cut off when used after a pause, even the shortest one (%n second(s)): not a fixed idle time.",
                                  nullptr, qRound(m_holds.constFirst() / 1000.0)),
                               {QStringLiteral("%1 of %2 holds found dead when used after their pause; none survived").arg(m_dropped.size()).arg(m_holds.size())});
        r.data.insert(QStringLiteral("end"), Vocabulary::wireName(IdleEnd::Inconsistent));
        r.data.insert(QStringLiteral("idle_timeout_ms"), QJsonValue::Null);
        return r;
    }
    return ProbingCheck::resultSoFar();
}

CheckResult IdleTimeoutExperiment::concludeNoKeepAlive() const
{
    CheckResult r = result(CheckStatus::Pass,
                           tr("The server closes each connection after its answer, so no connection sits idle to be cut off."),
                           {QStringLiteral("all %1 holds were closed by the server after its answer to the first request").arg(m_holds.size())});
    r.data.insert(QStringLiteral("idle_timeout_ms"), QJsonValue::Null);
    r.data.insert(QStringLiteral("keeps_alive"), false);
    r.data.insert(QStringLiteral("holds"), int(m_holds.size()));
    return r;
}

CheckResult IdleTimeoutExperiment::concludeCutAtOpen() const
{
    const int n = int(m_holds.size());
    CheckResult r = result(CheckStatus::Fail,
                           m_cutAtOpenByReset ? tr("Every one of %n connection(s) was cut off as soon as it opened, before any idle time.", nullptr, n)
                                              : tr("The server closed every one of %n connection(s) as soon as it opened.", nullptr, n),
                           {QStringLiteral("all %1 holds died within %2 ms of connecting").arg(n).arg(MinimumIdleMs)});
    r.data.insert(QStringLiteral("immediate"), true);
    r.data.insert(QStringLiteral("end"), Vocabulary::wireName(m_cutAtOpenByReset ? IdleEnd::Reset : IdleEnd::Closed));
    r.data.insert(QStringLiteral("idle_timeout_ms"), QJsonValue::Null);
    r.data.insert(QStringLiteral("cut_at_open"), m_cutAtOpen);
    r.data.insert(QStringLiteral("holds"), n);
    return r;
}

CheckResult IdleTimeoutExperiment::conclude(IdleEnd end, double estimateMs) const
{
    QStringList details{QStringLiteral("end: %1, after %2 ms idle").arg(Vocabulary::wireName(end)).arg(estimateMs, 0, 'f', 0),
                        QStringLiteral("longest idle hold that survived: %1 ms").arg(m_longestSurvived)};
    if (m_shortestDropped > 0)
        details << QStringLiteral("shortest hold found dead: %1 ms").arg(m_shortestDropped);
    if (m_cutAtOpen > 0)
        details << QStringLiteral("%1 of %2 holds were cut off right after opening, not after idle time").arg(m_cutAtOpen).arg(m_holds.size());
    const int seconds = qMax(1, qRound(estimateMs / 1000));
    QString summary;
    switch (end) {
    case IdleEnd::Closed:
        summary = tr("Connections left idle are closed after about %n second(s).", nullptr, seconds);
        break;
    case IdleEnd::Reset:
        summary = tr("Connections left idle are cut off (reset) after about %n second(s) of quiet.", nullptr, seconds);
        break;
    case IdleEnd::ResetOnResume:
        summary = tr("Connections left idle for about %n second(s) are forgotten: the first message after the pause is answered with a reset.",
                     nullptr, seconds);
        break;
    case IdleEnd::SilentDrop:
    case IdleEnd::Inconsistent:
        summary = tr("Connections left idle for about %n second(s) are silently dropped: the first message after the pause gets no answer.",
                     nullptr, seconds);
        break;
    }
    CheckResult r = result(CheckStatus::Fail, summary, details);
    // Keep-alives at half the timeout leave room for a late one.
    r.data.insert(QStringLiteral("keepalive_interval_s"), qMax(1, int(estimateMs / 2000)));
    r.data.insert(QStringLiteral("immediate"), false);
    r.data.insert(QStringLiteral("idle_timeout_ms"), qRound(estimateMs));
    r.data.insert(QStringLiteral("end"), Vocabulary::wireName(end));
    r.data.insert(QStringLiteral("survived_ms"), m_longestSurvived);
    r.data.insert(QStringLiteral("cut_at_open"), m_cutAtOpen);
    r.data.insert(QStringLiteral("holds"), int(m_holds.size()));
    return r;
}

void IdleTimeoutExperiment::cancel()
{
    ProbingCheck::cancel();
    m_progress.stop();
}
