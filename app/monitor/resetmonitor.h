#ifndef CDOC_RESETMONITOR_H
#define CDOC_RESETMONITOR_H

#include "monitorlog.h"
#include "networkeventwatcher.h"
#include "probe/probeengine.h"
#include "resetpatterns.h"
#include "checks/checkresult.h"
#include "timeline.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>

// Probes the target at a steady pace on the engine's worker thread, counts
// how each connection ended in a Timeline, and appends every sample to a
// MonitorLog as it comes. Can run in the background, be paused and resumed,
// and stop by itself after a given duration.
class ResetMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ResetMonitor(QObject *parent = nullptr);

    // durationMs 0: until stop(). logPath empty: no log on disk.
    bool start(const ProbeSpec &spec, int intervalMs, qint64 durationMs, const QString &logPath, QString *error);
    void pause();
    void resume();
    void stop();
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }

    const Timeline &timeline() const { return m_timeline; }
    // Network events seen while watching: markers on the chart, evidence
    // for resets that follow them.
    const QList<NetworkEvent> &events() const { return m_events.events(); }
    ResetPatterns::Result patterns() const;
    static constexpr qint64 FollowingEventMs = 30000;
    // The patterns as evidence for the diagnosis ("monitor.patterns").
    CheckResult patternsCheck() const;

Q_SIGNALS:
    void sampleAdded(const ProbeResult &result);
    void finished();

private:
    void nextBatch();
    void handleBatchFinished(bool cancelled);

    ProbeEngine m_engine;
    Timeline m_timeline;
    NetworkEventWatcher m_events;
    MonitorLog m_log;
    ProbeSpec m_spec;
    QList<qint64> m_resetTimes;
    QElapsedTimer m_clock;
    qint64 m_durationMs = 0;
    int m_intervalMs = 1000;
    bool m_logging = false;
    bool m_running = false;
    bool m_paused = false;
};

#endif // CDOC_RESETMONITOR_H
