#include "checkspage.h"

#include "session/diagnosissession.h"
#include "checks/checkcatalog.h"
#include "widgets/announcer.h"
#include "widgets/checkrowlist.h"
#include "widgets/statusicon.h"

#include <QtCore/QEvent>

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

ChecksPage::ChecksPage(DiagnosisSession *session, const QString &group, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_group(group)
    , m_rows(new CheckRowList(this))
    , m_busy(new QProgressBar(this))
    , m_state(new QLabel(this))
    , m_stop(new QPushButton(this))
    , m_again(new QPushButton(this))
{
    setObjectName(QStringLiteral("checksPage_") + group);
    m_busy->setRange(0, 0); // busy: the checks report no fraction
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

    retranslate();
    connect(m_stop, &QPushButton::clicked, this, &ChecksPage::stop);
    connect(m_again, &QPushButton::clicked, this, &ChecksPage::run);
    connect(m_session, &DiagnosisSession::checkFinished, this, [this](const CheckResult &r) {
        if (r.group() == m_group && isVisible()) {
            m_rows->addResult(r);
            announce(r);
        }
    });
    connect(m_session, &DiagnosisSession::groupFinished, this, [this](const QString &group) {
        if (group == m_group)
            showResults();
    });
}

void ChecksPage::retranslate()
{
    m_stop->setText(tr("&Stop"));
    m_stop->setToolTip(tr("Stop the checks on this page; what was found so far stays"));
    m_again->setText(tr("&Run again"));
    m_again->setToolTip(tr("Run the checks on this page again from the start"));
    m_busy->setAccessibleName(tr("Testing"));
    m_busy->setAccessibleDescription(tr("Shown while the checks on this page run"));
    m_state->setAccessibleName(tr("Progress of the checks"));
    // The rows' plain names follow the language; what a check said stays
    // in the words it was said in until it runs again.
    if (!m_session->isRunning() || m_session->runningGroup() != m_group)
        showResults();
    else
        updateState();
}

void ChecksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

// Said to screen readers as each check ends, so a blind user hears the
// results come in without moving through the list.
void ChecksPage::announce(const CheckResult &result)
{
    // Short on screen, where the row below says the rest; whole for the
    // screen reader.
    m_state->setText(tr("%1: %2").arg(CheckCatalog::displayName(result.id), StatusIcon::text(result.status)));
    Announcer::instance()->announce(
        m_state, tr("%1: %2. %3").arg(CheckCatalog::displayName(result.id), StatusIcon::text(result.status), result.summary));
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
    // The last announcement is over: read what the line says now.
    m_state->setAccessibleDescription(m_state->text());
}
