#ifndef CDOC_INTERMITTENTRESETEXPERIMENT_H
#define CDOC_INTERMITTENTRESETEXPERIMENT_H

#include "checks/probingcheck.h"
#include "statistics/proportion.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QMap>

// experiments.intermittent-resets: rounds of exchanges at rising
// concurrency. Resets that grow with load point at an overloaded or
// rate-limiting server; resets at about the same rate at every level point
// at something that cuts connections whatever the load.
//
// A few dozen connections cannot tell 21% from 46% apart, so the verdict
// rests on a trend test (TrendTest), not on the two rates: growth needs
// p < 0.01 over every look taken, and "flat" needs growth that matters
// ruled out. Until one of the two holds, another round runs, as long as the
// budget allows; a question still open then is said to be open.
class IntermittentResetExperiment : public ProbingCheck
{
    Q_OBJECT

public:
    using ProbingCheck::ProbingCheck;
    QString id() const override { return QStringLiteral("experiments.intermittent-resets"); }
    Schedule schedule() const override { return Schedule::Exclusive; }

    static QList<int> levels() { return {1, 4, 16}; }
    static constexpr int ProbesPerLevel = 24; // in each round
    static constexpr int MaxRounds = 4;
    // The chance of calling a flat rate growth, over all rounds together
    // (each look is tested at Alpha / MaxRounds).
    static constexpr double Alpha = 0.01;
    // Growth smaller than this, from alone to the most at once, is no load
    // problem worth the name; flat is decided when the 99% bound on growth
    // is below it.
    static constexpr double MaterialGrowth = 0.2;

    enum class Pattern { None, GrowsWithLoad, Random };
    struct Verdict
    {
        Pattern pattern = Pattern::None;
        bool decided = true;     // false: more connections were needed to tell
        double pValue = 1;       // of the trend test for growth
    };
    // The pattern in resets counted at each level (levels() order).
    static Verdict classify(const QList<Proportion> &perLevel);
    // The same over every abnormal end (reset, closed without an answer,
    // no answer in time, ...): a server that closes or stops answering
    // under load is as overloaded as one that resets. Growth in resets
    // wins; else growth in all abnormal ends; else the resets' pattern.
    static Verdict classify(const QList<Proportion> &resets, const QList<Proportion> &abnormal, bool *abnormalGrew);
    // How connections that ended this way (an outcome's wire name) ended, in words.
    static QString endWords(const QString &outcome);

protected:
    void run() override;
    void probesFinished(const QList<ProbeResult> &results) override;
    CheckResult resultSoFar() const override;

private:
    void runLevel();
    bool anotherRoundFits() const;

    int m_level = 0;
    int m_round = 0;
    QList<Proportion> m_resets; // per level, every round so far
    QList<Proportion> m_abnormal; // per level: every end but a normal answer
    QList<QMap<QString, int>> m_ends; // per level: how many ended each way, by outcome
    QStringList m_details;
    QElapsedTimer m_clock;
    qint64 m_roundMs = 0; // how long the last round took
    int m_resetsInTls = 0;
    int m_otherEnds = 0; // neither answered nor reset: timeouts, endless or garbled answers
};

#endif // CDOC_INTERMITTENTRESETEXPERIMENT_H
