// The environment checks against real peers on loopback: the fault lab, a
// real HTTP proxy (tinyproxy) allowing one port and denying another, and
// system files that are missing or unreadable.

#include "checks/checkcatalog.h"
#include "cli/checkcontextloader.h"
#include "diagnosis/diagnosis.h"
#include "checkwaiter.h"
#include "lab/faultlab.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QJsonArray>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using Lab::Scenario;
using namespace Vocabulary;

class tst_Checks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void reachability_data();
    void reachability();
    void captivePortal_data();
    void captivePortal();
    void dnsResolution();
    void portMatrixShowsAPortSpecificBlock();
    void proxyComparison_data();
    void proxyComparison();
    void proxyDenialIsDiagnosed();
    void proxyThatAnswersGarbage();
    void idleTestOnAServerThatClosesAfterEachAnswer();
    void proxySettingsFromTheEnvironment();
    void pacScriptThatDoesNotLoad();
    void unreadableSystemFiles();
    void countersRunOutOfTimeButKeepTheirSamples();
    void cancelStopsEverything();

private:
    CheckContext labContext() const;
    QString endpoint(Scenario s) const { return QStringLiteral("127.0.0.1:%1").arg(m_lab.port(s)); }

    FaultLab m_lab;
    QTemporaryDir m_dir;
    QProcess m_tinyproxy;
    quint16 m_proxyPort = 0;
};

CheckContext tst_Checks::labContext() const
{
    CheckContext c;
    CheckContextLoader::useLab(m_lab, &c);
    c.probeTimeoutMs = 2000;
    c.counterIntervalMs = 100;
    c.counterSamples = 3;
    c.verifyCertificates = false;
    c.osVerdict.why = QStringLiteral("not asked in tests");
    return c;
}

void tst_Checks::initTestCase()
{
    QVERIFY2(m_lab.start(), qPrintable(m_lab.errorString()));
    QVERIFY(m_dir.isValid());
    // Settings and desktop files of this test's own.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
        qunsetenv(name);

    const QString tinyproxy = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"), {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
    if (tinyproxy.isEmpty())
        return; // the proxy tests skip, saying why
    QTcpServer probe; // find a free port for the proxy
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_proxyPort = probe.serverPort();
    probe.close();
    // Allows CONNECT to the lab's healthy port only: every other port gets
    // tinyproxy's own 403.
    QFile conf(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 10\nAllow 127.0.0.1\nMaxClients 20\n"
                              "ConnectPort %2\nLogLevel Critical\n")
                   .arg(m_proxyPort).arg(m_lab.port(Scenario::Healthy)).toUtf8());
    conf.close();
    m_tinyproxy.start(tinyproxy, {QStringLiteral("-d"), QStringLiteral("-c"), conf.fileName()});
    QVERIFY(m_tinyproxy.waitForStarted(5000));
    // Ready when it accepts connections.
    QTRY_VERIFY_WITH_TIMEOUT([this] {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_proxyPort);
        return s.waitForConnected(200);
    }(), 10000);
}

void tst_Checks::cleanupTestCase()
{
    if (m_tinyproxy.state() != QProcess::NotRunning) {
        m_tinyproxy.terminate();
        if (!m_tinyproxy.waitForFinished(3000))
            m_tinyproxy.kill();
    }
}

void tst_Checks::reachability_data()
{
    QTest::addColumn<QList<Scenario>>("endpoints");
    QTest::addColumn<CheckStatus>("status");
    QTest::newRow("every endpoint answers") << QList<Scenario>{Scenario::Healthy, Scenario::SlowReply} << CheckStatus::Pass;
    QTest::newRow("some endpoints answer") << QList<Scenario>{Scenario::Healthy, Scenario::Refused} << CheckStatus::Warn;
    QTest::newRow("no endpoint answers") << QList<Scenario>{Scenario::Refused, Scenario::NoAnswer} << CheckStatus::Fail;
}

void tst_Checks::reachability()
{
    QFETCH(QList<Scenario>, endpoints);
    CheckContext c = labContext();
    c.probeTimeoutMs = 500;
    c.endpoints.reachability.clear();
    for (Scenario s : endpoints)
        c.endpoints.reachability << endpoint(s);
    const CheckResult r = CheckWaiter::run({QStringLiteral("connectivity")}, c).value(QStringLiteral("connectivity.reachability"));
    QTEST(r.status, "status");
    QCOMPARE(r.details.size(), endpoints.size());
}

