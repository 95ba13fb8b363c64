#ifndef CDOC_CHECKRUNNER_H
#define CDOC_CHECKRUNNER_H

#include "checkcontext.h"
#include "checkresult.h"

#include <QtCore/QSet>
#include <QtCore/QObject>
#include <QtCore/QTimer>

class Check;

// Runs environment checks inside the worker thread, in the order their
// schedule asks for (see Check::Schedule). The
// whole run is bounded by the context's budget: a check still busy (or not
// yet started) when the time is up reports what it has (Check::expire()).
class CheckRunner : public QObject
{
    Q_OBJECT

public:
    explicit CheckRunner(QObject *parent = nullptr);
    ~CheckRunner() override;

public Q_SLOTS:
    void run(const QStringList &groups, const CheckContext &context);
    void cancel();

Q_SIGNALS:
    void checkFinished(const CheckResult &result);
    void checkProgress(const QString &id, double fraction);
    void runFinished(bool cancelled);

private:
    void startDue();
    void handleFinished(Check *check, const CheckResult &result);
    void expireAll();
    void clear();

    QList<Check *> m_running; // children of this runner
    QSet<Check *> m_started;
    QTimer m_budget;
};

#endif // CDOC_CHECKRUNNER_H
