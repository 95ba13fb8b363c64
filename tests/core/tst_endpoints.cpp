// The endpoints the app contacts: defaults in one place, and overrides by
// settings file, environment and command line, with bad values refused.

#include "checks/endpoints.h"
#include "checks/vpninterfaces.h"

#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

class tst_Endpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overrides_data();
    void overrides();
    void settingsThenEnvironmentThenCommandLine();
    void vpnNames_data();
    void vpnNames();
};

void tst_Endpoints::overrides_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("reachability list") << "reachability=127.0.0.1:80,[::1]:443" << true;
    QTest::newRow("reachability without port") << "reachability=127.0.0.1" << false;
    QTest::newRow("reachability port zero") << "reachability=127.0.0.1:0" << false;
    QTest::newRow("reference name") << "reference_name=localhost" << true;
    QTest::newRow("reference name with space") << "reference_name=a b" << false;
    QTest::newRow("reference ports") << "reference_ports=22,80, 443" << true;
    QTest::newRow("reference port too high") << "reference_ports=70000" << false;
    QTest::newRow("captive url") << "captive_portal_url=http://127.0.0.1:8080/204" << true;
    QTest::newRow("captive url not http") << "captive_portal_url=https://127.0.0.1/" << false;
    QTest::newRow("captive status") << "captive_portal_status=200" << true;
    QTest::newRow("captive status nonsense") << "captive_portal_status=2000" << false;
    QTest::newRow("unknown key") << "frobnicate=1" << false;
    QTest::newRow("no equals sign") << "reference_name" << false;
}

void tst_Endpoints::overrides()
{
    QFETCH(QString, assignment);
    Endpoints e = Endpoints::defaults();
    const Endpoints before = e;
    QString error;
    const bool accepted = e.applyOverride(assignment, &error);
    QTEST(accepted, "accepted");
    QCOMPARE(error.isEmpty(), accepted);
    if (!accepted) { // a refused value changes nothing
        QCOMPARE(e.reachability, before.reachability);
        QCOMPARE(e.referenceName, before.referenceName);
        QCOMPARE(e.captivePortalUrl, before.captivePortalUrl);
    }
}

void tst_Endpoints::settingsThenEnvironmentThenCommandLine()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("cd.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("endpoints/reference_name"), QStringLiteral("from-settings.lan"));
    settings.setValue(QStringLiteral("endpoints/reference_ports"), QStringLiteral("8080"));
    settings.setValue(QStringLiteral("endpoints/reachability"), QStringList{QStringLiteral("127.0.0.1:1"), QStringLiteral("127.0.0.1:2")});
    Endpoints e = Endpoints::defaults();
    QString error;
    QVERIFY2(e.applySettings(settings, &error), qPrintable(error));
    QCOMPARE(e.referenceName, QStringLiteral("from-settings.lan"));
    QCOMPARE(e.reachability.size(), 2);

    qputenv("CDOC_REFERENCE_NAME", "from-environment.lan");
    QVERIFY2(e.applyEnvironment(&error), qPrintable(error));
    qunsetenv("CDOC_REFERENCE_NAME");
    QCOMPARE(e.referenceName, QStringLiteral("from-environment.lan"));
    QCOMPARE(e.referencePorts, QList<quint16>{8080});

    QVERIFY(e.applyOverride(QStringLiteral("reference_name=from-command-line.lan"), &error));
    QCOMPARE(e.referenceName, QStringLiteral("from-command-line.lan"));
}

void tst_Endpoints::vpnNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("vpn");
    const int other = int(QNetworkInterface::Unknown);
    QTest::newRow("openvpn tun") << "tun0" << "" << other << true;
    QTest::newRow("wireguard") << "wg0" << "" << other << true;
    QTest::newRow("macOS utun") << "utun3" << "" << other << true;
    QTest::newRow("ppp by type") << "dsl0" << "" << int(QNetworkInterface::Ppp) << true;
    QTest::newRow("tailscale") << "tailscale0" << "" << other << true;
    QTest::newRow("windows adapter") << "Ethernet 3" << "TAP-Windows Adapter V9" << other << true;
    QTest::newRow("windows wintun") << "Local Area Connection" << "Wintun Userspace Tunnel" << other << true;
    QTest::newRow("ethernet") << "eth0" << "" << int(QNetworkInterface::Ethernet) << false;
    QTest::newRow("wifi") << "wlp2s0" << "" << int(QNetworkInterface::Wifi) << false;
    QTest::newRow("docker bridge") << "docker0" << "" << other << false;
    QTest::newRow("name merely containing tun") << "pretunnel" << "" << other << false;
}

void tst_Endpoints::vpnNames()
{
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(int, type);
    QTEST(VpnInterfaces::looksLikeVpn(name, description, QNetworkInterface::InterfaceType(type)), "vpn");
}

QTEST_GUILESS_MAIN(tst_Endpoints)
#include "tst_endpoints.moc"