void tst_Checks::captivePortal_data()
{
    QTest::addColumn<Scenario>("server");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<CheckStatus>("status");
    QTest::newRow("the expected answer: no portal") << Scenario::Healthy << 200 << CheckStatus::Pass;
    QTest::newRow("another answer: a portal") << Scenario::Healthy << 204 << CheckStatus::Fail;
    QTest::newRow("no answer: cannot tell") << Scenario::Refused << 204 << CheckStatus::Warn;
}

void tst_Checks::captivePortal()
{
    QFETCH(Scenario, server);
    QFETCH(int, expectedStatus);
    CheckContext c = labContext();
    c.endpoints.captivePortalUrl = QUrl(QStringLiteral("http://%1/generate_204").arg(endpoint(server)));
    c.endpoints.captivePortalStatus = expectedStatus;
    const CheckResult r = CheckWaiter::run({QStringLiteral("connectivity")}, c).value(QStringLiteral("connectivity.captive-portal"));
    QTEST(r.status, "status");
}

void tst_Checks::dnsResolution()
{
    CheckContext c = labContext();
    c.target = Target::parse(QStringLiteral("localhost:80")).target;
    const QHash<QString, CheckResult> results = CheckWaiter::run({QStringLiteral("connectivity")}, c);
    const CheckResult r = results.value(QStringLiteral("connectivity.dns-resolution"));
    QCOMPARE(r.status, CheckStatus::Pass);
    QCOMPARE(r.data.value(QLatin1String("target_resolves")).toBool(), true);
    // Every connectivity check reported, each with a sentence.
    QCOMPARE(results.size(), 7);
    for (const CheckResult &each : results)
        QVERIFY2(!each.summary.isEmpty(), qPrintable(each.id));
    QCOMPARE(results.value(QStringLiteral("connectivity.os-verdict")).status, CheckStatus::Skip);
}

void tst_Checks::portMatrixShowsAPortSpecificBlock()
{
    CheckContext c = labContext();
    c.target = Target::parse(endpoint(Scenario::Refused)).target;
    c.endpoints.referencePorts = {m_lab.port(Scenario::Healthy), m_lab.port(Scenario::SlowReply)};
    const CheckResult r = CheckWaiter::run({QStringLiteral("firewall")}, c).value(QStringLiteral("firewall.port-matrix"));
    QCOMPARE(r.status, CheckStatus::Fail);
    QVERIFY(r.resetOrigin.has_value());
    // Loopback's round trip is far too short to place the refusal.
    QCOMPARE(*r.resetOrigin, ResetOrigin::Unknown);
    QCOMPARE(r.data.value(QLatin1String("target_port_blocked")).toBool(), true);
    QCOMPARE(r.data.value(QLatin1String("other_ports_open")).toBool(), true);
    QCOMPARE(r.data.value(QLatin1String("matrix")).toArray().size(), 9);
    QVERIFY(r.summary.contains(QString::number(m_lab.port(Scenario::Refused))));
}

void tst_Checks::proxyComparison_data()
{
    QTest::addColumn<Scenario>("target");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("answer");
    QTest::newRow("the proxy allows the port") << Scenario::Healthy << CheckStatus::Pass << "";
    QTest::newRow("the proxy denies the port") << Scenario::CloseAfterIdle << CheckStatus::Fail << "403";
}

void tst_Checks::proxyComparison()
{
    if (m_proxyPort == 0)
        QSKIP("tinyproxy is not installed (scripts/setup.sh installs it)");
    QFETCH(Scenario, target);
    QFETCH(QString, answer);
    CheckContext c = labContext();
    c.target = Target::parse(endpoint(target)).target;
    c.probeTimeoutMs = 3000;
    c.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxyPort);
    const CheckResult r = CheckWaiter::run({QStringLiteral("proxy")}, c).value(QStringLiteral("proxy.comparison"));
    QTEST(r.status, "status");
    QVERIFY2(r.data.value(QLatin1String("proxy_answer")).toString().contains(answer), qPrintable(r.details.join(QLatin1Char('\n'))));
    if (!answer.isEmpty()) {
        QCOMPARE(r.data.value(QLatin1String("proxied_outcome")).toString(), QStringLiteral("proxy_failure"));
        QVERIFY(r.summary.contains(answer));
    }
}

