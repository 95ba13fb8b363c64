// The environment checks where users meet their problems, rebuilt inside
// network namespaces this test creates: a computer with no network, a VPN
// tunnel, and a firewall that resets or drops one port on a path with a
// real round trip (a 25 ms each way wire, cdoc_tundelay). The app runs
// inside the client namespace exactly as a user would run it.

#include "testnamespace.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

class tst_ChecksNetns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aComputerWithoutNetwork();
    void aVpnTunnelIsRecognised();
    void firewallOrigin_data();
    void firewallOrigin();
    void aFirewallResetIsDiagnosed();
    void theMonitorMarksNetworkChanges();

private:
    // Runs the app in a namespace; the report's checks by id.
    QHash<QString, QJsonObject> runChecks(const TestNamespace &ns, const QStringList &environment,
                                          const QStringList &arguments, int *exitCode = nullptr);

    QString m_executable;
    QTemporaryDir m_dir;
    TestNamespace m_client{QStringLiteral("client")};
    TestNamespace m_server{QStringLiteral("server")};
    TestNamespace m_alone{QStringLiteral("alone")};
    TestNamespace m_vpn{QStringLiteral("vpn")};
    QProcess m_wire;
    QProcess m_lab;
    QHash<QString, quint16> m_labPorts;
};

void tst_ChecksNetns::initTestCase()
{
    m_executable = qEnvironmentVariable("CDOC_EXECUTABLE");
    QVERIFY(QFile::exists(m_executable));
    QString whyNot;
    for (TestNamespace *ns : {&m_client, &m_server, &m_alone, &m_vpn}) {
        if (!ns->create(&whyNot))
            QSKIP(qPrintable(whyNot));
    }

    // The wire: client 10.77.0.1 <-> 10.77.0.2 server, 25 ms each way.
    m_wire.start(qEnvironmentVariable("CDOC_TUNDELAY"),
                 {m_client.name(), QStringLiteral("wire0"), m_server.name(), QStringLiteral("wire0"), QStringLiteral("25")});
    QVERIFY(m_wire.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(m_wire.canReadLine(), 10000);
    QVERIFY2(m_wire.readLine().startsWith("ready"), m_wire.readAllStandardError().constData());
    QVERIFY(m_client.ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.77.0.1/24"), QStringLiteral("dev"), QStringLiteral("wire0")}));
    QVERIFY(m_client.ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("wire0"), QStringLiteral("up")}));
    QVERIFY(m_server.ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.77.0.2/24"), QStringLiteral("dev"), QStringLiteral("wire0")}));
    QVERIFY(m_server.ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("wire0"), QStringLiteral("up")}));

    // The fault lab, serving inside the server namespace.
    m_lab.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), m_server.name(), m_executable,
                                       QStringLiteral("--lab"), QStringLiteral("--listen"), QStringLiteral("10.77.0.2")});
    QVERIFY(m_lab.waitForStarted(5000));
    const QRegularExpression line(QStringLiteral("^([a-z-]+) 10\\.77\\.0\\.2:(\\d+)$"));
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        while (m_lab.canReadLine()) {
            const auto m = line.match(QString::fromUtf8(m_lab.readLine()).trimmed());
            if (m.hasMatch())
                m_labPorts.insert(m.captured(1), quint16(m.captured(2).toUInt()));
        }
        return m_labPorts.contains(QStringLiteral("tls-reset-on-sni"));
    }(), 10000);
}

void tst_ChecksNetns::cleanupTestCase()
{
    for (QProcess *p : {&m_lab, &m_wire}) {
        if (p->state() == QProcess::NotRunning)
            continue;
        p->terminate();
        p->closeWriteChannel();
        if (!p->waitForFinished(3000))
            p->kill();
    }
}

QHash<QString, QJsonObject> tst_ChecksNetns::runChecks(const TestNamespace &ns, const QStringList &environment,
                                                       const QStringList &arguments, int *exitCode)
{
    const QString json = m_dir.filePath(QStringLiteral("report.json"));
    QFile::remove(json);
    QByteArray output;
    const int code = ns.exec(QStringList{QStringLiteral("env")} + environment + QStringList{m_executable, QStringLiteral("--headless")}
                                 + arguments + QStringList{QStringLiteral("--json"), json},
                             &output, 60000);
    if (exitCode)
        *exitCode = code;
    QFile file(json);
    QHash<QString, QJsonObject> checks;
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "no report:" << output;
        return checks;
    }
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("checks")).toArray())
        checks.insert(v.toObject().value(QLatin1String("id")).toString(), v.toObject());
    return checks;
}

