#include "downsampler.h"

#include <algorithm>

QList<QPointF> Downsampler::maxima(const QList<Timeline::Bucket> &buckets, Vocabulary::Outcome outcome,
                                   qint64 fromMs, qint64 toMs, int maxPoints)
{
    QList<QPointF> points;
    if (buckets.isEmpty() || toMs <= fromMs || maxPoints < 1)
        return points;
    // The buckets are sorted by start: find the window by binary search.
    auto first = std::lower_bound(buckets.cbegin(), buckets.cend(), fromMs,
                                  [](const Timeline::Bucket &b, qint64 t) { return b.startMs < t; });
    auto last = std::lower_bound(first, buckets.cend(), toMs,
                                 [](const Timeline::Bucket &b, qint64 t) { return b.startMs < t; });
    const qsizetype n = last - first;
    if (n <= 0)
        return points;
    const qsizetype perPoint = (n + maxPoints - 1) / maxPoints;
    points.reserve(n / perPoint + 1);
    for (auto it = first; it < last; it += perPoint) {
        const auto end = std::min(it + perPoint, last);
        quint32 peak = 0;
        for (auto b = it; b < end; ++b)
            peak = std::max(peak, b->count(outcome));
        points.append(QPointF(double(it->startMs), double(peak)));
    }
    return points;
}
