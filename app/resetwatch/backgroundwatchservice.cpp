#include "backgroundwatchservice.h"
#include "libexecprogram.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcBackgroundWatch, "cdoc.resetwatch.background", QtWarningMsg)

namespace {
constexpr const char *ActionName = "cdoc-background-watch";
// pkexec's own exit codes: the user dismissed the dialog (126), or was
// not authorised or could not be asked (127).
constexpr int PkexecDismissed = 126;
constexpr int PkexecNotAuthorized = 127;

QString firstLine(const QString &text)
{
    return text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
}
QString lastLine(const QString &text)
{
    return text.trimmed().section(QLatin1Char('\n'), -1).trimmed();
}
} // namespace

BackgroundWatchService::Tools BackgroundWatchService::Tools::detect()
{
    Tools t;
    t.systemctl = QStandardPaths::findExecutable(QStringLiteral("systemctl"));
    t.pkexec = QStandardPaths::findExecutable(QStringLiteral("pkexec"));
    t.action = actionPath();
    // sd_booted(3): systemd made this directory if, and only if, it started
    // the system. In a container or under another init, systemctl fails.
    t.systemdRunning = QFileInfo(QStringLiteral("/run/systemd/system")).isDir();
#ifdef Q_OS_UNIX
    t.root = geteuid() == 0;
#endif
    return t;
}

BackgroundWatchService::BackgroundWatchService(QObject *parent)
    : BackgroundWatchService(Tools::detect(), parent)
{
}

BackgroundWatchService::BackgroundWatchService(const Tools &tools, QObject *parent)
    : QObject(parent)
    , m_tools(tools)
{
}

BackgroundWatchService::~BackgroundWatchService()
{
    if (m_process) {
        // systemctl finishes in a moment; pkexec may wait for a password
        // no one will give now.
        m_process->disconnect(this);
        if (!m_process->waitForFinished(2000))
            m_process->kill();
        m_process->waitForFinished(500);
    }
}

QString BackgroundWatchService::unitName()
{
    return QStringLiteral("connection-doctor-watch.service");
}

QString BackgroundWatchService::actionPath()
{
    return libexecProgramPath(QLatin1String(ActionName), true);
}

BackgroundWatchService::Command BackgroundWatchService::switchCommand(bool on, const Tools &tools)
{
    if (tools.root) {
        if (tools.systemctl.isEmpty())
            return {};
        return {tools.systemctl, {on ? QStringLiteral("enable") : QStringLiteral("disable"), QStringLiteral("--now"), unitName()}};
    }
    // polkit knows the action by its path: pkexec needs it whole.
    if (tools.pkexec.isEmpty() || tools.action.isEmpty())
        return {};
    return {tools.pkexec, {tools.action, on ? QStringLiteral("on") : QStringLiteral("off")}};
}

BackgroundWatchService::State BackgroundWatchService::stateFrom(int enabledExit, const QString &enabled,
                                                                const QString &enabledError, int activeExit,
                                                                const QString &active)
{
    const QString e = firstLine(enabled);
    const QString a = firstLine(active);
    const bool running = activeExit == 0 || a == QLatin1String("active") || a == QLatin1String("reloading")
        || a == QLatin1String("activating");
    if (e.isEmpty() || e == QLatin1String("not-found")) {
        // systemctl is-enabled: "Failed to get unit file state for ...: No such file or directory".
        if (enabledError.contains(QLatin1String("No such file")) || e == QLatin1String("not-found") || enabledExit != 0)
            return running ? State::RunningOnly : State::NotInstalled;
    }
    if (e.startsWith(QLatin1String("masked")))
        return State::Masked;
    const bool isEnabled = e == QLatin1String("enabled") || e == QLatin1String("enabled-runtime")
        || e == QLatin1String("alias") || e == QLatin1String("linked") || e == QLatin1String("linked-runtime");
    if (isEnabled)
        return running ? State::On : State::Failed;
    return running ? State::RunningOnly : State::Off;
}

QString BackgroundWatchService::stateText(State state)
{
    switch (state) {
    case State::Unknown:
        return tr("Asking the system whether the background watch is on...");
    case State::NoSystemd:
        if (!existsOnThisSystem())
            return tr("The background watch is part of Connection Doctor for Linux: here, resets are seen only while this "
                      "app watches.");
        return tr("This system was not started by systemd, so the background watch (%1) cannot run here.").arg(unitName());
    case State::NotInstalled:
        return tr("The background watch (%1) is not installed: it comes with the connection-doctor package.").arg(unitName());
    case State::Masked:
        return tr("An administrator has masked the background watch (%1), so it cannot be turned on.").arg(unitName());
    case State::Off:
        return tr("The background watch is off: resets are seen only while this app watches.");
    case State::On:
        return tr("The background watch is on: it keeps a log of every program's resets, for 7 days, also while this app "
                  "is closed.");
    case State::Failed:
        return tr("The background watch is turned on but is not running; its messages are in journalctl -u %1.").arg(unitName());
    case State::RunningOnly:
        return tr("The background watch runs now, but is not turned on: it will not start again when the computer does.");
    }
    return {};
}

