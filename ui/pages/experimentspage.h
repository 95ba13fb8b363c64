#ifndef CDOC_EXPERIMENTSPAGE_H
#define CDOC_EXPERIMENTSPAGE_H

#include "checks/checkresult.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtWidgets/QWizardPage>

class DiagnosisSession;
class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class CheckRowList;

// Step 6: the deeper tests against the user's service (idle connections,
// upload size, many connections at once, secure connections). The user
// chooses how long they may take, starts them, and sees progress and the
// time left; each test's result appears as it ends.
class ExperimentsPage : public QWizardPage
{
    Q_OBJECT

public:
    ExperimentsPage(DiagnosisSession *session, QWidget *parent = nullptr);

    // The deeper tests' budget a helpdesk's profile sets; the choice of
    // duration is then theirs, not the user's.
    void setBudgetFromProfile(int seconds);

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void start();
    void stop();
    void tick();
    void showResults();
    void updateState();

    DiagnosisSession *m_session;
    QButtonGroup *m_duration;
    QPushButton *m_start;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_timeLeft;
    CheckRowList *m_rows;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    int m_budgetFromProfile = 0;
};

#endif // CDOC_EXPERIMENTSPAGE_H
