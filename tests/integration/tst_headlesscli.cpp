// The command-line contract helpdesk scripts rely on, checked against the
// real executable and the fault lab: exit statuses, the summary, the JSON
// report, bad input, and an interrupted run that still reports.

#include "lab/faultlab.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QDir>
#include <QtTest/QTest>

using Lab::Scenario;

Q_DECLARE_METATYPE(Lab::Scenario)

class tst_HeadlessCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probesATarget_data();
    void probesATarget();
    void badUsageExitsWithTwo_data();
    void badUsageExitsWithTwo();
    void helpAndVersion();
    void explainsAPastedError_data();
    void explainsAPastedError();
    void unwritableReportIsAnError();
    void interruptedRunStillReports();
    void demoTourShowsEveryScenario();
    void demoScenarioTarget();
    void helpdeskScriptGetsEveryFormat();
    void savedReportIsPrintedAndConverted();
    void profileSuppliesTheTarget();
    void badProfilesAreRefused_data();
    void badProfilesAreRefused();
    void wizardOpensDespiteABadProfile();
    void readsTheBackgroundWatchsLog_data();
    void readsTheBackgroundWatchsLog();
    void saysWhyThereIsNoLog_data();
    void saysWhyThereIsNoLog();
    void theTargetsHistoryGoesIntoTheReport_data();
    void theTargetsHistoryGoesIntoTheReport();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments, int boundMs = 60000);
    QString labTarget(Scenario scenario) const
    {
        return QStringLiteral("127.0.0.1:%1").arg(m_lab.port(scenario));
    }

    FaultLab m_lab;
    QString m_executable;
    QTemporaryDir m_dir;
};

void tst_HeadlessCli::initTestCase()
{
    m_executable = qEnvironmentVariable("CDOC_EXECUTABLE");
    QVERIFY2(QFile::exists(m_executable), "CDOC_EXECUTABLE must name the built connection-doctor");
    QVERIFY2(m_lab.start(), qPrintable(m_lab.errorString()));
    QVERIFY(m_dir.isValid());
}

tst_HeadlessCli::Run tst_HeadlessCli::run(const QStringList &arguments, int boundMs)
{
    QProcess process;
    process.start(m_executable, arguments);
    Run result;
    if (!process.waitForFinished(boundMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_HeadlessCli::probesATarget_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("phase");
    QTest::newRow("healthy target exits 0") << Scenario::Healthy << 0 << "ok" << "done";
    QTest::newRow("closed port exits 1") << Scenario::Refused << 1 << "refused" << "connect";
    QTest::newRow("resetting server exits 1") << Scenario::ResetOnAccept << 1 << "reset" << "";
}

void tst_HeadlessCli::probesATarget()
{
    QFETCH(Scenario, scenario);
    QFETCH(QString, outcome);
    QFETCH(QString, phase);
    const QString json = m_dir.filePath(QStringLiteral("%1.json").arg(Lab::wireName(scenario)));
    const Run r = run({QStringLiteral("--headless"), QStringLiteral("--target"), labTarget(scenario),
                       QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--interval"),
                       QStringLiteral("0"), QStringLiteral("--timeout"), QStringLiteral("2000"),
                       QStringLiteral("--json"), json});
    QTEST(r.exitCode, "exitCode");
    QVERIFY2(r.out.contains("[3/3]"), r.out.constData());
    QVERIFY2(r.out.contains(QStringLiteral("Results for %1: 3 ").arg(labTarget(scenario)).toUtf8()), r.out.constData());

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QLatin1String("schema")).toString(), QStringLiteral("connection-doctor/report/1"));
    QCOMPARE(root.value(QLatin1String("target")).toString(), labTarget(scenario));
    const QJsonArray probes = root.value(QLatin1String("probes")).toArray();
    QCOMPARE(probes.size(), 3);
    for (const QJsonValue &value : probes) {
        const QJsonObject probe = value.toObject();
        for (const char *key : {"outcome", "phase", "elapsed_ms", "bytes_sent", "bytes_received"})
            QVERIFY2(probe.contains(QLatin1String(key)), key);
        QCOMPARE(probe.value(QLatin1String("outcome")).toString(), outcome);
        if (!phase.isEmpty())
            QCOMPARE(probe.value(QLatin1String("phase")).toString(), phase);
        QVERIFY(probe.value(QLatin1String("elapsed_ms")).toDouble() >= 0);
    }
}

