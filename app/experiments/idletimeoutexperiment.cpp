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
    // For web services, the quiet time that matters is the one after an
    // answer, on a connection kept for the next request.
    m_afterAnswer = context().target->protocol() == Target::Protocol::Http;
    // Leave room around the longest hold for its requests and answers.
    const int budget = context().experimentBudgetMs - (m_afterAnswer ? 2 : 1) * context().probeTimeoutMs;
    m_holds = holdGrid(budget);
    if (m_holds.isEmpty()) {
        finish(result(CheckStatus::Skip, tr("The time allowed is too short to test idle connections.")));
        return;
    }
    QList<ProbeSpec> specs;
    for (int hold : std::as_const(m_holds)) {
        ProbeSpec s = spec(Vocabulary::ProbeKind::Hold, *context().target);
        s.holdMs = hold;
        s.answerBeforeHold = m_afterAnswer;
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
    const bool cutOff = r.outcome == Outcome::Reset || r.outcome == Outcome::Closed;
    const bool diedIdle = r.phase == Phase::Idle && cutOff;
    const bool inExchange = r.phase == Phase::Send || r.phase == Phase::Receive;
    const bool beforeHold = m_afterAnswer ? !r.answeredBeforeHold : (r.phase != Phase::Idle && !r.isOk() && !inExchange);
    // An answer after the hold, even one without end or not in the
    // protocol, shows that the connection outlived the hold.
    const bool answeredAfterHold = inExchange && !beforeHold
        && (r.outcome == Outcome::EndlessReply || r.outcome == Outcome::InvalidReply);
    if (m_afterAnswer && r.answeredBeforeHold && !r.isOk()
        && (!r.keptAliveAfterAnswer || (diedIdle && r.outcome == Outcome::Closed && r.idleMs < MinimumIdleMs))) {
        // The server ends each connection after its answer, saying so or
        // at once: there is no idle time after an answer to measure.
        ++m_closedAfterAnswer;
        m_uninformative.insert(hold);
    } else if (!r.isOk() && beforeHold && !(cutOff && (inExchange || r.phase == Phase::Idle))) {
        // Refused, timed out, TLS or proxy trouble before any idle time:
        // other checks speak to those; they say nothing of idle time.
        ++m_failedBeforeHold;
        m_uninformative.insert(hold);
    } else if ((!r.isOk() && beforeHold) || (diedIdle && r.idleMs < MinimumIdleMs)) {
        // Cut off right after opening (or before the answer that starts
        // the hold): says nothing about idle time.
        ++m_cutAtOpen;
        m_cutAtOpenResets += r.outcome == Outcome::Reset;
        m_uninformative.insert(hold);
    } else if (r.isOk() || answeredAfterHold) {
        m_longestSurvived = qMax(m_longestSurvived, hold);
    } else if (diedIdle) {
        // The far side ended it while idle: the moment is measured exactly.
        if (m_diedIdleAfterMs < 0 || r.idleMs < m_diedIdleAfterMs) {
            m_diedIdleAfterMs = r.idleMs;
            m_diedHow = r.outcome == Outcome::Reset ? IdleEnd::Reset : IdleEnd::Closed;
        }
    } else if (inExchange) {
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
    } else {
        m_uninformative.insert(hold);
    }

    if (m_uninformative.size() == m_holds.size()) {
        // No hold said anything about idle time: say why.
        m_progress.stop();
        finish(resultSoFar());
        return;
    }
    // Drops that do not follow idle time (a longer hold survives a shorter
    // one) are not an idle timeout: connections are cut for another reason.
    if (m_shortestDropped > 0 && m_longestSurvived > m_shortestDropped && !m_inconsistent) {
        m_inconsistent = true;
        stopProbes();
        m_progress.stop();
        finish(inconsistent());
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
        // The holds that can speak to idle time, in order: those cut at
        // open or failed before the hold are left out, so that one of them
        // next to the boundary neither blocks nor fakes the answer.
        QList<int> informative;
        for (int h : std::as_const(m_holds)) {
            if (!m_uninformative.contains(h))
                informative << h;
        }
        const qsizetype i = informative.indexOf(m_shortestDropped);
        // A drop after the shortest hold bounds nothing from below, and
        // one at the end of the grid has nothing to confirm it: wait for
        // the holds to finish (resultSoFar()).
        if (i <= 0 || i + 1 >= informative.size())
            return;
        const int below = informative.at(i - 1);
        // A hold that ends just as the far side closes or resets its
        // connection also looks dropped; the next longer hold tells the
        // two apart (it dies while idle, and that answer wins above). And
        // a server that cuts a share of connections at random drops a hold
        // now and then whatever its length. So a drop needs the next two
        // holds dropped too, where the grid has them.
        bool confirmed = true;
        for (qsizetype next = i + 1; next <= i + 2 && next < informative.size(); ++next)
            confirmed = confirmed && m_dropped.contains(informative.at(next));
        if (m_longestSurvived >= below && confirmed) {
            stopProbes();
            m_progress.stop();
            finish(conclude(m_droppedHow, (below + m_shortestDropped) / 2.0));
        }
    }
}

