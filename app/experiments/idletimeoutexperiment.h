#ifndef CDOC_IDLETIMEOUTEXPERIMENT_H
#define CDOC_IDLETIMEOUTEXPERIMENT_H

#include "checks/probingcheck.h"

#include <QtCore/QSet>
#include <QtCore/QTimer>

// experiments.idle-timeout: how long a connection to the target may sit
// idle before it is reset, closed or silently dropped. For web services
// each hold follows a first request and its answer, on a connection kept
// open (the idle time connection pools and browsers meet); for others
// (SSH, mail) it starts once connected.
//
// Holds of staggered lengths run in parallel, so the wall time is about the
// timeout itself, not the sum of the holds. A connection that the far side
// resets or closes while idle tells the moment directly (the hold's
// idle_ms). A silent drop shows only when the hold ends and its request
// gets no answer; then the timeout lies between the longest hold that
// survived and the shortest that did not, and the grid's spacing (1 s up
// to 10 s, then 10%) gives the precision.
class IdleTimeoutExperiment : public ProbingCheck
{
    Q_OBJECT

public:
    using ProbingCheck::ProbingCheck;
    QString id() const override { return QStringLiteral("experiments.idle-timeout"); }
    Schedule schedule() const override { return Schedule::Exclusive; }
    void cancel() override;

    // Hold lengths up to the budget, in milliseconds.
    static QList<int> holdGrid(int budgetMs);
    // A death sooner than this after connecting is not an idle timeout but
    // a connection refused in all but name.
    static constexpr int MinimumIdleMs = 500;

protected:
    void run() override;
    void probeFinished(const ProbeResult &result) override;
    void probesFinished(const QList<ProbeResult> &results) override;
    CheckResult resultSoFar() const override;

private:
    CheckResult conclude(Vocabulary::IdleEnd end, double estimateMs) const;
    CheckResult concludeCutAtOpen() const;
    CheckResult concludeNoKeepAlive() const;
    CheckResult inconsistent() const;
    void updateProgress();

    QList<int> m_holds;
    int m_longestSurvived = 0;       // ms
    int m_shortestDropped = 0;       // ms, 0 = none yet
    QSet<int> m_dropped;             // holds found dead after their idle time
    double m_diedIdleAfterMs = -1;   // a reset or close while idle
    Vocabulary::IdleEnd m_diedHow = Vocabulary::IdleEnd::Reset;
    // How the shortest hold found dead after its pause ended: a reset on
    // resuming, or no answer.
    Vocabulary::IdleEnd m_droppedHow = Vocabulary::IdleEnd::SilentDrop;
    // Holds cut off before MinimumIdleMs: not an idle timeout. Only when
    // every hold was does the experiment say so; a share of them is the
    // random resets experiments.intermittent-resets measures.
    int m_cutAtOpen = 0;
    int m_cutAtOpenResets = 0;
    // Holds after an answer (web services): how many the server closed
    // right after answering, as it said it would.
    bool m_afterAnswer = false;
    int m_closedAfterAnswer = 0;
    // Holds that said nothing about idle time (cut at open, failed before
    // their pause, closed after an answer), left out of the grid's logic.
    QSet<int> m_uninformative;
    int m_failedBeforeHold = 0;
    bool m_inconsistent = false; // a longer hold survived a shorter one's drop
    QElapsedTimer m_clock;
    QTimer m_progress;
};

#endif // CDOC_IDLETIMEOUTEXPERIMENT_H
