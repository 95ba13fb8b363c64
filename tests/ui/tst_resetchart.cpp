// The reset chart renders offscreen, to an image of the size asked for,
// with the reset series present and its tallest spike drawn, over a full
// day of one-second buckets; and in every language its axes' titles and
// labels are drawn whole, not elided to "...".

#include "chart/resetchartview.h"
#include "i18n/translations.h"

#include <QtCharts/QLineSeries>
#include <QtWidgets/QGraphicsTextItem>
#include <QtCore/QRandomGenerator>
#include <QtGui/QImage>
#include <QtTest/QTest>

using Vocabulary::Outcome;

class tst_ResetChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersADayWithItsSpike();
    void axisTextIsWhole_data();
    void axisTextIsWhole();
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

void tst_ResetChart::axisTextIsWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("windowMs");
    for (const QString &code : Translations::languages()) {
        QTest::addRow("%s, the last 5 minutes", qPrintable(code)) << code << 5 * 60 * 1000LL;
        QTest::addRow("%s, the last 7 days", qPrintable(code)) << code << 7 * 24 * 3600 * 1000LL;
    }
}

// Japanese is drawn in a fallback font with taller lines than the
// application font's; Qt Charts made room for "..." in the latter and
// elided the time labels and the vertical title to "...". The chart is as
// tall as the monitor page's, room enough for every title's length.
void tst_ResetChart::axisTextIsWhole()
{
    QFETCH(QString, language);
    QFETCH(qint64, windowMs);
    Translations translations;
    QVERIFY(translations.use(language));
    Timeline timeline(1000, 600);
    const qint64 start = 1'800'000'000'000;
    for (int s = 0; s < 600; ++s)
        timeline.add(start + qint64(s) * 1000, s % 60 == 0 ? Outcome::Reset : Outcome::Ok);
    ResetChartView view;
    view.resize(760, 340);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTimeline(timeline, windowMs);
    QTest::qWait(50);
    QStringList drawn;
    for (QGraphicsItem *item : view.scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && !text->toPlainText().isEmpty())
            drawn << text->toPlainText();
    }
    QVERIFY2(drawn.size() >= 2 + 5 + 2, qPrintable(drawn.join(QLatin1String(" | "))));
    QVERIFY2(drawn.contains(ResetChartView::tr("Time")), qPrintable(drawn.join(QLatin1String(" | "))));
    QVERIFY2(drawn.contains(ResetChartView::tr("Connections per second")), qPrintable(drawn.join(QLatin1String(" | "))));
    for (const QString &text : std::as_const(drawn))
        QVERIFY2(!text.endsWith(QLatin1String("...")), qPrintable(drawn.join(QLatin1String(" | "))));
}
