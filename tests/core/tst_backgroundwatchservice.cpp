// BackgroundWatchService: the command lines that turn the background watch
// on and off, how systemctl's answers are read, and real runs: against
// stand-in systemctl and pkexec programs that record what they were asked
// (so the exact command runs, through QProcess, as in the app), and against
// this system's own systemctl where systemd runs the system.

#include "resetwatch/backgroundwatchservice.h"
#include "standinprogram.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using State = BackgroundWatchService::State;

namespace {

const QString Unit = QStringLiteral("connection-doctor-watch.service");

} // namespace

class tst_BackgroundWatchService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchCommand_data();
    void switchCommand();
    void stateFromSystemctl_data();
    void stateFromSystemctl();
    void switchMessage_data();
    void switchMessage();
    void runsTheCommand_data();
    void runsTheCommand();
    void thisSystem();
};

void tst_BackgroundWatchService::switchCommand_data()
{
    QTest::addColumn<bool>("on");
    QTest::addColumn<bool>("root");
    QTest::addColumn<QString>("pkexec");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");

    const QString systemctl = QStringLiteral("/usr/bin/systemctl");
    const QString pkexec = QStringLiteral("/usr/bin/pkexec");
    const QString action = QStringLiteral("/usr/libexec/connection-doctor/cdoc-background-watch");
    QTest::newRow("root turns it on with systemctl") << true << true << pkexec << action << systemctl
                                                     << QStringList{QStringLiteral("enable"), QStringLiteral("--now"), Unit};
    QTest::newRow("root turns it off with systemctl") << false << true << pkexec << action << systemctl
                                                      << QStringList{QStringLiteral("disable"), QStringLiteral("--now"), Unit};
    QTest::newRow("a user turns it on through pkexec") << true << false << pkexec << action << pkexec
                                                       << QStringList{action, QStringLiteral("on")};
    QTest::newRow("a user turns it off through pkexec") << false << false << pkexec << action << pkexec
                                                        << QStringList{action, QStringLiteral("off")};
    QTest::newRow("a user without pkexec cannot") << true << false << QString() << action << QString() << QStringList{};
    QTest::newRow("a user without the action cannot") << true << false << pkexec << QString() << QString() << QStringList{};
}

void tst_BackgroundWatchService::switchCommand()
{
    QFETCH(bool, on);
    QFETCH(bool, root);
    QFETCH(QString, pkexec);
    QFETCH(QString, action);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    BackgroundWatchService::Tools tools;
    tools.systemctl = QStringLiteral("/usr/bin/systemctl");
    tools.pkexec = pkexec;
    tools.action = action;
    tools.systemdRunning = true;
    tools.root = root;
    const BackgroundWatchService::Command command = BackgroundWatchService::switchCommand(on, tools);
    QCOMPARE(command.program, program);
    QCOMPARE(command.arguments, arguments);
}

void tst_BackgroundWatchService::stateFromSystemctl_data()
{
    QTest::addColumn<int>("enabledExit");
    QTest::addColumn<QString>("enabled");
    QTest::addColumn<QString>("enabledError");
    QTest::addColumn<int>("activeExit");
    QTest::addColumn<QString>("active");
    QTest::addColumn<State>("state");

    const QString noFile = QStringLiteral("Failed to get unit file state for connection-doctor-watch.service: No such file or directory\n");
    QTest::newRow("enabled and running: on") << 0 << "enabled\n" << QString() << 0 << "active\n" << State::On;
    QTest::newRow("enabled, failed: turned on but not running") << 0 << "enabled\n" << QString() << 3 << "failed\n" << State::Failed;
    QTest::newRow("enabled, starting: on") << 0 << "enabled\n" << QString() << 3 << "activating\n" << State::On;
    QTest::newRow("disabled and stopped: off") << 1 << "disabled\n" << QString() << 3 << "inactive\n" << State::Off;
    QTest::newRow("disabled but running: not on after a restart") << 1 << "disabled\n" << QString() << 0 << "active\n"
                                                                   << State::RunningOnly;
    QTest::newRow("masked") << 1 << "masked\n" << QString() << 3 << "inactive\n" << State::Masked;
    QTest::newRow("no such unit: not installed") << 1 << QString() << noFile << 3 << "inactive\n" << State::NotInstalled;
    QTest::newRow("not-found: not installed") << 1 << "not-found\n" << QString() << 4 << "inactive\n" << State::NotInstalled;
}