void tst_HeadlessCli::badUsageExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString headless = QStringLiteral("--headless");
    const QString target = QStringLiteral("--target");
    QTest::newRow("empty target") << QStringList{headless, target, QString()} << "Enter a web address";
    QTest::newRow("port zero") << QStringList{headless, target, QStringLiteral("127.0.0.1:0")} << "out of range";
    QTest::newRow("port too high") << QStringList{headless, target, QStringLiteral("127.0.0.1:70000")} << "out of range";
    QTest::newRow("space in target") << QStringList{headless, target, QStringLiteral("a b")} << "space";
    QTest::newRow("url without host") << QStringList{headless, target, QStringLiteral("https://")} << "no server name";
    QTest::newRow("no target") << QStringList{headless} << "needs a --target";
    QTest::newRow("count not a number") << QStringList{headless, target, QStringLiteral("127.0.0.1:1"), QStringLiteral("--count"), QStringLiteral("many")} << "--count";
    QTest::newRow("count zero") << QStringList{headless, target, QStringLiteral("127.0.0.1:1"), QStringLiteral("--count"), QStringLiteral("0")} << "--count";
    QTest::newRow("negative timeout") << QStringList{headless, target, QStringLiteral("127.0.0.1:1"), QStringLiteral("--timeout"), QStringLiteral("-5")} << "--timeout";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
    QTest::newRow("stray argument") << QStringList{headless, QStringLiteral("example.net")} << "Unexpected argument";
    QTest::newRow("report in an unknown format") << QStringList{headless, target, QStringLiteral("127.0.0.1:1"), QStringLiteral("--report"), QStringLiteral("r.docx")} << "Cannot tell which format";
    QTest::newRow("unknown kind to hide") << QStringList{headless, target, QStringLiteral("127.0.0.1:1"), QStringLiteral("--redact"), QStringLiteral("passwords")} << "passwords";
    QTest::newRow("open a missing report") << QStringList{headless, QStringLiteral("--open"), QStringLiteral("/nonexistent/r.json")} << "Cannot open";
    QTest::newRow("a window not offered") << QStringList{headless, QStringLiteral("--reset-history"), QStringLiteral("--since"), QStringLiteral("2h")} << "--since takes one of 1h, 24h, 7d";
    QTest::newRow("a window without the history") << QStringList{headless, QStringLiteral("--since"), QStringLiteral("1h")} << "go with --reset-history";
    QTest::newRow("the history and a live watch at once") << QStringList{headless, QStringLiteral("--reset-history"), QStringLiteral("--watch-resets")} << "Give one of them";
    QTest::newRow("unknown demo scenario") << QStringList{QStringLiteral("--demo"), headless, target, QStringLiteral("nope")} << "fault lab scenario";
}

void tst_HeadlessCli::badUsageExitsWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments, 10000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message, Qt::CaseInsensitive), r.err.constData());
}

void tst_HeadlessCli::helpAndVersion()
{
    const Run help = run({QStringLiteral("--help")}, 10000);
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--headless", "--target", "--count", "--interval", "--timeout", "--json", "--demo", "--reset-history",
                               "--since", "--history-dir", "Exit status"})
        QVERIFY2(help.out.contains(option), option);
    const Run version = run({QStringLiteral("--version")}, 10000);
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("connection-doctor " CDOC_VERSION), version.out.constData());
}

void tst_HeadlessCli::explainsAPastedError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("curl reset") << "curl: (56) Recv failure: Connection reset by peer" << 0 << "reset";
    QTest::newRow("ssh refused, with the server")
        << "ssh: connect to host git.example.net port 22: Connection refused" << 0 << "git.example.net:22";
    QTest::newRow("not an error message") << "my printer is out of paper" << 1 << "not one we recognise";
}

