// The reset watch against real programs on a real path: a client, a router
// and a server, each a network namespace this test creates. curl, a python3
// socket client and the app's own probes are reset (a) by the server
// (SO_LINGER 0) and (b) by the router one hop before it (nftables "reject
// with tcp reset"). The watch runs in the client namespace as a user would
// run it, and must name every reset's program, server, direction, state,
// sender and hop counts, and miss none.

#include "resetwatchlab.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <signal.h>

namespace {
const QString ClientV4 = ResetWatchLab::ClientV4;
const QString ServerV4 = ResetWatchLab::ServerV4;
const QString ServerV6 = ResetWatchLab::ServerV6;
constexpr int PerKind = 25; // per program and kind: 50 resets of each kind from curl and python alone
constexpr int ProbesPerKind = 20;
constexpr int ClosedPort = 8009; // nothing listens there in the client namespace
} // namespace

class tst_ResetWatchNetns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyResetIsAttributed_data();
    void everyResetIsAttributed();
    void nothingElseWasReported();
    void probesCarryTheirSender();
    void withoutPermissionTheCountersRemain_data();
    void withoutPermissionTheCountersRemain();

private:
    QJsonObject readJson(const QString &path);

    QString m_executable;
    QTemporaryDir m_dir;
    ResetWatchLab m_lab;
    QJsonArray m_events;   // what the watch reported
    QJsonObject m_probeReport;
};

QJsonObject tst_ResetWatchNetns::readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void tst_ResetWatchNetns::initTestCase()
{
    m_executable = qEnvironmentVariable("CDOC_EXECUTABLE");
    QVERIFY(QFile::exists(m_executable));
    QString whyNot;
    if (!m_lab.create(QFINDTESTDATA("resetwatch/peers.py"), &whyNot))
        QSKIP(qPrintable(whyNot));

    // The watch, in the client namespace, as a user runs it.
    QProcess watch;
    watch.setProgram(QStringLiteral("ip"));
    const QString watchJson = m_dir.filePath(QStringLiteral("watch.json"));
    watch.setArguments({QStringLiteral("netns"), QStringLiteral("exec"), m_lab.client().name(), m_executable, QStringLiteral("--headless"),
                        QStringLiteral("--watch-resets"), QStringLiteral("--duration"), QStringLiteral("300"),
                        QStringLiteral("--json"), watchJson});
    watch.start();
    QVERIFY(watch.waitForStarted(5000));
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += watch.readAllStandardOutput()).contains("Watching every program"),
                              said + watch.readAllStandardError(), 15000);

    // (a) the server resets; (b) the router does.
    for (int port : {8001, 8002}) {
        m_lab.curl(ServerV4, port, PerKind);
        QCOMPARE(m_lab.python(QStringLiteral("send"), ServerV4, port, PerKind), QByteArray("reset=") + QByteArray::number(PerKind));
        const QString probes = m_dir.filePath(QStringLiteral("probes-%1.json").arg(port));
        m_lab.inClient({m_executable, QStringLiteral("--headless"), QStringLiteral("--quiet"), QStringLiteral("--watch-resets"),
                QStringLiteral("--target"), QStringLiteral("%1:%2").arg(ServerV4).arg(port), QStringLiteral("--count"),
                QString::number(ProbesPerKind), QStringLiteral("--interval"), QStringLiteral("50"), QStringLiteral("--json"), probes});
        m_probeReport.insert(QString::number(port), readJson(probes));
    }
    // This computer resets; IPv6 both ways; a reset before the connection was ever established.
    QCOMPARE(m_lab.python(QStringLiteral("abort"), ServerV4, 8005, 5), QByteArray("aborted=5"));
    QCOMPARE(m_lab.python(QStringLiteral("send"), ServerV6, 8001, 5), QByteArray("reset=5"));
    QCOMPARE(m_lab.python(QStringLiteral("send"), ServerV6, 8002, 5), QByteArray("reset=5"));
    QCOMPARE(m_lab.python(QStringLiteral("connect"), ServerV4, 8004, 5), QByteArray("refused=5"));
    QCOMPARE(m_lab.python(QStringLiteral("mapped"), ServerV4, 8006, 5), QByteArray("reset=5"));
    // This computer resets, and its kernel says why: a program closes with
    // data unread; a SYN comes from the server's side to a port nobody
    // listens on here.
    QCOMPARE(m_lab.python(QStringLiteral("unread"), ServerV4, 8007, 5), QByteArray("unread=5"));
    QCOMPARE(m_lab.pythonFromServer(QStringLiteral("connect"), ClientV4, ClosedPort, 5), QByteArray("refused=5"));

    ::kill(pid_t(watch.processId()), SIGTERM); // ip netns exec passes it on (it execs the app)
    QVERIFY(watch.waitForFinished(20000));
    QCOMPARE(watch.exitCode(), 0);
    const QJsonObject report = readJson(watchJson);
    QCOMPARE(report.value(QLatin1String("reset_watch")).toObject().value(QLatin1String("source")).toString(),
             QStringLiteral("kernel-events"));
    QCOMPARE(report.value(QLatin1String("reset_watch")).toObject().value(QLatin1String("lost_events")).toInt(), 0);
    m_events = report.value(QLatin1String("reset_events")).toArray();
}

