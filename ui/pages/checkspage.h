#ifndef CDOC_CHECKSPAGE_H
#define CDOC_CHECKSPAGE_H

#include "checks/checkresult.h"

#include <QtWidgets/QWizardPage>

class DiagnosisSession;
class QLabel;
class QProgressBar;
class QPushButton;
class CheckRowList;

// Steps 2 to 5: one group of environment checks (connectivity, firewall,
// VPN, proxy). Runs them as soon as the page opens, shows each as a row as
// it finishes, and keeps them when the user goes Back and Next. The user
// can stop, run again, or move on at any time.
class ChecksPage : public QWizardPage
{
    Q_OBJECT

public:
    ChecksPage(DiagnosisSession *session, const QString &group, QWidget *parent = nullptr);

    QString group() const { return m_group; }
    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void announce(const CheckResult &result);
    void run();
    void stop();
    void showResults();
    void updateState();

    DiagnosisSession *m_session;
    QString m_group;
    CheckRowList *m_rows;
    QProgressBar *m_busy;
    QLabel *m_state;
    QPushButton *m_stop;
    QPushButton *m_again;
};

#endif // CDOC_CHECKSPAGE_H