void tst_HeadlessCli::explainsAPastedError()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Run r = run({QStringLiteral("--explain"), text}, 10000);
    QTEST(r.exitCode, "exitCode");
    QVERIFY2(QString::fromUtf8(r.out).contains(expected, Qt::CaseInsensitive), r.out.constData());
}

void tst_HeadlessCli::unwritableReportIsAnError()
{
    const Run r = run({QStringLiteral("--headless"), QStringLiteral("--target"), labTarget(Scenario::Healthy),
                       QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--json"),
                       QStringLiteral("/nonexistent-dir/report.json")});
    QCOMPARE(r.exitCode, 1);
    // The path as this system writes it (backslashes on Windows).
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(QStringLiteral("/nonexistent-dir/report.json")).toLocal8Bit()),
             r.err.constData());
}

void tst_HeadlessCli::interruptedRunStillReports()
{
#if !defined(Q_OS_UNIX)
    QSKIP("Uses SIGTERM");
#else
    const QString json = m_dir.filePath(QStringLiteral("interrupted.json"));
    QProcess process;
    process.start(m_executable, {QStringLiteral("--headless"), QStringLiteral("--target"),
                                 labTarget(Scenario::Healthy), QStringLiteral("--count"),
                                 QStringLiteral("1000"), QStringLiteral("--interval"),
                                 QStringLiteral("100"), QStringLiteral("--json"), json});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput(), out.contains("[2/1000]")), 20000);
    process.terminate(); // SIGTERM, as a helpdesk script's timeout would
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QLatin1String("cancelled")).toBool(), true);
    QVERIFY(root.value(QLatin1String("probes")).toArray().size() >= 2);
#endif
}

void tst_HeadlessCli::demoTourShowsEveryScenario()
{
    const QString json = m_dir.filePath(QStringLiteral("demo.json"));
    const Run r = run({QStringLiteral("--demo"), QStringLiteral("--headless"), QStringLiteral("--json"), json});
    QCOMPARE(r.exitCode, 0);
    for (Scenario scenario : Lab::allScenarios())
        QVERIFY2(r.out.contains(Lab::wireName(scenario).toUtf8()), qPrintable(Lab::wireName(scenario)));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray probes = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("probes")).toArray();
    QStringList outcomes;
    for (const QJsonValue &probe : probes)
        outcomes << probe.toObject().value(QLatin1String("outcome")).toString();
    for (const char *expected : {"ok", "reset", "refused", "closed", "timeout"})
        QVERIFY2(outcomes.contains(QLatin1String(expected)), expected);
}

