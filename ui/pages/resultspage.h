#ifndef CDOC_RESULTSPAGE_H
#define CDOC_RESULTSPAGE_H

#include <QtWidgets/QWizardPage>

class DiagnosisSession;
class QLabel;
class QVBoxLayout;

// Step 7: the most likely cause first, in one sentence, with what to do
// now; then the other possible causes, each with its evidence and the
// fixes for the user and for the helpdesk or administrator.
class ResultsPage : public QWizardPage
{
    Q_OBJECT

public:
    ResultsPage(DiagnosisSession *session, QWidget *parent = nullptr);

    void initializePage() override;

private:
    DiagnosisSession *m_session;
    QLabel *m_headline;
    QLabel *m_steps;
    QVBoxLayout *m_others;
};

#endif // CDOC_RESULTSPAGE_H
