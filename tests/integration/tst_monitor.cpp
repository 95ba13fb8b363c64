// The reset monitor against the fault lab: counts per outcome, pause and
// resume, its own end after a duration, and the headless --monitor
// contract (timeline in the JSON report, the same as CSV).

#include "lab/faultlab.h"
#include "monitor/resetmonitor.h"

#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using Lab::Scenario;
using Vocabulary::Outcome;

Q_DECLARE_METATYPE(Lab::Scenario)

class tst_Monitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void counts_data();
    void counts();
    void patternsOfLabScenarios_data();
    void patternsOfLabScenarios();
    void pauseAndResume();
    void headlessMonitorWritesTheTimeline();
    void aKilledMonitorLeavesAReadableLog_data();
    void aKilledMonitorLeavesAReadableLog();

private:
    ProbeSpec spec(Scenario s) const;
    static Lab::Config labConfig();
    FaultLab m_lab{labConfig()};
    QTemporaryDir m_dir;
};

void tst_Monitor::initTestCase()
{
    QVERIFY2(m_lab.start(), qPrintable(m_lab.errorString()));
}

Lab::Config tst_Monitor::labConfig()
{
    Lab::Config c;
    c.everyNth = 5;
    c.burstCycleMs = 6000; // a 7 s watch always holds one whole burst
    c.burstLengthMs = 1000;
    return c;
}

ProbeSpec tst_Monitor::spec(Scenario s) const
{
    ProbeSpec p;
    p.kind = Vocabulary::ProbeKind::Exchange;
    p.target = Target::parse(QStringLiteral("127.0.0.1:%1").arg(m_lab.port(s))).target;
    p.timeoutMs = 2000;
    return p;
}

void tst_Monitor::counts_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("a healthy server: all ok") << Scenario::Healthy << Outcome::Ok;
    QTest::newRow("reset on accept: all reset") << Scenario::ResetOnAccept << Outcome::Reset;
    QTest::newRow("a closed port: all refused") << Scenario::Refused << Outcome::Refused;
}

void tst_Monitor::counts()
{
    QFETCH(Scenario, scenario);
    QFETCH(Outcome, outcome);
    ResetMonitor monitor;
    QSignalSpy finished(&monitor, &ResetMonitor::finished);
    QSignalSpy samples(&monitor, &ResetMonitor::sampleAdded);
    QString error;
    const QString log = m_dir.filePath(QStringLiteral("%1.jsonl").arg(Lab::wireName(scenario)));
    QVERIFY(monitor.start(spec(scenario), 50, 1500, log, &error));
    QVERIFY(finished.wait(10000));
    QVERIFY(!monitor.isRunning());
    const int n = int(samples.size());
    QVERIFY2(n >= 20 && n <= 32, qPrintable(QString::number(n))); // 1.5 s at one every 50 ms
    QCOMPARE(int(monitor.timeline().total(outcome)), n);
    QCOMPARE(MonitorLog::load(log).size(), n); // every sample is on disk
    if (outcome == Outcome::Reset)
        QCOMPARE(monitor.patterns().resets, n);
}

void tst_Monitor::patternsOfLabScenarios_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<int>("durationMs");
    QTest::addColumn<bool>("periodic");
    QTest::addColumn<bool>("bursts");
    QTest::newRow("every fifth connection reset: periodic") << Scenario::EveryNthReset << 5000 << true << false;
    QTest::newRow("resets in bursts: bursts") << Scenario::ResetBursts << 7000 << false << true;
    QTest::newRow("a healthy server: neither") << Scenario::Healthy << 2000 << false << false;
}

void tst_Monitor::patternsOfLabScenarios()
{
    QFETCH(Scenario, scenario);
    QFETCH(int, durationMs);
    ResetMonitor monitor;
    QSignalSpy finished(&monitor, &ResetMonitor::finished);
    QString error;
    QVERIFY(monitor.start(spec(scenario), 100, durationMs, QString(), &error));
    QVERIFY(finished.wait(durationMs + 10000));
    const ResetPatterns::Result patterns = monitor.patterns();
    const Timeline &t = monitor.timeline();
    const quint32 all = t.total(Outcome::Ok) + t.total(Outcome::Reset);
    QVERIFY(all >= quint32(durationMs / 100 * 8 / 10));
    if (scenario == Scenario::EveryNthReset) {
        // Exactly one in five, counted where it happened.
        QVERIFY2(qAbs(int(t.total(Outcome::Reset)) * 5 - int(all)) <= 5, qPrintable(QStringLiteral("%1 of %2").arg(t.total(Outcome::Reset)).arg(all)));
        QVERIFY2(qAbs(patterns.periodMs - 500) <= 100, qPrintable(QString::number(patterns.periodMs)));
    }
    QTEST(patterns.periodic, "periodic");
    QFETCH(bool, bursts);
    QCOMPARE(patterns.bursts > 0, bursts);
    QCOMPARE(patterns.resets, int(t.total(Outcome::Reset)));
}

void tst_Monitor::pauseAndResume()
{
    ResetMonitor monitor;
    QSignalSpy samples(&monitor, &ResetMonitor::sampleAdded);
    QString error;
    QVERIFY(monitor.start(spec(Scenario::Healthy), 50, 0, QString(), &error));
    QTRY_VERIFY(samples.size() >= 3);
    monitor.pause();
    QVERIFY(monitor.isPaused());
    const qsizetype atPause = samples.size();
    QTest::qWait(400);
    QCOMPARE(samples.size(), atPause);
    monitor.resume();
    QTRY_VERIFY(samples.size() >= atPause + 3);
    monitor.stop();
    QVERIFY(!monitor.isRunning());
}

