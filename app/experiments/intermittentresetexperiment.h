#ifndef CDOC_INTERMITTENTRESETEXPERIMENT_H
#define CDOC_INTERMITTENTRESETEXPERIMENT_H

#include "checks/probingcheck.h"

// experiments.intermittent-resets: bursts of exchanges at rising
// concurrency. Resets that grow with load point at an overloaded or
// rate-limiting server; resets at about the same rate at every level point
// at an unstable network.
class IntermittentResetExperiment : public ProbingCheck
{
    Q_OBJECT

public:
    using ProbingCheck::ProbingCheck;
    QString id() const override { return QStringLiteral("experiments.intermittent-resets"); }
    Schedule schedule() const override { return Schedule::Exclusive; }

    static QList<int> levels() { return {1, 4, 16}; }
    static constexpr int ProbesPerLevel = 24;

    enum class Pattern { None, GrowsWithLoad, Random };
    // The pattern in reset rates measured at rising concurrency.
    static Pattern classify(const QList<double> &resetRates);

protected:
    void run() override;
    void probesFinished(const QList<ProbeResult> &results) override;
    CheckResult resultSoFar() const override;

private:
    void runLevel();

    int m_level = 0;
    QList<double> m_rates;
    QStringList m_details;
};

#endif // CDOC_INTERMITTENTRESETEXPERIMENT_H
