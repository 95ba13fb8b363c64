#include "checkspage.h"

#include "session/diagnosissession.h"
#include "widgets/checkrowlist.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

ChecksPage::ChecksPage(DiagnosisSession *session, const QString &group, const QString &intro, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_group(group)
    , m_rows(new CheckRowList(this))
    , m_busy(new QProgressBar(this))
    , m_state(new QLabel(this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_again(new QPushButton(tr("&Run again"), this))
{
    setObjectName(QStringLiteral("checksPage_") + group);
    setSubTitle(intro);
    m_busy->setRange(0, 0); // busy: the checks report no fraction
    m_busy->setAccessibleName(tr("Testing"));
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_again->setObjectName(QStringLiteral("runAgainButton"));
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_again);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_rows, 1);
    layout->addLayout(buttons);

    connect(m_stop, &QPushButton::clicked, this, &ChecksPage::stop);
    connect(m_again, &QPushButton::clicked, this, &ChecksPage::run);
    connect(m_session, &DiagnosisSession::checkFinished, this, [this](const CheckResult &r) {
        if (r.group() == m_group && isVisible())
            m_rows->addResult(r);
    });
    connect(m_session, &DiagnosisSession::groupFinished, this, [this](const QString &group) {
        if (group == m_group)
            showResults();
    });
}

void ChecksPage::initializePage()
{
    // Back and Next keep what was found; only a page never run starts work.
    if (m_session->hasRun(m_group) || !m_session->results(m_group).isEmpty())
        showResults();
    else
        run();
}

void ChecksPage::cleanupPage()
{
    stop();
}

bool ChecksPage::validatePage()
{
    // Moving on while checks run skips the rest of them.
    stop();
    return true;
}

void ChecksPage::run()
{
    m_rows->clear();
    m_session->runGroup(m_group);
    updateState();
}

void ChecksPage::stop()
{
    if (m_session->isRunning() && m_session->runningGroup() == m_group)
        m_session->cancel();
    updateState();
}

void ChecksPage::showResults()
{
    m_rows->setResults(m_session->results(m_group));
    updateState();
}

void ChecksPage::updateState()
{
    const bool running = m_session->isRunning() && m_session->runningGroup() == m_group;
    m_busy->setVisible(running);
    m_stop->setEnabled(running);
    m_again->setEnabled(!running);
    if (running)
        m_state->setText(tr("Testing... you can move on at any time."));
    else if (m_session->hasRun(m_group))
        m_state->setText(tr("Done."));
    else
        m_state->setText(tr("Stopped before the end."));
}
