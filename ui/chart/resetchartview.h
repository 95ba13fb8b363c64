#ifndef CDOC_RESETCHARTVIEW_H
#define CDOC_RESETCHARTVIEW_H

#include "monitor/networkeventwatcher.h"
#include "monitor/timeline.h"

#include <QtCharts/QChartView>

#include <QtCore/QHash>

QT_BEGIN_NAMESPACE
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

// How often connections end in each way, over time, with resets the most
// prominent line. Shows a window of the timeline (the last 5 minutes, hour
// or day), downsampled to the chart's width without hiding a spike; zooms
// with a rubber band or the wheel, pans with the arrow keys, and says the
// counts at the point under the mouse.
class ResetChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ResetChartView(QWidget *parent = nullptr);

    // Shows the last `windowMs` of the timeline, ending now or at its end.
    void setTimeline(const Timeline &timeline, qint64 windowMs);
    // The outcomes drawn, in drawing order: resets last, on top.
    static QList<Vocabulary::Outcome> shownOutcomes();
    QLineSeries *series(Vocabulary::Outcome outcome) const { return m_series.value(int(outcome)); }
    // Network events, drawn as markers along the time axis.
    void setEvents(const QList<NetworkEvent> &events);
    QScatterSeries *eventSeries() const { return m_eventMarkers; }

protected:
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void showPointInfo(const QPointF &point, bool state);

    QDateTimeAxis *m_time;
    QValueAxis *m_count;
    QHash<int, QLineSeries *> m_series;
    QScatterSeries *m_eventMarkers;
    QList<NetworkEvent> m_events;
};

#endif // CDOC_RESETCHARTVIEW_H
