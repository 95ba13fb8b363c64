#ifndef CDOC_RESULTSPAGE_H
#define CDOC_RESULTSPAGE_H

#include <QtWidgets/QWizardPage>

class DiagnosisSession;
class QCheckBox;
class QLabel;
class QPushButton;
class ReportView;

// Step 8: the most likely cause first, in one sentence, with what to do
// now; then the other possible causes, each with its evidence and the
// fixes for the user and for the helpdesk or administrator; the chart and
// the checks. "Export report" saves it to send to whoever can fix it.
class ResultsPage : public QWizardPage
{
    Q_OBJECT

public:
    ResultsPage(DiagnosisSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    // Where the helpdesk's profile asks for the report to go.
    void setSendReportTo(const QString &address);
    // Whether the report carries the target's server's resets from the
    // background watch's log (the check box; a profile may turn it on).
    void setIncludeServerHistory(bool on);
    ReportView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void exportReport();

    DiagnosisSession *m_session;
    ReportView *m_view;
    QLabel *m_sendTo;
    QPushButton *m_export;
    QCheckBox *m_includeHistory;
    QString m_sendToAddress;
};

#endif // CDOC_RESULTSPAGE_H
