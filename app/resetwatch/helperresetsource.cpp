#include "helperresetsource.h"

#include "helperstreamparser.h"
#include "libexecprogram.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QStandardPaths>

Q_LOGGING_CATEGORY(lcResetHelper, "cdoc.resetwatch.helper", QtWarningMsg)

namespace {
constexpr const char *HelperName = "cdoc-reset-helper";
}

HelperResetSource::HelperResetSource(QObject *parent)
    : ResetEventSource(parent)
{
    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        fail(m_viaPkexec ? tr("Permission was not given in time.")
                         : tr("The reset watch's helper did not answer."));
    });
}

HelperResetSource::~HelperResetSource()
{
    // At exit only: the helper has half a second to go by itself.
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->closeWriteChannel();
        if (!m_viaPkexec)
            m_process->terminate();
        if (!m_process->waitForFinished(500))
            m_process->kill();
    }
}

void HelperResetSource::release(std::unique_ptr<QProcess> process)
{
    if (!process)
        return;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning)
        return;
    process->closeWriteChannel();
    if (!m_viaPkexec)
        process->terminate();
    QProcess *p = process.release();
    connect(p, &QProcess::finished, p, &QObject::deleteLater);
}

QString HelperResetSource::helperPath()
{
    const QString fromEnvironment = qEnvironmentVariable("CDOC_RESET_HELPER");
    if (!fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).isFile() ? fromEnvironment : QString();
    // Not required to be executable by this user: the helper's group alone
    // may run it, and everyone else runs it through pkexec.
    return libexecProgramPath(QLatin1String(HelperName), false);
}

void HelperResetSource::start()
{
    const QString helper = helperPath();
    if (helper.isEmpty()) {
        fail(tr("The reset watch's helper (%1) is not installed.").arg(QLatin1String(HelperName)));
        return;
    }
    if (!QFileInfo(helper).isExecutable()) {
        // Installed for its group only (as Wireshark's dumpcap is).
        fail(tr("The reset watch is not allowed to see connections on this computer: its helper is only for members of the connection-doctor group."));
        return;
    }
    m_viaPkexec = false;
    launch(helper, {}, HelloTimeoutMs);
}

bool HelperResetSource::canAskPermission() const
{
    return !helperPath().isEmpty() && !QStandardPaths::findExecutable(QStringLiteral("pkexec")).isEmpty();
}

bool HelperResetSource::startWithPermission()
{
    const QString helper = helperPath();
    const QString pkexec = QStandardPaths::findExecutable(QStringLiteral("pkexec"));
    if (helper.isEmpty() || pkexec.isEmpty())
        return false;
    m_viaPkexec = true;
    launch(pkexec, {helper}, PermissionTimeoutMs);
    return true;
}

void HelperResetSource::launch(const QString &program, const QStringList &arguments, int helloTimeoutMs)
{
    release(std::move(m_process)); // a helper from before (say, without permission)
    m_process = std::make_unique<QProcess>();
    QProcess *process = m_process.get();
    process->setReadChannel(QProcess::StandardOutput);
    // The helper says what went wrong on its standard error: ours too.
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(process, &QProcess::readyReadStandardOutput, this, &HelperResetSource::readLines);
    connect(process, &QProcess::finished, this, &HelperResetSource::handleFinished);
    connect(process, &QProcess::errorOccurred, this, &HelperResetSource::handleError);
    m_stopping = false;
    m_helloSeen = false;
    m_buffer.clear();
    qCDebug(lcResetHelper) << "starting" << program << arguments;
    process->start(program, arguments);
    m_helloTimer.start(helloTimeoutMs);
}

void HelperResetSource::stop()
{
    m_helloTimer.stop();
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    // Closing its input is how the helper learns to stop, even when it runs
    // as root through pkexec and cannot be signalled by us. stopped()
    // follows when it has gone; nothing here waits.
    m_process->closeWriteChannel();
    if (!m_viaPkexec)
        m_process->terminate();
}

bool HelperResetSource::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning && m_helloSeen;
}

void HelperResetSource::handleError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart)
        fail(tr("The reset watch's helper could not be started: %1").arg(m_process->errorString()));
}

void HelperResetSource::fail(const QString &whyNot)
{
    m_helloTimer.stop();
    const bool wasStarted = m_helloSeen;
    m_helloSeen = false;
    m_stopping = true;
    // Not waited for; a helper root runs (pkexec) is told by its input.
    release(std::move(m_process));
    if (wasStarted)
        Q_EMIT stopped();
    else
        Q_EMIT failed(whyNot);
}

void HelperResetSource::readLines()
{
    if (!m_process)
        return;
    m_buffer += m_process->readAllStandardOutput();
    int start = 0;
    for (int newline = int(m_buffer.indexOf('\n')); newline >= 0; newline = int(m_buffer.indexOf('\n', start))) {
        const QByteArray line = m_buffer.mid(start, newline - start);
        start = newline + 1;
        const HelperStreamParser::Message message = HelperStreamParser::parseLine(line);
        switch (message.type) {
        case HelperStreamParser::Message::Type::Hello: {
            m_helloTimer.stop();
            Capabilities capabilities;
            capabilities.kernelEvents = message.kernelEvents;
            capabilities.packetCapture = message.packetCapture;
            capabilities.kernelWhyNot = message.kernelWhyNot;
            capabilities.captureWhyNot = message.captureWhyNot;
            if (!capabilities.kernelEvents && !capabilities.packetCapture) {
                // The helper ran but was allowed nothing; it exits by itself.
                Q_EMIT failed(tr("The reset watch is not allowed to see connections on this computer."));
                m_stopping = true;
                return;
            }
            m_helloSeen = true;
            Q_EMIT started(capabilities);
            break;
        }
        case HelperStreamParser::Message::Type::Reset:
            if (m_helloSeen)
                Q_EMIT resetSeen(message.reset);
            break;
        case HelperStreamParser::Message::Type::Stats:
            if (message.kernelLost > 0 || message.packetsDropped > 0)
                Q_EMIT lossReported(message.kernelLost, message.packetsDropped);
            break;
        case HelperStreamParser::Message::Type::Invalid:
            qCWarning(lcResetHelper) << "unreadable line from the helper:" << message.error;
            break;
        }
    }
    m_buffer.remove(0, start);
    // A line that never ends is not one we will read.
    if (m_buffer.size() > HelperStreamParser::MaxLineBytes) {
        qCWarning(lcResetHelper) << "helper line too long, dropped";
        m_buffer.clear();
    }
}

void HelperResetSource::handleFinished(int exitCode, QProcess::ExitStatus status)
{
    readLines();
    m_helloTimer.stop();
    const bool wasStarted = m_helloSeen;
    m_helloSeen = false;
    if (m_stopping) {
        if (wasStarted)
            Q_EMIT stopped();
        return;
    }
    if (wasStarted) {
        Q_EMIT stopped();
        return;
    }
    // pkexec: 126 is "not authorized" or a dismissed dialog, 127 "no agent".
    if (m_viaPkexec && (exitCode == 126 || exitCode == 127))
        Q_EMIT failed(tr("Permission to watch resets was not given."));
    else if (status == QProcess::CrashExit)
        Q_EMIT failed(tr("The reset watch's helper stopped unexpectedly."));
    else
        Q_EMIT failed(tr("The reset watch's helper ended without saying what it can see (exit status %1).").arg(exitCode));
}