void tst_Monitor::headlessMonitorWritesTheTimeline()
{
    const QString json = m_dir.filePath(QStringLiteral("monitor.json"));
    const QString csv = m_dir.filePath(QStringLiteral("monitor.csv"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("CDOC_EXECUTABLE"),
                  {QStringLiteral("--headless"), QStringLiteral("--monitor"), QStringLiteral("--target"),
                   QStringLiteral("127.0.0.1:%1").arg(m_lab.port(Scenario::ResetOnAccept)), QStringLiteral("--duration"),
                   QStringLiteral("3"), QStringLiteral("--interval"), QStringLiteral("100"), QStringLiteral("--json"), json,
                   QStringLiteral("--csv"), csv});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1); // resets seen
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray timeline = root.value(QLatin1String("timeline")).toArray();
    QVERIFY2(timeline.size() >= 3 && timeline.size() <= 5, qPrintable(QString::number(timeline.size())));
    int resets = 0;
    for (const QJsonValue &bucket : timeline) {
        const QJsonObject b = bucket.toObject();
        QVERIFY(QDateTime::fromString(b.value(QLatin1String("start")).toString(), Qt::ISODateWithMs).isValid());
        for (Outcome o : Vocabulary::allOutcomes())
            QVERIFY(b.contains(Vocabulary::wireName(o)));
        resets += b.value(QLatin1String("reset")).toInt();
    }
    QVERIFY(resets >= 25);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), timeline.size() + 1);
    int csvResets = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).split(',').size(), 1 + Vocabulary::allOutcomes().size()); // the start, then every outcome
        csvResets += lines.at(i).split(',').at(2).toInt();
    }
    QCOMPARE(csvResets, resets);
    QVERIFY(process.readAllStandardOutput().contains("Cut off connections"));
#if !defined(Q_OS_WIN)
    // Without --monitor-log the log goes to the data folder (on Windows the
    // user's own, which the test cannot move).
    QDirIterator logs(m_dir.filePath(QStringLiteral("data")), {QStringLiteral("*.jsonl")}, QDir::Files,
                      QDirIterator::Subdirectories);
    QVERIFY2(logs.hasNext(), "no monitor log in the data folder");
    QCOMPARE(MonitorLog::load(logs.next()).size(), resets); // every probe of this target was reset
#endif
}

void tst_Monitor::aKilledMonitorLeavesAReadableLog_data()
{
    // kill -9 at moments drawn at random (the seed is printed, to redo a
    // failure): between two samples, in a write, while a probe runs.
    QTest::addColumn<int>("killAfterMs");
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill moments from seed %u", seed);
    QRandomGenerator random(seed);
    for (int i = 0; i < 4; ++i) {
        const int ms = 700 + random.bounded(2300);
        QTest::addRow("killed after %d ms", ms) << ms;
    }
}

void tst_Monitor::aKilledMonitorLeavesAReadableLog()
{
    QFETCH(int, killAfterMs);
    QTemporaryDir data;
    QProcess process;
    // The log where the test says (--monitor-log): the data folder that
    // XDG_DATA_HOME moves on Linux is the user's own on Windows.
    const QString log = data.filePath(QStringLiteral("monitor.jsonl"));
    // Ten probes a second, every fifth one reset: the log is written all the time.
    const QString target = QStringLiteral("127.0.0.1:%1").arg(m_lab.port(Scenario::EveryNthReset));
    process.start(qEnvironmentVariable("CDOC_EXECUTABLE"),
                  {QStringLiteral("--headless"), QStringLiteral("--monitor"), QStringLiteral("--target"), target,
                   QStringLiteral("--interval"), QStringLiteral("100"), QStringLiteral("--duration"), QStringLiteral("60"),
                   QStringLiteral("--monitor-log"), log});
    QVERIFY(process.waitForStarted(5000));
    QTest::qWait(killAfterMs);
    process.kill(); // SIGKILL: no handler, no flush, no clean-up
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    QVERIFY2(QFile::exists(log), "no monitor log was written");
    const QString path = log;
    int skipped = -1;
    QString error;
    const QList<MonitorLog::Sample> samples = MonitorLog::load(path, &skipped, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Every line but a torn last one reads, and what was measured is there:
    // about ten samples a second since the first.
    QVERIFY2(skipped <= 1, qPrintable(QStringLiteral("%1 lines skipped").arg(skipped)));
    QVERIFY2(samples.size() >= (killAfterMs - 600) / 100 / 2, qPrintable(QStringLiteral("%1 samples").arg(samples.size())));
    int resets = 0;
    for (const MonitorLog::Sample &s : samples)
        resets += s.outcome == Outcome::Reset;
    QVERIFY(samples.size() < 10 || resets > 0);
    for (qsizetype i = 1; i < samples.size(); ++i)
        QVERIFY(samples.at(i).atMs >= samples.at(i - 1).atMs - 5000); // times are times, not garbage
}

QTEST_GUILESS_MAIN(tst_Monitor)
#include "tst_monitor.moc"
