#include "timelinesvg.h"

#include "monitor/downsampler.h"
#include "reportwording.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QLocale>
#include <QtCore/QPointF>

#include <algorithm>

using Vocabulary::Outcome;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

// A round upper bound for the count axis: 1, 2, 5, 10, 20, 50, ...
double niceCeiling(double value)
{
    double step = 1;
    while (true) {
        for (double m : {1.0, 2.0, 5.0}) {
            if (value <= m * step)
                return m * step;
        }
        step *= 10;
    }
}

} // namespace

QByteArray TimelineSvg::render(const Timeline &timeline, const QList<NetworkEvent> &events, int width, int height)
{
    const QList<Timeline::Bucket> &buckets = timeline.buckets();
    const double left = 52, right = 16, top = 14, bottom = 74;
    const double plotWidth = width - left - right;
    const double plotHeight = height - top - bottom;
    const qint64 fromMs = buckets.isEmpty() ? 0 : buckets.constFirst().startMs;
    const qint64 toMs = buckets.isEmpty() ? 1 : buckets.constLast().startMs + timeline.bucketMs();
    const double spanMs = qMax<qint64>(1, toMs - fromMs);

    // Resets drawn last, so they are on top; outcomes never seen left out.
    QList<Outcome> shown;
    for (Outcome o : Vocabulary::allOutcomes()) {
        if (o != Outcome::Reset && (o == Outcome::Ok || timeline.total(o) > 0))
            shown << o;
    }
    shown << Outcome::Reset;

    QHash<int, QList<QPointF>> points;
    double maxCount = 1;
    for (Outcome o : shown) {
        points[int(o)] = Downsampler::maxima(buckets, o, fromMs, toMs, int(plotWidth / 2));
        for (const QPointF &p : points[int(o)])
            maxCount = qMax(maxCount, p.y());
    }
    maxCount = niceCeiling(maxCount);
    auto x = [&](double ms) { return left + (ms - fromMs) / spanMs * plotWidth; };
    auto y = [&](double count) { return top + plotHeight - count / maxCount * plotHeight; };

    const QLocale locale;
    const bool longSpan = spanMs > 24.0 * 3600 * 1000;
    auto timeText = [&](qint64 ms) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
        return longSpan ? locale.toString(t, QLocale::ShortFormat) : t.toString(QStringLiteral("HH:mm:ss"));
    };

    QString svg;
    svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" baseProfile=\"tiny\" "
                          "width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"11\">\n")
               .arg(width).arg(height);
    svg += QStringLiteral("<title>%1</title>\n")
               .arg(escaped(tr("Connections per second by how they ended, %1 to %2").arg(timeText(fromMs), timeText(toMs))));
    svg += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>\n").arg(width).arg(height);

    // Grid and count axis.
    for (int i = 0; i <= 4; ++i) {
        const double value = maxCount * i / 4;
        const double gy = y(value);
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#dddddd\" stroke-width=\"1\"/>\n")
                   .arg(number(left), number(gy), number(left + plotWidth));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#333333\">%3</text>\n")
                   .arg(number(left - 6), number(gy + 4), locale.toString(value, 'g', 4));
    }
    svg += QStringLiteral("<text x=\"12\" y=\"%1\" fill=\"#333333\" transform=\"rotate(-90 12 %1)\" text-anchor=\"middle\">%2</text>\n")
               .arg(number(top + plotHeight / 2), escaped(tr("per second")));

    // Time axis.
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#555555\" stroke-width=\"1\"/>\n")
               .arg(number(left), number(top + plotHeight), number(left + plotWidth));
    for (int i = 0; i <= 4; ++i) {
        const qint64 ms = fromMs + qint64(spanMs * i / 4);
        const char *anchor = i == 0 ? "start" : i == 4 ? "end" : "middle";
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"%3\" fill=\"#333333\">%4</text>\n")
                   .arg(number(x(ms)), number(top + plotHeight + 16), QLatin1String(anchor), escaped(timeText(ms)));
    }

    // Network changes: a dashed line each, with its description as a tooltip.
    for (const NetworkEvent &event : events) {
        if (event.atMs < fromMs || event.atMs > toMs)
            continue;
        const double ex = x(event.atMs);
        svg += QStringLiteral("<g><title>%1 %2</title>"
                              "<line x1=\"%3\" y1=\"%4\" x2=\"%3\" y2=\"%5\" stroke=\"#444444\" stroke-width=\"1\" stroke-dasharray=\"4,3\"/>"
                              "<polygon points=\"%6,%4 %7,%4 %3,%8\" fill=\"#444444\"/></g>\n")
                   .arg(escaped(timeText(event.atMs)), escaped(ReportWording::eventText(event.kind, event.subject)),
                        number(ex), number(top), number(top + plotHeight), number(ex - 5), number(ex + 5), number(top + 7));
    }

    // One line per outcome.
    for (Outcome o : shown) {
        QStringList coordinates;
        for (const QPointF &p : std::as_const(points[int(o)]))
            coordinates << number(x(p.x())) + QLatin1Char(',') + number(y(p.y()));
        if (coordinates.size() == 1) // a single bucket: a short flat line, so it shows
            coordinates << number(x(points[int(o)].constFirst().x() + timeline.bucketMs())) + QLatin1Char(',') + coordinates.constFirst().section(QLatin1Char(','), 1);
        if (coordinates.isEmpty())
            continue;
        svg += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"%2\" stroke-linejoin=\"round\" points=\"%3\"/>\n")
                   .arg(ReportWording::outcomeColor(o), o == Outcome::Reset ? QStringLiteral("3") : QStringLiteral("1.5"),
                        coordinates.join(QLatin1Char(' ')));
    }

    // Legend, in rows under the time axis.
    double lx = left;
    double ly = top + plotHeight + 38;
    QList<Outcome> legend = shown;
    std::reverse(legend.begin(), legend.end()); // resets first
    for (Outcome o : legend) {
        const QString label = QStringLiteral("%1 (%2)").arg(ReportWording::outcomeLabel(o)).arg(timeline.total(o));
        const double itemWidth = 26 + label.size() * 6.2;
        if (lx + itemWidth > width - right && lx > left) {
            lx = left;
            ly += 16;
        }
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"14\" height=\"%3\" fill=\"%4\"/>"
                              "<text x=\"%5\" y=\"%6\" fill=\"#222222\">%7</text>\n")
                   .arg(number(lx), number(ly - (o == Outcome::Reset ? 7 : 6)), o == Outcome::Reset ? QStringLiteral("4") : QStringLiteral("2"),
                        ReportWording::outcomeColor(o), number(lx + 20), number(ly - 2), escaped(label));
        lx += itemWidth;
    }
    svg += QStringLiteral("</svg>\n");
    return svg.toUtf8();
}
