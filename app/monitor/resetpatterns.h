#ifndef CDOC_RESETPATTERNS_H
#define CDOC_RESETPATTERNS_H

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

// Reads the moments of resets for the patterns that explain them: a steady
// interval (something cuts connections on a timer, or every Nth one),
// bursts (many in a short time, typical of overload or rate limiting), or
// neither.
class ResetPatterns
{
    Q_DECLARE_TR_FUNCTIONS(ResetPatterns)

public:
    struct Result
    {
        int resets = 0;
        bool periodic = false;
        double periodMs = 0;    // when periodic
        int bursts = 0;         // runs of BurstCount resets within BurstWindowMs
        QString sentence;       // "12 resets in the last 10 minutes, about one every 50 seconds"
    };

    static constexpr int MinimumForPeriod = 4;
    static constexpr double PeriodTolerance = 0.2; // spread of the intervals, relative
    // A burst: BurstCount or more resets in a row, over within BurstWindowMs.
    static constexpr int BurstCount = 5;
    static constexpr qint64 BurstWindowMs = 10000;

    // `resetTimesMs` sorted, over a window of `spanMs`, from probes made
    // every `probeIntervalMs` (a period must span at least two of them, or
    // it is merely every probe failing).
    static Result analyse(const QList<qint64> &resetTimesMs, qint64 spanMs, qint64 probeIntervalMs = 1000);
};

#endif // CDOC_RESETPATTERNS_H
