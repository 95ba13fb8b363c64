#include "resetwatch.h"

#include "resetsenderjudge.h"
#include "resetwording.h"
#include "report/report.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>

Q_LOGGING_CATEGORY(lcResetWatch, "cdoc.resetwatch", QtWarningMsg)

ResetWatch::ResetWatch(QObject *parent)
    : ResetWatch(ResetEventSource::create(), parent)
{
}

ResetWatch::ResetWatch(std::unique_ptr<ResetEventSource> source, QObject *parent)
    : QObject(parent)
    , m_sourceImpl(std::move(source))
{
    connectSource();
}

ResetWatch::~ResetWatch() = default;

void ResetWatch::connectSource()
{
    connect(m_sourceImpl.get(), &ResetEventSource::started, this, &ResetWatch::handleStarted);
    connect(m_sourceImpl.get(), &ResetEventSource::failed, this, &ResetWatch::handleFailed);
    connect(m_sourceImpl.get(), &ResetEventSource::resetSeen, this, &ResetWatch::handleReset);
    connect(m_sourceImpl.get(), &ResetEventSource::stopped, this, &ResetWatch::handleStopped);
    connect(m_sourceImpl.get(), &ResetEventSource::lossReported, this, [this](qint64 kernelLost, qint64 dropped) {
        m_kernelLost = kernelLost;
        m_packetsDropped = dropped;
        Q_EMIT statusChanged();
    });
}

void ResetWatch::start()
{
    if (m_state != State::Stopped)
        return;
    m_state = State::Starting;
    m_counters.start();
    Q_EMIT statusChanged();
    m_sourceImpl->start();
}

QString ResetWatch::startWithPermission()
{
    if (!canAskPermission())
        return tr("This system has no way to ask for permission here (pkexec is missing).");
    // The helper without permission goes (not waited for); the one with it
    // takes its place. The counters run on across both.
    m_state = State::Starting;
    Q_EMIT statusChanged();
    m_sourceImpl->startWithPermission();
    return {};
}

bool ResetWatch::canAskPermission() const
{
    // Worth asking while the watch sees less than everything.
    return (m_source != Vocabulary::WatchSource::KernelEvents || !m_whyNot.isEmpty())
        && m_sourceImpl->canAskPermission();
}

void ResetWatch::stop()
{
    if (m_state == State::Stopped || m_state == State::Stopping)
        return;
    m_counters.stop();
    if (m_sourceImpl->isRunning() || m_state == State::Starting) {
        m_state = State::Stopping;
        Q_EMIT statusChanged();
        m_sourceImpl->stop();
        if (m_sourceImpl->isRunning() || m_state == State::Stopping) {
            // A source that was still starting may have nothing to stop.
            QTimer::singleShot(0, this, [this] {
                if (m_state == State::Stopping && !m_sourceImpl->isRunning())
                    finishStopping();
            });
        }
        return;
    }
    finishStopping();
}

void ResetWatch::finishStopping()
{
    if (m_state == State::Stopped)
        return;
    m_state = State::Stopped;
    Q_EMIT statusChanged();
    // Queued, so a caller that stops and then connects still hears it.
    QTimer::singleShot(0, this, &ResetWatch::stopped);
}

const ResetEvent *ResetWatch::findReset(quint16 localPort, const QString &peerAddress, quint16 peerPort) const
{
    if (localPort == 0)
        return nullptr;
    const QString local = QStringLiteral(":%1").arg(localPort);
    const QString remote = ResetEvent::endpoint(peerAddress, peerPort);
    const QList<ResetEvent> &events = m_log.events();
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->direction == Vocabulary::ResetDirection::Received && it->local.endsWith(local) && it->remote == remote)
            return &*it;
    }
    return nullptr;
}

void ResetWatch::handleStarted(const ResetEventSource::Capabilities &capabilities)
{
    if (m_state != State::Starting)
        return; // stopped meanwhile (a late hello, after a permission dialog)
    m_state = State::Running;
    m_source = sourceOf(capabilities, &m_whyNot);
    qCInfo(lcResetWatch) << "watching resets:" << Vocabulary::wireName(m_source) << m_whyNot;
    Q_EMIT statusChanged();
}

Vocabulary::WatchSource ResetWatch::sourceOf(const ResetEventSource::Capabilities &capabilities, QString *whyNot)
{
    if (capabilities.kernelEvents) {
        *whyNot = capabilities.packetCapture
            ? QString()
            : tr("Without packet capture the watch cannot tell who sent each reset (%1).").arg(capabilities.captureWhyNot);
        return Vocabulary::WatchSource::KernelEvents;
    }
    *whyNot = tr("Without the kernel's events the watch cannot name the program behind each reset (%1).").arg(capabilities.kernelWhyNot);
    return Vocabulary::WatchSource::PacketCapture;
}

void ResetWatch::handleFailed(const QString &whyNot)
{
    if (m_state == State::Stopping || m_state == State::Stopped) {
        finishStopping();
        return;
    }
    // The counters go on: the user still sees how many.
    m_state = State::Running;
    m_source = Vocabulary::WatchSource::CountersOnly;
    m_whyNot = whyNot + QLatin1Char(' ')
        + tr("Only the system's count of resets is shown, without programs or servers.");
    qCInfo(lcResetWatch) << "counters only:" << whyNot;
    Q_EMIT statusChanged();
}

void ResetWatch::handleReset(const ResetEvent &raw)
{
    ResetEvent event = raw;
    ResetSenderJudge::judge(&event);
    m_log.add(event);
    Q_EMIT resetSeen(event);
}

void ResetWatch::handleStopped()
{
    if (m_state == State::Stopped)
        return;
    if (m_state == State::Stopping) {
        finishStopping();
        return;
    }
    // The helper went away while watching: keep what was seen, fall back
    // to the counters.
    handleFailed(tr("The reset watch's helper stopped."));
}

void ResetWatch::fillReport(Report *report) const
{
    ResetWatchInfo &info = report->resetWatch;
    info.ran = true;
    info.source = m_source;
    info.whyNot = m_whyNot;
    info.lostEvents = lostEvents();
    info.droppedFromLog = m_log.dropped();
    report->resetEvents = m_log.events();
    report->systemResets = m_counters.timeline();
    for (ProbeResult &probe : report->probes) {
        if (probe.outcome != Vocabulary::Outcome::Reset)
            continue;
        if (const ResetEvent *e = findReset(probe.localPort, probe.peerAddress, probe.peerPort)) {
            probe.resetSender = e->sender;
            probe.resetSenderHops = e->senderHops;
        }
    }
}

bool ResetWatch::seesPrograms() const
{
    return m_state == State::Running && m_source != Vocabulary::WatchSource::CountersOnly;
}

QString ResetWatch::statusText() const
{
    if (m_state == State::Starting)
        return tr("Starting the reset watch...");
    if (!m_whyNot.isEmpty())
        return m_whyNot;
    return tr("Watching %1.").arg(ResetWording::sourceText(m_source));
}

QString ResetWatch::summarySentence() const
{
    if (!seesPrograms())
        return tr("Resets counted by the system, for every program together.");
    const QList<ResetLog::Row> rows = m_log.rows();
    if (rows.isEmpty())
        return tr("No program on this computer has had a connection reset since the watch started.");
    return tr("%n reset(s) seen on this computer. The most: %1.", nullptr, m_log.total()).arg(ResetWording::rowLine(rows.constFirst()));
}
