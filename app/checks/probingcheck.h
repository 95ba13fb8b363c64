#ifndef CDOC_PROBINGCHECK_H
#define CDOC_PROBINGCHECK_H

#include "check.h"
#include "probe/proberesult.h"
#include "probe/probespec.h"
#include "probe/probeworker.h"

// A check that decides from probes it runs: it hands a batch to a
// ProbeWorker in its own thread and gets all results back at once.
class ProbingCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    void cancel() override;

protected:
    void runProbes(const QList<ProbeSpec> &specs, const ProbeSchedule &schedule = {});
    // All results of the batch, ordered as the specs were.
    virtual void probesFinished(const QList<ProbeResult> &results) = 0;
    // Each result as it comes, for checks that decide early.
    virtual void probeFinished(const ProbeResult &) { }
    // Ends the batch now; probesFinished() is not called for it.
    void stopProbes();
    // A spec for this check's context: timeout and certificate policy set.
    ProbeSpec spec(Vocabulary::ProbeKind kind, const Target &target) const;

private:
    void handleRunFinished(bool cancelled);

    ProbeWorker *m_worker = nullptr;
    QList<ProbeResult> m_results;
};

#endif // CDOC_PROBINGCHECK_H
