#ifndef CDOC_BACKGROUNDWATCHSERVICE_H
#define CDOC_BACKGROUNDWATCHSERVICE_H

#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QProcess;
QT_END_NAMESPACE

// Turns the background watch (the systemd unit connection-doctor-watch.service,
// which runs cdoc-reset-helper --background) on and off, and says whether it
// is on. As root it runs systemctl itself; as anyone else it runs the
// package's one privileged action (cdoc-background-watch on|off) through
// pkexec, which asks for an administrator's password (polkit action
// io.github.connectiondoctor.ConnectionDoctor.backgroundwatch). Where
// systemd does not run the system, it says so instead of trying.
class BackgroundWatchService : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Unknown,      // not asked yet, or being asked
        NoSystemd,    // the system was not started by systemd
        NotInstalled, // no such unit
        Masked,       // an administrator masked the unit
        Off,          // not enabled, not running
        On,           // enabled and running
        Failed,       // enabled, but not running (it failed or stopped)
        RunningOnly,  // running, but not enabled: gone after the next restart
    };
    Q_ENUM(State)

    // The programs it runs and what it may assume; detect() finds this
    // system's, tests hand in their own.
    struct Tools
    {
        QString systemctl; // empty: not found
        QString pkexec;    // empty: not found
        QString action;    // cdoc-background-watch; empty: not installed
        bool systemdRunning = false;
        bool root = false;
        static Tools detect();
    };

    struct Command
    {
        QString program;
        QStringList arguments;
    };

    explicit BackgroundWatchService(QObject *parent = nullptr);
    BackgroundWatchService(const Tools &tools, QObject *parent = nullptr);
    ~BackgroundWatchService() override;

    // Whether this kind of system has a background watch at all: the
    // helper and its systemd unit are Linux's. Elsewhere the pages that
    // offer it and its log leave them out.
    static constexpr bool existsOnThisSystem()
    {
#if defined(Q_OS_LINUX)
        return true;
#else
        return false;
#endif
    }
    static QString unitName();
    // Where the privileged action is: beside the app in a build tree, then
    // in the libexec folder; empty where it is in neither.
    static QString actionPath();

    // The command that turns it on or off: systemctl as root, else pkexec
    // running the action; an empty program when neither can.
    static Command switchCommand(bool on, const Tools &tools);
    // What systemctl's is-enabled and is-active said (their exit codes and
    // first lines of output).
    static State stateFrom(int enabledExit, const QString &enabled, const QString &enabledError, int activeExit,
                           const QString &active);
    // The outcome of a switch, for the user; ok is set when it worked.
    static QString switchMessage(bool on, bool viaPkexec, int exitCode, const QString &errorOutput, bool *ok);
    static QString stateText(State state);

    // Asks systemd (asynchronously): statusChanged() follows.
    void refresh();
    // Turns it on or off (asynchronously): switched() follows, then a
    // refresh.
    void turn(bool on);

    State state() const { return m_state; }
    bool isOn() const { return m_state == State::On || m_state == State::Failed; }
    bool isBusy() const { return m_process != nullptr; }
    // Whether turn() can work here (systemd runs the system, the unit is
    // there, and root or pkexec with the action).
    bool canSwitch() const;
    // One sentence on its state for the user.
    QString statusText() const { return stateText(m_state); }
    const Tools &tools() const { return m_tools; }
    // Other programs (tests); the state is asked again on the next refresh().
    void setTools(const Tools &tools) { m_tools = tools; }

Q_SIGNALS:
    void statusChanged();
    void switched(bool ok, const QString &message);

private:
    using Done = std::function<void(int exitCode, const QString &output, const QString &errorOutput)>;
    void run(const Command &command, Done done);
    void askActive(int enabledExit, const QString &enabled, const QString &enabledError);
    void handleSwitched(int exitCode, const QString &errorOutput);
    void setState(State state);

    Tools m_tools;
    State m_state = State::Unknown;
    std::unique_ptr<QProcess> m_process;
    bool m_switchingOn = false;
    bool m_switchViaPkexec = false;
    bool m_refreshAgain = false;
};

#endif // CDOC_BACKGROUNDWATCHSERVICE_H
