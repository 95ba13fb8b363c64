#ifndef CDOC_WORKERTHREAD_H
#define CDOC_WORKERTHREAD_H

#include <QtCore/QObject>
#include <QtCore/QThread>

// Runs one worker object in a thread of its own, the pattern of Qt's
// threaded examples: the worker is moved into the thread, talked to by
// queued calls, and deleted in its own thread when this object is
// destroyed (which stops the thread and waits for it).
class WorkerThread
{
public:
    // Takes ownership of `worker`, which must have no parent.
    WorkerThread(QObject *worker, const QString &name);
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    // Loads the TLS backend in the calling thread, once; call it before
    // starting a thread that may use TLS. Why: with MinGW's GCC 12 a worker
    // thread that is the first to load Qt's Schannel plugin creates Qt
    // thread-locals (the regular expression JIT stack) that winpthread
    // destroys after their emulated storage is freed when the thread ends;
    // the crash there is swallowed but leaves winpthread's key lock held,
    // and the process then hangs in exit (seen under Wine 8). Loaded by the
    // main thread first, those thread-locals are the main thread's.
    static void loadTlsBackendFirst();

private:
    QThread m_thread;
};

#endif // CDOC_WORKERTHREAD_H
