#include "proportion.h"

#include <QtCore/QtMath>

QString Proportion::percentText(double share)
{
    const int percent = qRound(share * 100);
    return share > 0 && percent == 0 ? QStringLiteral("<1") : QString::number(percent);
}

Proportion::Interval Proportion::wilson(double z) const
{
    if (trials <= 0)
        return {0, 1};
    const double n = trials;
    const double p = share();
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z / (1 + z2 / n) * qSqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // Exact at the ends: with no event the low end is 0, with all the high is 1.
    return {events == 0 ? 0.0 : qMax(0.0, centre - half), events == trials ? 1.0 : qMin(1.0, centre + half)};
}
