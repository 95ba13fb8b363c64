// Peers that never let a connection end well, through the command line as
// a user runs it: one byte a second, an endless header (a 1 GiB line) or
// body, binary junk, accept-and-hang, an RST in the middle of the TLS
// handshake, and proxies that answer CONNECT with junk or not at all. Each
// goes through a single probe, every check and experiment (--diagnose) and
// the monitor. Every probe, whoever ran it, must end within its total
// deadline plus a second, with an outcome that says what happened, in
// under 200 MB; and a run stopped meanwhile must not claim that every
// connection worked.

#include "diagnosis/verdictcheck.h"
#include "hostilepeer.h"
#include "report/reportjsonreader.h"
#include "processstatus.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <signal.h>

namespace {

[[maybe_unused]] constexpr qint64 MemoryBoundKiB = 200 * 1024; // not checked under ASan
constexpr int StartUpMs = 2000; // the app's own start and end, beyond its work

struct AppRun
{
    bool ended = false;
    qint64 elapsedMs = 0;
    qint64 peakKiB = 0;
    int exitCode = -1;
    QString out;
    QString err;
};

// Every probe the app ran, as its debug log says (cdoc.probe, one line each).
struct ProbeLine
{
    QString outcome;
    QString phase;
    qint64 elapsedMs = 0;
    qint64 deadlineMs = 0;
};

// The JSON report the app wrote; empty (and so failing what follows) when
// it wrote none.
// it wrote none, or one whose findings break a ranking rule (VerdictCheck).
QJsonObject readReport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray json = file.readAll();
    Report report;
    QString error;
    if (!ReportJsonReader::read(json, &report, &error))
        return {};
    const QStringList broken = VerdictCheck::contradictions(report);
    if (!broken.isEmpty()) {
        qWarning().noquote() << path << "contradicts itself:" << broken.join(QLatin1String("; "));
        return {};
    }
    return QJsonDocument::fromJson(json).object();
}

QList<ProbeLine> probeLines(const QString &log)
{
    static const QRegularExpression line(QStringLiteral("probe ended: (\\w+) in (\\w+) after (\\d+) ms of (\\d+) ms allowed"));
    QList<ProbeLine> lines;
    for (auto it = line.globalMatch(log); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        lines.append({m.captured(1), m.captured(2), m.captured(3).toLongLong(), m.captured(4).toLongLong()});
    }
    return lines;
}

} // namespace

class tst_HostilePeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyProbeEndsInTime_data();
    void everyProbeEndsInTime();
    void everyCheckAndExperimentEndsInTime_data();
    void everyCheckAndExperimentEndsInTime();
    void theMonitorEndsInTime_data();
    void theMonitorEndsInTime();
    void aProxyThatMisbehavesIsBounded_data();
    void aProxyThatMisbehavesIsBounded();
    void aStoppedRunDoesNotClaimSuccess();

private:
    void addPeerRows();
    quint16 startPeer(HostilePeer *peer, const QString &mode);
    AppRun runApp(const QStringList &arguments, qint64 boundMs);
    void verifyEveryProbeBounded(const AppRun &run);

    QString m_executable;
    QTemporaryDir m_dir;
    HostilePeer m_peer;
    HostilePeer m_secondPeer;
};

void tst_HostilePeers::initTestCase()
{
    m_executable = qEnvironmentVariable("CDOC_EXECUTABLE");
    QVERIFY(QFile::exists(m_executable));
}

void tst_HostilePeers::cleanup()
{
    m_peer.stop();
    m_secondPeer.stop();
}

quint16 tst_HostilePeers::startPeer(HostilePeer *peer, const QString &mode)
{
    return peer->start(QFINDTESTDATA("hostile/hostilepeer.py"), mode);
}