void tst_Checks::proxyDenialIsDiagnosed()
{
    if (m_proxyPort == 0)
        QSKIP("tinyproxy is not installed (scripts/setup.sh installs it)");
    CheckContext c = labContext();
    c.target = Target::parse(endpoint(Scenario::CloseAfterIdle)).target;
    c.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxyPort);
    Report report;
    report.checks = CheckWaiter::run(CheckCatalog::environmentGroups(), c).values();
    const QList<Finding> findings = Diagnosis::diagnose(Diagnosis::Evidence::from(report));
    QCOMPARE(findings.constFirst().id, FindingId::ProxyInterference);
    QCOMPARE(findings.constFirst().side, Side::Proxy);
    QVERIFY(findings.constFirst().evidence.join(QLatin1Char(' ')).contains(QLatin1String("403")));
}

void tst_Checks::proxyThatAnswersGarbage()
{
    // A "proxy" that answers every connection with noise.
    QTcpServer garbage;
    QVERIFY(garbage.listen(QHostAddress::LocalHost, 0));
    connect(&garbage, &QTcpServer::newConnection, this, [&garbage] {
        while (QTcpSocket *s = garbage.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write(QByteArray(300, '\x1b') + "\r\n");
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    CheckContext c = labContext();
    c.target = Target::parse(endpoint(Scenario::Healthy)).target;
    c.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), garbage.serverPort());
    const CheckResult r = CheckWaiter::run({QStringLiteral("proxy")}, c).value(QStringLiteral("proxy.comparison"));
    QCOMPARE(r.status, CheckStatus::Fail);
    QCOMPARE(r.data.value(QLatin1String("proxied_outcome")).toString(), QStringLiteral("proxy_failure"));
    QVERIFY2(r.data.value(QLatin1String("proxy_answer")).toString().contains(QLatin1String("not HTTP")),
             qPrintable(r.details.join(QLatin1Char('\n'))));
}

void tst_Checks::idleTestOnAServerThatClosesAfterEachAnswer()
{
    // A web server that keeps no connection open after its answer (HTTP/1.1
    // with "Connection: close", whatever the client asked): no idle time
    // after an answer to measure, and none of it is called a timeout.
    QTcpServer closer;
    QVERIFY(closer.listen(QHostAddress::LocalHost, 0));
    connect(&closer, &QTcpServer::newConnection, this, [&closer] {
        while (QTcpSocket *s = closer.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s] {
                if (!s->readAll().contains("\r\n\r\n"))
                    return;
                s->write("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n");
                s->disconnectFromHost();
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    CheckContext c = labContext();
    c.target = Target::parse(QStringLiteral("127.0.0.1:%1").arg(closer.serverPort())).target;
    c.experimentBudgetMs = 8000;
    const CheckResult r = CheckWaiter::run({QStringLiteral("experiments")}, c).value(QStringLiteral("experiments.idle-timeout"));
    QCOMPARE(r.status, CheckStatus::Pass);
    QCOMPARE(r.data.value(QLatin1String("keeps_alive")).toBool(true), false);
    QVERIFY(r.data.value(QLatin1String("idle_timeout_ms")).isNull());
    QVERIFY2(r.summary.contains(QLatin1String("after its answer")), qPrintable(r.summary));
}

void tst_Checks::proxySettingsFromTheEnvironment()
{
    CheckContext c = labContext();
    c.target = Target::parse(QStringLiteral("https://service.lan")).target;
    qputenv("https_proxy", "http://user:hunter2@proxy.lan:3128");
    qputenv("no_proxy", "intranet.lan");
    CheckResult r = CheckWaiter::run({QStringLiteral("proxy")}, c).value(QStringLiteral("proxy.settings"));
    QCOMPARE(r.status, CheckStatus::Pass);
    QVERIFY(r.summary.contains(QLatin1String("proxy.lan")));
    QVERIFY(!r.details.join(QLatin1Char(' ')).contains(QLatin1String("hunter2")));

    qputenv("https_proxy", "ftp://what:is/this");
    r = CheckWaiter::run({QStringLiteral("proxy")}, c).value(QStringLiteral("proxy.settings"));
    QCOMPARE(r.status, CheckStatus::Warn);

    qputenv("https_proxy", "http://proxy.lan:3128");
    c.target = Target::parse(QStringLiteral("https://intranet.lan")).target;
    r = CheckWaiter::run({QStringLiteral("proxy")}, c).value(QStringLiteral("proxy.settings"));
    QCOMPARE(r.data.value(QLatin1String("bypassed")).toBool(), true);
    qunsetenv("https_proxy");
    qunsetenv("no_proxy");
}

void tst_Checks::pacScriptThatDoesNotLoad()
{
#if !defined(Q_OS_LINUX)
    QSKIP("Reads KDE's settings file");
#else
    // KDE's own settings file, naming an automatic configuration script at
    // a port where nothing listens.
    QDir().mkpath(m_dir.filePath(QStringLiteral("config")));
    QFile kde(m_dir.filePath(QStringLiteral("config/kioslaverc")));
    QVERIFY(kde.open(QIODevice::WriteOnly));
    kde.write(QStringLiteral("[Proxy Settings]\nProxyType=2\nProxy Config Script=http://%1/proxy.pac\n")
                  .arg(endpoint(Scenario::Refused)).toUtf8());
    kde.close();
    const CheckResult r = CheckWaiter::run({QStringLiteral("proxy")}, labContext()).value(QStringLiteral("proxy.settings"));
    QFile::remove(kde.fileName());
    QCOMPARE(r.status, CheckStatus::Warn);
    QCOMPARE(r.data.value(QLatin1String("pac_loads")).toBool(), false);
#endif
}

void tst_Checks::unreadableSystemFiles()
{
#if !defined(Q_OS_LINUX)
    QSKIP("Linux system files");
#else
    CheckContext c = labContext();
    // A directory cannot be read as a file (even by root), a missing file
    // is missing, and garbage is garbage.
    QFile garbage(m_dir.filePath(QStringLiteral("garbage")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(5000, '\x07'));
    garbage.close();
    c.files.ipv4Routes = m_dir.path();
    c.files.resolvConf = QStringLiteral("/nonexistent/resolv.conf");
    c.files.tcpSnmp = garbage.fileName();
    c.files.modules = m_dir.path();
    c.files.ufwConf = garbage.fileName();
    const QHash<QString, CheckResult> r = CheckWaiter::run(CheckCatalog::groups(), c);
    QCOMPARE(r.value(QStringLiteral("connectivity.route")).status, CheckStatus::Skip);
    QCOMPARE(r.value(QStringLiteral("connectivity.dns-servers")).status, CheckStatus::Warn);
    QCOMPARE(r.value(QStringLiteral("counters.tcp")).status, CheckStatus::Skip);
    QCOMPARE(r.value(QStringLiteral("vpn.interfaces")).status, CheckStatus::Pass);
    QVERIFY(r.contains(QStringLiteral("firewall.local")));
    for (const CheckResult &each : r)
        QVERIFY2(!each.summary.isEmpty(), qPrintable(each.id));
#endif
}

void tst_Checks::countersRunOutOfTimeButKeepTheirSamples()
{
    CheckContext c = labContext();
    c.counterIntervalMs = 50;
    c.counterSamples = 100000;
    c.checkBudgetMs = 600;
    QElapsedTimer clock;
    clock.start();
    const CheckResult r = CheckWaiter::run({QStringLiteral("counters")}, c).value(QStringLiteral("counters.tcp"));
    QVERIFY2(clock.elapsed() < 10000, "the budget bounds the check");
    QVERIFY(r.status == CheckStatus::Pass || r.status == CheckStatus::Warn);
    QVERIFY(r.data.value(QLatin1String("samples")).toArray().size() >= 2);
}

void tst_Checks::cancelStopsEverything()
{
    CheckContext c = labContext();
    c.endpoints.reachability = {endpoint(Scenario::NoAnswer)};
    c.probeTimeoutMs = 60000;
    c.counterSamples = 1000;
    CheckEngine engine;
    int afterCancel = 0;
    bool cancelled = false;
    connect(&engine, &CheckEngine::checkFinished, this, [&](const CheckResult &) { afterCancel += cancelled; });
    QSignalSpy finished(&engine, &CheckEngine::finished);
    engine.start(CheckCatalog::groups(), c);
    QTest::qWait(300);
    engine.cancel();
    cancelled = true;
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QTest::qWait(300);
    QCOMPARE(afterCancel, 0);
}

QTEST_GUILESS_MAIN(tst_Checks)
#include "tst_checks.moc"
