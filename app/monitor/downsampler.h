#ifndef CDOC_DOWNSAMPLER_H
#define CDOC_DOWNSAMPLER_H

#include "timeline.h"

#include <QtCore/QList>
#include <QtCore/QPointF>

// Fits a long timeline into the few hundred points a chart can draw, without
// ever hiding a spike: each display point is the maximum of the buckets it
// stands for, not their mean.
class Downsampler
{
public:
    // Points (x: bucket start in ms since the epoch, y: count) for one
    // outcome over [fromMs, toMs), at most `maxPoints` of them.
    static QList<QPointF> maxima(const QList<Timeline::Bucket> &buckets, Vocabulary::Outcome outcome,
                                 qint64 fromMs, qint64 toMs, int maxPoints);
};

#endif // CDOC_DOWNSAMPLER_H
