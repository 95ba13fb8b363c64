#ifndef CDOC_DIAGNOSISWIZARD_H
#define CDOC_DIAGNOSISWIZARD_H

#include "lab/labscenario.h"

#include <QtCore/QPair>
#include <QtWidgets/QWizard>

class DiagnosisSession;
class QPushButton;
class ResultsPage;
class Translations;
class WelcomePage;
struct Profile;

// The wizard a non-technical user clicks through, and a helpdesk talks
// them through on the phone: every page says "Step N of 8" and a short
// name, and "Copy summary" puts what was found so far on the clipboard.
// It arranges the pages; the pages ask the session for the work.
class DiagnosisWizard : public QWizard
{
    Q_OBJECT

public:
    explicit DiagnosisWizard(DiagnosisSession *session, QWidget *parent = nullptr);
    ~DiagnosisWizard() override;

    void setTargetText(const QString &text);
    void setDemoTargets(const QList<QPair<Lab::Scenario, QString>> &scenariosAndAddresses);
    // A helpdesk's profile: its target, message and where the report goes.
    // (Its checks, budgets and endpoints are in the session's context.)
    void setProfile(const Profile &profile);
    // Opens a saved report in a window of its own, read-only.
    void openReport();
    // The language button at the bottom: every page, at once, results kept.
    void setTranslations(Translations *translations);

    // "Step 3 of 8: Firewall"
    static QString stepTitle(int pageId, const QString &name);

protected:
    void done(int result) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static QList<QPair<int, QString>> checkPages(); // page id, check group
    void retranslate();
    void switchLanguage(const QString &code);
    void copySummary();
    void restoreSettings();
    void saveSettings();
    void fitSubTitle();

    DiagnosisSession *m_session;
    WelcomePage *m_welcome;
    ResultsPage *m_results;
    Translations *m_translations = nullptr;
    QPushButton *m_language = nullptr;
};

#endif // CDOC_DIAGNOSISWIZARD_H