void tst_ResetWatchNetns::everyResetIsAttributed_data()
{
    QTest::addColumn<QString>("program");   // the start of the program's name
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<int>("senderHops");
    QTest::addColumn<int>("serverHops");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("kernelReason"); // empty: null in the report

    const QString v4 = ServerV4, v6 = QStringLiteral("[%1]").arg(ServerV6);
    QTest::newRow("curl, reset by the server") << "curl" << v4 + ":8001" << "received" << "established" << "server" << 2 << 2 << PerKind << QString();
    QTest::newRow("python, reset by the server") << "python3" << v4 + ":8001" << "received" << "established" << "server" << 2 << 2 << PerKind << QString();
    QTest::newRow("our probes, reset by the server") << "connection-doctor" << v4 + ":8001" << "received" << "established" << "server" << 2 << 2 << ProbesPerKind << QString();
    QTest::newRow("curl, reset by the router") << "curl" << v4 + ":8002" << "received" << "established" << "middlebox" << 1 << 2 << PerKind << QString();
    QTest::newRow("python, reset by the router") << "python3" << v4 + ":8002" << "received" << "established" << "middlebox" << 1 << 2 << PerKind << QString();
    QTest::newRow("our probes, reset by the router") << "connection-doctor" << v4 + ":8002" << "received" << "established" << "middlebox" << 1 << 2 << ProbesPerKind << QString();
    QTest::newRow("python resets the connection itself") << "python3" << v4 + ":8005" << "sent" << "established" << "local" << 0 << 2 << 5 << QStringLiteral("TCP_STATE");
    QTest::newRow("IPv6, reset by the server") << "python3" << v6 + ":8001" << "received" << "established" << "server" << 2 << 2 << 5 << QString();
    QTest::newRow("IPv6, reset by the router") << "python3" << v6 + ":8002" << "received" << "established" << "middlebox" << 1 << 2 << 5 << QString();
    QTest::newRow("reset before it was established") << "python3" << v4 + ":8004" << "received" << "syn_sent" << "middlebox" << 1 << 2 << 5 << QString();
    QTest::newRow("an IPv6 socket talking IPv4") << "python3" << v4 + ":8006" << "received" << "established" << "server" << 2 << 2 << 5 << QString();
    QTest::newRow("python closes with data unread") << "python3" << v4 + ":8007" << "sent" << "established" << "local" << 0 << 2 << 5
                                                    << QStringLiteral("TCP_ABORT_ON_CLOSE");
    QTest::newRow("a connection to a port nobody listens on") << "" << v4 + ":" << "sent" << "unknown" << "local" << 0 << 2 << 5
                                                              << QStringLiteral("NO_SOCKET");
}

void tst_ResetWatchNetns::everyResetIsAttributed()
{
    QFETCH(QString, program);
    QFETCH(QString, remote);
    QFETCH(QString, direction);
    QFETCH(QString, state);
    QFETCH(QString, sender);
    QFETCH(int, senderHops);
    QFETCH(int, serverHops);
    QFETCH(int, count);
    QFETCH(QString, kernelReason);

    int seen = 0;
    for (const QJsonValue &v : std::as_const(m_events)) {
        const QJsonObject e = v.toObject();
        // A remote ending in ':' is any port of that address (the server's
        // side connecting to a closed port here); with no program, none known.
        const QString at = e.value(QLatin1String("remote")).toString();
        const bool anyPort = remote.endsWith(QLatin1Char(':'));
        if ((anyPort ? !at.startsWith(remote) || e.value(QLatin1String("local")).toString() != ClientV4 + QStringLiteral(":%1").arg(ClosedPort)
                     : at != remote)
            || (program.isEmpty() ? !e.value(QLatin1String("program")).isNull()
                                  : !e.value(QLatin1String("program")).toString().startsWith(program)))
            continue;
        ++seen;
        const QString what = QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact));
        QVERIFY2(program.isEmpty() ? e.value(QLatin1String("pid")).isNull() : e.value(QLatin1String("pid")).toInt() > 0, qPrintable(what));
        QVERIFY2(e.value(QLatin1String("local")).toString().startsWith(remote.startsWith(QLatin1Char('[')) ? QStringLiteral("[fd00:91:1::2]:")
                                                                                                         : ClientV4 + QLatin1Char(':')),
                 qPrintable(what));
        QCOMPARE(e.value(QLatin1String("direction")).toString(), direction);
        QCOMPARE(e.value(QLatin1String("tcp_state")).toString(), state);
        QVERIFY2(e.value(QLatin1String("sender")).toString() == sender, qPrintable(what));
        QVERIFY2(e.value(QLatin1String("sender_hops")).toInt(-1) == senderHops, qPrintable(what));
        QVERIFY2(e.value(QLatin1String("server_hops")).toInt(-1) == serverHops, qPrintable(what));
        QVERIFY2(!e.value(QLatin1String("evidence")).toArray().isEmpty(), qPrintable(what));
        // Why this computer sent it, in the kernel's own words (Linux 6.10
        // and later); received resets have none.
        QVERIFY2(kernelReason.isEmpty() ? e.value(QLatin1String("kernel_reason")).isNull()
                                        : e.value(QLatin1String("kernel_reason")).toString() == kernelReason,
                 qPrintable(what));
    }
    QCOMPARE(seen, count);
}

