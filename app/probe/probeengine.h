#ifndef CDOC_PROBEENGINE_H
#define CDOC_PROBEENGINE_H

#include "probespec.h"
#include "proberesult.h"
#include "probeworker.h"

#include <QtCore/QObject>
#include <QtCore/QThread>

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

    QThread m_thread;
    ProbeWorker *m_worker = nullptr; // lives in m_thread, deleted when it ends
    int m_done = 0;
    int m_total = 0;
    int m_runsPending = 0; // runFinished() answers still to come
    bool m_running = false;
};

#endif // CDOC_PROBEENGINE_H
