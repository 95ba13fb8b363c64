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

private:
    QThread m_thread;
};

#endif // CDOC_WORKERTHREAD_H