void tst_HeadlessCli::demoScenarioTarget()
{
    const Run r = run({QStringLiteral("--demo"), QStringLiteral("--headless"), QStringLiteral("--target"),
                       QStringLiteral("reset-on-accept"), QStringLiteral("--count"), QStringLiteral("2"),
                       QStringLiteral("--interval"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("2 reset"), r.out.constData());
}

void tst_HeadlessCli::helpdeskScriptGetsEveryFormat()
{
    // What a helpdesk's script does: run quietly, pick up the reports, read
    // the exit status.
    QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--target"), labTarget(Scenario::ResetOnAccept),
                          QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--interval"), QStringLiteral("0"),
                          QStringLiteral("--quiet"), QStringLiteral("--redact"), QStringLiteral("user,mac,path")};
    const QStringList names{QStringLiteral("s.json"), QStringLiteral("s.html"), QStringLiteral("s.txt"), QStringLiteral("s.pdf"),
                            QStringLiteral("s.csv")};
    for (const QString &name : names)
        arguments << QStringLiteral("--report") << m_dir.filePath(name);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 1); // resets are a problem found
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    for (const QString &name : names)
        QVERIFY2(QFileInfo(m_dir.filePath(name)).size() > 0 || name.endsWith(QLatin1String(".csv")), qPrintable(name));
    QFile json(m_dir.filePath(QStringLiteral("s.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    QVERIFY(!report.value(QLatin1String("report_id")).toString().isEmpty());
    QVERIFY(report.value(QLatin1String("environment")).toObject().contains(QLatin1String("interfaces")));
    QCOMPARE(report.value(QLatin1String("probes")).toArray().size(), 2);
    QFile pdf(m_dir.filePath(QStringLiteral("s.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

void tst_HeadlessCli::savedReportIsPrintedAndConverted()
{
    const QString json = m_dir.filePath(QStringLiteral("saved.json"));
    QCOMPARE(run({QStringLiteral("--headless"), QStringLiteral("--target"), labTarget(Scenario::Healthy), QStringLiteral("--count"),
                  QStringLiteral("1"), QStringLiteral("--quiet"), QStringLiteral("--report"), json})
                 .exitCode,
             0);
    // --json is JSON whatever the file is called.
    const QString oddName = m_dir.filePath(QStringLiteral("saved.pdf"));
    QCOMPARE(run({QStringLiteral("--headless"), QStringLiteral("--target"), labTarget(Scenario::Healthy), QStringLiteral("--count"),
                  QStringLiteral("1"), QStringLiteral("--quiet"), QStringLiteral("--json"), oddName})
                 .exitCode,
             0);
    QFile odd(oddName);
    QVERIFY(odd.open(QIODevice::ReadOnly));
    QVERIFY(odd.read(1) == "{");
    const Run printed = run({QStringLiteral("--headless"), QStringLiteral("--open"), json});
    QCOMPARE(printed.exitCode, 0);
    QVERIFY2(printed.out.contains("Connection Doctor report") && printed.out.contains(labTarget(Scenario::Healthy).toUtf8()),
             printed.out.constData());
    // A file manager passes the file alone.
    const QString html = m_dir.filePath(QStringLiteral("converted.html"));
    const Run converted = run({json, QStringLiteral("--headless"), QStringLiteral("--report"), html});
    QCOMPARE(converted.exitCode, 0);
    QVERIFY(QFileInfo(html).size() > 1000);
}

void tst_HeadlessCli::profileSuppliesTheTarget()
{
    const QString path = m_dir.filePath(QStringLiteral("good.cdprofile"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"schema": "connection-doctor/profile/1", "target": "%1", "probe_timeout_ms": 2000})")
                   .arg(labTarget(Scenario::Healthy))
                   .toUtf8());
    file.close();
    const QString json = m_dir.filePath(QStringLiteral("profiled.json"));
    const Run r = run({QStringLiteral("--headless"), QStringLiteral("--profile"), path, QStringLiteral("--count"), QStringLiteral("1"),
                       QStringLiteral("--report"), json});
    QCOMPARE(r.exitCode, 0);
    QFile report(json);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(report.readAll()).object().value(QLatin1String("target")).toString(),
             labTarget(Scenario::Healthy));
}

void tst_HeadlessCli::badProfilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("named");
    QTest::newRow("not JSON") << QByteArray("hello") << "not valid JSON";
    QTest::newRow("unknown setting") << QByteArray(R"({"schema": "connection-doctor/profile/1", "colour": 1})") << "colour";
    QTest::newRow("bad target") << QByteArray(R"({"schema": "connection-doctor/profile/1", "target": "a b"})") << "\"target\"";
    QTest::newRow("huge") << QByteArray(300 * 1024, ' ') << "too big";
}

void tst_HeadlessCli::badProfilesAreRefused()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, named);
    const QString path = m_dir.filePath(QStringLiteral("bad.cdprofile"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
    file.close();
    const Run r = run({QStringLiteral("--headless"), QStringLiteral("--profile"), path, QStringLiteral("--count"), QStringLiteral("1")}, 10000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(named), r.err.constData());
}

void tst_HeadlessCli::wizardOpensDespiteABadProfile()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.cdprofile"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"schema": "connection-doctor/profile/1", "checks": ["antivirus"]})");
    file.close();
    QProcess gui;
    gui.start(m_executable, {path}); // as a double-click passes it
    QVERIFY(gui.waitForStarted());
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += gui.readAllStandardError()).contains("antivirus") || gui.state() != QProcess::Running,
                              said.constData(), 10000);
    QTest::qWait(500);
    QCOMPARE(gui.state(), QProcess::Running); // refused, said, and the wizard is open
    gui.terminate();
    if (!gui.waitForFinished(5000))
        gui.kill();
}

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

