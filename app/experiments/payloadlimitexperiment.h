#ifndef CDOC_PAYLOADLIMITEXPERIMENT_H
#define CDOC_PAYLOADLIMITEXPERIMENT_H

#include "checks/probingcheck.h"

// experiments.payload-limit: the request size at which the target resets,
// found with a logarithmic number of uploads: doubling until one is
// refused, then halving the gap until it is within 5% (Precision). A size
// counts as refused only if a second try is refused too, so that a server
// that resets at random is not taken for one with a size limit.
class PayloadLimitExperiment : public ProbingCheck
{
    Q_OBJECT

public:
    using ProbingCheck::ProbingCheck;
    QString id() const override { return QStringLiteral("experiments.payload-limit"); }
    Schedule schedule() const override { return Schedule::Exclusive; }

    static constexpr qint64 FirstBytes = 16 * 1024;
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024; // kind to real servers
    static constexpr double Precision = 0.04; // within 5%, with room to spare

protected:
    void run() override;
    void probesFinished(const QList<ProbeResult> &results) override;
    CheckResult resultSoFar() const override;

private:
    void tryNext();
    bool rejected(const ProbeResult &r) const;
    static Vocabulary::Rejection rejectionOf(const ProbeResult &r);

    qint64 m_largestAccepted = 0;
    qint64 m_smallestRejected = 0; // 0 = none yet
    qint64 m_trying = 0;
    int m_uploads = 0;
    bool m_confirming = false; // trying a rejected size again
    int m_randomRejections = 0;
    bool m_answeredUntaken = false; // answered before the peer took the body
    // How the smallest refused size was turned away: words for a 413
    // answer are not words for a connection cut halfway.
    Vocabulary::Rejection m_rejectedBy = Vocabulary::Rejection::Reset;
    QStringList m_details;
};

#endif // CDOC_PAYLOADLIMITEXPERIMENT_H
