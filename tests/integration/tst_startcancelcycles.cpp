// Start and cancel, again and again, as an impatient user does: every group
// of checks of a diagnosis session, and the monitor, against the fault lab.
// Each cancel must stop the work within a second; under the sanitizer
// build LeakSanitizer checks at exit that nothing was left behind.
// CDOC_CYCLES sets how many cycles of each (default 60; the 1,000-cycle
// figures are bench_cycles', in docs/benchmarks.md).

#include "labcontext.h"
#include "lab/faultlab.h"
#include "session/diagnosissession.h"
#include "startcancelcycles.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

class tst_StartCancelCycles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sessionAndMonitorStopEveryTime();

private:
    FaultLab m_lab;
    QTemporaryDir m_data;
};

void tst_StartCancelCycles::initTestCase()
{
    QVERIFY2(m_lab.start(), qPrintable(m_lab.errorString()));
    qputenv("XDG_DATA_HOME", m_data.path().toUtf8()); // the monitor's logs
}

void tst_StartCancelCycles::sessionAndMonitorStopEveryTime()
{
    const int cycles = qEnvironmentVariableIsSet("CDOC_CYCLES") ? qEnvironmentVariableIntValue("CDOC_CYCLES") : 60;
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("%d cycles of each, seed %u", cycles, seed);
    DiagnosisSession session;
    session.setContext(labCheckContext(m_lab));
    QString error;
    // Resets at random: the work being cancelled is never all alike.
    QVERIFY(session.setTarget(QStringLiteral("127.0.0.1:%1").arg(m_lab.port(Lab::Scenario::EveryNthReset)), &error));
    StartCancelCycles runner(&session, seed);
    QVERIFY2(runner.runSessionCycles(cycles), qPrintable(runner.error()));
    QVERIFY2(runner.runMonitorCycles(cycles), qPrintable(runner.error()));
    // Still usable afterwards: a whole group runs to its end.
    session.runGroup(QStringLiteral("vpn"));
    QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), 30000);
    QVERIFY(!session.results(QStringLiteral("vpn")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_StartCancelCycles)
#include "tst_startcancelcycles.moc"