// The background watch's log as cdoc-reset-helper --background writes it
// (docs/reset-watch.md): one file started `startAgoMs` ago, a hello, then
// the lines.
QString writeLog(const QString &dir, qint64 startAgoMs, const QList<QByteArray> &lines)
{
    QDir().mkpath(dir);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - startAgoMs;
    const QString name = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).toString(QStringLiteral("'resets-'yyyyMMdd'T'HHmmss'Z.jsonl'"));
    QFile file(QDir(dir).filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral(R"({"type":"hello","version":1,"kernel_events":true,"kernel_why_not":"","packet_capture":true,)"
                              R"("capture_why_not":"","pid":9,"mode":"background","started_ms":%1})")
                   .arg(start)
                   .toUtf8()
               + '\n');
    for (const QByteArray &line : lines)
        file.write(line + '\n');
    return file.fileName();
}

// A reset `agoMs` ago: chromium's connection to `remote`, named where
// `name` is given; TTL 63 against the server's 52: a device 2 hops away.
QByteArray resetLine(qint64 agoMs, const QString &remote, const QString &name = QString())
{
    const QString names = name.isEmpty() ? QString() : QStringLiteral(R"("remote_name":"%1","remote_name_from":"tls",)").arg(name);
    return QStringLiteral(R"({"type":"reset","at_ms":%1,"direction":"received","local":"10.0.0.2:50412","remote":"%2",%3)"
                          R"("tcp_state":"established","pid":4242,"program":"chromium","exe":"/usr/lib/chromium/chromium","owner":"connect",)"
                          R"("capture":true,"packet":{"ttl":63,"ip_id":4,"df":false,"window":0,"ack":false,"seq_expected":true,)"
                          R"("timestamps":false,"payload_bytes":0,"text":""},)"
                          R"("peer":{"syn_ttl":52,"ttl_min":52,"ttl_max":52,"packets":12,"ip_id_zero":false,"df":true,"timestamps":true},)"
                          R"("host_ttl":52,"idle_ms":30000,"burst":1,"burst_seq_varied":false})")
        .arg(QDateTime::currentMSecsSinceEpoch() - agoMs)
        .arg(remote, names)
        .toUtf8();
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace

void tst_HeadlessCli::readsTheBackgroundWatchsLog_data()
{
    QTest::addColumn<QString>("since"); // empty: the default, 24h
    QTest::addColumn<int>("resets");
    QTest::addColumn<QString>("line");  // printed for the named reset
    QTest::addColumn<QString>("row");   // printed by program and server
    QTest::newRow("the last hour") << "1h" << 1 << "chromium 10.0.0.2:50412 → web.example.test (10.0.0.5:443)"
                                   << "chromium → web.example.test (10.0.0.5): 1 reset, sent by a device 2 hops away";
    QTest::newRow("the last 24 hours, by default") << "" << 3 << "chromium 10.0.0.2:50412 → web.example.test (10.0.0.5:443)"
                                                   << "chromium → web.example.test (10.0.0.5): 2 resets, sent by a device 2 hops away";
    QTest::newRow("the last 7 days") << "7d" << 4 << "chromium 10.0.0.2:50412 → 10.0.0.9:443"
                                     << "chromium → 10.0.0.9: 1 reset, sent by a device 2 hops away";
}

void tst_HeadlessCli::readsTheBackgroundWatchsLog()
{
    QFETCH(QString, since);
    QFETCH(int, resets);
    QFETCH(QString, line);
    QFETCH(QString, row);
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("state"));
    QVERIFY(!writeLog(log, 3 * 24 * Hour, {resetLine(2 * 24 * Hour, QStringLiteral("10.0.0.9:443"))}).isEmpty());
    QVERIFY(!writeLog(log, 3 * Hour, {resetLine(2 * Hour, QStringLiteral("10.0.0.5:443"), QStringLiteral("web.example.test")),
                                      resetLine(90 * Minute, QStringLiteral("10.0.0.7:80")), "{\"type\":\"garbage",
                                      resetLine(10 * Minute, QStringLiteral("10.0.0.5:443"), QStringLiteral("web.example.test")),
                                      "{\"type\":\"reset\",\"at_ms\":"})
                 .isEmpty());
    const QString json = dir.filePath(QStringLiteral("history.json"));
    const QString csv = dir.filePath(QStringLiteral("history.csv"));
    QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--reset-history"), QStringLiteral("--history-dir"), log,
                          QStringLiteral("--json"), json, QStringLiteral("--csv"), csv, QStringLiteral("--lang"), QStringLiteral("en")};
    if (!since.isEmpty())
        arguments << QStringLiteral("--since") << since;
    const Run r = run(arguments, 30000);
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(line), qPrintable(out));
    QVERIFY2(out.contains(row), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("The background watch's log covers")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("2 lines of the log could not be read")), qPrintable(out));

    // The same layout as --watch-resets, with what the log covers.
    const QJsonObject root = readJson(json);
    const QJsonObject watch = root.value(QLatin1String("reset_watch")).toObject();
    QCOMPARE(watch.value(QLatin1String("source")).toString(), QStringLiteral("kernel-events"));
    QCOMPARE(watch.value(QLatin1String("history")).toObject().value(QLatin1String("read")).toBool(), true);
    QCOMPARE(watch.value(QLatin1String("history")).toObject().value(QLatin1String("skipped_lines")).toInt(), 2);
    const QJsonArray events = root.value(QLatin1String("reset_events")).toArray();
    QCOMPARE(events.size(), resets);
    const QJsonObject last = events.last().toObject();
    QCOMPARE(last.value(QLatin1String("program")).toString(), QStringLiteral("chromium"));
    QCOMPARE(last.value(QLatin1String("remote")).toString(), QStringLiteral("10.0.0.5:443"));
    QCOMPARE(last.value(QLatin1String("remote_name")).toString(), QStringLiteral("web.example.test"));
    QCOMPARE(last.value(QLatin1String("remote_name_from")).toString(), QStringLiteral("tls"));
    QCOMPARE(last.value(QLatin1String("sender")).toString(), QStringLiteral("middlebox"));
    QCOMPARE(last.value(QLatin1String("sender_hops")).toInt(), 2);
    QCOMPARE(last.value(QLatin1String("server_hops")).toInt(), 13);
    // The CSV: a header and a record per reset (the evidence is one
    // quoted cell of several lines).
    QFile table(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QString rows = QString::fromUtf8(table.readAll()).trimmed();
    QVERIFY(rows.startsWith(QLatin1String("at,direction,program,")));
    QCOMPARE(int(rows.count(QRegularExpression(QStringLiteral("(?m)^\\d{4}-\\d\\d-\\d\\dT")))), resets);
    QVERIFY2(rows.endsWith(QLatin1String(",web.example.test,tls")), qPrintable(rows.right(200)));
}

