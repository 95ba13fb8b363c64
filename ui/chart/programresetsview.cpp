#include "programresetsview.h"

#include "chartaxisfonts.h"
#include "resetrowsmodel.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <QtCore/QDateTime>
#include <QtCore/QEvent>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace {
// Distinct on white and in the dark palette, each at least 3:1 against
// white (WCAG's figure for graphics); "other" in grey.
const QColor SeriesColors[] = {QColor(0xc6, 0x28, 0x28), QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32),
                               QColor(0x8e, 0x24, 0xaa), QColor(0xe6, 0x51, 0x00)};
const QColor OtherColor(0x61, 0x61, 0x61);
} // namespace

ProgramResetsView::ProgramResetsView(QWidget *parent)
    : QWidget(parent)
    , m_chartView(new QChartView(new QChart, this))
    , m_time(new QDateTimeAxis)
    , m_count(new QValueAxis)
    , m_eventMarkers(new QScatterSeries)
    , m_table(new QTableView(this))
    , m_model(new ResetRowsModel(this))
{
    setObjectName(QStringLiteral("programResets"));
    m_chartView->setObjectName(QStringLiteral("programResetChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    QChart *chart = m_chartView->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    m_eventMarkers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_eventMarkers->setMarkerSize(9);
    m_eventMarkers->setColor(QColor(0x44, 0x44, 0x44));
    chart->addSeries(m_eventMarkers);
    m_eventMarkers->attachAxis(m_time);
    m_eventMarkers->attachAxis(m_count);

    m_table->setObjectName(QStringLiteral("programResetTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    connect(m_table, &QTableView::clicked, this, &ProgramResetsView::toggleFilter);
    connect(m_table, &QTableView::activated, this, &ProgramResetsView::toggleFilter);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chartView);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    retranslate();
}

void ProgramResetsView::retranslate()
{
    m_chartView->setAccessibleName(tr("Chart of resets over time by program and server"));
    m_chartView->setAccessibleDescription(tr("One line for each of the programs and servers with the most resets; the table below lists them all"));
    m_table->setAccessibleName(tr("Resets by program and server"));
    m_table->setAccessibleDescription(tr("Choose a row to show it alone in the chart; choose it again to show all"));
    m_time->setTitleText(tr("Time"));
    m_count->setTitleText(tr("Resets"));
    m_eventMarkers->setName(tr("Network change"));
    redraw();
}

void ProgramResetsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProgramResetsView::setLog(const ResetLog &log, qint64 windowMs, const QList<NetworkEvent> &events)
{
    m_log = &log;
    m_windowMs = windowMs;
    m_events = events;
    m_model->setRows(log.rows());
    const int row = m_filterKey.isEmpty() ? -1 : m_model->rowOf(m_filterKey);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_filterKey.clear();
    redraw();
}

void ProgramResetsView::toggleFilter(const QModelIndex &index)
{
    const QString key = index.data(ResetRowsModel::KeyRole).toString();
    m_filterKey = key == m_filterKey ? QString() : key;
    if (m_filterKey.isEmpty())
        m_table->clearSelection();
    redraw();
}

void ProgramResetsView::redraw()
{
    QChart *chart = m_chartView->chart();
    for (QAbstractSeries *s : chart->series()) {
        if (s != m_eventMarkers) {
            chart->removeSeries(s);
            delete s;
        }
    }
    static const ResetLog nothingYet;
    const ResetLog::Chart data = (m_log ? *m_log : nothingYet).chart(TopSeries, m_windowMs, QDateTime::currentMSecsSinceEpoch(), m_filterKey);
    const qint64 begin = data.beginMs;
    const qint64 end = data.endMs;
    int colour = 0;
    for (int i = 0; i < data.keys.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(data.labels.at(i));
        // A row keeps its colour when it is shown alone.
        const int rank = m_filterKey.isEmpty() ? colour++ : m_model->rowOf(data.keys.at(i));
        QPen pen(data.keys.at(i).isEmpty() || rank < 0 || rank >= TopSeries ? OtherColor : SeriesColors[rank % 5]);
        pen.setWidthF(2.0);
        line->setPen(pen);
        QList<QPointF> points;
        for (const auto &[at, count] : data.points.at(i))
            points << QPointF(double(at), count);
        line->replace(points);
        chart->addSeries(line);
        line->attachAxis(m_time);
        line->attachAxis(m_count);
    }
    QList<QPointF> markers;
    for (const NetworkEvent &e : std::as_const(m_events)) {
        if (e.atMs >= begin)
            markers << QPointF(double(e.atMs), 0);
    }
    m_eventMarkers->replace(markers);
    for (QLegendMarker *marker : chart->legend()->markers(m_eventMarkers))
        marker->setVisible(!markers.isEmpty());
    m_time->setFormat(m_windowMs > 6 * 3600 * 1000LL ? QStringLiteral("ddd HH:mm") : QStringLiteral("HH:mm:ss"));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(begin), QDateTime::fromMSecsSinceEpoch(end));
    m_count->setTickCount(5);
    m_count->setRange(0, qMax(4, (data.peak + 4) / 4 * 4));
    ChartAxisFonts::fit(m_chartView);
}
