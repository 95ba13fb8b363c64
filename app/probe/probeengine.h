#ifndef CDOC_PROBEENGINE_H
#define CDOC_PROBEENGINE_H

#include "probespec.h"
#include "proberesult.h"
#include "probeworker.h"

#include "threading/workerthread.h"

#include <QtCore/QObject>

// The probe engine as the rest of the app sees it: owned by the GUI (or the
// headless runner) thread, it runs probes on its own worker thread and
// reports each result by a queued signal. Nothing here blocks on the
// network; cancel() stops every probe within one pass of the worker's
// event loop.
class ProbeEngine : public QObject
{
    Q_OBJECT

public:
    explicit ProbeEngine(QObject *parent = nullptr);
    ~ProbeEngine() override;

    // Starts a batch; a batch still running is cancelled first.
    void start(const QList<ProbeSpec> &specs, const ProbeSchedule &schedule = {});
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void probeFinished(const ProbeResult &result);
    void progressChanged(int done, int total);
    void finished(bool cancelled);

private:
    void handleProbeFinished(const ProbeResult &result);
    void handleRunFinished(bool cancelled);

    ProbeWorker *m_worker = nullptr; // lives in m_workerThread, which deletes it
    WorkerThread m_workerThread;
    int m_done = 0;
    int m_total = 0;
    int m_runsPending = 0; // runFinished() answers still to come
    bool m_running = false;
};

#endif // CDOC_PROBEENGINE_H
