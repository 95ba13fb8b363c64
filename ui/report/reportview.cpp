#include "reportview.h"

#include "diagnosis/diagnosis.h"

#include "chart/resetchartview.h"
#include "resetwatch/resetwording.h"
#include "report/reportwording.h"
#include "widgets/checkrowlist.h"
#include "widgets/collapsiblesection.h"

#include <QtCore/QEvent>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

namespace {

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-left: -20px\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

ReportView::ReportView(QWidget *parent)
    : QScrollArea(parent)
    , m_headline(new QLabel)
    , m_steps(new QLabel)
    , m_serverHistory(new QLabel)
    , m_watchNote(new QLabel)
    , m_findings(new QVBoxLayout)
    , m_chart(new ResetChartView)
    , m_chartSummary(new QLabel)
    , m_checks(new CheckRowList)
{
    setObjectName(QStringLiteral("reportView"));
    // What a report says is shown as the plain text it is: a saved report
    // may come from anywhere, and markup in it must not become markup here.
    m_headline->setTextFormat(Qt::PlainText);
    m_chartSummary->setTextFormat(Qt::PlainText);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setObjectName(QStringLiteral("firstSteps"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_watchNote->setObjectName(QStringLiteral("watchNote"));
    m_watchNote->setWordWrap(true);
    m_watchNote->setTextFormat(Qt::PlainText);
    m_watchNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverHistory->setObjectName(QStringLiteral("serverHistory"));
    m_serverHistory->setWordWrap(true);
    m_serverHistory->setTextFormat(Qt::PlainText);
    m_serverHistory->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *chartBody = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartBody);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chart->setMinimumHeight(240);
    m_chartSummary->setObjectName(QStringLiteral("chartSummary"));
    m_chartSummary->setWordWrap(true);
    chartLayout->addWidget(m_chart);
    chartLayout->addWidget(m_chartSummary);
    m_chartSection = new CollapsibleSection(QString(), chartBody);
    m_chartSection->setObjectName(QStringLiteral("chartSection"));
    m_checks->setMinimumHeight(200);
    m_checksSection = new CollapsibleSection(QString(), m_checks);
    m_checksSection->setObjectName(QStringLiteral("checksSection"));

    auto *host = new QWidget;
    auto *layout = new QVBoxLayout(host);
    layout->addWidget(m_headline);
    layout->addWidget(m_steps);
    layout->addWidget(m_watchNote);
    layout->addLayout(m_findings);
    layout->addWidget(m_serverHistory);
    layout->addWidget(m_chartSection);
    layout->addWidget(m_checksSection);
    layout->addStretch(1);
    setWidget(host);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setReport(Report());
}

void ReportView::retranslate()
{
    m_headline->setAccessibleName(tr("Most likely cause"));
    m_steps->setAccessibleName(tr("What to do now"));
    m_chartSection->setTitle(tr("Connections over time"));
    m_checksSection->setTitle(tr("Every check and what it found"));
    m_chartSummary->setAccessibleName(tr("What the chart shows"));
    setAccessibleName(tr("The report"));
    setAccessibleDescription(tr("The most likely cause first, then every possible cause, the chart and the checks"));
}

void ReportView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setReport(m_report); // the view's own words; the report keeps its own
    }
    QScrollArea::changeEvent(event);
}

void ReportView::setReport(const Report &report)
{
    retranslate();
    m_report = report;
    showFindings();

    const bool monitored = !report.timeline.isEmpty();
    m_chartSection->setVisible(monitored);
    if (monitored) {
        m_chart->setEvents(report.events);
        m_chart->setTimeline(report.timeline, report.timeline.spanMs());
        m_chartSummary->setText(ReportWording::timelineSummary(report));
    }
    m_checksSection->setVisible(!report.checks.isEmpty());
    m_checks->setResults(report.checks);
    // Said once, under the first steps: who sent the resets was not seen,
    // and what would let the watch see it.
    m_watchNote->setVisible(!report.resetWatch.whyNot.isEmpty());
    m_watchNote->setText(ReportWording::resetWatchSummary(report));
    // The server's resets before the run: what the log holds, by program
    // (the same lines as the monitor page and the command line).
    const ServerHistory &history = report.serverHistory;
    m_serverHistory->setVisible(history.included);
    if (history.included) {
        QStringList lines{ReportWording::serverHistoryHeading(), ReportWording::serverHistorySummary(history)};
        ResetLog log;
        for (const ResetEvent &event : history.events)
            log.add(event);
        for (const ResetLog::Row &row : log.rows())
            lines << ResetWording::rowLine(row);
        m_serverHistory->setText(lines.join(QLatin1Char('\n')));
    }
}

void ReportView::showFindings()
{
    while (QLayoutItem *item = m_findings->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_report.findings.isEmpty()) {
        // A run that named no cause (the monitor alone, a few probes) still
        // has its own conclusion in the headline.
        m_headline->setText(m_report.holdsNoResult()          ? tr("Nothing has been tested yet.")
                            : !m_report.headline.isEmpty() ? m_report.headline
                                                           : tr("Not enough was tested to name a cause."));
        m_headline->setAccessibleDescription(m_headline->text());
        m_steps->clear();
        m_steps->setVisible(false);
        return;
    }
    const Finding &top = m_report.findings.constFirst();
    m_steps->setVisible(true);
    m_headline->setText(top.title);
    m_headline->setAccessibleDescription(top.explanation);
    m_steps->setAccessibleDescription((QStringList{top.explanation} + top.userSteps).join(QLatin1Char(' ')));
    m_steps->setText(QStringLiteral("<p>%1</p><p><b>%2</b></p>%3")
                         .arg(top.explanation.toHtmlEscaped(), tr("What to do now").toHtmlEscaped(), bulletList(top.userSteps)));

    for (qsizetype i = 0; i < m_report.findings.size(); ++i) {
        const Finding &f = m_report.findings.at(i);
        auto *body = new QLabel;
        body->setWordWrap(true);
        body->setTextFormat(Qt::RichText);
        body->setTextInteractionFlags(Qt::TextSelectableByMouse);
        body->setText(QStringLiteral("<p>%1</p><p><b>%2</b></p>%3<p><b>%4</b></p>%5<p><b>%6</b></p>%7")
                          .arg(f.explanation.toHtmlEscaped(), tr("What we saw").toHtmlEscaped(), bulletList(f.evidence),
                               tr("What you can do").toHtmlEscaped(), bulletList(f.userSteps),
                               tr("For your helpdesk or the server's administrator").toHtmlEscaped(), bulletList(f.adminSteps)));
        const QString title = i > 0                           ? f.title
            : f.confidence >= Diagnosis::Likely ? tr("Details of the most likely cause")
                                                : tr("Details of what the tests found");
        auto *section = new CollapsibleSection(QStringLiteral("%1 (%2%)").arg(title).arg(qRound(f.confidence * 100)), body);
        section->setObjectName(QStringLiteral("finding_") + Vocabulary::wireName(f.id));
        m_findings->addWidget(section);
    }
    if (m_report.findings.size() > 1)
        m_findings->insertWidget(1, new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Other possible causes").toHtmlEscaped())));
}
