#ifndef CDOC_TRENDTEST_H
#define CDOC_TRENDTEST_H

#include "proportion.h"

#include <QtCore/QList>

// Does a share grow along ordered groups (resets at 1, 4 and 16
// connections at once)? The Cochran–Armitage test for trend in
// proportions, one-sided: the chance of growth at least this strong if the
// share were in truth the same at every level. Two levels that differ by
// chance (5 of 24 alone, 11 of 24 with sixteen) are not a trend.
class TrendTest
{
public:
    // scores: one per group, increasing (for concurrency, its logarithm).
    // Returns 1 when there is nothing to test (one group, no event, every
    // try an event).
    static double growthPValue(const QList<Proportion> &groups, const QList<double> &scores);

    // The upper end of a one-sided confidence bound on how much larger the
    // last group's share is than the first's (Wald, with Agresti–Caffo's
    // added successes and failures, which keeps it honest for small
    // counts): below a margin, growth that matters is ruled out.
    static double growthUpperBound(const Proportion &first, const Proportion &last, double z);
};

#endif // CDOC_TRENDTEST_H
