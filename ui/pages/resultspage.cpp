#include "resultspage.h"

#include "session/diagnosissession.h"
#include "widgets/collapsiblesection.h"

#include <QtWidgets/QLabel>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QVBoxLayout>

namespace {

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-left: -20px\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

ResultsPage::ResultsPage(DiagnosisSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_headline(new QLabel(this))
    , m_steps(new QLabel(this))
    , m_others(new QVBoxLayout)
{
    setObjectName(QStringLiteral("resultsPage"));
    setSubTitle(tr("What we found, most likely cause first."));
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setObjectName(QStringLiteral("firstSteps"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);

    auto *host = new QWidget;
    auto *hostLayout = new QVBoxLayout(host);
    hostLayout->addWidget(m_headline);
    hostLayout->addWidget(m_steps);
    hostLayout->addLayout(m_others);
    hostLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(host);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
}

void ResultsPage::initializePage()
{
    while (QLayoutItem *item = m_others->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Report report = m_session->report();
    if (report.findings.isEmpty())
        return;
    const Finding &top = report.findings.constFirst();
    m_headline->setText(top.title);
    m_headline->setAccessibleName(tr("Most likely cause"));
    m_steps->setText(QStringLiteral("<p>%1</p><p><b>%2</b></p>%3")
                         .arg(top.explanation.toHtmlEscaped(), tr("What to do now").toHtmlEscaped(), bulletList(top.userSteps)));

    for (qsizetype i = 0; i < report.findings.size(); ++i) {
        const Finding &f = report.findings.at(i);
        auto *body = new QLabel;
        body->setWordWrap(true);
        body->setTextFormat(Qt::RichText);
        body->setTextInteractionFlags(Qt::TextSelectableByMouse);
        body->setText(QStringLiteral("<p>%1</p><p><b>%2</b></p>%3<p><b>%4</b></p>%5<p><b>%6</b></p>%7")
                          .arg(f.explanation.toHtmlEscaped(), tr("What we saw").toHtmlEscaped(), bulletList(f.evidence),
                               tr("What you can do").toHtmlEscaped(), bulletList(f.userSteps),
                               tr("For your helpdesk or the server's administrator").toHtmlEscaped(), bulletList(f.adminSteps)));
        const QString title = i == 0 ? tr("Details of the most likely cause") : f.title;
        auto *section = new CollapsibleSection(QStringLiteral("%1 (%2%)").arg(title).arg(qRound(f.confidence * 100)), body);
        section->setObjectName(QStringLiteral("finding_") + Vocabulary::wireName(f.id));
        m_others->addWidget(section);
    }
    if (report.findings.size() > 1)
        m_others->insertWidget(1, new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Other possible causes").toHtmlEscaped())));
}