void tst_HeadlessCli::saysWhyThereIsNoLog_data()
{
    QTest::addColumn<QString>("what"); // missing, file, empty
    QTest::addColumn<QString>("message");
    QTest::newRow("no such directory") << "missing" << "has not run on this computer";
    QTest::newRow("a file, not a directory") << "file" << "is not a directory";
    QTest::newRow("no log file yet") << "empty" << "has written no log";
}

void tst_HeadlessCli::saysWhyThereIsNoLog()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("state"));
    if (what == QLatin1String("file")) {
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (what == QLatin1String("empty")) {
        QVERIFY(QDir().mkpath(log));
    }
    const QString json = dir.filePath(QStringLiteral("history.json"));
    const Run r = run({QStringLiteral("--headless"), QStringLiteral("--reset-history"), QStringLiteral("--history-dir"), log,
                       QStringLiteral("--json"), json, QStringLiteral("--quiet"), QStringLiteral("--lang"), QStringLiteral("en")},
                      30000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(log), r.err.constData());
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    // The report still says why, for a script that reads it.
    const QJsonObject watch = readJson(json).value(QLatin1String("reset_watch")).toObject();
    QCOMPARE(watch.value(QLatin1String("history")).toObject().value(QLatin1String("read")).toBool(true), false);
    QVERIFY(watch.value(QLatin1String("why_not")).toString().contains(message));
    QCOMPARE(readJson(json).value(QLatin1String("reset_events")).toArray().size(), 0);
}

