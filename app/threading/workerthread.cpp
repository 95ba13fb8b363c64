#include "workerthread.h"

#include <QtNetwork/QSslSocket>

WorkerThread::WorkerThread(QObject *worker, const QString &name)
{
    // The OS thread takes this name, which helps in a debugger and lets the
    // benchmark find the worker's CPU time.
    loadTlsBackendFirst();
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

void WorkerThread::loadTlsBackendFirst()
{
    static const bool loaded = QSslSocket::supportsSsl();
    Q_UNUSED(loaded);
}