void tst_BackgroundWatchService::stateFromSystemctl()
{
    QFETCH(int, enabledExit);
    QFETCH(QString, enabled);
    QFETCH(QString, enabledError);
    QFETCH(int, activeExit);
    QFETCH(QString, active);
    QFETCH(State, state);
    QCOMPARE(BackgroundWatchService::stateFrom(enabledExit, enabled, enabledError, activeExit, active), state);
}

void tst_BackgroundWatchService::switchMessage_data()
{
    QTest::addColumn<bool>("on");
    QTest::addColumn<bool>("viaPkexec");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorOutput");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("says");

    QTest::newRow("turned on") << true << true << 0 << QString() << true << "is now on";
    QTest::newRow("turned off") << false << false << 0 << QString() << true << "is now off";
    QTest::newRow("the password dialog dismissed") << true << true << 126 << QString() << false << "Permission was not given";
    QTest::newRow("not authorised") << true << true << 127 << "Error executing command as another user: Not authorized\n" << false
                                    << "Permission was not given";
    QTest::newRow("systemctl's own reason, last line")
        << true << false << 1 << "Created symlink...\nFailed to enable unit: Unit file connection-doctor-watch.service does not exist.\n"
        << false << "could not be turned on: Failed to enable unit: Unit file connection-doctor-watch.service does not exist.";
    QTest::newRow("126 from systemctl as root is not pkexec's") << false << false << 126 << QString() << false
                                                                 << "could not be turned off (exit status 126)";
}

void tst_BackgroundWatchService::switchMessage()
{
    QFETCH(bool, on);
    QFETCH(bool, viaPkexec);
    QFETCH(int, exitCode);
    QFETCH(QString, errorOutput);
    QFETCH(bool, ok);
    QFETCH(QString, says);
    bool worked = !ok;
    const QString message = BackgroundWatchService::switchMessage(on, viaPkexec, exitCode, errorOutput, &worked);
    QCOMPARE(worked, ok);
    QVERIFY2(message.contains(says), qPrintable(message));
}

void tst_BackgroundWatchService::runsTheCommand_data()
{
    QTest::addColumn<bool>("root");
    QTest::addColumn<bool>("on");
    QTest::addColumn<int>("switchExit");
    QTest::addColumn<QString>("switchError");
    QTest::addColumn<QString>("enabledAfter");
    QTest::addColumn<QString>("activeAfter");
    QTest::addColumn<QStringList>("calls");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<State>("state");

    const QString action = QStringLiteral("ACTION"); // replaced by the stand-in's path
    const QStringList asked{QStringLiteral("systemctl is-enabled ") + Unit, QStringLiteral("systemctl is-active ") + Unit};
    QTest::newRow("root: enable --now, then asks")
        << true << true << 0 << QString() << "enabled" << "active"
        << (QStringList{QStringLiteral("systemctl enable --now ") + Unit} + asked) << true << State::On;
    QTest::newRow("root: disable --now, then asks")
        << true << false << 0 << QString() << "disabled" << "inactive"
        << (QStringList{QStringLiteral("systemctl disable --now ") + Unit} + asked) << true << State::Off;
    QTest::newRow("a user: pkexec runs the action")
        << false << true << 0 << QString() << "enabled" << "active"
        << (QStringList{QStringLiteral("pkexec ACTION on")} + asked) << true << State::On;
    QTest::newRow("a user who gives no password")
        << false << true << 126 << QString() << "disabled" << "inactive"
        << (QStringList{QStringLiteral("pkexec ACTION on")} + asked) << false << State::Off;
    QTest::newRow("systemctl refuses, and says why")
        << true << true << 1 << "Failed to enable unit: Unit connection-doctor-watch.service is masked.\n" << "masked" << "inactive"
        << (QStringList{QStringLiteral("systemctl enable --now ") + Unit} + asked) << false << State::Masked;
}

