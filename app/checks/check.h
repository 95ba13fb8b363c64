#ifndef CDOC_CHECK_H
#define CDOC_CHECK_H

#include "checkcontext.h"
#include "checkresult.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>

// One environment check. Lives in the check worker's thread, never blocks,
// and ends with exactly one finished() signal (never from inside start()).
class Check : public QObject
{
    Q_OBJECT

public:
    explicit Check(const CheckContext &context, QObject *parent = nullptr);

    // "<group>.<name>", the id reports and the diagnosis use.
    virtual QString id() const = 0;
    void start();
    // Stops any network work at once; finished() is not emitted after it.
    virtual void cancel();
    bool isFinished() const { return m_finished; }
    // When a check may run. Concurrent checks start together; exclusive
    // ones (experiments that load the target) then one at a time, so they
    // do not disturb each other; quiet ones (watching the system's own
    // counters) last, so as not to count our own probes.
    enum class Schedule { Concurrent, Exclusive, Quiet };
    virtual Schedule schedule() const { return Schedule::Concurrent; }
    // Ends a check whose time is up: stops it and finishes with what it
    // has found so far (resultSoFar()).
    void expire();

Q_SIGNALS:
    void finished(const CheckResult &result);
    // For long checks (the experiments): how far along, from 0 to 1.
    void progressChanged(double fraction);

protected:
    virtual void run() = 0;
    // By default: that the check did not finish in time.
    virtual CheckResult resultSoFar() const;
    void finish(CheckResult result);
    CheckResult result(Vocabulary::CheckStatus status, const QString &summary,
                       const QStringList &details = {}) const;
    const CheckContext &context() const { return m_context; }

private:
    CheckContext m_context;
    QElapsedTimer m_clock;
    bool m_finished = false;
};

#endif // CDOC_CHECK_H
