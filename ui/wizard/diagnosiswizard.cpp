#include "diagnosiswizard.h"

#include "pageid.h"
#include "pages/checkspage.h"
#include "pages/experimentspage.h"
#include "pages/monitorpage.h"
#include "pages/resultspage.h"
#include "pages/welcomepage.h"
#include "i18n/translations.h"
#include "profile/profile.h"
#include "report/reportwindow.h"
#include "session/diagnosissession.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSettings>

#include <memory>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtCore/QEvent>
#include <QtCore/QTimer>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

DiagnosisWizard::DiagnosisWizard(DiagnosisSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_welcome(new WelcomePage(session, this))
    , m_results(new ResultsPage(session, this))
{
    setObjectName(QStringLiteral("diagnosisWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("copySummaryButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            copySummary();
    });

    setPage(PageId::Welcome, m_welcome);
    for (const auto &[id, group] : checkPages())
        setPage(id, new ChecksPage(m_session, group, this));
    setPage(PageId::DeeperTests, new ExperimentsPage(m_session, this));
    setPage(PageId::Monitor, new MonitorPage(m_session, this));
    setPage(PageId::Results, m_results);
    retranslate();
    setStartId(PageId::Welcome);
    connect(m_welcome, &WelcomePage::openReportRequested, this, &DiagnosisWizard::openReport);
    // QWizard lays its header out anew on each page; fit the subtitle after.
    connect(this, &QWizard::currentIdChanged, this, [this] { QTimer::singleShot(0, this, &DiagnosisWizard::fitSubTitle); });
    restoreSettings();
}

DiagnosisWizard::~DiagnosisWizard() = default;

QList<QPair<int, QString>> DiagnosisWizard::checkPages()
{
    return {{PageId::Connectivity, QStringLiteral("connectivity")},
            {PageId::Firewall, QStringLiteral("firewall")},
            {PageId::Vpn, QStringLiteral("vpn")},
            {PageId::Proxy, QStringLiteral("proxy")}};
}

void DiagnosisWizard::retranslate()
{
    setWindowTitle(tr("Connection Doctor"));
    // Qt's own words for its own buttons, from Qt's translations: QWizard
    // chooses them once, so a language switch says them again.
    static const QList<QPair<QWizard::WizardButton, const char *>> standard{
        {QWizard::BackButton, "< &Back"}, {QWizard::NextButton, "&Next >"}, {QWizard::CommitButton, "Commit"},
        {QWizard::FinishButton, "&Finish"}, {QWizard::CancelButton, "Cancel"}, {QWizard::HelpButton, "&Help"}};
    for (const auto &[which, text] : standard)
        setButtonText(which, QCoreApplication::translate("QWizard", text));
    setButtonText(QWizard::CustomButton1, tr("&Copy summary"));
    button(QWizard::CustomButton1)->setToolTip(tr("Copy what was found so far, to paste into an email or a support ticket"));
    button(QWizard::BackButton)->setAccessibleDescription(tr("Go back to the previous step; its results are kept"));
    button(QWizard::NextButton)->setAccessibleDescription(tr("Go on to the next step"));
    button(QWizard::FinishButton)->setAccessibleDescription(tr("Close Connection Doctor"));
    button(QWizard::CancelButton)->setAccessibleDescription(tr("Stop every test and close Connection Doctor"));
    // What each step is called when a helpdesk says "Step 3 of 8".
    const QList<QPair<int, QString>> names{
        {PageId::Welcome, tr("Welcome")},       {PageId::Connectivity, tr("Connection")},
        {PageId::Firewall, tr("Firewall")},     {PageId::Vpn, tr("VPN")},
        {PageId::Proxy, tr("Proxy")},           {PageId::DeeperTests, tr("Deeper tests")},
        {PageId::Monitor, tr("Watch over time")}, {PageId::Results, tr("Results")},
    };
    for (const auto &[id, name] : names)
        page(id)->setTitle(stepTitle(id, name));
    page(PageId::Connectivity)->setSubTitle(tr("Is this computer connected to the internet?"));
    page(PageId::Firewall)->setSubTitle(tr("Is a firewall blocking your service?"));
    page(PageId::Vpn)->setSubTitle(tr("Is a VPN in the way?"));
    page(PageId::Proxy)->setSubTitle(tr("Is a proxy server in the way?"));
    if (m_language) {
        // Through QWizard, which otherwise puts back its own (empty) text
        // for this custom button whenever the page changes.
        setButtonText(QWizard::CustomButton2,
                      Translations::nativeName(m_translations ? m_translations->current() : QStringLiteral("en")));
        m_language->setToolTip(tr("The language of the app and of the reports"));
        m_language->setAccessibleName(tr("Language"));
    }
}

void DiagnosisWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        QTimer::singleShot(0, this, &DiagnosisWizard::fitSubTitle);
    }
    QWizard::changeEvent(event);
}