CheckResult IdleTimeoutExperiment::inconsistent() const
{
    CheckResult r = result(CheckStatus::Warn, tr("Idle connections were cut off at random, not after a fixed idle time."),
                           {QStringLiteral("a %1 ms hold survived while a %2 ms hold was dropped")
                                .arg(m_longestSurvived).arg(m_shortestDropped)});
    r.data.insert(QStringLiteral("end"), Vocabulary::wireName(IdleEnd::Inconsistent));
    r.data.insert(QStringLiteral("idle_timeout_ms"), QJsonValue::Null);
    return r;
}

void IdleTimeoutExperiment::probesFinished(const QList<ProbeResult> &)
{
    m_progress.stop();
    finish(resultSoFar());
}

CheckResult IdleTimeoutExperiment::resultSoFar() const
{
    if (!m_dropped.isEmpty()) {
        // Holds found dead after their pause, and no longer one survived:
        // the time lies between the last that lived and the first that did
        // not. With nothing below it, all that is known is "less than".
        if (m_longestSurvived > m_shortestDropped)
            return inconsistent();
        if (m_longestSurvived > 0)
            return conclude(m_droppedHow, (m_longestSurvived + m_shortestDropped) / 2.0);
        CheckResult r = result(CheckStatus::Warn,
                               tr("Connections were lost when used after a pause, even after the shortest one tested (%n second(s)): they are forgotten sooner than that, or cut off at random.",
                                  nullptr, qRound(m_shortestDropped / 1000.0)),
                               {QStringLiteral("%1 of %2 holds found dead when used after their pause; none survived").arg(m_dropped.size()).arg(m_holds.size())});
        r.data.insert(QStringLiteral("end"), Vocabulary::wireName(IdleEnd::Inconsistent));
        r.data.insert(QStringLiteral("idle_timeout_ms"), QJsonValue::Null);
        return r;
    }
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
    if (m_closedAfterAnswer > 0 && m_closedAfterAnswer >= m_cutAtOpen)
        return concludeNoKeepAlive();
    if (m_cutAtOpen > 0 && m_cutAtOpen + m_failedBeforeHold + m_closedAfterAnswer == m_holds.size())
        return concludeCutAtOpen();
    if (m_failedBeforeHold > 0) {
        return result(CheckStatus::Skip,
                      tr("The connections failed before they could sit idle, so idle time was not tested."),
                      {QStringLiteral("%1 of %2 holds failed before their pause").arg(m_failedBeforeHold).arg(m_holds.size())});
    }
    return ProbingCheck::resultSoFar();
}

CheckResult IdleTimeoutExperiment::concludeNoKeepAlive() const
{
    CheckResult r = result(CheckStatus::Pass,
                           tr("The server closes each connection after its answer, so no connection sits idle to be cut off."),
                           {QStringLiteral("%1 of %2 holds were closed by the server after its answer to the first request")
                                .arg(m_closedAfterAnswer).arg(m_holds.size())});
    r.data.insert(QStringLiteral("idle_timeout_ms"), QJsonValue::Null);
    r.data.insert(QStringLiteral("keeps_alive"), false);
    r.data.insert(QStringLiteral("holds"), int(m_holds.size()));
    return r;
}

CheckResult IdleTimeoutExperiment::concludeCutAtOpen() const
{
    const int n = m_cutAtOpen;
    // "Immediate" only when every hold was cut so; how many by a reset is
    // counted, not taken from the first one.
    const bool every = n == m_holds.size();
    QString summary;
    if (m_cutAtOpenResets == n)
        summary = tr("Every one of %n connection(s) was cut off as soon as it opened, before any idle time.", nullptr, n);
    else if (m_cutAtOpenResets == 0)
        summary = tr("The server closed every one of %n connection(s) as soon as it opened.", nullptr, n);
    else
        summary = tr("Every one of %n connection(s) was cut off or closed as soon as it opened, before any idle time.", nullptr, n);
    CheckResult r = result(every ? CheckStatus::Fail : CheckStatus::Warn, summary,
                           {QStringLiteral("%1 of %2 holds died within %3 ms of connecting (%4 by a reset); the others failed before their pause")
                                .arg(n).arg(m_holds.size()).arg(MinimumIdleMs).arg(m_cutAtOpenResets)});
    r.data.insert(QStringLiteral("immediate"), every);
    r.data.insert(QStringLiteral("end"), Vocabulary::wireName(m_cutAtOpenResets * 2 >= n ? IdleEnd::Reset : IdleEnd::Closed));
    r.data.insert(QStringLiteral("idle_timeout_ms"), QJsonValue::Null);
    r.data.insert(QStringLiteral("cut_at_open"), n);
    r.data.insert(QStringLiteral("cut_at_open_resets"), m_cutAtOpenResets);
    r.data.insert(QStringLiteral("holds"), int(m_holds.size()));
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
