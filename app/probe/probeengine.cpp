#include "probeengine.h"

#include "probe/metatypes.h"

ProbeEngine::ProbeEngine(QObject *parent)
    : QObject(parent)
    , m_worker((registerCoreMetaTypes(), new ProbeWorker))
    , m_workerThread(m_worker, QStringLiteral("ProbeWorker"))
{
    connect(m_worker, &ProbeWorker::probeFinished, this, &ProbeEngine::handleProbeFinished,
            Qt::QueuedConnection);
    connect(m_worker, &ProbeWorker::runFinished, this, &ProbeEngine::handleRunFinished,
            Qt::QueuedConnection);
}

ProbeEngine::~ProbeEngine() = default;

void ProbeEngine::start(const QList<ProbeSpec> &specs, const ProbeSchedule &schedule)
{
    if (m_running)
        cancel();
    m_done = 0;
    m_total = int(specs.size());
    m_running = true;
    ++m_runsPending;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, specs, schedule] {
        worker->run(specs, schedule);
    }, Qt::QueuedConnection);
}

void ProbeEngine::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    QMetaObject::invokeMethod(m_worker, &ProbeWorker::cancel, Qt::QueuedConnection);
    Q_EMIT finished(true);
}

void ProbeEngine::handleProbeFinished(const ProbeResult &result)
{
    // Results already in the queue when the user cancelled are dropped:
    // after finished(true) nothing more arrives.
    if (!m_running || m_runsPending > 1)
        return;
    ++m_done;
    Q_EMIT probeFinished(result);
    Q_EMIT progressChanged(m_done, m_total);
}

void ProbeEngine::handleRunFinished(bool cancelled)
{
    --m_runsPending;
    if (m_runsPending > 0 || !m_running)
        return;
    m_running = false;
    Q_EMIT finished(cancelled);
}