void tst_ChecksNetns::aComputerWithoutNetwork()
{
    // Only loopback, and an "unreachable" route where the endpoints are.
    QVERIFY(m_alone.ip({QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("unreachable"), QStringLiteral("10.66.0.0/16")}));
    int exitCode = -1;
    const QHash<QString, QJsonObject> checks = runChecks(
        m_alone,
        {QStringLiteral("CDOC_REACHABILITY=10.66.0.1:443,10.66.0.2:80"), QStringLiteral("CDOC_REFERENCE_NAME=reference.cdoc-test.invalid"),
         QStringLiteral("CDOC_CAPTIVE_PORTAL_URL=http://10.66.0.3/generate_204")},
        {QStringLiteral("--checks"), QStringLiteral("connectivity"), QStringLiteral("--timeout"), QStringLiteral("2000")}, &exitCode);
    QCOMPARE(exitCode, 1);
    auto status = [&](const char *id) { return checks.value(QLatin1String(id)).value(QLatin1String("status")).toString(); };
    QCOMPARE(status("connectivity.interfaces"), QStringLiteral("fail"));
    QCOMPARE(status("connectivity.route"), QStringLiteral("fail"));
    QCOMPARE(status("connectivity.dns-servers"), QStringLiteral("pass")); // the namespace's own resolv.conf
    QCOMPARE(status("connectivity.dns-resolution"), QStringLiteral("fail"));
    QCOMPARE(status("connectivity.reachability"), QStringLiteral("fail"));
    QCOMPARE(status("connectivity.captive-portal"), QStringLiteral("warn"));
    QCOMPARE(status("connectivity.os-verdict"), QStringLiteral("skip"));
}

void tst_ChecksNetns::aVpnTunnelIsRecognised()
{
    QVERIFY(m_vpn.ip({QStringLiteral("tuntap"), QStringLiteral("add"), QStringLiteral("dev"), QStringLiteral("tun0"), QStringLiteral("mode"), QStringLiteral("tun")}));
    QVERIFY(m_vpn.ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("tun0"), QStringLiteral("mtu"), QStringLiteral("1380"), QStringLiteral("up")}));
    QVERIFY(m_vpn.ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.8.0.2/24"), QStringLiteral("dev"), QStringLiteral("tun0")}));
    QVERIFY(m_vpn.ip({QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("default"), QStringLiteral("dev"), QStringLiteral("tun0")}));
    const QHash<QString, QJsonObject> checks = runChecks(m_vpn, {}, {QStringLiteral("--checks"), QStringLiteral("vpn")});
    const QJsonObject vpn = checks.value(QStringLiteral("vpn.interfaces"));
    QCOMPARE(vpn.value(QLatin1String("status")).toString(), QStringLiteral("warn"));
    const QJsonObject data = vpn.value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("default_route_through_vpn")).toBool(), true);
    const QJsonArray tunnels = data.value(QLatin1String("tunnels")).toArray();
    QCOMPARE(tunnels.size(), 1);
    QCOMPARE(tunnels.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("tun0"));
    QCOMPARE(tunnels.at(0).toObject().value(QLatin1String("mtu")).toInt(), 1380);
    QVERIFY(vpn.value(QLatin1String("summary")).toString().contains(QLatin1String("tun0")));
}

void tst_ChecksNetns::firewallOrigin_data()
{
    QTest::addColumn<QString>("rule");     // nft verdict in the client's output chain, or empty
    QTest::addColumn<QString>("scenario"); // the lab port that is the target
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("a firewall on this computer resets the port") << "reject with tcp reset" << "healthy" << "near-client" << "refused";
    QTest::newRow("the server's port is closed") << "" << "refused" << "near-server" << "refused";
    QTest::newRow("a firewall drops the port") << "drop" << "healthy" << "unknown" << "timeout";
}

void tst_ChecksNetns::firewallOrigin()
{
    QFETCH(QString, rule);
    QFETCH(QString, scenario);
    const quint16 target = m_labPorts.value(scenario);
    const quint16 reference = m_labPorts.value(QStringLiteral("slow-reply"));
    if (!rule.isEmpty()) {
        QVERIFY(m_client.nft(QStringLiteral("table inet cdoc_test {\n chain out {\n  type filter hook output priority 0; policy accept;\n"
                                            "  ip daddr 10.77.0.2 tcp dport %1 %2\n }\n}\n").arg(target).arg(rule)));
    }
    const QHash<QString, QJsonObject> checks = runChecks(
        m_client, {QStringLiteral("CDOC_REFERENCE_PORTS=%1").arg(reference)},
        {QStringLiteral("--checks"), QStringLiteral("firewall"), QStringLiteral("--target"), QStringLiteral("10.77.0.2:%1").arg(target),
         QStringLiteral("--timeout"), QStringLiteral("1000")});
    if (!rule.isEmpty())
        m_client.exec({QStringLiteral("nft"), QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("inet"), QStringLiteral("cdoc_test")});

    const QJsonObject matrix = checks.value(QStringLiteral("firewall.port-matrix"));
    QCOMPARE(matrix.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    QTEST(matrix.value(QLatin1String("reset_origin")).toString(), "origin");
    const QJsonObject data = matrix.value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("target_port_blocked")).toBool(), true);
    QCOMPARE(data.value(QLatin1String("other_ports_open")).toBool(), true);
    QVERIFY2(data.value(QLatin1String("round_trip_ms")).toDouble() >= 45, "the wire's 50 ms round trip");
    for (const QJsonValue &cell : data.value(QLatin1String("matrix")).toArray()) {
        if (cell.toObject().value(QLatin1String("port")).toInt() == target)
            QTEST(cell.toObject().value(QLatin1String("outcome")).toString(), "outcome");
    }
    if (rule == QLatin1String("reject with tcp reset")) {
        // As root, the local firewall check reads the rule set and sees it.
        QCOMPARE(checks.value(QStringLiteral("firewall.local")).value(QLatin1String("status")).toString(), QStringLiteral("warn"));
    }
}