void tst_ResetWatchNetns::nothingElseWasReported()
{
    // Every reset made above, none missed and none invented: 2 x (25 + 25 + 20) + 7 x 5.
    QCOMPARE(m_events.size(), 2 * (2 * PerKind + ProbesPerKind) + 35);
}

void tst_ResetWatchNetns::probesCarryTheirSender()
{
    const QList<QPair<QString, QString>> expected{{QStringLiteral("8001"), QStringLiteral("server")},
                                                  {QStringLiteral("8002"), QStringLiteral("middlebox")}};
    for (const auto &[port, sender] : expected) {
        const QJsonArray probes = m_probeReport.value(port).toObject().value(QLatin1String("probes")).toArray();
        QCOMPARE(probes.size(), ProbesPerKind);
        for (const QJsonValue &v : probes) {
            const QJsonObject p = v.toObject();
            const QByteArray what = QJsonDocument(p).toJson(QJsonDocument::Compact);
            QVERIFY2(p.value(QLatin1String("outcome")).toString() == QLatin1String("reset"), what.constData());
            QVERIFY2(p.value(QLatin1String("reset_sender")).toString() == sender, what.constData());
            QCOMPARE(p.value(QLatin1String("reset_sender_hops")).toInt(), sender == QLatin1String("server") ? 2 : 1);
        }
    }
}

void tst_ResetWatchNetns::withoutPermissionTheCountersRemain_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("runAs");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("the helper is missing") << QStringList{QStringLiteral("CDOC_RESET_HELPER=/nonexistent/cdoc-reset-helper")}
                                           << QStringList{} << QStringLiteral("is not installed");
    QTest::newRow("a user without permission")
        << QStringList{} << QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                        QStringLiteral("--clear-groups"), QStringLiteral("--inh-caps=-all"), QStringLiteral("--bounding-set=-all")}
        << QStringLiteral("not allowed");
}

void tst_ResetWatchNetns::withoutPermissionTheCountersRemain()
{
    QFETCH(QStringList, environment);
    QFETCH(QStringList, runAs);
    QFETCH(QString, sentence);

    // A folder the unprivileged user can write the report to.
    QTemporaryDir out(QStringLiteral("/tmp/cdoc-watch-XXXXXX"));
    QVERIFY(out.isValid());
    QFile::setPermissions(out.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                          | QFileDevice::WriteOther | QFileDevice::ExeOther);
    const QString json = out.filePath(QStringLiteral("watch.json"));
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), out.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), out.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), out.path());
    for (const QString &assignment : environment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    app.setProcessEnvironment(env);
    const QStringList command = runAs + QStringList{m_executable, QStringLiteral("--headless"), QStringLiteral("--watch-resets"),
                                                    QStringLiteral("--duration"), QStringLiteral("2"), QStringLiteral("--json"), json};
    app.start(command.first(), command.mid(1));
    QVERIFY(app.waitForFinished(30000));
    const QString output = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(app.exitCode() == 0, qPrintable(output + QString::fromUtf8(app.readAllStandardError())));
    const QJsonObject watch = readJson(json).value(QLatin1String("reset_watch")).toObject();
    QCOMPARE(watch.value(QLatin1String("source")).toString(), QStringLiteral("counters-only"));
    QVERIFY2(watch.value(QLatin1String("why_not")).toString().contains(sentence), qPrintable(watch.value(QLatin1String("why_not")).toString()));
    // One clear sentence on the terminal too, and the count still kept.
    QVERIFY2(output.contains(sentence), qPrintable(output));
    QVERIFY(!readJson(json).value(QLatin1String("system_resets")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ResetWatchNetns)
#include "tst_resetwatchnetns.moc"
