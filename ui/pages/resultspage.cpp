#include "resultspage.h"

#include "report/exportdialog.h"
#include "report/reportview.h"
#include "session/diagnosissession.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

ResultsPage::ResultsPage(DiagnosisSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_view(new ReportView(this))
    , m_sendTo(new QLabel(this))
    , m_export(new QPushButton(tr("&Export report..."), this))
{
    setObjectName(QStringLiteral("resultsPage"));
    setSubTitle(tr("What we found, most likely cause first."));
    m_sendTo->setObjectName(QStringLiteral("sendReportTo"));
    m_sendTo->setWordWrap(true);
    m_sendTo->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_sendTo->setOpenExternalLinks(true);
    m_sendTo->hide();
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save the report as a web page, PDF, text or JSON file to send to your helpdesk"));
    connect(m_export, &QPushButton::clicked, this, &ResultsPage::exportReport);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_sendTo, 1);
    bottom->addWidget(m_export, 0, Qt::AlignRight | Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
}

void ResultsPage::initializePage()
{
    m_view->setReport(m_session->report());
}

void ResultsPage::setSendReportTo(const QString &address)
{
    m_sendTo->setVisible(!address.isEmpty());
    if (address.isEmpty())
        return;
    const QString link = address.contains(QLatin1Char('@')) && !address.contains(QLatin1Char(':'))
        ? QStringLiteral("mailto:") + address
        : address;
    m_sendTo->setText(tr("Your helpdesk asks you to send the report to <a href=\"%1\">%2</a>.")
                          .arg(link.toHtmlEscaped(), address.toHtmlEscaped()));
}

void ResultsPage::exportReport()
{
    ExportDialog dialog(m_view->report(), this);
    dialog.exec();
}
