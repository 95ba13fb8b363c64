#ifndef CDOC_PROGRAMRESETSVIEW_H
#define CDOC_PROGRAMRESETSVIEW_H

#include "monitor/networkeventwatcher.h"
#include "resetwatch/resetlog.h"

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QDateTimeAxis;
class QScatterSeries;
class QTableView;
class QValueAxis;
QT_END_NAMESPACE
class ResetRowsModel;

// The monitor's "All programs" view when the reset watch runs: resets over
// time per program and server (the top few, the rest as "other") above a
// table of the same. Clicking a row shows that row alone in the chart;
// clicking it again shows all. Network events stay marked on the time axis.
class ProgramResetsView : public QWidget
{
    Q_OBJECT

public:
    explicit ProgramResetsView(QWidget *parent = nullptr);

    void setLog(const ResetLog &log, qint64 windowMs, const QList<NetworkEvent> &events);
    QChartView *chartView() const { return m_chartView; }
    QTableView *table() const { return m_table; }
    QString filterKey() const { return m_filterKey; }

    // Series drawn apart before the rest become "other".
    static constexpr int TopSeries = 5;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void toggleFilter(const QModelIndex &index);
    void redraw();

    QChartView *m_chartView;
    QDateTimeAxis *m_time;
    QValueAxis *m_count;
    QScatterSeries *m_eventMarkers;
    QTableView *m_table;
    ResetRowsModel *m_model;
    const ResetLog *m_log = nullptr;
    qint64 m_windowMs = 5 * 60 * 1000;
    QList<NetworkEvent> m_events;
    QString m_filterKey;
};

#endif // CDOC_PROGRAMRESETSVIEW_H
