#include "probe/replyreader.h"

#include <QtTest/QTest>

Q_DECLARE_METATYPE(ReplyReader::State)
Q_DECLARE_METATYPE(ReplyReader::Part)

class tst_ReplyReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completion_data();
    void completion();
    void endsWhatNeverEnds_data();
    void endsWhatNeverEnds();
    void emptyLinesBeforeTheStatusLineAreTolerated();
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

void tst_ReplyReader::endsWhatNeverEnds_data()
{
    // The start of a reply, then one piece sent again and again: more than
    // any bound, so the reader must have stopped by the last one.
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("piece");
    QTest::addColumn<bool>("greeting");
    QTest::addColumn<ReplyReader::State>("state");
    QTest::addColumn<ReplyReader::Part>("part");
    using State = ReplyReader::State;
    using Part = ReplyReader::Part;
    const QByteArray kib8(8192, 'a');
    const QByteArray mib(1024 * 1024, 'b');
    QTest::newRow("a header line without end") << QByteArray("HTTP/1.1 200 OK\r\nX-Long: ") << kib8 << false << State::Endless << Part::Header;
    QTest::newRow("empty lines without end") << QByteArray() << QByteArray(8192, '\n') << false << State::Endless << Part::Header;
    QTest::newRow("chunks without end")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") << mib << false << State::Endless << Part::Body;
    QTest::newRow("a body until a close that never comes") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << mib << false << State::Endless << Part::Body;
    // An announced length has an end: the probe need not read to it.
    QTest::newRow("a long body of announced length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n") << mib << false << State::Complete << Part::Header;
    QTest::newRow("a greeting line without end") << QByteArray("220 ") << kib8 << true << State::Endless << Part::Greeting;
    QTest::newRow("binary junk") << QByteArray("\x16\x03\x01\x02\x00", 5) << kib8 << false << State::NotTheProtocol << Part::Header;
    QTest::newRow("a page without a status line") << QByteArray("<html><body>") << kib8 << false << State::NotTheProtocol << Part::Header;
    QTest::newRow("another protocol's greeting") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << kib8 << false << State::NotTheProtocol << Part::Header;
    QTest::newRow("junk after an empty line") << QByteArray("\r\n\r\nxyz") << kib8 << false << State::NotTheProtocol << Part::Header;
}

void tst_ReplyReader::endsWhatNeverEnds()
{
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, piece);
    QFETCH(bool, greeting);
    QFETCH(ReplyReader::State, state);
    ReplyReader reader(greeting ? ReplyReader::Mode::Greeting : ReplyReader::Mode::Http);
    reader.feed(start);
    const qint64 bound = ReplyReader::MaxReplyBytes + piece.size();
    while (!reader.hasEnded() && reader.bytesSeen() <= bound)
        reader.feed(piece);
    QCOMPARE(reader.state(), state);
    if (state == ReplyReader::State::Endless)
        QTEST(reader.endlessPart(), "part");
    // More changes nothing once it has ended.
    const qint64 seen = reader.bytesSeen();
    reader.feed(piece);
    QCOMPARE(reader.bytesSeen(), seen);
    QCOMPARE(reader.state(), state);
}

void tst_ReplyReader::emptyLinesBeforeTheStatusLineAreTolerated()
{
    ReplyReader reader;
    reader.feed("\r\n");
    reader.feed("HTTP/1.1 204 No Content\r\n\r\n");
    QVERIFY(reader.isComplete());
    QCOMPARE(reader.httpStatus(), 204);
}

QTEST_GUILESS_MAIN(tst_ReplyReader)
#include "tst_replyreader.moc"
