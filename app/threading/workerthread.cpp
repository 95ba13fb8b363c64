#include "workerthread.h"

#include "probe/tlsbackend.h"

WorkerThread::WorkerThread(QObject *worker, const QString &name)
{
    TlsBackend::loadFirst(); // before the thread: see there
    // The OS thread takes this name, which helps in a debugger and lets the
    // benchmark find the worker's CPU time.
    m_thread.setObjectName(name);
    worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    m_thread.quit();
    m_thread.wait();
}

