#include "checks/routetable.h"

#include <QtTest/QTest>

class tst_RouteTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ipv4_data();
    void ipv4();
    void ipv6DefaultRoute();
    void unreachableAndDownRoutesAreNotRoutes();
    void garbageIsSkippedNotFatal();
};

void tst_RouteTable::ipv4_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("defaults");
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<QString>("interfaceName");

    const QByteArray header = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n";
    QTest::newRow("default via a router")
        << header + "eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n" << 1 << "192.0.2.1" << "eth0";
    QTest::newRow("two defaults, lowest metric first")
        << header + "wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n"
                    "eth0\t00000000\t0100A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0\n" << 2 << "192.168.0.1" << "eth0";
    QTest::newRow("default straight into a tunnel")
        << header + "tun0\t00000000\t00000000\t0001\t0\t0\t0\t00000000\t0\t0\t0\n" << 1 << "" << "tun0";
    QTest::newRow("only a local network")
        << header + "eth0\t0000A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n" << 0 << "" << "";
    QTest::newRow("header only") << header << 0 << "" << "";
    QTest::newRow("empty file") << QByteArray() << 0 << "" << "";
}

void tst_RouteTable::ipv4()
{
    QFETCH(QByteArray, text);
    QFETCH(int, defaults);
    const RouteTable table = RouteTable::parseLinuxIpv4(text);
    QCOMPARE(table.defaultRoutes().size(), defaults);
    if (defaults > 0) {
        const Route first = table.defaultRoutes().constFirst();
        QTEST(first.gateway.isNull() ? QString() : first.gateway.toString(), "gateway");
        QTEST(first.interfaceName, "interfaceName");
    }
}

void tst_RouteTable::ipv6DefaultRoute()
{
    const QByteArray text =
        "fd000000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0\n"
        "00000000000000000000000000000000 00 00000000000000000000000000000000 00 fe800000000000000000000000000001 00000400 00000001 00000000 00000003     eth0\n"
        "00000000000000000000000000000001 80 00000000000000000000000000000000 00 00000000000000000000000000000000 00000000 00000002 00000000 80200001       lo\n";
    const RouteTable table = RouteTable::parseLinuxIpv6(text);
    QCOMPARE(table.routes().size(), 2); // loopback is left out
    QCOMPARE(table.defaultRoutes().size(), 1);
    QCOMPARE(table.defaultRoutes().constFirst().gateway.toString(), QStringLiteral("fe80::1"));
    QCOMPARE(table.defaultRoutes().constFirst().metric, 0x400u);
}

void tst_RouteTable::unreachableAndDownRoutesAreNotRoutes()
{
    const QByteArray header = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n";
    // RTF_REJECT (0x200): "ip route add unreachable default"; no RTF_UP: down.
    const RouteTable table = RouteTable::parseLinuxIpv4(header + "*\t00000000\t00000000\t0201\t0\t0\t0\t00000000\t0\t0\t0\n"
                                                                 "eth0\t00000000\t010200C0\t0002\t0\t0\t0\t00000000\t0\t0\t0\n");
    QCOMPARE(table.defaultRoutes().size(), 0);
}

void tst_RouteTable::garbageIsSkippedNotFatal()
{
    const RouteTable v4 = RouteTable::parseLinuxIpv4("header\nthis is not a route\neth0 zz yy\n\x01\x02\x03\n"
                                                     "eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n");
    QCOMPARE(v4.defaultRoutes().size(), 1);
    QCOMPARE(v4.skippedLines(), 3);
    const RouteTable v6 = RouteTable::parseLinuxIpv6("not hex at all 1 2 3 4 5 6 7 8 9\nshort line\n");
    QCOMPARE(v6.routes().size(), 0);
    QCOMPARE(v6.skippedLines(), 2);
}

QTEST_GUILESS_MAIN(tst_RouteTable)
#include "tst_routetable.moc"
