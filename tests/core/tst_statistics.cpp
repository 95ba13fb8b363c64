// The numbers behind the words: rates with their intervals, and when
// resets that differ between load levels are a trend and when chance.

#include "experiments/intermittentresetexperiment.h"
#include "statistics/proportion.h"
#include "statistics/trendtest.h"

#include <QtTest/QTest>

using Pattern = IntermittentResetExperiment::Pattern;
Q_DECLARE_METATYPE(QList<Proportion>)

class tst_Statistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wilson_data();
    void wilson();
    void trend_data();
    void trend();
    void classify_data();
    void classify();
};

void tst_Statistics::wilson_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("trials");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // Reference values from the closed form (Wilson 1927), z = 1.96.
    QTest::newRow("5 of 24") << 5 << 24 << 0.092448 << 0.404705;
    QTest::newRow("24 of 72") << 24 << 72 << 0.235346 << 0.448204;
    QTest::newRow("none of 10: the low end is 0") << 0 << 10 << 0.0 << 0.277533;
    QTest::newRow("10 of 10: the high end is 1") << 10 << 10 << 0.722467 << 1.0;
    QTest::newRow("nothing tried: anything") << 0 << 0 << 0.0 << 1.0;
}

void tst_Statistics::wilson()
{
    QFETCH(int, events);
    QFETCH(int, trials);
    const Proportion::Interval i = Proportion{events, trials}.wilson();
    QFETCH(double, low);
    QFETCH(double, high);
    QVERIFY2(qAbs(i.low - low) < 1e-5, qPrintable(QString::number(i.low, 'f', 6)));
    QVERIFY2(qAbs(i.high - high) < 1e-5, qPrintable(QString::number(i.high, 'f', 6)));
}

void tst_Statistics::trend_data()
{
    QTest::addColumn<QList<Proportion>>("groups");
    QTest::addColumn<double>("pValue");
    // Two groups: the trend test is the 2x2 chi-square test, one-sided:
    // chi2 = 48 (5*13 - 11*19)^2 / (24*24*16*32) = 3.375, z = 1.837.
    QTest::newRow("5 of 24 against 11 of 24") << QList<Proportion>{{5, 24}, {11, 24}} << 0.033096;
    QTest::newRow("the same share everywhere") << QList<Proportion>{{8, 24}, {8, 24}, {8, 24}} << 0.5;
    QTest::newRow("shrinking shares") << QList<Proportion>{{11, 24}, {5, 24}} << 1 - 0.033096;
    QTest::newRow("no reset at all") << QList<Proportion>{{0, 24}, {0, 24}} << 1.0;
}

void tst_Statistics::trend()
{
    QFETCH(QList<Proportion>, groups);
    QList<double> scores;
    for (qsizetype i = 0; i < groups.size(); ++i)
        scores << double(i);
    QFETCH(double, pValue);
    const double p = TrendTest::growthPValue(groups, scores);
    QVERIFY2(qAbs(p - pValue) < 1e-5, qPrintable(QString::number(p, 'f', 6)));
}

void tst_Statistics::classify_data()
{
    QTest::addColumn<QList<Proportion>>("levels");
    QTest::addColumn<Pattern>("pattern");
    QTest::addColumn<bool>("decided");
    QTest::newRow("nothing reset") << QList<Proportion>{{0, 24}, {0, 24}, {0, 24}} << Pattern::None << true;
    // Issue 13, 2: 21% alone and 46% with sixteen at once, from 24 each,
    // was called overload (85%). Chance can do that; more rounds decide.
    QTest::newRow("21% and 46% from 24 each: not yet decided") << QList<Proportion>{{5, 24}, {8, 24}, {11, 24}} << Pattern::Random << false;
    QTest::newRow("a flat third, many rounds") << QList<Proportion>{{32, 96}, {31, 96}, {33, 96}} << Pattern::Random << true;
    QTest::newRow("clear growth with load") << QList<Proportion>{{2, 24}, {10, 24}, {20, 24}} << Pattern::GrowsWithLoad << true;
    QTest::newRow("growth too small to matter") << QList<Proportion>{{100, 1000}, {110, 1000}, {130, 1000}} << Pattern::Random << true;
}

void tst_Statistics::classify()
{
    QFETCH(QList<Proportion>, levels);
    const IntermittentResetExperiment::Verdict v = IntermittentResetExperiment::classify(levels);
    QTEST(v.pattern, "pattern");
    QTEST(v.decided, "decided");
}

QTEST_GUILESS_MAIN(tst_Statistics)
#include "tst_statistics.moc"
