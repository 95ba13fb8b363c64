#include "resetpatterns.h"

#include <QtCore/QtMath>

#include <algorithm>

ResetPatterns::Result ResetPatterns::analyse(const QList<qint64> &times, qint64 spanMs, qint64 probeIntervalMs)
{
    Result r;
    r.resets = int(times.size());
    // Bursts: runs of resets to consecutive probes (no probe in between
    // got through), at least BurstCount long, over within BurstWindowMs,
    // and not the whole watch (that is a service that is down). Steady
    // resets of every Nth probe never make one, however frequent.
    const qint64 joined = 2 * qMax<qint64>(1, probeIntervalMs);
    for (qsizetype i = 0; i < times.size();) {
        qsizetype j = i;
        while (j + 1 < times.size() && times.at(j + 1) - times.at(j) <= joined)
            ++j;
        const qint64 length = times.at(j) - times.at(i);
        if (j - i + 1 >= BurstCount && length <= BurstWindowMs && length < spanMs * 8 / 10)
            ++r.bursts;
        i = j + 1;
    }
    // Period: the intervals between resets all close to their median.
    if (times.size() >= MinimumForPeriod) {
        QList<qint64> gaps;
        for (qsizetype i = 1; i < times.size(); ++i)
            gaps << times.at(i) - times.at(i - 1);
        QList<qint64> sorted = gaps;
        std::sort(sorted.begin(), sorted.end());
        const double median = sorted.at(sorted.size() / 2);
        // Every probe failing has the probes' own period: not a pattern.
        r.periodic = r.bursts == 0 && median >= 2 * probeIntervalMs && std::all_of(gaps.cbegin(), gaps.cend(), [median](qint64 g) {
            return qAbs(g - median) <= median * PeriodTolerance;
        });
        if (r.periodic)
            r.periodMs = median;
    }
    const int minutes = qMax(1, qRound(spanMs / 60000.0));
    if (r.resets == 0) {
        r.sentence = tr("No connection was cut off in the last %1 min.").arg(minutes);
    } else if (r.periodic) {
        r.sentence = tr("Cut off connections in the last %1 min: %2, regularly, about one every %3 s.")
                         .arg(minutes).arg(r.resets).arg(qRound(r.periodMs / 1000.0));
    } else if (r.bursts > 0) {
        r.sentence = tr("Cut off connections in the last %1 min: %2, in bursts (%3).")
                         .arg(minutes).arg(r.resets).arg(r.bursts);
    } else {
        r.sentence = tr("Cut off connections in the last %1 min: %2, at irregular times.").arg(minutes).arg(r.resets);
    }
    return r;
}
