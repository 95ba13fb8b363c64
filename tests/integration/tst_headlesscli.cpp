// The command-line contract helpdesk scripts rely on, checked against the
// real executable and the fault lab: exit statuses, the summary, the JSON
// report, bad input, and an interrupted run that still reports.

#include "lab/faultlab.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
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
    for (const char *option : {"--headless", "--target", "--count", "--interval", "--timeout", "--json", "--demo", "Exit status"})
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

QTEST_GUILESS_MAIN(tst_HeadlessCli)
#include "tst_headlesscli.moc"
