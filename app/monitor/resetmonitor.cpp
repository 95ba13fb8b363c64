#include "resetmonitor.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

namespace {
// Probes per engine run: long enough to keep the pace steady, short
// enough that the duration is kept to within a batch.
constexpr int BatchSize = 30;
} // namespace

ResetMonitor::ResetMonitor(QObject *parent)
    : QObject(parent)
{
    connect(&m_engine, &ProbeEngine::probeFinished, this, [this](const ProbeResult &r) {
        m_timeline.add(r);
        if (r.outcome == Vocabulary::Outcome::Reset)
            m_resetTimes << r.startedAt.toMSecsSinceEpoch();
        // Only the resets of the time the timeline keeps (a day): older ones
        // have left the chart and the report, and a monitor left running
        // for a week would otherwise keep every one.
        const qint64 keptFromMs = m_timeline.buckets().constFirst().startMs;
        while (!m_resetTimes.isEmpty() && m_resetTimes.constFirst() < keptFromMs)
            m_resetTimes.removeFirst();
        if (m_logging && m_running) // a late result after stop() has no open log
            m_log.append(r);
        Q_EMIT sampleAdded(r);
        if (m_durationMs > 0 && m_clock.elapsed() >= m_durationMs)
            stop();
    });
    connect(&m_engine, &ProbeEngine::finished, this, &ResetMonitor::handleBatchFinished);
}

bool ResetMonitor::start(const ProbeSpec &spec, int intervalMs, qint64 durationMs, const QString &logPath, QString *error)
{
    m_spec = spec;
    m_intervalMs = qMax(10, intervalMs);
    m_durationMs = durationMs;
    m_logging = !logPath.isEmpty();
    if (m_logging && !m_log.open(logPath, error))
        return false;
    m_running = true;
    m_paused = false;
    m_clock.start();
    m_events.start();
    nextBatch();
    return true;
}

void ResetMonitor::nextBatch()
{
    if (!m_running || m_paused)
        return;
    int count = BatchSize;
    if (m_durationMs > 0)
        count = int(qBound<qint64>(1, (m_durationMs - m_clock.elapsed()) / m_intervalMs + 1, qint64(BatchSize)));
    m_engine.start(QList<ProbeSpec>(count, m_spec), ProbeSchedule{1, m_intervalMs});
}

void ResetMonitor::handleBatchFinished(bool cancelled)
{
    if (!m_running)
        return;
    if (m_durationMs > 0 && m_clock.elapsed() >= m_durationMs) {
        stop();
        return;
    }
    if (!cancelled)
        nextBatch();
}

void ResetMonitor::pause()
{
    if (!m_running || m_paused)
        return;
    m_paused = true;
    m_engine.cancel();
}

void ResetMonitor::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    nextBatch();
}

void ResetMonitor::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_events.stop();
    m_engine.cancel();
    m_log.close();
    Q_EMIT finished();
}

ResetPatterns::Result ResetMonitor::patterns() const
{
    // Over what the timeline keeps, as the reset times are.
    return ResetPatterns::analyse(m_resetTimes, qMin(m_clock.isValid() ? m_clock.elapsed() : 0, m_timeline.spanMs()), m_intervalMs);
}

CheckResult ResetMonitor::patternsCheck() const
{
    const ResetPatterns::Result p = patterns();
    CheckResult r;
    r.id = QStringLiteral("monitor.patterns");
    r.status = p.resets > 0 ? Vocabulary::CheckStatus::Warn : Vocabulary::CheckStatus::Pass;
    r.summary = p.sentence;
    r.data = {{QStringLiteral("resets"), p.resets}, {QStringLiteral("periodic"), p.periodic},
              {QStringLiteral("period_ms"), p.periodMs}, {QStringLiteral("bursts"), p.bursts}};
    // Network events, and the resets that came within half a minute after
    // one: the event may be their cause.
    QJsonArray events;
    int following = 0;
    for (const NetworkEvent &e : m_events.events()) {
        events.append(QJsonObject{{QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(e.atMs).toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("kind"), e.kind}, {QStringLiteral("subject"), e.subject}});
        for (qint64 t : m_resetTimes)
            following += t >= e.atMs && t - e.atMs <= FollowingEventMs;
        r.details << QStringLiteral("%1 %2 at %3").arg(e.kind, e.subject, QDateTime::fromMSecsSinceEpoch(e.atMs).toString(Qt::ISODate));
    }
    r.data.insert(QStringLiteral("events"), events);
    r.data.insert(QStringLiteral("resets_after_events"), following);
    return r;
}
