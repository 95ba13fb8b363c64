// The reset chart renders offscreen, to an image of the size asked for,
// with the reset series present and its tallest spike drawn, over a full
// day of one-second buckets.

#include "chart/resetchartview.h"

#include <QtCharts/QLineSeries>
#include <QtCore/QRandomGenerator>
#include <QtGui/QImage>
#include <QtTest/QTest>

using Vocabulary::Outcome;

class tst_ResetChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersADayWithItsSpike();
};

void tst_ResetChart::rendersADayWithItsSpike()
{
    Timeline timeline(1000, 86400);
    const qint64 start = 1'800'000'000'000;
    QRandomGenerator random(3);
    for (int s = 0; s < 86400; ++s) {
        timeline.add(start + qint64(s) * 1000, Outcome::Ok);
        if (random.bounded(100) == 0)
            timeline.add(start + qint64(s) * 1000, Outcome::Reset);
    }
    for (int k = 0; k < 37; ++k) // one spike, one second wide
        timeline.add(start + 50'000'000, Outcome::Reset);
    QCOMPARE(timeline.buckets().size(), 86400);

    ResetChartView view;
    view.resize(800, 400);
    view.setTimeline(timeline, 24 * 3600 * 1000LL);
    QLineSeries *resets = view.series(Outcome::Reset);
    QVERIFY(resets->count() > 0 && resets->count() <= 800);
    double peak = 0;
    for (const QPointF &p : resets->points())
        peak = qMax(peak, p.y());
    quint32 spike = 0;
    for (const Timeline::Bucket &b : timeline.buckets())
        spike = qMax(spike, b.count(Outcome::Reset));
    QVERIFY(spike >= 37);
    QCOMPARE(peak, double(spike)); // the one-second spike survives downsampling
    const QImage image = view.grab().toImage();
    QCOMPARE(image.size(), QSize(800, 400) * view.devicePixelRatioF());
    // The reset line is drawn: some pixels carry its red.
    int red = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            red += c.red() > 150 && c.green() < 80 && c.blue() < 80;
        }
    }
    QVERIFY2(red > 50, qPrintable(QString::number(red)));
}

QTEST_MAIN(tst_ResetChart)
#include "tst_resetchart.moc"
