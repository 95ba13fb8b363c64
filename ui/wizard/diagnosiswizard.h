#ifndef CDOC_DIAGNOSISWIZARD_H
#define CDOC_DIAGNOSISWIZARD_H

#include <QtCore/QPair>
#include <QtWidgets/QWizard>

class DiagnosisSession;
class ResultsPage;
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
    void setDemoTargets(const QList<QPair<QString, QString>> &namesAndAddresses);
    // A helpdesk's profile: its target, message and where the report goes.
    // (Its checks, budgets and endpoints are in the session's context.)
    void setProfile(const Profile &profile);
    // Opens a saved report in a window of its own, read-only.
    void openReport();

    // "Step 3 of 8: Firewall"
    static QString stepTitle(int pageId, const QString &name);

protected:
    void done(int result) override;

private:
    void copySummary();
    void restoreSettings();
    void saveSettings();

    DiagnosisSession *m_session;
    WelcomePage *m_welcome;
    ResultsPage *m_results;
};

#endif // CDOC_DIAGNOSISWIZARD_H