void DiagnosisWizard::resizeEvent(QResizeEvent *event)
{
    QWizard::resizeEvent(event);
    QTimer::singleShot(0, this, &DiagnosisWizard::fitSubTitle);
}

void DiagnosisWizard::fitSubTitle()
{
    // QWizard's header gives the subtitle the height of two lines of "Pq"
    // in the default font, and no more. Japanese in Noto Sans CJK needs
    // taller lines, so its third line was cut off: let the header grow to
    // what the subtitle needs at its width.
    if (!currentPage() || currentPage()->subTitle().isEmpty())
        return;
    for (QLabel *label : findChildren<QLabel *>()) {
        if (!label->wordWrap() || label->text() != currentPage()->subTitle() || !label->isVisible() || label->width() <= 0)
            continue;
        const int needed = label->heightForWidth(label->width());
        if (needed <= label->height())
            continue;
        if (QWidget *header = label->parentWidget(); header && header != currentPage())
            header->setMaximumHeight(QWIDGETSIZE_MAX);
        label->setMinimumHeight(needed);
    }
}

void DiagnosisWizard::setTranslations(Translations *translations)
{
    m_translations = translations;
    if (!m_language) {
        m_language = new QPushButton(this);
        m_language->setObjectName(QStringLiteral("languageButton"));
        auto *menu = new QMenu(m_language);
        for (const QString &code : Translations::languages()) {
            QAction *action = menu->addAction(Translations::nativeName(code));
            action->setObjectName(QStringLiteral("language_") + code);
            connect(action, &QAction::triggered, this, [this, code] { switchLanguage(code); });
        }
        m_language->setMenu(menu);
        setButton(QWizard::CustomButton2, m_language);
        setOption(QWizard::HaveCustomButton2, true);
        setButtonLayout({QWizard::CustomButton2, QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton,
                         QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    }
    retranslate();
}

void DiagnosisWizard::switchLanguage(const QString &code)
{
    if (!m_translations || !m_translations->use(code))
        return;
    Translations::saveLanguage(code);
}

QString DiagnosisWizard::stepTitle(int pageId, const QString &name)
{
    return tr("Step %1 of %2: %3").arg(pageId).arg(int(PageId::Count)).arg(name);
}

void DiagnosisWizard::setTargetText(const QString &text)
{
    m_welcome->setTargetText(text);
}

void DiagnosisWizard::setDemoTargets(const QList<QPair<Lab::Scenario, QString>> &scenariosAndAddresses)
{
    m_welcome->setDemoTargets(scenariosAndAddresses);
}

void DiagnosisWizard::setProfile(const Profile &profile)
{
    if (!profile.target.isEmpty())
        m_welcome->setTargetText(profile.target);
    m_welcome->setHelpdeskMessage(profile.message);
    m_results->setSendReportTo(profile.sendReportTo);
    if (profile.includeResetHistory)
        m_results->setIncludeServerHistory(*profile.includeResetHistory);
    if (profile.budgetSeconds) {
        m_session->setExperimentBudget(*profile.budgetSeconds);
        qobject_cast<ExperimentsPage *>(page(PageId::DeeperTests))->setBudgetFromProfile(*profile.budgetSeconds);
    }
}

void DiagnosisWizard::openReport()
{
    const QString path = ReportWindow::askForReport(this);
    if (path.isEmpty())
        return;
    auto window = std::make_unique<ReportWindow>();
    QString error;
    if (!window->openFile(path, &error)) {
        QMessageBox::warning(this, ReportWindow::tr("Open report"), error);
        return;
    }
    window.release()->show(); // deletes itself when closed
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
