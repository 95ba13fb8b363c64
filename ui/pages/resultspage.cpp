#include "resultspage.h"

#include "report/exportdialog.h"
#include "report/reportview.h"
#include "session/diagnosissession.h"

#include <QtCore/QEvent>
#include <QtCore/QUrl>
#include <QtGui/QDesktopServices>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>
#include <QtWidgets/QWizard>

ResultsPage::ResultsPage(DiagnosisSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_view(new ReportView(this))
    , m_sendTo(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_includeHistory(new QCheckBox(this))
{
    setObjectName(QStringLiteral("resultsPage"));
    m_sendTo->setObjectName(QStringLiteral("sendReportTo"));
    m_sendTo->setWordWrap(true);
    m_sendTo->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // Opened here, and only for mail or the web: a profile comes from
    // outside, and another scheme would start whatever handles it.
    connect(m_sendTo, &QLabel::linkActivated, this, [](const QString &link) {
        const QUrl url(link);
        if (url.scheme() == QLatin1String("mailto") || url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });
    m_sendTo->hide();
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(m_export, &QPushButton::clicked, this, &ResultsPage::exportReport);

    m_includeHistory->setObjectName(QStringLiteral("includeServerHistory"));
    m_includeHistory->setChecked(m_session->includeServerHistory());
    connect(m_includeHistory, &QCheckBox::toggled, this, &ResultsPage::setIncludeServerHistory);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_sendTo, 1);
    bottom->addWidget(m_export, 0, Qt::AlignRight | Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_includeHistory);
    m_includeHistory->setVisible(BackgroundWatchService::existsOnThisSystem());
    layout->addLayout(bottom);
    retranslate();
}

void ResultsPage::retranslate()
{
    setSubTitle(tr("What we found, most likely cause first."));
    m_export->setText(tr("&Export report..."));
    m_export->setToolTip(tr("Save the report as a web page, PDF, text or JSON file to send to your helpdesk"));
    m_includeHistory->setText(tr("&Include this server's resets from before this run (the background watch's log)"));
    m_includeHistory->setToolTip(tr("Adds what the background watch saw of this server's connections over the last 7 days, in any "
                                    "program, to the report and every export. Off unless you or your helpdesk turn it on."));
    setSendReportTo(m_sendToAddress);
}

void ResultsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (wizard() && wizard()->currentPage() == this)
            initializePage(); // the findings, said again in the new language
    }
    QWizardPage::changeEvent(event);
}

void ResultsPage::initializePage()
{
    m_view->setReport(m_session->report());
}

void ResultsPage::setIncludeServerHistory(bool on)
{
    if (m_includeHistory->isChecked() != on)
        m_includeHistory->setChecked(on); // comes back here through toggled
    if (m_session->includeServerHistory() == on)
        return;
    m_session->setIncludeServerHistory(on);
    if (wizard() && wizard()->currentPage() == this)
        initializePage();
}

void ResultsPage::setSendReportTo(const QString &address)
{
    m_sendToAddress = address;
    m_sendTo->setVisible(!address.isEmpty());
    if (address.isEmpty())
        return;
    const bool mail = address.contains(QLatin1Char('@')) && !address.contains(QLatin1Char(':'));
    const QString link = mail ? QStringLiteral("mailto:") + address : address;
    m_sendTo->setText(tr("Your helpdesk asks you to send the report to <a href=\"%1\">%2</a>.")
                          .arg(link.toHtmlEscaped(), address.toHtmlEscaped()));
}

void ResultsPage::exportReport()
{
    ExportDialog dialog(m_view->report(), this);
    dialog.exec();
}