AppRun tst_HostilePeers::runApp(const QStringList &arguments, qint64 boundMs)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("cdoc.probe.debug=true"));
    app.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    // Never the public endpoints: every check that would reach one asks
    // loopback's discard port instead.
    app.start(m_executable, QStringList{QStringLiteral("--headless"), QStringLiteral("--lang"), QStringLiteral("en"),
                                        QStringLiteral("--endpoint"), QStringLiteral("reachability=127.0.0.1:9"),
                                        QStringLiteral("--endpoint"), QStringLiteral("reference_name=localhost"),
                                        QStringLiteral("--endpoint"), QStringLiteral("reference_ports=9"),
                                        QStringLiteral("--endpoint"), QStringLiteral("captive_portal_url=http://127.0.0.1:9/generate_204")}
                                + arguments);
    AppRun run;
    if (!app.waitForStarted(5000))
        return run;
    QString err;
    while (!app.waitForFinished(100) && clock.elapsed() < boundMs + 10000) {
        run.peakKiB = qMax(run.peakKiB, ProcessStatus::kib("VmHWM", app.processId()));
        run.err += QString::fromUtf8(app.readAllStandardError()); // the pipe must not fill
    }
    run.elapsedMs = clock.elapsed();
    run.ended = app.state() == QProcess::NotRunning;
    if (!run.ended) {
        app.kill();
        app.waitForFinished(5000);
    }
    run.exitCode = app.exitCode();
    run.out = QString::fromUtf8(app.readAllStandardOutput());
    run.err += QString::fromUtf8(app.readAllStandardError());
    return run;
}

void tst_HostilePeers::verifyEveryProbeBounded(const AppRun &run)
{
    QVERIFY2(run.ended, "the run did not end");
#ifndef CDOC_UNDER_SANITIZER // ASan's quarantine keeps freed memory resident
    QVERIFY2(run.peakKiB < MemoryBoundKiB, qPrintable(QStringLiteral("%1 KiB at the most").arg(run.peakKiB)));
#endif
    const QList<ProbeLine> probes = probeLines(run.err);
    QVERIFY2(!probes.isEmpty(), qPrintable(run.err.right(2000)));
    for (const ProbeLine &p : probes) {
        QVERIFY2(p.deadlineMs > 0 && p.elapsedMs <= p.deadlineMs + 1000,
                 qPrintable(QStringLiteral("%1 in %2 after %3 ms of %4").arg(p.outcome, p.phase).arg(p.elapsedMs).arg(p.deadlineMs)));
    }
}

void tst_HostilePeers::addPeerRows()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("target"); // %1: the peer's port
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("detail");
    const QString plain = QStringLiteral("127.0.0.1:%1");
    // Each byte comes within the step's bound, so only the total deadline ends it.
    QTest::newRow("one byte a second") << "trickle" << plain << "endless_reply" << "receive" << "kept sending";
    QTest::newRow("accepts and never answers") << "hang" << plain << "timeout" << "receive" << "Nothing happened";
    QTest::newRow("a 1 GiB header line") << "endless-header" << plain << "endless_reply" << "receive" << "header went on past 64 KiB";
    QTest::newRow("an endless body") << "endless-body" << plain << "endless_reply" << "receive" << "past 4 MiB";
    QTest::newRow("binary junk") << "junk" << plain << "invalid_reply" << "receive" << "did not start like an HTTP answer";
    QTest::newRow("a reset in the TLS handshake") << "tls-reset" << QStringLiteral("https://127.0.0.1:%1/") << "reset" << "tls" << "";
    // The greeting is a whole answer; what floods after it must not keep
    // the probe (or an idle hold) from its deadline.
    QTest::newRow("a greeting, then a flood") << "greeting-flood" << QStringLiteral("ssh://127.0.0.1:%1") << "ok" << "done" << "";
}

void tst_HostilePeers::everyProbeEndsInTime_data()
{
    addPeerRows();
}

