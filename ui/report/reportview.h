#ifndef CDOC_REPORTVIEW_H
#define CDOC_REPORTVIEW_H

#include "report/report.h"

#include <QtWidgets/QScrollArea>

class CheckRowList;
class CollapsibleSection;
class QLabel;
class QVBoxLayout;
class ResetChartView;

// A report as the user sees it on the Results page: the most likely cause
// in one sentence with what to do now, then every possible cause with its
// evidence, the chart of connections over time, and the checks. The same
// view shows a saved report read-only, so a helpdesk sees what the user saw.
class ReportView : public QScrollArea
{
    Q_OBJECT

public:
    explicit ReportView(QWidget *parent = nullptr);

    void setReport(const Report &report);
    const Report &report() const { return m_report; }
    ResetChartView *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showFindings();

    Report m_report;
    QLabel *m_headline;
    QLabel *m_steps;
    QLabel *m_serverHistory; // the target's server's resets before the run, where the report has them
    QLabel *m_watchNote; // what the reset watch could not see, and how to let it
    QVBoxLayout *m_findings;
    CollapsibleSection *m_chartSection;
    ResetChartView *m_chart;
    QLabel *m_chartSummary;
    CollapsibleSection *m_checksSection;
    CheckRowList *m_checks;
};

#endif // CDOC_REPORTVIEW_H
