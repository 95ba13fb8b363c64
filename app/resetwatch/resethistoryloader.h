#ifndef CDOC_RESETHISTORYLOADER_H
#define CDOC_RESETHISTORYLOADER_H

#include "resethistory.h"
#include "threading/workerthread.h"

#include <QtCore/QObject>

// Reads the background watch's log (ResetHistory) in a thread of its own:
// up to 32 MiB of lines would hold the window still for a second or more.
// A read asked for while another runs supersedes it: only the last one
// asked for is told.
class ResetHistoryLoader : public QObject
{
    Q_OBJECT

public:
    explicit ResetHistoryLoader(QObject *parent = nullptr);
    ~ResetHistoryLoader() override;

    // Reads the resets at or after sinceMs (epoch ms) from the directory;
    // loaded() follows.
    void load(const QString &directory, qint64 sinceMs);
    bool isLoading() const { return m_pending > 0; }

Q_SIGNALS:
    void loaded(const ResetHistory &history);

private:
    void handleRead(const ResetHistory &history, int generation);

    class Worker;
    Worker *m_worker; // owned by m_thread, lives there
    WorkerThread m_thread;
    int m_generation = 0;
    int m_pending = 0;
};

#endif // CDOC_RESETHISTORYLOADER_H
