#include "probe/replyreader.h"

#include <QtTest/QTest>

class tst_ReplyReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completion_data();
    void completion();
    void hostilePeerCannotMakeItReadForever();
    void keepsAlive_data();
    void keepsAlive();
};

void tst_ReplyReader::keepsAlive_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<bool>("keepsAlive");
    QTest::newRow("HTTP/1.1, nothing said") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << true;
    QTest::newRow("HTTP/1.1, close") << QByteArray("HTTP/1.1 200 OK\r\nconnection: Close\r\nContent-Length: 0\r\n\r\n") << false;
    QTest::newRow("HTTP/1.0, nothing said") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n") << false;
    QTest::newRow("HTTP/1.0, keep-alive") << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n") << true;
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << false;
}

void tst_ReplyReader::keepsAlive()
{
    QFETCH(QByteArray, reply);
    ReplyReader reader;
    reader.feed(reply);
    QTEST(reader.keepsAlive(), "keepsAlive");
}

void tst_ReplyReader::completion_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<bool>("greeting");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<bool>("completesOnClose");
    QTest::addColumn<int>("status");

    QTest::newRow("length-framed reply in one piece")
        << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"} << false << true << false << 200;
    QTest::newRow("length-framed reply split in headers")
        << QList<QByteArray>{"HTTP/1.1 404 Not", " Found\r\nContent-Le", "ngth: 3\r\n\r\nab", "c"} << false << true << false << 404;
    QTest::newRow("body still missing")
        << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"} << false << false << false << 200;
    QTest::newRow("headers not finished")
        << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n"} << false << false << false << 0;
    QTest::newRow("chunked, ended")
        << QList<QByteArray>{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n", "0\r\n\r\n"} << false << true << false << 200;
    QTest::newRow("chunked, not ended")
        << QList<QByteArray>{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n"} << false << false << false << 200;
    QTest::newRow("no length: the close completes it")
        << QList<QByteArray>{"HTTP/1.0 200 OK\r\n\r\nsome body"} << false << false << true << 200;
    QTest::newRow("204 has no body")
        << QList<QByteArray>{"HTTP/1.1 204 No Content\r\n\r\n"} << false << true << false << 204;
    QTest::newRow("ssh greeting")
        << QList<QByteArray>{"SSH-2.0-OpenSSH_9.2\r\n"} << true << true << false << 0;
    QTest::newRow("greeting without end of line yet")
        << QList<QByteArray>{"220 mail.exa"} << true << false << false << 0;
}

void tst_ReplyReader::completion()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(bool, greeting);
    ReplyReader reader(greeting ? ReplyReader::Mode::Greeting : ReplyReader::Mode::Http);
    for (const QByteArray &piece : pieces)
        reader.feed(piece);
    QTEST(reader.isComplete(), "complete");
    QTEST(reader.completesOnClose(), "completesOnClose");
    QTEST(reader.httpStatus(), "status");
}

void tst_ReplyReader::hostilePeerCannotMakeItReadForever()
{
    ReplyReader endlessHeaders;
    const QByteArray junk(8192, 'a');
    for (int i = 0; i < 20 && !endlessHeaders.isComplete(); ++i)
        endlessHeaders.feed(junk);
    QVERIFY(endlessHeaders.isComplete());

    ReplyReader endlessBody;
    endlessBody.feed("HTTP/1.1 200 OK\r\n\r\n");
    const QByteArray block(1024 * 1024, 'b');
    for (int i = 0; i < 10 && !endlessBody.isComplete(); ++i)
        endlessBody.feed(block);
    QVERIFY(endlessBody.isComplete());
    QVERIFY(endlessBody.bytesSeen() <= ReplyReader::MaxReplyBytes + block.size());
}

QTEST_GUILESS_MAIN(tst_ReplyReader)
#include "tst_replyreader.moc"
