#include "probingcheck.h"

void ProbingCheck::runProbes(const QList<ProbeSpec> &specs, const ProbeSchedule &schedule)
{
    if (!m_worker) {
        m_worker = new ProbeWorker(this);
        connect(m_worker, &ProbeWorker::probeFinished, this, [this](const ProbeResult &r) {
            m_results.append(r);
            if (!isFinished())
                probeFinished(r);
        });
        connect(m_worker, &ProbeWorker::runFinished, this, &ProbingCheck::handleRunFinished);
    }
    m_results.clear();
    m_worker->run(specs, schedule);
}

void ProbingCheck::handleRunFinished(bool cancelled)
{
    if (cancelled || isFinished())
        return;
    std::sort(m_results.begin(), m_results.end(),
              [](const ProbeResult &a, const ProbeResult &b) { return a.id < b.id; });
    probesFinished(m_results);
}

void ProbingCheck::stopProbes()
{
    if (m_worker)
        m_worker->cancel();
}

void ProbingCheck::cancel()
{
    Check::cancel();
    if (m_worker)
        m_worker->cancel();
}

ProbeSpec ProbingCheck::spec(Vocabulary::ProbeKind kind, const Target &target) const
{
    return context().probeSpec(kind, target);
}
