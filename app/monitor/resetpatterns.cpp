#include "resetpatterns.h"

#include <QtCore/QtMath>

#include <algorithm>

ResetPatterns::Result ResetPatterns::analyse(const QList<qint64> &times, qint64 spanMs)
{
    Result r;
    r.resets = int(times.size());
    // Bursts: windows of BurstWindowMs holding at least BurstCount resets,
    // counted without overlap.
    for (qsizetype i = 0; i + BurstCount - 1 < times.size();) {
        if (times.at(i + BurstCount - 1) - times.at(i) <= BurstWindowMs) {
            ++r.bursts;
            const qint64 end = times.at(i) + BurstWindowMs;
            while (i < times.size() && times.at(i) <= end)
                ++i;
        } else {
            ++i;
        }
    }
    // Period: the intervals between resets all close to their median.
    if (times.size() >= MinimumForPeriod) {
        QList<qint64> gaps;
        for (qsizetype i = 1; i < times.size(); ++i)
            gaps << times.at(i) - times.at(i - 1);
        QList<qint64> sorted = gaps;
        std::sort(sorted.begin(), sorted.end());
        const double median = sorted.at(sorted.size() / 2);
        // A timer cuts connections seconds or minutes apart; resets a few
        // hundred milliseconds apart are a flood, not a period.
        r.periodic = r.bursts == 0 && median >= MinimumPeriodMs && std::all_of(gaps.cbegin(), gaps.cend(), [median](qint64 g) {
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
