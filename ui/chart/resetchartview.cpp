#include "resetchartview.h"

#include "chartaxisfonts.h"
#include "monitor/downsampler.h"
#include "report/reportwording.h"

#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <QtCore/QDateTime>
#include <QtCore/QEvent>
#include <QtGui/QCursor>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QToolTip>

using Vocabulary::Outcome;


// The chart is handed to QChartView's constructor: the default
// constructor makes a chart of its own, which setChart() would then
// release to nobody.
ResetChartView::ResetChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_time(new QDateTimeAxis)
    , m_count(new QValueAxis)
    , m_eventMarkers(new QScatterSeries)
{
    setObjectName(QStringLiteral("resetChart"));
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    QChart *chart = this->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    for (Outcome o : shownOutcomes()) {
        auto *s = new QLineSeries;
        QPen pen(QColor(ReportWording::outcomeColor(o)));
        pen.setWidthF(o == Outcome::Reset ? 3.0 : 1.2);
        s->setPen(pen);
        chart->addSeries(s);
        s->attachAxis(m_time);
        s->attachAxis(m_count);
        connect(s, &QLineSeries::hovered, this, &ResetChartView::showPointInfo);
        m_series.insert(int(o), s);
    }
    m_eventMarkers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_eventMarkers->setMarkerSize(9);
    m_eventMarkers->setColor(QColor(0x44, 0x44, 0x44));
    chart->addSeries(m_eventMarkers);
    retranslate();
    m_eventMarkers->attachAxis(m_time);
    m_eventMarkers->attachAxis(m_count);
    connect(m_eventMarkers, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        for (const NetworkEvent &e : std::as_const(m_events)) {
            if (qAbs(e.atMs - qint64(point.x())) < 1000) {
                // Escaped and marked up ourselves: a saved report's subject
                // must not be taken for markup.
                QToolTip::showText(QCursor::pos(), QStringLiteral("<p>%1 %2</p>")
                                                       .arg(QDateTime::fromMSecsSinceEpoch(e.atMs).toString(QStringLiteral("HH:mm:ss")),
                                                            ReportWording::eventText(e.kind, e.subject).toHtmlEscaped()),
                                   this);
                return;
            }
        }
    });
}

void ResetChartView::setEvents(const QList<NetworkEvent> &events)
{
    m_events = events;
    QList<QPointF> points;
    for (const NetworkEvent &e : events)
        points.append(QPointF(double(e.atMs), 0));
    m_eventMarkers->replace(points);
    for (QLegendMarker *marker : chart()->legend()->markers(m_eventMarkers))
        marker->setVisible(!events.isEmpty());
}

QList<Outcome> ResetChartView::shownOutcomes()
{
    return {Outcome::Ok, Outcome::Closed, Outcome::Timeout, Outcome::Refused, Outcome::Reset};
}

void ResetChartView::retranslate()
{
    setAccessibleName(tr("Chart of connections cut off over time"));
    setAccessibleDescription(tr("Zoom with the mouse wheel or + and -, move with the arrow keys; "
                                "the sentence under the chart says what it shows"));
    // The view's viewport takes the focus; it answers to the same words.
    viewport()->setAccessibleName(accessibleName());
    viewport()->setAccessibleDescription(accessibleDescription());
    m_time->setTitleText(tr("Time"));
    m_count->setTitleText(tr("Connections per second"));
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it)
        it.value()->setName(ReportWording::outcomeLabel(Outcome(it.key())));
    m_eventMarkers->setName(tr("Network change"));
    ChartAxisFonts::fit(this);
}

void ResetChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void ResetChartView::setTimeline(const Timeline &timeline, qint64 windowMs)
{
    const auto &buckets = timeline.buckets();
    const qint64 end = buckets.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : buckets.constLast().startMs + timeline.bucketMs();
    // A monitor younger than the window is shown from its start, so the
    // first minutes are readable instead of a sliver at the right edge.
    qint64 begin = end - windowMs;
    if (!buckets.isEmpty())
        begin = qMax(begin, buckets.constFirst().startMs - 10 * timeline.bucketMs());
    // A point every two pixels is as fine as the eye can read.
    const int points = qMax(50, width() / 2);
    quint32 peak = 1;
    for (Outcome o : shownOutcomes()) {
        const QList<QPointF> data = Downsampler::maxima(buckets, o, begin, end, points);
        for (const QPointF &p : data)
            peak = qMax(peak, quint32(p.y()));
        m_series.value(int(o))->replace(data);
    }
    // The legend names what happened, not every way a connection can end:
    // fewer items, none cut short.
    for (Outcome o : shownOutcomes()) {
        const bool happened = o == Outcome::Ok || o == Outcome::Reset || timeline.total(o) > 0;
        for (QLegendMarker *marker : chart()->legend()->markers(m_series.value(int(o))))
            marker->setVisible(happened);
    }
    m_time->setFormat(windowMs > 6 * 3600 * 1000LL ? QStringLiteral("ddd HH:mm") : QStringLiteral("HH:mm:ss"));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(begin), QDateTime::fromMSecsSinceEpoch(end));
    // Whole numbers on the count axis: a top that four ticks divide evenly.
    const quint32 top = qMax<quint32>(4, (peak + 4) / 4 * 4);
    m_count->setTickCount(5);
    m_count->setRange(0, top);
    ChartAxisFonts::fit(this);
}

void ResetChartView::showPointInfo(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    // The counts of every outcome at the moment under the mouse.
    QStringList lines{QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(QStringLiteral("HH:mm:ss"))};
    for (Outcome o : shownOutcomes()) {
        const QList<QPointF> pts = m_series.value(int(o))->points();
        auto it = std::lower_bound(pts.cbegin(), pts.cend(), point.x(), [](const QPointF &p, double x) { return p.x() < x; });
        if (it != pts.cend())
            lines << QStringLiteral("%1: %2").arg(ReportWording::outcomeLabel(o)).arg(it->y());
    }
    QToolTip::showText(QCursor::pos(), lines.join(QLatin1Char('\n')), this);
}

void ResetChartView::wheelEvent(QWheelEvent *event)
{
    chart()->zoom(event->angleDelta().y() > 0 ? 1.25 : 0.8);
    event->accept();
}

void ResetChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: chart()->scroll(-width() / 10.0, 0); break;
    case Qt::Key_Right: chart()->scroll(width() / 10.0, 0); break;
    case Qt::Key_Plus: chart()->zoom(1.25); break;
    case Qt::Key_Minus: chart()->zoom(0.8); break;
    case Qt::Key_0: chart()->zoomReset(); break;
    default: QChartView::keyPressEvent(event); return;
    }
    event->accept();
}
