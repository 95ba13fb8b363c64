#include "probeworker.h"

#include "probe.h"

ProbeWorker::ProbeWorker(QObject *parent)
    : QObject(parent)
    , m_paceTimer(this) // a child, so moveToThread() takes it along
{
    m_paceTimer.setSingleShot(true);
    connect(&m_paceTimer, &QTimer::timeout, this, &ProbeWorker::startDue);
}

ProbeWorker::~ProbeWorker()
{
    for (auto &[id, probe] : m_active)
        probe->abort();
}

void ProbeWorker::run(const QList<ProbeSpec> &specs, const ProbeSchedule &schedule)
{
    if (m_running)
        endRun(true);
    m_queue = specs;
    m_next = 0;
    m_schedule = schedule;
    m_schedule.concurrency = qMax(1, schedule.concurrency);
    m_running = true;
    // The pace carries over from the last run: a monitor that probes in
    // consecutive runs keeps its steady interval across their seams.
    if (m_queue.isEmpty()) {
        endRun(false);
        return;
    }
    startDue();
}

void ProbeWorker::cancel()
{
    if (m_running)
        endRun(true);
}

void ProbeWorker::startDue()
{
    while (m_running && m_next < m_queue.size()
           && qsizetype(m_active.size()) < m_schedule.concurrency) {
        if (m_schedule.intervalMs > 0 && m_sinceLastStart.isValid()) {
            const qint64 wait = m_schedule.intervalMs - m_sinceLastStart.elapsed();
            if (wait > 0) {
                m_paceTimer.start(int(wait));
                return;
            }
        }
        const int id = int(m_next);
        auto *probe = new Probe(id, m_queue.at(m_next), this);
        ++m_next;
        m_active.emplace(id, probe);
        connect(probe, &Probe::finished, this, &ProbeWorker::handleProbeFinished);
        m_sinceLastStart.start();
        probe->start();
    }
}

void ProbeWorker::handleProbeFinished(const ProbeResult &result)
{
    const auto it = m_active.find(result.id);
    if (it == m_active.end())
        return;
    // finished() is emitted from inside the probe's socket handlers.
    it->second->deleteLater();
    m_active.erase(it);
    Q_EMIT probeFinished(result);
    if (!m_running)
        return;
    if (m_next >= m_queue.size() && m_active.empty())
        endRun(false);
    else
        startDue();
}

void ProbeWorker::endRun(bool cancelled)
{
    m_running = false;
    m_paceTimer.stop();
    for (auto &[id, probe] : m_active) {
        probe->abort();
        probe->deleteLater();
    }
    m_active.clear();
    m_queue.clear();
    m_next = 0;
    Q_EMIT runFinished(cancelled);
}
