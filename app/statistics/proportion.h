#ifndef CDOC_PROPORTION_H
#define CDOC_PROPORTION_H

#include <QtCore/QJsonArray>
#include <QtCore/QString>

// How many of a number of tries ended some way (reset, say), with the range
// the true share lies in. A share read from 24 connections is a guess; the
// interval says how good a guess, so that words like "every" or "a third"
// never claim more than was seen.
struct Proportion
{
    int events = 0;
    int trials = 0;

    struct Interval
    {
        double low = 0;
        double high = 1;
        QJsonArray toJson() const { return {low, high}; }
    };

    double share() const { return trials > 0 ? double(events) / trials : 0; }
    // A share as whole percent for words: one that rounds to 0 but is not
    // zero is "<1", never "0".
    static QString percentText(double share);
    bool all() const { return trials > 0 && events == trials; }
    bool none() const { return events == 0; }

    // The Wilson score interval at 95%: unlike the textbook p ± 1.96·SE it
    // stays inside [0, 1] and keeps its coverage for small counts and for
    // shares near 0 or 1 (Brown, Cai and DasGupta, Statistical Science 2001).
    Interval wilson(double z = Z95) const;

    Proportion &operator+=(const Proportion &other)
    {
        events += other.events;
        trials += other.trials;
        return *this;
    }

    static constexpr double Z95 = 1.959963984540054;
};

#endif // CDOC_PROPORTION_H
