#ifndef CDOC_CHECKENGINE_H
#define CDOC_CHECKENGINE_H

#include "checkcontext.h"
#include "checkresult.h"
#include "threading/workerthread.h"

#include <QtCore/QObject>

class CheckRunner;

// The environment checks as the GUI and the headless mode see them: owned
// by the caller's thread, run on a worker thread, results by queued signals.
class CheckEngine : public QObject
{
    Q_OBJECT

public:
    explicit CheckEngine(QObject *parent = nullptr);
    ~CheckEngine() override;

    void start(const QStringList &groups, CheckContext context);
    void cancel();
    bool isRunning() const { return m_running; }

    // What QNetworkInformation says, read here on the caller's (main)
    // thread, where that singleton belongs.
    static OsNetworkVerdict readOsVerdict();

Q_SIGNALS:
    void checkFinished(const CheckResult &result);
    void checkProgress(const QString &id, double fraction);
    void finished(bool cancelled);

private:
    CheckRunner *m_runner; // lives in m_workerThread, which deletes it
    WorkerThread m_workerThread;
    int m_runsPending = 0;
    bool m_running = false;
};

#endif // CDOC_CHECKENGINE_H