void tst_HostilePeers::everyProbeEndsInTime()
{
    QFETCH(QString, mode);
    QFETCH(QString, target);
    QFETCH(QString, outcome);
    QFETCH(QString, phase);
    QFETCH(QString, detail);
    const quint16 port = startPeer(&m_peer, mode);
    QVERIFY(port != 0);
    const int TimeoutMs = 3000;
    const int DeadlineMs = 5 * TimeoutMs; // five steps at their bound
    const QString json = m_dir.filePath(mode + QStringLiteral(".json"));
    const AppRun run = runApp({QStringLiteral("--target"), target.arg(port), QStringLiteral("--count"), QStringLiteral("1"),
                               QStringLiteral("--timeout"), QString::number(TimeoutMs), QStringLiteral("--json"), json},
                              DeadlineMs);
    verifyEveryProbeBounded(run);
    QVERIFY2(run.elapsedMs <= DeadlineMs + 1000 + StartUpMs, qPrintable(QStringLiteral("took %1 ms").arg(run.elapsedMs)));
    const QJsonArray probes = readReport(json).value(QLatin1String("probes")).toArray();
    QCOMPARE(probes.size(), 1);
    const QJsonObject p = probes.at(0).toObject();
    QCOMPARE(p.value(QLatin1String("outcome")).toString(), outcome);
    QCOMPARE(p.value(QLatin1String("phase")).toString(), phase);
    QCOMPARE(p.value(QLatin1String("deadline_ms")).toInteger(), qint64(DeadlineMs));
    QVERIFY(p.value(QLatin1String("elapsed_ms")).toDouble() <= DeadlineMs + 1000);
    QVERIFY2(p.value(QLatin1String("detail")).toString().contains(detail), qPrintable(p.value(QLatin1String("detail")).toString()));
    // The summary says what happened, not that all was well.
    if (outcome != QLatin1String("ok"))
        QVERIFY2(!run.out.contains(QLatin1String("Every connection worked")), qPrintable(run.out));
}

void tst_HostilePeers::everyCheckAndExperimentEndsInTime_data()
{
    addPeerRows();
}

void tst_HostilePeers::everyCheckAndExperimentEndsInTime()
{
    QFETCH(QString, mode);
    QFETCH(QString, target);
    QFETCH(QString, outcome);
    const quint16 port = startPeer(&m_peer, mode);
    QVERIFY(port != 0);
    const int BudgetSeconds = 10;
    const QString json = m_dir.filePath(mode + QStringLiteral("-diagnose.json"));
    // The checks get their own bound beside the experiments' budget.
    const qint64 boundMs = 60000 + BudgetSeconds * 1000;
    const AppRun run = runApp({QStringLiteral("--target"), target.arg(port), QStringLiteral("--diagnose"), QStringLiteral("--budget"),
                               QString::number(BudgetSeconds), QStringLiteral("--timeout"), QStringLiteral("1000"),
                               QStringLiteral("--json"), json},
                              boundMs);
    verifyEveryProbeBounded(run);
    QVERIFY2(run.elapsedMs <= boundMs, qPrintable(QStringLiteral("took %1 ms").arg(run.elapsedMs)));
    const QJsonObject root = readReport(json);
    // Every check and experiment said something, and nothing claims the
    // service is fine.
    const QJsonArray checks = root.value(QLatin1String("checks")).toArray();
    QVERIFY(checks.size() > 5);
    for (const QJsonValue &c : checks)
        QVERIFY(!c.toObject().value(QLatin1String("summary")).toString().isEmpty());
    if (outcome != QLatin1String("ok"))
        QVERIFY2(!run.out.contains(QLatin1String("Every connection worked")), qPrintable(run.out));
}

void tst_HostilePeers::theMonitorEndsInTime_data()
{
    addPeerRows();
}

