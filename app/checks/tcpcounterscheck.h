#ifndef CDOC_TCPCOUNTERSCHECK_H
#define CDOC_TCPCOUNTERSCHECK_H

#include "check.h"
#include "tcpcounters.h"

#include <QtCore/QTimer>

// counters.tcp: samples the system's own TCP reset and failure counters
// over a few seconds, without sending anything, so resets that any program
// on this computer meets show up, not only ours.
class TcpCountersCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    QString id() const override { return QStringLiteral("counters.tcp"); }
    void cancel() override;
    Schedule schedule() const override { return Schedule::Quiet; }

protected:
    void run() override;
    CheckResult resultSoFar() const override;

private:
    void sample();
    CheckResult summarise() const;

    QList<TcpCounterSnapshot> m_samples;
    QTimer m_timer;
};

#endif // CDOC_TCPCOUNTERSCHECK_H