void tst_HeadlessCli::theTargetsHistoryGoesIntoTheReport_data()
{
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("redact");
    QTest::newRow("not asked for: not in the report") << false << "none";
    QTest::newRow("asked for, names and addresses shown") << true << "none";
    QTest::newRow("asked for, names and addresses hidden") << true << "all";
}

void tst_HeadlessCli::theTargetsHistoryGoesIntoTheReport()
{
    QFETCH(bool, allowed);
    QFETCH(QString, redact);
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("state"));
    const QString target = labTarget(Scenario::Healthy);
    const QString port = target.section(QLatin1Char(':'), -1);
    // The target's server (the lab, on loopback), by address, twice; another server once.
    QVERIFY(!writeLog(log, Hour, {resetLine(50 * Minute, QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("lab.example.test")),
                                  resetLine(40 * Minute, QStringLiteral("10.0.0.9:443"), QStringLiteral("other.example.test")),
                                  resetLine(30 * Minute, QStringLiteral("127.0.0.1:%1").arg(port))})
                 .isEmpty());
    const QString json = dir.filePath(QStringLiteral("run.json"));
    const QString text = dir.filePath(QStringLiteral("run.txt"));
    QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--target"), target, QStringLiteral("--count"), QStringLiteral("1"),
                          QStringLiteral("--json"), json, QStringLiteral("--report"), text, QStringLiteral("--redact"), redact,
                          QStringLiteral("--lang"), QStringLiteral("en")};
    if (allowed)
        arguments << QStringLiteral("--reset-history") << QStringLiteral("--history-dir") << log;
    const Run r = run(arguments, 30000);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = readJson(json);
    QFile file(text);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString summary = QString::fromUtf8(file.readAll());
    if (!allowed) {
        QVERIFY(!root.contains(QLatin1String("server_history")));
        QVERIFY(!summary.contains(QLatin1String("before the run"), Qt::CaseInsensitive));
        return;
    }
    const QJsonObject history = root.value(QLatin1String("server_history")).toObject();
    QVERIFY(history.value(QLatin1String("servers")).toArray().contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(history.value(QLatin1String("reset_watch")).toObject().value(QLatin1String("history")).toObject().value(QLatin1String("read")).toBool(), true);
    const QJsonArray events = history.value(QLatin1String("reset_events")).toArray();
    QCOMPARE(events.size(), 2);
    QVERIFY2(summary.contains(QLatin1String("Resets of this server before the run"), Qt::CaseInsensitive), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("holds 2 resets of connections to 127.0.0.1")), qPrintable(summary));
    const QString name = events.at(0).toObject().value(QLatin1String("remote_name")).toString();
    if (redact == QLatin1String("none")) {
        QCOMPARE(name, QStringLiteral("lab.example.test"));
        QVERIFY2(summary.contains(QLatin1String("lab.example.test (127.0.0.1:")), qPrintable(summary));
    } else {
        QVERIFY2(name.startsWith(QLatin1String("[host-")), qPrintable(name));
        QVERIFY(!summary.contains(QLatin1String("lab.example.test")));
        QVERIFY(!QString::fromUtf8(QJsonDocument(root).toJson()).contains(QLatin1String("lab.example.test")));
    }
    // The other server's reset is not this server's history.
    QVERIFY(!summary.contains(QLatin1String("10.0.0.9")) && !summary.contains(QLatin1String("other.example.test")));
}

QTEST_GUILESS_MAIN(tst_HeadlessCli)
#include "tst_headlesscli.moc"