void tst_HostilePeers::theMonitorEndsInTime()
{
    QFETCH(QString, mode);
    QFETCH(QString, target);
    QFETCH(QString, outcome);
    const quint16 port = startPeer(&m_peer, mode);
    QVERIFY(port != 0);
    // A step bound well above the one-byte-a-second peer's pace, and long
    // enough for a probe to reach its deadline (five steps).
    const int TimeoutMs = 1500;
    const int Seconds = 9;
    const QString json = m_dir.filePath(mode + QStringLiteral("-monitor.json"));
    // The last probe may start just before the end and run to its deadline.
    const qint64 boundMs = Seconds * 1000 + 5 * TimeoutMs + 1000 + StartUpMs;
    const AppRun run = runApp({QStringLiteral("--target"), target.arg(port), QStringLiteral("--monitor"), QStringLiteral("--duration"),
                               QString::number(Seconds), QStringLiteral("--interval"), QStringLiteral("500"), QStringLiteral("--timeout"),
                               QString::number(TimeoutMs), QStringLiteral("--json"), json},
                              boundMs);
    verifyEveryProbeBounded(run);
    QVERIFY2(run.elapsedMs <= boundMs, qPrintable(QStringLiteral("took %1 ms").arg(run.elapsedMs)));
    // The monitor counted what happened under its name.
    const QJsonArray buckets = readReport(json).value(QLatin1String("timeline")).toArray();
    qint64 counted = 0;
    for (const QJsonValue &b : buckets)
        counted += b.toObject().value(outcome).toInteger();
    QVERIFY2(counted > 0, qPrintable(QStringLiteral("no %1 in the timeline").arg(outcome)));
}

void tst_HostilePeers::aProxyThatMisbehavesIsBounded_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("proxiedOutcome");
    QTest::newRow("answers CONNECT with junk") << "proxy-junk" << "proxy_failure";
    QTest::newRow("never answers CONNECT") << "proxy-hang" << "proxy_failure";
}

void tst_HostilePeers::aProxyThatMisbehavesIsBounded()
{
    QFETCH(QString, mode);
    QFETCH(QString, proxiedOutcome);
    const quint16 proxyPort = startPeer(&m_peer, mode);
    QVERIFY(proxyPort != 0);
    // The service itself answers nothing either; only the proxy's part is asked.
    const quint16 port = startPeer(&m_secondPeer, QStringLiteral("hang"));
    QVERIFY(port != 0);
    const QString json = m_dir.filePath(mode + QStringLiteral(".json"));
    const int TimeoutMs = 1000;
    const qint64 boundMs = 2 * (5 * TimeoutMs + 1000) + StartUpMs; // the probes, then the proxy's own answer
    const AppRun run = runApp({QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--checks"),
                               QStringLiteral("proxy"), QStringLiteral("--proxy"), QStringLiteral("http://127.0.0.1:%1").arg(proxyPort),
                               QStringLiteral("--timeout"), QString::number(TimeoutMs), QStringLiteral("--json"), json},
                              boundMs);
    verifyEveryProbeBounded(run);
    QVERIFY2(run.elapsedMs <= boundMs, qPrintable(QStringLiteral("took %1 ms").arg(run.elapsedMs)));
    const QJsonArray checks = readReport(json).value(QLatin1String("checks")).toArray();
    QJsonObject comparison;
    for (const QJsonValue &c : checks) {
        if (c.toObject().value(QLatin1String("id")).toString() == QLatin1String("proxy.comparison"))
            comparison = c.toObject();
    }
    QVERIFY2(!comparison.isEmpty(), "no proxy comparison in the report");
    const QJsonObject data = comparison.value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("proxied_outcome")).toString(), proxiedOutcome);
    // What the proxy said is shown as text, not as raw bytes.
    const QString answer = data.value(QLatin1String("proxy_answer")).toString();
    for (QChar c : answer)
        QVERIFY2(c.isPrint(), qPrintable(answer));
}

void tst_HostilePeers::aStoppedRunDoesNotClaimSuccess()
{
    const quint16 port = startPeer(&m_peer, QStringLiteral("trickle"));
    QVERIFY(port != 0);
    QProcess app;
    app.start(m_executable, {QStringLiteral("--headless"), QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(port),
                             QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--timeout"), QStringLiteral("3000")});
    QVERIFY(app.waitForStarted(5000));
    QTest::qWait(1500); // the first probe is being trickled to
    ::kill(pid_t(app.processId()), SIGINT);
    QVERIFY(app.waitForFinished(10000));
    const QString said = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(!said.contains(QLatin1String("Every connection worked")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("Stopped before the end")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("No connection finished before the stop")), qPrintable(said));
}

QTEST_GUILESS_MAIN(tst_HostilePeers)
#include "tst_hostilepeers.moc"
