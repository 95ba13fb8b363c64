#include "diagnosiswizard.h"

#include "pageid.h"
#include "pages/checkspage.h"
#include "pages/experimentspage.h"
#include "pages/monitorpage.h"
#include "pages/resultspage.h"
#include "pages/welcomepage.h"
#include "profile/profile.h"
#include "report/reportwindow.h"
#include "session/diagnosissession.h"

#include <QtCore/QSettings>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QAbstractButton>

DiagnosisWizard::DiagnosisWizard(DiagnosisSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_welcome(new WelcomePage(session, this))
    , m_results(new ResultsPage(session, this))
{
    setWindowTitle(tr("Connection Doctor"));
    setObjectName(QStringLiteral("diagnosisWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonText(QWizard::CustomButton1, tr("&Copy summary"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("copySummaryButton"));
    button(QWizard::CustomButton1)->setToolTip(tr("Copy what was found so far, to paste into an email or a support ticket"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            copySummary();
    });

    auto checks = [this](const QString &group, const QString &intro) { return new ChecksPage(m_session, group, intro, this); };
    const QList<QPair<int, QPair<QWizardPage *, QString>>> pages{
        {PageId::Welcome, {m_welcome, tr("Welcome")}},
        {PageId::Connectivity, {checks(QStringLiteral("connectivity"), tr("Is this computer connected to the internet?")), tr("Connection")}},
        {PageId::Firewall, {checks(QStringLiteral("firewall"), tr("Is a firewall blocking your service?")), tr("Firewall")}},
        {PageId::Vpn, {checks(QStringLiteral("vpn"), tr("Is a VPN in the way?")), tr("VPN")}},
        {PageId::Proxy, {checks(QStringLiteral("proxy"), tr("Is a proxy server in the way?")), tr("Proxy")}},
        {PageId::DeeperTests, {new ExperimentsPage(m_session, this), tr("Deeper tests")}},
        {PageId::Monitor, {new MonitorPage(m_session, this), tr("Watch over time")}},
        {PageId::Results, {m_results, tr("Results")}},
    };
    for (const auto &[id, page] : pages) {
        page.first->setTitle(stepTitle(id, page.second));
        setPage(id, page.first);
    }
    setStartId(PageId::Welcome);
    connect(m_welcome, &WelcomePage::openReportRequested, this, &DiagnosisWizard::openReport);
    restoreSettings();
}

DiagnosisWizard::~DiagnosisWizard() = default;

QString DiagnosisWizard::stepTitle(int pageId, const QString &name)
{
    return tr("Step %1 of %2: %3").arg(pageId).arg(int(PageId::Count)).arg(name);
}

void DiagnosisWizard::setTargetText(const QString &text)
{
    m_welcome->setTargetText(text);
}

void DiagnosisWizard::setDemoTargets(const QList<QPair<QString, QString>> &namesAndAddresses)
{
    m_welcome->setDemoTargets(namesAndAddresses);
}

void DiagnosisWizard::setProfile(const Profile &profile)
{
    if (!profile.target.isEmpty())
        m_welcome->setTargetText(profile.target);
    m_welcome->setHelpdeskMessage(profile.message);
    m_results->setSendReportTo(profile.sendReportTo);
    if (profile.budgetSeconds)
        m_session->setExperimentBudget(*profile.budgetSeconds);
}

void DiagnosisWizard::openReport()
{
    auto *window = new ReportWindow; // deletes itself when closed
    window->show();
    window->chooseAndOpen();
}

void DiagnosisWizard::copySummary()
{
    QGuiApplication::clipboard()->setText(m_session->summaryText());
}

void DiagnosisWizard::done(int result)
{
    m_session->cancel(); // closing stops every test at once
    m_session->monitor().stop();
    saveSettings();
    QWizard::done(result);
}

void DiagnosisWizard::restoreSettings()
{
    QSettings settings;
    resize(settings.value(QStringLiteral("wizard/size"), QSize(760, 620)).toSize());
    const QString last = settings.value(QStringLiteral("wizard/lastTarget")).toString();
    if (!last.isEmpty())
        m_welcome->setTargetText(last);
}

void DiagnosisWizard::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("wizard/size"), size());
    if (!m_session->targetText().isEmpty())
        settings.setValue(QStringLiteral("wizard/lastTarget"), m_session->targetText());
}
