#ifndef CDOC_WELCOMEPAGE_H
#define CDOC_WELCOMEPAGE_H

#include "lab/labscenario.h"

#include <QtCore/QPair>
#include <QtWidgets/QWizardPage>

class DiagnosisSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Step 1: what the user was doing, where (a web address or server name),
// and optionally the error text they saw, which is explained on the spot
// and fills in the address when it names one. Next stays disabled until
// the address is valid; what is wrong with it is said next to the field.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    WelcomePage(DiagnosisSession *session, QWidget *parent = nullptr);

    // In the demo: fault-lab scenarios the user can pick as the target.
    void setDemoTargets(const QList<QPair<Lab::Scenario, QString>> &scenariosAndAddresses);
    void setTargetText(const QString &text);
    // A helpdesk's profile speaks to the user here.
    void setHelpdeskMessage(const QString &message);

    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    // "Open a saved report...": for a helpdesk reading what a user sent.
    void openReportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int ScenarioRole = Qt::UserRole + 1; // a practice example's lab scenario
    void retranslate();
    void validateTarget();
    void explainPastedError();

    DiagnosisSession *m_session;
    QComboBox *m_activity;
    QComboBox *m_demoTargets;
    QLabel *m_demoLabel;
    QLineEdit *m_target;
    QLabel *m_targetError;
    QPlainTextEdit *m_pasted;
    QLabel *m_explanation;
    QLabel *m_helpdeskMessage;
    QLabel *m_activityLabel;
    QLabel *m_targetLabel;
    QLabel *m_pastedLabel;
    QPushButton *m_openReport;
    QString m_message;
    bool m_targetValid = false;
};

#endif // CDOC_WELCOMEPAGE_H
