// The parsers of the system's own files: resolv.conf and the kernel's TCP
// counters, on real layouts and on garbage.

#include "checks/resolvconf.h"
#include "checks/tcpcounters.h"

#include <QtTest/QTest>

class tst_SystemFileParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvConf_data();
    void resolvConf();
    void tcpCountersFromProc();
    void tcpCountersRejectMismatchedLines();
    void tcpCountersOfThisMachine();
};

void tst_SystemFileParsers::resolvConf_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("servers");
    QTest::addColumn<bool>("localStub");
    QTest::newRow("two servers") << QByteArray("nameserver 192.0.2.53\nnameserver 2001:db8::53\n")
                                 << QStringList{"192.0.2.53", "2001:db8::53"} << false;
    QTest::newRow("systemd-resolved stub") << QByteArray("# managed\nnameserver 127.0.0.53\noptions edns0\nsearch lan\n")
                                           << QStringList{"127.0.0.53"} << true;
    QTest::newRow("comments and junk") << QByteArray("nameserver 192.0.2.1 # office\nnameserver not-an-ip\n;;;\n")
                                       << QStringList{"192.0.2.1"} << false;
    QTest::newRow("no line ending") << QByteArray("nameserver 192.0.2.9") << QStringList{"192.0.2.9"} << false;
    QTest::newRow("empty") << QByteArray() << QStringList{} << false;
}

void tst_SystemFileParsers::resolvConf()
{
    QFETCH(QByteArray, text);
    const ResolvConf conf = ResolvConf::parse(text);
    QTEST(conf.nameservers, "servers");
    QTEST(conf.usesLocalStub(), "localStub");
}

void tst_SystemFileParsers::tcpCountersFromProc()
{
    const QByteArray snmp =
        "Ip: Forwarding DefaultTTL\nIp: 2 64\n"
        "Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors\n"
        "Tcp: 1 200 120000 -1 100 90 7 12 3 5000 4000 30 1 44 0\n"
        "Udp: InDatagrams\nUdp: 5\n";
    const QMap<QString, qint64> tcp = TcpCounters::parseProcTable(snmp, "Tcp");
    QCOMPARE(tcp.value(QStringLiteral("Tcp.EstabResets")), 12);
    QCOMPARE(tcp.value(QStringLiteral("Tcp.AttemptFails")), 7);
    QCOMPARE(tcp.value(QStringLiteral("Tcp.OutRsts")), 44);
    QCOMPARE(tcp.value(QStringLiteral("Tcp.MaxConn")), -1);
    QVERIFY(!tcp.contains(QStringLiteral("Ip.Forwarding")));

    const QByteArray netstat = "TcpExt: SyncookiesSent TCPAbortOnData TCPAbortOnClose\nTcpExt: 0 3 4\n"
                               "IpExt: InNoRoutes\nIpExt: 0\n";
    const QMap<QString, qint64> ext = TcpCounters::parseProcTable(netstat, "TcpExt");
    QCOMPARE(ext.value(QStringLiteral("TcpExt.TCPAbortOnData")), 3);
    QCOMPARE(ext.value(QStringLiteral("TcpExt.TCPAbortOnClose")), 4);
}

void tst_SystemFileParsers::tcpCountersRejectMismatchedLines()
{
    QVERIFY(TcpCounters::parseProcTable("Tcp: A B C\nTcp: 1 2\n", "Tcp").isEmpty());
    QVERIFY(TcpCounters::parseProcTable("garbage\n\x00\x01", "Tcp").isEmpty());
    QVERIFY(TcpCounters::parseProcTable("", "Tcp").isEmpty());
}

void tst_SystemFileParsers::tcpCountersOfThisMachine()
{
#if defined(Q_OS_LINUX)
    TcpCounterSnapshot snapshot;
    QString error;
    QVERIFY2(TcpCounters::readSystem(SystemFiles{}, &snapshot, &error), qPrintable(error));
    for (const char *name : {"Tcp.EstabResets", "Tcp.OutRsts", "Tcp.AttemptFails", "TcpExt.TCPAbortOnData"})
        QVERIFY2(snapshot.value(QLatin1String(name)) >= 0, name);

    SystemFiles missing;
    missing.tcpSnmp = QStringLiteral("/nonexistent/snmp");
    QVERIFY(!TcpCounters::readSystem(missing, &snapshot, &error));
    QVERIFY(error.contains(QLatin1String("/nonexistent/snmp")));
    SystemFiles directory;
    directory.tcpSnmp = QStringLiteral("/proc"); // opens, but reads nothing sensible
    QVERIFY(!TcpCounters::readSystem(directory, &snapshot, &error));
#else
    QSKIP("Reads /proc");
#endif
}

QTEST_GUILESS_MAIN(tst_SystemFileParsers)
#include "tst_systemfileparsers.moc"
