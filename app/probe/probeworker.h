#ifndef CDOC_PROBEWORKER_H
#define CDOC_PROBEWORKER_H

#include "probespec.h"
#include "proberesult.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <unordered_map>

class Probe;

// How a batch of probes is paced.
struct ProbeSchedule
{
    int concurrency = 1; // probes in flight at once
    int intervalMs = 0;  // at least this long between two probe starts
};
Q_DECLARE_METATYPE(ProbeSchedule)

// Runs batches of probes inside the worker thread: starts them at the
// schedule's pace, forwards each result, and cancels them all on request.
// Everything here happens in the thread the worker lives in; the GUI talks
// to it only through queued calls (see ProbeEngine).
class ProbeWorker : public QObject
{
    Q_OBJECT

public:
    explicit ProbeWorker(QObject *parent = nullptr);
    ~ProbeWorker() override;

public Q_SLOTS:
    void run(const QList<ProbeSpec> &specs, const ProbeSchedule &schedule);
    void cancel();

Q_SIGNALS:
    void probeFinished(const ProbeResult &result);
    void runFinished(bool cancelled);

private:
    void startDue();
    void handleProbeFinished(const ProbeResult &result);
    void endRun(bool cancelled);

    QList<ProbeSpec> m_queue;
    qsizetype m_next = 0;
    ProbeSchedule m_schedule;
    std::unordered_map<int, Probe *> m_active; // children of this worker
    QTimer m_paceTimer;
    QElapsedTimer m_sinceLastStart;
    bool m_running = false;
};

#endif // CDOC_PROBEWORKER_H
