// Reset chart benchmarks (see docs/benchmarks.md): the time to update the
// chart with a new sample (the last 5 minutes window), and to redraw a
// full 24-hour window of one-second buckets; and the memory a day of
// buckets takes.

#include "chart/resetchartview.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTextStream>
#include <QtGui/QPixmap>
#include <QtWidgets/QApplication>

#include <algorithm>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    Timeline timeline(1000, 86400);
    const qint64 start = 1'800'000'000'000;
    QRandomGenerator random(1);
    for (int s = 0; s < 86400; ++s) {
        timeline.add(start + qint64(s) * 1000, Vocabulary::Outcome::Ok);
        if (random.bounded(50) == 0)
            timeline.add(start + qint64(s) * 1000, Vocabulary::Outcome::Reset);
    }
    ResetChartView view;
    view.resize(1000, 500);
    view.show();
    QCoreApplication::processEvents();

    auto measure = [&](qint64 windowMs, bool addSample) {
        QList<double> ms;
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer clock;
            clock.start();
            if (addSample)
                timeline.add(timeline.buckets().constLast().startMs + 1000, Vocabulary::Outcome::Reset);
            view.setTimeline(timeline, windowMs);
            // Let the scene take in the change, then render the whole view.
            QCoreApplication::processEvents();
            const QPixmap frame = view.grab();
            Q_UNUSED(frame);
            ms << clock.nsecsElapsed() / 1e6;
        }
        std::sort(ms.begin(), ms.end());
        return ms;
    };
    const QList<double> update = measure(5 * 60 * 1000, true);
    const QList<double> day = measure(24 * 3600 * 1000LL, false);
    out << "| new sample, 5-minute window | median " << QString::number(update.at(15), 'f', 2) << " ms, max "
        << QString::number(update.constLast(), 'f', 2) << " ms |\n"
        << "| full redraw, 24-hour window (86,400 buckets) | median " << QString::number(day.at(15), 'f', 2)
        << " ms, max " << QString::number(day.constLast(), 'f', 2) << " ms |\n"
        << "| timeline memory for 24 hours | " << timeline.buckets().size() * sizeof(Timeline::Bucket) / 1024
        << " KiB in " << timeline.buckets().size() << " buckets (bounded) |" << Qt::endl;
    return 0;
}
