#include "monitorpage.h"

#include "chart/programresetsview.h"
#include "chart/resetchartview.h"
#include "session/diagnosissession.h"

#include <QtCore/QEvent>

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QVBoxLayout>

MonitorPage::MonitorPage(DiagnosisSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_start(new QPushButton(this))
    , m_pause(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_window(new QComboBox(this))
    , m_view(new QComboBox(this))
    , m_chart(new ResetChartView(this))
    , m_programs(new ProgramResetsView(this))
    , m_views(new QStackedWidget(this))
    , m_watchStatus(new QLabel(this))
    , m_allow(new QPushButton(this))
    , m_sentence(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_historyWindow(new QComboBox(this))
    , m_historyStatus(new QLabel(this))
    , m_keepWatching(new QCheckBox(this))
    , m_backgroundStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("monitorPage"));
    m_start->setObjectName(QStringLiteral("watchButton"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_stop->setObjectName(QStringLiteral("stopMonitorButton"));
    m_window->setObjectName(QStringLiteral("windowChoice"));
    for (qint64 ms : {5 * 60 * 1000LL, 3600 * 1000LL, 24 * 3600 * 1000LL})
        m_window->addItem(QString(), ms);
    // Every program's resets: as far back as the background watch keeps them.
    m_historyWindow->setObjectName(QStringLiteral("historyWindowChoice"));
    for (const QString &name : ResetHistory::windowNames())
        m_historyWindow->addItem(QString(), *ResetHistory::windowMs(name));
    m_historyWindow->setCurrentIndex(1); // 24 hours
    m_view->setObjectName(QStringLiteral("viewChoice"));
    m_view->addItem(QString());
    m_view->addItem(QString());
    m_sentence->setObjectName(QStringLiteral("patternSentence"));
    m_sentence->setWordWrap(true);
    QFont bold = m_sentence->font();
    bold.setBold(true);
    m_sentence->setFont(bold);

    m_views->addWidget(m_chart);
    m_views->addWidget(m_programs);
    m_watchStatus->setObjectName(QStringLiteral("watchStatus"));
    m_watchStatus->setWordWrap(true);
    m_watchStatus->setTextFormat(Qt::PlainText);
    m_allow->setObjectName(QStringLiteral("allowWatchButton"));
    auto *watchRow = new QHBoxLayout;
    watchRow->addWidget(m_watchStatus, 1);
    watchRow->addWidget(m_allow);
    m_historyStatus->setObjectName(QStringLiteral("historyStatus"));
    m_historyStatus->setWordWrap(true);
    m_historyStatus->setTextFormat(Qt::PlainText);
    m_keepWatching->setObjectName(QStringLiteral("keepWatchingCheck"));
    m_backgroundStatus->setObjectName(QStringLiteral("backgroundWatchStatus"));
    m_backgroundStatus->setWordWrap(true);
    m_backgroundStatus->setTextFormat(Qt::PlainText);
    auto *backgroundRow = new QHBoxLayout;
    backgroundRow->addWidget(m_keepWatching);
    backgroundRow->addWidget(m_backgroundStatus, 1);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_start);
    controls->addWidget(m_pause);
    controls->addWidget(m_stop);
    controls->addStretch(1);
    controls->addWidget(m_view);
    controls->addWidget(m_window);
    controls->addWidget(m_historyWindow);
    auto *layout = new QVBoxLayout(this);
    // The rest of the introduction, three lines in some languages: in the
    // page's own layout, which gives a wrapped label the height its lines
    // need (QWizard's subtitle does not, and cuts the last line off).
    m_intro->setObjectName(QStringLiteral("monitorIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    layout->addLayout(controls);
    layout->addLayout(watchRow);
    layout->addWidget(m_historyStatus);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_sentence);
    layout->addLayout(backgroundRow);

    retranslate();
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, &MonitorPage::refresh);
    connect(m_start, &QPushButton::clicked, this, &MonitorPage::start);
    connect(m_pause, &QPushButton::clicked, this, &MonitorPage::togglePause);
    connect(m_stop, &QPushButton::clicked, this, &MonitorPage::stop);
    connect(m_window, &QComboBox::currentIndexChanged, this, &MonitorPage::refresh);
    connect(m_view, &QComboBox::currentIndexChanged, this, &MonitorPage::showView);
    connect(m_allow, &QPushButton::clicked, this, &MonitorPage::allowWatching);
    connect(&m_session->resetWatch(), &ResetWatch::statusChanged, this, &MonitorPage::refresh);
    connect(m_historyWindow, &QComboBox::currentIndexChanged, this, &MonitorPage::readHistory);
    connect(m_session, &DiagnosisSession::resetHistoryRead, this, &MonitorPage::refresh);
    connect(m_keepWatching, &QCheckBox::clicked, this, &MonitorPage::toggleBackgroundWatch);
    BackgroundWatchService *background = &m_session->backgroundWatch();
    connect(background, &BackgroundWatchService::statusChanged, this, &MonitorPage::showBackgroundWatch);
    connect(background, &BackgroundWatchService::switched, this, &MonitorPage::handleBackgroundSwitched);
    connect(&m_session->monitor(), &ResetMonitor::finished, this, &MonitorPage::updateButtons);
}

void MonitorPage::retranslate()
{
    setSubTitle(tr("Problems that come and go are the hardest to catch."));
    m_intro->setText(tr("Let this run while you work: it tries your service every second and shows how often connections "
                        "are cut off. You can go on to the results meanwhile."));
    m_start->setText(tr("&Watch"));
    m_start->setToolTip(tr("Start trying your service every second"));
    m_pause->setToolTip(tr("Pause or resume the tries; what was counted stays"));
    m_stop->setText(tr("S&top"));
    m_stop->setToolTip(tr("Stop watching"));
    m_window->setAccessibleName(tr("Time shown"));
    m_window->setToolTip(tr("How much time the chart shows"));
    m_window->setItemText(0, tr("Last 5 minutes"));
    m_window->setItemText(1, tr("Last hour"));
    m_window->setItemText(2, tr("Last 24 hours"));
    m_view->setAccessibleName(tr("Connections shown"));
    m_view->setToolTip(tr("Your service alone, or connections cut off for every program on this computer"));
    m_view->setItemText(0, tr("Your service"));
    m_view->setItemText(1, tr("All programs on this computer"));
    m_sentence->setAccessibleName(tr("What the chart shows"));
    m_allow->setText(tr("&Allow..."));
    m_allow->setToolTip(tr("Let the app see every program's connections; your system asks for an administrator's password"));
    m_allow->setAccessibleDescription(m_allow->toolTip());
    m_watchStatus->setAccessibleName(tr("What the watch can see"));
    m_historyWindow->setAccessibleName(tr("Time shown"));
    m_historyWindow->setToolTip(tr("How far back the chart and the table go, from the background watch's log"));
    m_historyWindow->setItemText(0, tr("Last hour"));
    m_historyWindow->setItemText(1, tr("Last 24 hours"));
    m_historyWindow->setItemText(2, tr("Last 7 days"));
    m_historyStatus->setAccessibleName(tr("What the background watch's log holds"));
    m_keepWatching->setText(tr("&Keep watching in the background"));
    m_keepWatching->setToolTip(tr("Keep a log of every program's resets, also while this app is closed "
                                  "(the connection-doctor-watch service); your system asks for an administrator's password"));
    m_keepWatching->setAccessibleDescription(m_keepWatching->toolTip());
    m_backgroundStatus->setAccessibleName(tr("Whether the background watch is on"));
    showBackgroundWatch();
    updateButtons();
    refresh();
}

void MonitorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void MonitorPage::initializePage()
{
    m_refresh.start();
    refresh();
    updateButtons();
}

void MonitorPage::start()
{
    QString error;
    if (!m_session->startMonitor(1000, &error))
        m_sentence->setText(error);
    refresh();
    updateButtons();
}

void MonitorPage::togglePause()
{
    ResetMonitor &monitor = m_session->monitor();
    if (monitor.isPaused())
        monitor.resume();
    else
        monitor.pause();
    updateButtons();
}

void MonitorPage::stop()
{
    m_session->monitor().stop();
    updateButtons();
}

void MonitorPage::showView()
{
    // Every program's resets: the watch starts the first time they are asked for.
    if (m_view->currentIndex() == 1 && m_session->resetWatch().state() == ResetWatch::State::Stopped)
        m_session->resetWatch().start();
    // And what the background watch saw before: read once, then on request.
    if (m_view->currentIndex() == 1 && !m_historyAsked && BackgroundWatchService::existsOnThisSystem()) {
        readHistory();
        m_session->backgroundWatch().refresh();
    }
    refresh();
}

void MonitorPage::readHistory()
{
    m_historyAsked = true;
    m_session->readResetHistory(m_historyWindow->currentData().toLongLong());
    refresh();
}

QString MonitorPage::historyText() const
{
    const ResetHistory &history = m_session->resetHistory();
    if (m_session->isReadingResetHistory() && history.status() == ResetHistory::Status::NotRead)
        return tr("Reading the background watch's log...");
    switch (history.status()) {
    case ResetHistory::Status::NotRead:
        return {};
    case ResetHistory::Status::Read:
        return ResetHistory::summary(history.watchInfo(), history.events().size());
    case ResetHistory::Status::NoLog:
        return history.whyNot() + QLatin1Char(' ')
            + tr("To keep one from now on, tick \"Keep watching in the background\" below.");
    case ResetHistory::Status::NotReadable:
        return history.whyNot();
    }
    return {};
}

void MonitorPage::toggleBackgroundWatch(bool on)
{
    m_backgroundError.clear();
    m_session->backgroundWatch().turn(on);
    showBackgroundWatch();
}

void MonitorPage::handleBackgroundSwitched(bool ok, const QString &message)
{
    m_backgroundError = ok ? QString() : message;
    // Once on, the log starts: what it holds so far is worth reading.
    if (ok)
        readHistory();
    showBackgroundWatch();
}

void MonitorPage::showBackgroundWatch()
{
    const BackgroundWatchService &service = m_session->backgroundWatch();
    // The box shows what is, not what was asked, until the system says.
    m_keepWatching->setChecked(service.isOn());
    m_keepWatching->setEnabled(service.canSwitch() && !service.isBusy());
    if (service.isBusy() && service.state() != BackgroundWatchService::State::Unknown)
        m_backgroundStatus->setText(tr("Waiting for the system (it may ask for an administrator's password)..."));
    else if (!m_backgroundError.isEmpty())
        m_backgroundStatus->setText(m_backgroundError);
    else
        m_backgroundStatus->setText(service.statusText());
}

void MonitorPage::allowWatching()
{
    const QString whyNot = m_session->resetWatch().startWithPermission();
    if (!whyNot.isEmpty())
        m_watchStatus->setText(whyNot);
}

void MonitorPage::refresh()
{
    const ResetMonitor &monitor = m_session->monitor();
    const qint64 window = m_window->currentData().toLongLong();
    const bool allPrograms = m_view->currentIndex() == 1;
    const bool history = allPrograms && BackgroundWatchService::existsOnThisSystem();
    m_watchStatus->setVisible(allPrograms);
    m_historyStatus->setVisible(history);
    m_keepWatching->setVisible(history);
    m_backgroundStatus->setVisible(history);
    m_historyWindow->setVisible(history);
    m_window->setVisible(!allPrograms);
    m_allow->setVisible(false);
    if (allPrograms) {
        refreshWatch();
        return;
    }
    m_views->setCurrentWidget(m_chart);
    m_chart->setTimeline(monitor.timeline(), window);
    m_chart->setEvents(monitor.events());
    if (monitor.timeline().isEmpty())
        m_sentence->setText(tr("Not watching yet: press Watch to start."));
    else
        m_sentence->setText(monitor.patterns().sentence);
}

void MonitorPage::refreshWatch()
{
    const ResetWatch &watch = m_session->resetWatch();
    const qint64 window = m_historyWindow->currentData().toLongLong();
    const QList<NetworkEvent> events = m_session->monitor().events();
    m_watchStatus->setText(watch.statusText());
    m_allow->setVisible(watch.state() == ResetWatch::State::Running && watch.canAskPermission());
    m_sentence->setText(watch.summarySentence());
    m_historyStatus->setText(historyText());
    const bool logRead = m_session->resetHistory().status() == ResetHistory::Status::Read;
    // The live watch's "counted by the system" would describe a chart not shown.
    if (logRead && !watch.seesPrograms())
        m_sentence->clear();
    if (!watch.seesPrograms() && !logRead) {
        // What the system counts, over every program: better than nothing.
        // It keeps a day.
        m_views->setCurrentWidget(m_chart);
        m_chart->setTimeline(watch.counters(), qMin(window, 24 * 3600 * 1000LL));
        m_chart->setEvents(events);
        return;
    }
    // The log's resets, then the live watch's.
    m_views->setCurrentWidget(m_programs);
    m_programs->setLog(m_session->allProgramsResets(), window, events);
}

void MonitorPage::updateButtons()
{
    const ResetMonitor &monitor = m_session->monitor();
    m_start->setEnabled(!monitor.isRunning());
    m_pause->setEnabled(monitor.isRunning());
    m_pause->setText(monitor.isPaused() ? tr("&Resume") : tr("&Pause"));
    m_stop->setEnabled(monitor.isRunning());
}
