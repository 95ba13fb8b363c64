#include "trendtest.h"

#include <QtCore/QtMath>

#include <cmath>

double TrendTest::growthPValue(const QList<Proportion> &groups, const QList<double> &scores)
{
    Q_ASSERT(groups.size() == scores.size());
    Proportion total;
    for (const Proportion &g : groups)
        total += g;
    if (groups.size() < 2 || total.events == 0 || total.events == total.trials)
        return 1;
    const double pBar = total.share();
    double t = 0, sumT2N = 0, sumTN = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const double n = groups.at(i).trials;
        t += scores.at(i) * (groups.at(i).events - n * pBar);
        sumT2N += scores.at(i) * scores.at(i) * n;
        sumTN += scores.at(i) * n;
    }
    const double variance = pBar * (1 - pBar) * (sumT2N - sumTN * sumTN / total.trials);
    if (variance <= 0)
        return 1;
    const double z = t / qSqrt(variance);
    // Upper tail of the standard normal.
    return 0.5 * std::erfc(z / M_SQRT2);
}

double TrendTest::growthUpperBound(const Proportion &first, const Proportion &last, double z)
{
    const double n1 = first.trials + 2, n2 = last.trials + 2;
    const double p1 = (first.events + 1) / n1, p2 = (last.events + 1) / n2;
    return (p2 - p1) + z * qSqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
}