QString BackgroundWatchService::switchMessage(bool on, bool viaPkexec, int exitCode, const QString &errorOutput, bool *ok)
{
    *ok = exitCode == 0;
    if (*ok)
        return on ? tr("The background watch is now on.") : tr("The background watch is now off.");
    if (viaPkexec && (exitCode == PkexecDismissed || exitCode == PkexecNotAuthorized))
        return tr("Permission was not given, so the background watch was not changed.");
    const QString why = lastLine(errorOutput);
    if (why.isEmpty()) {
        return on ? tr("The background watch could not be turned on (exit status %1).").arg(exitCode)
                  : tr("The background watch could not be turned off (exit status %1).").arg(exitCode);
    }
    return on ? tr("The background watch could not be turned on: %1").arg(why)
              : tr("The background watch could not be turned off: %1").arg(why);
}

bool BackgroundWatchService::canSwitch() const
{
    return m_tools.systemdRunning && m_state != State::NotInstalled && m_state != State::Masked && m_state != State::Unknown
        && !switchCommand(true, m_tools).program.isEmpty();
}

void BackgroundWatchService::setState(State state)
{
    m_state = state;
    Q_EMIT statusChanged();
}

void BackgroundWatchService::refresh()
{
    if (isBusy()) {
        m_refreshAgain = true;
        return;
    }
    if (!m_tools.systemdRunning || m_tools.systemctl.isEmpty()) {
        setState(State::NoSystemd);
        return;
    }
    run({m_tools.systemctl, {QStringLiteral("is-enabled"), unitName()}},
        [this](int exitCode, const QString &output, const QString &errorOutput) { askActive(exitCode, output, errorOutput); });
}

void BackgroundWatchService::askActive(int enabledExit, const QString &enabled, const QString &enabledError)
{
    run({m_tools.systemctl, {QStringLiteral("is-active"), unitName()}},
        [this, enabledExit, enabled, enabledError](int exitCode, const QString &output, const QString &) {
            setState(stateFrom(enabledExit, enabled, enabledError, exitCode, output));
            if (m_refreshAgain) {
                m_refreshAgain = false;
                refresh();
            }
        });
}

void BackgroundWatchService::turn(bool on)
{
    if (isBusy())
        return;
    if (!m_tools.systemdRunning) {
        setState(State::NoSystemd);
        Q_EMIT switched(false, stateText(State::NoSystemd));
        return;
    }
    const Command command = switchCommand(on, m_tools);
    if (command.program.isEmpty()) {
        Q_EMIT switched(false, m_tools.root || m_tools.pkexec.isEmpty()
                                   ? tr("The background watch cannot be changed here: %1 is missing.")
                                         .arg(m_tools.root ? QStringLiteral("systemctl") : QStringLiteral("pkexec"))
                                   : tr("The background watch cannot be changed here: its action (%1) is not installed.")
                                         .arg(QLatin1String(ActionName)));
        return;
    }
    m_switchingOn = on;
    m_switchViaPkexec = !m_tools.root;
    run(command, [this](int exitCode, const QString &, const QString &errorOutput) { handleSwitched(exitCode, errorOutput); });
}

void BackgroundWatchService::handleSwitched(int exitCode, const QString &errorOutput)
{
    bool ok = false;
    const QString message = switchMessage(m_switchingOn, m_switchViaPkexec, exitCode, errorOutput, &ok);
    Q_EMIT switched(ok, message);
    refresh();
}

void BackgroundWatchService::run(const Command &command, Done done)
{
    m_process = std::make_unique<QProcess>();
    QProcess *process = m_process.get();
    // systemctl's words are read, not shown: the C locale's, whatever the user's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("SYSTEMD_PAGER"), QString());
    process->setProcessEnvironment(environment);
    auto finish = [this, process, done](int exitCode, const QString &errorText) {
        const QString output = QString::fromLocal8Bit(process->readAllStandardOutput());
        const QString errorOutput = QString::fromLocal8Bit(process->readAllStandardError()) + errorText;
        process->disconnect(this);
        m_process.release()->deleteLater();
        done(exitCode, output, errorOutput);
    };
    connect(process, &QProcess::finished, this, [finish, process](int exitCode, QProcess::ExitStatus status) {
        finish(status == QProcess::NormalExit ? exitCode : -1, status == QProcess::NormalExit ? QString() : process->errorString());
    });
    connect(process, &QProcess::errorOccurred, this, [finish, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(-1, process->errorString());
    });
    qCDebug(lcBackgroundWatch) << "running" << command.program << command.arguments;
    process->start(command.program, command.arguments);
}
