#include "experimentspage.h"

#include "session/diagnosissession.h"
#include "checks/checkcatalog.h"
#include "widgets/announcer.h"
#include "widgets/checkrowlist.h"

#include <QtCore/QEvent>

#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QVBoxLayout>

namespace {
const QString Group = QStringLiteral("experiments");
}

ExperimentsPage::ExperimentsPage(DiagnosisSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_duration(new QButtonGroup(this))
    , m_start(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_timeLeft(new QLabel(this))
    , m_rows(new CheckRowList(this))
{
    setObjectName(QStringLiteral("experimentsPage"));
    auto *choices = new QHBoxLayout;
    for (int seconds : {60, 120, 300}) {
        auto *button = new QRadioButton(this);
        button->setObjectName(QStringLiteral("duration%1").arg(seconds));
        m_duration->addButton(button, seconds);
        choices->addWidget(button);
    }
    m_duration->button(120)->setChecked(true);
    choices->addStretch(1);

    m_start->setObjectName(QStringLiteral("startButton"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_progress->setRange(0, 100);
    m_timeLeft->setObjectName(QStringLiteral("timeLeft"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_start);
    controls->addWidget(m_stop);
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_timeLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addLayout(controls);
    layout->addWidget(m_rows, 1);

    retranslate();
    m_ticker.setInterval(500);
    connect(&m_ticker, &QTimer::timeout, this, &ExperimentsPage::tick);
    connect(m_start, &QPushButton::clicked, this, &ExperimentsPage::start);
    connect(m_stop, &QPushButton::clicked, this, &ExperimentsPage::stop);
    connect(m_session, &DiagnosisSession::checkFinished, this, [this](const CheckResult &r) {
        if (r.group() == Group) {
            m_rows->addResult(r);
            // Said to screen readers as each test ends.
            Announcer::instance()->announce(m_timeLeft, tr("%1: %2").arg(CheckCatalog::displayName(r.id), r.summary));
        }
    });
    connect(m_session, &DiagnosisSession::groupFinished, this, [this](const QString &group) {
        if (group != Group)
            return;
        m_ticker.stop();
        showResults();
        Q_EMIT completeChanged();
    });
}

void ExperimentsPage::retranslate()
{
    setSubTitle(tr("Now we test your service itself: how long a quiet connection lasts, how large an upload may be, "
                   "and what happens with many connections at once. Choose how long the tests may take."));
    m_duration->button(60)->setText(tr("&Quick (about 1 minute)"));
    m_duration->button(120)->setText(tr("Stan&dard (about 2 minutes)"));
    m_duration->button(300)->setText(tr("Th&orough (about 5 minutes)"));
    for (QAbstractButton *b : m_duration->buttons())
        b->setToolTip(tr("How long the tests may take: longer tests find longer timeouts"));
    m_stop->setText(tr("&Stop"));
    m_stop->setToolTip(tr("Stop the tests; what was found so far stays"));
    m_start->setToolTip(tr("Start the tests against your service"));
    m_progress->setAccessibleName(tr("Progress of the tests"));
    m_progress->setAccessibleDescription(tr("How much of the time the tests may take has passed"));
    m_timeLeft->setAccessibleName(tr("Time left"));
    if (m_ticker.isActive())
        tick();
    else
        showResults();
}

void ExperimentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ExperimentsPage::setBudgetFromProfile(int seconds)
{
    m_budgetFromProfile = seconds;
    updateState();
}

void ExperimentsPage::initializePage()
{
    showResults();
}

void ExperimentsPage::cleanupPage()
{
    stop();
}

bool ExperimentsPage::validatePage()
{
    stop();
    return true;
}

bool ExperimentsPage::isComplete() const
{
    // The results page works with whatever evidence there is; only a
    // running test holds the user here (Stop ends it at once).
    return !(m_session->isRunning() && m_session->runningGroup() == Group);
}

void ExperimentsPage::start()
{
    m_rows->clear();
    // A helpdesk's profile decides the budget; otherwise the user does.
    m_session->setExperimentBudget(m_budgetFromProfile > 0 ? m_budgetFromProfile : m_duration->checkedId());
    m_session->runGroup(Group);
    m_clock.start();
    m_ticker.start();
    tick();
    updateState();
    Q_EMIT completeChanged();
}

void ExperimentsPage::stop()
{
    if (m_session->isRunning() && m_session->runningGroup() == Group)
        m_session->cancel();
    m_ticker.stop();
    updateState();
    Q_EMIT completeChanged();
}

void ExperimentsPage::tick()
{
    const int budget = m_session->experimentBudget();
    const qint64 elapsed = m_clock.elapsed() / 1000;
    m_progress->setValue(int(qMin<qint64>(99, elapsed * 100 / qMax(1, budget))));
    const qint64 left = qMax<qint64>(0, budget - elapsed);
    m_timeLeft->setText(tr("At most %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

void ExperimentsPage::showResults()
{
    m_rows->setResults(m_session->results(Group));
    if (m_session->hasRun(Group)) {
        m_progress->setValue(100);
        m_timeLeft->setText(tr("Done."));
    }
    updateState();
}

void ExperimentsPage::updateState()
{
    const bool running = m_session->isRunning() && m_session->runningGroup() == Group;
    m_start->setEnabled(!running);
    m_start->setText(m_session->hasRun(Group) ? tr("Run the tests &again") : tr("S&tart the tests"));
    m_stop->setEnabled(running);
    for (QAbstractButton *b : m_duration->buttons())
        b->setEnabled(!running && m_budgetFromProfile <= 0);
    if (!running && !m_session->hasRun(Group) && m_session->results(Group).isEmpty()) {
        m_progress->setValue(0);
        m_timeLeft->setText(tr("Not started"));
    }
}
