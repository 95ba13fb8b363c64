#include "resethistoryloader.h"

#include <QtCore/QMetaObject>

class ResetHistoryLoader::Worker : public QObject
{
    Q_OBJECT

public:
    void read(const QString &directory, qint64 sinceMs, int generation)
    {
        ResetHistory history(directory);
        history.read(sinceMs);
        Q_EMIT done(history, generation);
    }

Q_SIGNALS:
    void done(const ResetHistory &history, int generation);
};

ResetHistoryLoader::ResetHistoryLoader(QObject *parent)
    : QObject(parent)
    , m_worker(new Worker)
    , m_thread(m_worker, QStringLiteral("cdoc-history"))
{
    connect(m_worker, &Worker::done, this, &ResetHistoryLoader::handleRead, Qt::QueuedConnection);
}

// m_thread's destructor stops the thread once a read under way is done.
ResetHistoryLoader::~ResetHistoryLoader() = default;

void ResetHistoryLoader::load(const QString &directory, qint64 sinceMs)
{
    ++m_pending;
    const int generation = ++m_generation;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, directory, sinceMs, generation] {
        worker->read(directory, sinceMs, generation);
    }, Qt::QueuedConnection);
}

void ResetHistoryLoader::handleRead(const ResetHistory &history, int generation)
{
    --m_pending;
    // An older read, overtaken by a newer request: not what was asked for now.
    if (generation != m_generation)
        return;
    Q_EMIT loaded(history);
}

#include "resethistoryloader.moc"