void tst_ChecksNetns::aFirewallResetIsDiagnosed()
{
    const quint16 target = m_labPorts.value(QStringLiteral("healthy"));
    const quint16 working = m_labPorts.value(QStringLiteral("close-after-idle"));
    QVERIFY(m_client.nft(QStringLiteral("table inet cdoc_test {\n chain out {\n  type filter hook output priority 0; policy accept;\n"
                                        "  ip daddr 10.77.0.2 tcp dport %1 reject with tcp reset\n }\n}\n").arg(target)));
    const QString json = m_dir.filePath(QStringLiteral("diagnosis.json"));
    QByteArray output;
    const int exitCode = m_client.exec(
        {QStringLiteral("env"), QStringLiteral("CDOC_REACHABILITY=10.77.0.2:%1").arg(working),
         QStringLiteral("CDOC_REFERENCE_PORTS=%1").arg(working), QStringLiteral("CDOC_REFERENCE_NAME=localhost"),
         QStringLiteral("CDOC_CAPTIVE_PORTAL_URL=http://10.77.0.2:%1/").arg(working), QStringLiteral("CDOC_CAPTIVE_PORTAL_STATUS=200"),
         m_executable, QStringLiteral("--headless"), QStringLiteral("--diagnose"), QStringLiteral("--target"),
         QStringLiteral("10.77.0.2:%1").arg(target), QStringLiteral("--timeout"), QStringLiteral("1000"),
         QStringLiteral("--budget"), QStringLiteral("20"), QStringLiteral("--json"), json},
        &output, 120000);
    m_client.exec({QStringLiteral("nft"), QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("inet"), QStringLiteral("cdoc_test")});
    QCOMPARE(exitCode, 1);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray findings = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("findings")).toArray();
    const QJsonObject first = findings.at(0).toObject();
    QStringList ranked;
    for (const QJsonValue &f : findings)
        ranked << QStringLiteral("%1 %2").arg(f.toObject().value(QLatin1String("id")).toString()).arg(f.toObject().value(QLatin1String("confidence")).toDouble());
    QVERIFY2(first.value(QLatin1String("id")).toString() == QLatin1String("firewall-block"), qPrintable(ranked.join(QLatin1String(", "))));
    QCOMPARE(first.value(QLatin1String("side")).toString(), QStringLiteral("firewall"));
    QVERIFY(first.value(QLatin1String("data")).toObject().value(QLatin1String("near_client")).toBool());
    QVERIFY(output.trimmed().split('\n').constLast().startsWith("Most likely cause: A firewall blocks this connection"));
}

void tst_ChecksNetns::theMonitorMarksNetworkChanges()
{
    // Monitor the lab (in the server namespace) from the client namespace,
    // and bring a new interface up in the client meanwhile.
    const QString json = m_dir.filePath(QStringLiteral("monitor.json"));
    QProcess monitor;
    monitor.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), m_client.name(), m_executable,
                                         QStringLiteral("--headless"), QStringLiteral("--monitor"), QStringLiteral("--target"),
                                         QStringLiteral("10.77.0.2:%1").arg(m_labPorts.value(QStringLiteral("healthy"))),
                                         QStringLiteral("--duration"), QStringLiteral("7"), QStringLiteral("--interval"),
                                         QStringLiteral("250"), QStringLiteral("--json"), json});
    QVERIFY(monitor.waitForStarted(5000));
    QTest::qWait(2500);
    QVERIFY(m_client.ip({QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("extra0"), QStringLiteral("type"),
                         QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), QStringLiteral("extra1")}));
    QVERIFY(m_client.ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.88.0.1/24"), QStringLiteral("dev"), QStringLiteral("extra0")}));
    QVERIFY(m_client.ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("extra1"), QStringLiteral("up")}));
    QVERIFY(m_client.ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("extra0"), QStringLiteral("up")}));
    QVERIFY(monitor.waitForFinished(30000));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject patterns;
    for (const QJsonValue &c : root.value(QLatin1String("checks")).toArray()) {
        if (c.toObject().value(QLatin1String("id")).toString() == QLatin1String("monitor.patterns"))
            patterns = c.toObject();
    }
    const QJsonArray events = patterns.value(QLatin1String("data")).toObject().value(QLatin1String("events")).toArray();
    bool marked = false;
    for (const QJsonValue &e : events) {
        marked = marked || (e.toObject().value(QLatin1String("kind")).toString() == QLatin1String("interface-up")
                            && e.toObject().value(QLatin1String("subject")).toString() == QLatin1String("extra0"));
    }
    QVERIFY2(marked, QJsonDocument(events).toJson().constData());
    QVERIFY(root.value(QLatin1String("timeline")).toArray().size() >= 6);
}

QTEST_GUILESS_MAIN(tst_ChecksNetns)
#include "tst_checksnetns.moc"