void tst_BackgroundWatchService::runsTheCommand()
{
    QFETCH(bool, root);
    QFETCH(bool, on);
    QFETCH(int, switchExit);
    QFETCH(QString, switchError);
    QFETCH(QString, enabledAfter);
    QFETCH(QString, activeAfter);
    QFETCH(QStringList, calls);
    QFETCH(bool, ok);
    QFETCH(State, state);

    QTemporaryDir dir;
    const QString systemctl = dir.filePath(QStringLiteral("systemctl"));
    const QString pkexec = dir.filePath(QStringLiteral("pkexec"));
    QVERIFY(StandInProgram::write(dir.path(), QStringLiteral("systemctl")));
    QVERIFY(StandInProgram::write(dir.path(), QStringLiteral("pkexec")));
    QVERIFY(root ? StandInProgram::answer(dir.path(), QStringLiteral("systemctl"), on ? QStringLiteral("enable") : QStringLiteral("disable"),
                                          QString(), switchExit, switchError)
                 : StandInProgram::answer(dir.path(), QStringLiteral("pkexec"), QStringLiteral("ACTION"), QString(), switchExit,
                                          switchError));
    QVERIFY(StandInProgram::answer(dir.path(), QStringLiteral("systemctl"), QStringLiteral("is-enabled"), enabledAfter + QLatin1Char('\n'),
                                   enabledAfter == QLatin1String("enabled") ? 0 : 1));
    QVERIFY(StandInProgram::answer(dir.path(), QStringLiteral("systemctl"), QStringLiteral("is-active"), activeAfter + QLatin1Char('\n'),
                                   activeAfter == QLatin1String("active") ? 0 : 3));

    BackgroundWatchService::Tools tools;
    tools.systemctl = systemctl;
    tools.pkexec = pkexec;
    tools.action = QStringLiteral("ACTION");
    tools.systemdRunning = true;
    tools.root = root;
    BackgroundWatchService service(tools);
    QSignalSpy switched(&service, &BackgroundWatchService::switched);
    QSignalSpy changed(&service, &BackgroundWatchService::statusChanged);
    service.turn(on);
    QVERIFY(service.isBusy());
    QTRY_COMPARE(switched.size(), 1);
    QCOMPARE(switched.first().at(0).toBool(), ok);
    if (!switchError.isEmpty())
        QVERIFY(switched.first().at(1).toString().contains(switchError.trimmed()));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(service.state(), state);
    QVERIFY(!service.isBusy());

    QCOMPARE(StandInProgram::calls(dir.path()), calls);
}

void tst_BackgroundWatchService::thisSystem()
{
    const BackgroundWatchService::Tools tools = BackgroundWatchService::Tools::detect();
    BackgroundWatchService service(tools);
    QSignalSpy changed(&service, &BackgroundWatchService::statusChanged);
    service.refresh();
    QTRY_VERIFY(changed.size() >= 1);
    if (!tools.systemdRunning) {
        // Said plainly, without trying; and systemctl itself would fail here.
        QCOMPARE(service.state(), State::NoSystemd);
        QVERIFY(!service.canSwitch());
        QSignalSpy switched(&service, &BackgroundWatchService::switched);
        service.turn(true);
        QCOMPARE(switched.size(), 1);
        QCOMPARE(switched.first().at(0).toBool(), false);
        QVERIFY(switched.first().at(1).toString().contains(QLatin1String("not started by systemd")));
        if (!tools.systemctl.isEmpty()) {
            QProcess systemctl;
            systemctl.start(tools.systemctl, {QStringLiteral("is-active"), Unit});
            QVERIFY(systemctl.waitForFinished(10000));
            QVERIFY(systemctl.exitCode() != 0);
        }
        QSKIP("systemd is not PID 1 on this system (no /run/systemd/system): the real enable and disable cannot run here");
    }
    // Where systemd runs the system: the service says what systemctl says.
    QProcess isEnabled;
    isEnabled.start(tools.systemctl, {QStringLiteral("is-enabled"), Unit});
    QVERIFY(isEnabled.waitForFinished(10000));
    QProcess isActive;
    isActive.start(tools.systemctl, {QStringLiteral("is-active"), Unit});
    QVERIFY(isActive.waitForFinished(10000));
    QCOMPARE(service.state(),
             BackgroundWatchService::stateFrom(isEnabled.exitCode(), QString::fromLocal8Bit(isEnabled.readAllStandardOutput()),
                                               QString::fromLocal8Bit(isEnabled.readAllStandardError()), isActive.exitCode(),
                                               QString::fromLocal8Bit(isActive.readAllStandardOutput())));
    if (!tools.root || service.state() == State::NotInstalled)
        QSKIP("the real switch needs root and an installed connection-doctor-watch.service");
    const bool wasOn = service.isOn();
    QSignalSpy switched(&service, &BackgroundWatchService::switched);
    service.turn(!wasOn);
    QTRY_COMPARE_WITH_TIMEOUT(switched.size(), 1, 30000);
    QVERIFY2(switched.first().at(0).toBool(), qPrintable(switched.first().at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!service.isBusy(), 30000);
    QCOMPARE(service.isOn(), !wasOn);
    service.turn(wasOn); // as it was
    QTRY_COMPARE_WITH_TIMEOUT(switched.size(), 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!service.isBusy(), 30000);
    QCOMPARE(service.isOn(), wasOn);
}

QTEST_GUILESS_MAIN(tst_BackgroundWatchService)
#include "tst_backgroundwatchservice.moc"
