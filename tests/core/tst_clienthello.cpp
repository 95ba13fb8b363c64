#include "lab/clienthello.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

class tst_ClientHello : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsServerNameFromARealHandshake_data();
    void readsServerNameFromARealHandshake();
    void truncatedHelloAsksForMore();
    void malformedInput_data();
    void malformedInput();
    void randomBytesNeverCrash();

private:
    static QByteArray captureHello(const QString &serverName);
};

// The first bytes a real QSslSocket sends when asked for this server name.
QByteArray tst_ClientHello::captureHello(const QString &serverName)
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return {};
    QSslSocket client;
    client.setPeerVerifyName(serverName);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(), serverName);
    if (!server.waitForNewConnection(5000))
        return {};
    QTcpSocket *peer = server.nextPendingConnection();
    QByteArray hello;
    QDeadlineTimer deadline(5000);
    while (ClientHello::parse(hello).status == ClientHello::Status::NeedMore && !deadline.hasExpired()) {
        QTest::qWait(10); // the client sends its hello from this event loop
        hello += peer->readAll();
    }
    return hello;
}

void tst_ClientHello::readsServerNameFromARealHandshake_data()
{
    QTest::addColumn<QString>("serverName");
    QTest::newRow("blocked lab name") << "blocked.lab.test";
    QTest::newRow("plain name") << "lab.test";
    QTest::newRow("long name") << QStringLiteral("a.very.long.sub.domain.name.that.still.fits.example");
}

void tst_ClientHello::readsServerNameFromARealHandshake()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend available");
    QFETCH(QString, serverName);
    const QByteArray hello = captureHello(serverName);
    QVERIFY(!hello.isEmpty());
    const ClientHello::Result result = ClientHello::parse(hello);
    QCOMPARE(result.status, ClientHello::Status::Parsed);
    QCOMPARE(result.serverName, serverName);
}

void tst_ClientHello::truncatedHelloAsksForMore()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend available");
    const QByteArray hello = captureHello(QStringLiteral("lab.test"));
    QVERIFY(hello.size() > 10);
    for (qsizetype n = 0; n < hello.size(); ++n)
        QCOMPARE(ClientHello::parse(hello.left(n)).status, ClientHello::Status::NeedMore);
}

void tst_ClientHello::malformedInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ClientHello::Status>("status");
    QTest::newRow("an HTTP request") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << ClientHello::Status::NotTls;
    QTest::newRow("SSH greeting") << QByteArray("SSH-2.0-OpenSSH\r\n") << ClientHello::Status::NotTls;
    QTest::newRow("handshake record that is not a hello")
        << QByteArray::fromHex("160301000402000000") << ClientHello::Status::NotTls;
    QTest::newRow("hello whose lengths lie")
        << QByteArray::fromHex("16030100060100ffff0303") << ClientHello::Status::NotTls;
}

void tst_ClientHello::malformedInput()
{
    QFETCH(QByteArray, bytes);
    QTEST(ClientHello::parse(bytes).status, "status");
}

void tst_ClientHello::randomBytesNeverCrash()
{
    QRandomGenerator random(7);
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes(random.bounded(1, 600), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        if (i % 2 == 0) { // make most of them look like a handshake record
            bytes[0] = 22;
            if (bytes.size() > 1)
                bytes[1] = 3;
        }
        const ClientHello::Result result = ClientHello::parse(bytes);
        QVERIFY(result.serverName.size() <= bytes.size());
    }
}

QTEST_GUILESS_MAIN(tst_ClientHello)
#include "tst_clienthello.moc"
