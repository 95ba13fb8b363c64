// Who sent a reset, from the facts the helper gathers: one row per
// situation a helpdesk meets, the verdict and the hop counts it must give,
// and words that state the evidence and its limits.

#include "i18n/translations.h"
#include "resetwatch/helperstreamparser.h"
#include "resetwatch/resetlog.h"
#include "resetwatch/resetsenderjudge.h"
#include "resetwatch/resetwording.h"

#include <QtTest/QTest>

using Vocabulary::ResetSender;

namespace {

ResetEvent received(int resetTtl, int peerSynTtl, const QString &remote = QStringLiteral("10.91.2.2:8001"))
{
    ResetEvent e;
    e.direction = Vocabulary::ResetDirection::Received;
    e.local = QStringLiteral("10.91.1.2:40000");
    e.remote = remote;
    e.captured = true;
    if (resetTtl > 0) {
        e.hasPacket = true;
        e.packet.ttl = resetTtl;
        e.packet.ipId = 4711;
        e.packet.ack = true;
        e.packet.timestamps = true;
        e.packet.seqExpected = 1;
    }
    if (peerSynTtl > 0) {
        e.hasPeer = true;
        e.peer.synTtl = peerSynTtl;
        e.peer.ttlMin = e.peer.ttlMax = peerSynTtl;
        e.peer.packets = 5;
        e.peer.timestamps = true;
    }
    return e;
}

} // namespace

class tst_ResetSenderJudge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_translations.use(QStringLiteral("en")); } // English plural forms
    void verdict_data();
    void verdict();
    void hopsFromTtl_data();
    void hopsFromTtl();
    void theHelpersLinesAreReadStrictly_data();
    void theHelpersLinesAreReadStrictly();
    void theKernelsReasonIsReadAndSaid_data();
    void theKernelsReasonIsReadAndSaid();
    void theServersNameIsReadAndSaid_data();
    void theServersNameIsReadAndSaid();

private:
    Translations m_translations;
};

void tst_ResetSenderJudge::verdict_data()
{
    QTest::addColumn<ResetEvent>("event");
    QTest::addColumn<ResetSender>("sender");
    QTest::addColumn<int>("senderHops");
    QTest::addColumn<int>("serverHops");
    QTest::addColumn<QString>("wording");

    QTest::newRow("same distance as the server") << received(63, 63) << ResetSender::Server << 2 << 2 << "same distance";
    QTest::newRow("a router one hop away") << received(64, 63) << ResetSender::Middlebox << 1 << 2 << "a device between";
    QTest::newRow("Windows server, 5 hops") << received(124, 124) << ResetSender::Server << 5 << 5 << "same distance";
    QTest::newRow("network gear 3 hops, server 9") << received(253, 120) << ResetSender::Middlebox << 3 << 9 << "a device between";
    QTest::newRow("further away than the server") << received(60, 63) << ResetSender::Unknown << 5 << 2 << "further away";
    ResetEvent idZero = received(63, 63);
    idZero.packet.ipId = 0;
    QTest::newRow("TTL copied, IP ID 0 unlike the server") << idZero << ResetSender::Unknown << 2 << 2 << "IP ID is 0";
    ResetEvent burst = received(63, 63);
    burst.burst = 3;
    burst.burstSeqVaried = true;
    QTest::newRow("a burst with changing numbers") << burst << ResetSender::Unknown << 2 << 2 << "burst";
    ResetEvent text = received(61, 61);
    text.packet.text = QStringLiteral("Access denied by policy");
    text.packet.payloadBytes = 23;
    QTest::newRow("text inside the reset") << text << ResetSender::Unknown << 4 << 4 << "Access denied by policy";
    QTest::newRow("no packet seen") << received(-1, 63) << ResetSender::Unknown << -1 << 2 << "was not seen";
    ResetEvent notCaptured = received(-1, -1);
    notCaptured.captured = false;
    QTest::newRow("packets not captured") << notCaptured << ResetSender::Unknown << -1 << -1 << "not being captured";
    QTest::newRow("server never seen") << received(64, -1) << ResetSender::Unknown << 1 << -1 << "none of the server";
    ResetEvent otherConnection = received(64, -1);
    otherConnection.hostTtl = 63;
    QTest::newRow("refused before established, server known from another connection")
        << otherConnection << ResetSender::Middlebox << 1 << 2 << "another connection";
    QTest::newRow("a server on this computer") << received(64, 64, QStringLiteral("127.0.0.1:8080")) << ResetSender::Server << 0 << 0 << "this computer";
    ResetEvent sent = received(64, 63);
    sent.direction = Vocabulary::ResetDirection::Sent;
    sent.program = QStringLiteral("python3");
    QTest::newRow("this computer sent it") << sent << ResetSender::Local << 0 << 2 << "python3 ended";
    ResetEvent noSocket = sent;
    noSocket.owner = QStringLiteral("no_socket");
    QTest::newRow("answered a packet for no connection") << noSocket << ResetSender::Local << 0 << 2 << "no longer had";
}

void tst_ResetSenderJudge::verdict()
{
    QFETCH(ResetEvent, event);
    QFETCH(ResetSender, sender);
    QFETCH(int, senderHops);
    QFETCH(int, serverHops);
    QFETCH(QString, wording);

    ResetSenderJudge::judge(&event);
    QCOMPARE(event.sender, sender);
    QCOMPARE(event.senderHops, senderHops);
    QCOMPARE(event.serverHops, serverHops);
    const QString all = event.evidence.join(QLatin1Char(' '));
    QVERIFY2(all.contains(wording), qPrintable(all));
    // A verdict from TTLs says what TTLs cannot prove.
    if (event.hasPacket && event.direction == Vocabulary::ResetDirection::Received && serverHops > 0)
        QVERIFY2(all.contains(QLatin1String("not proof")), qPrintable(all));
}

void tst_ResetSenderJudge::hopsFromTtl_data()
{
    QTest::addColumn<int>("ttl");
    QTest::addColumn<int>("hops");
    QTest::newRow("Linux neighbour") << 64 << 1;
    QTest::newRow("Linux, 2 hops") << 63 << 2;
    QTest::newRow("Windows neighbour") << 128 << 1;
    QTest::newRow("Windows, 10 hops") << 119 << 10;
    QTest::newRow("network gear") << 255 << 1;
    QTest::newRow("old stack 32") << 30 << 35;
    QTest::newRow("nonsense 0") << 0 << -1;
    QTest::newRow("nonsense 300") << 300 << -1;
}

void tst_ResetSenderJudge::hopsFromTtl()
{
    QFETCH(int, ttl);
    QFETCH(int, hops);
    QCOMPARE(ResetSenderJudge::hopsFromTtl(ttl), hops);
}

void tst_ResetSenderJudge::theHelpersLinesAreReadStrictly_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("type");
    QTest::newRow("hello") << QByteArray(R"({"type":"hello","version":1,"kernel_events":true,"kernel_why_not":"","packet_capture":false,"capture_why_not":"no"})")
                           << int(HelperStreamParser::Message::Type::Hello);
    QTest::newRow("a reset") << QByteArray(R"({"type":"reset","at_ms":1796000000000,"direction":"received","local":"10.0.0.2:1","remote":"10.0.0.1:2","packet":null})")
                             << int(HelperStreamParser::Message::Type::Reset);
    QTest::newRow("stats") << QByteArray(R"({"type":"stats","kernel_lost":3})") << int(HelperStreamParser::Message::Type::Stats);
    QTest::newRow("not JSON") << QByteArray("reset!") << int(HelperStreamParser::Message::Type::Invalid);
    QTest::newRow("an array") << QByteArray("[1,2]") << int(HelperStreamParser::Message::Type::Invalid);
    QTest::newRow("unknown type") << QByteArray(R"({"type":"rm -rf"})") << int(HelperStreamParser::Message::Type::Invalid);
    QTest::newRow("a reset without time") << QByteArray(R"({"type":"reset","direction":"received","local":"a","remote":"b"})")
                                          << int(HelperStreamParser::Message::Type::Invalid);
    QTest::newRow("a reset with a wrong direction") << QByteArray(R"({"type":"reset","at_ms":1,"direction":"sideways","local":"a","remote":"b"})")
                                                    << int(HelperStreamParser::Message::Type::Invalid);
    QTest::newRow("too long") << (QByteArray(R"({"type":"stats","x":")") + QByteArray(20000, 'x') + "\"}")
                              << int(HelperStreamParser::Message::Type::Invalid);
}

void tst_ResetSenderJudge::theHelpersLinesAreReadStrictly()
{
    QFETCH(QByteArray, line);
    QFETCH(int, type);
    const HelperStreamParser::Message m = HelperStreamParser::parseLine(line);
    QCOMPARE(int(m.type), type);
    if (m.type == HelperStreamParser::Message::Type::Invalid)
        QVERIFY(!m.error.isEmpty());
}

void tst_ResetSenderJudge::theKernelsReasonIsReadAndSaid_data()
{
    QTest::addColumn<QByteArray>("direction");
    QTest::addColumn<QByteArray>("reason"); // as the helper writes it, JSON
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QString>("words");    // in the first line of evidence; empty: no such line

    QTest::newRow("closed with data unread") << QByteArray("sent") << QByteArray(R"("TCP_ABORT_ON_CLOSE")") << "TCP_ABORT_ON_CLOSE"
                                             << "the program closed the connection with data still unread";
    QTest::newRow("nothing listens there") << QByteArray("sent") << QByteArray(R"("NO_SOCKET")") << "NO_SOCKET"
                                           << "nothing on this computer listens on that port any more";
    QTest::newRow("a newer kernel's name, as it is") << QByteArray("sent") << QByteArray(R"("TCP_SOMETHING_NEW")")
                                                     << "TCP_SOMETHING_NEW" << "TCP_SOMETHING_NEW";
    QTest::newRow("an older kernel: none") << QByteArray("sent") << QByteArray("null") << "" << "";
    QTest::newRow("markup is not a reason") << QByteArray("sent") << QByteArray(R"("<b>NO_SOCKET</b>")") << "" << "";
    QTest::newRow("a number is not a name") << QByteArray("sent") << QByteArray("11") << "" << "";
    QTest::newRow("longer than any kernel's name") << QByteArray("sent") << ('"' + QByteArray(65, 'A') + '"') << "" << "";
    QTest::newRow("a received reset has none") << QByteArray("received") << QByteArray(R"("NO_SOCKET")") << "" << "";
}

void tst_ResetSenderJudge::theKernelsReasonIsReadAndSaid()
{
    QFETCH(QByteArray, direction);
    QFETCH(QByteArray, reason);
    QFETCH(QString, kept);
    QFETCH(QString, words);
    const QByteArray line = R"({"type":"reset","at_ms":1000,"direction":")" + direction
        + R"(","local":"10.0.0.2:8009","remote":"10.0.0.1:5000","program":"python3","owner":"connect","kernel_reason":)" + reason + "}";
    HelperStreamParser::Message m = HelperStreamParser::parseLine(line);
    QCOMPARE(int(m.type), int(HelperStreamParser::Message::Type::Reset));
    QCOMPARE(m.reset.kernelReason, kept);
    ResetSenderJudge::judge(&m.reset);
    if (words.isEmpty()) {
        QVERIFY2(!m.reset.evidence.value(0).contains(QLatin1String("says why")), qPrintable(m.reset.evidence.join(QLatin1Char('|'))));
        QVERIFY(!ResetWording::resetLine(m.reset).contains(QLatin1String("why:")));
    } else {
        QVERIFY2(m.reset.evidence.value(0).contains(words), qPrintable(m.reset.evidence.value(0)));
        QVERIFY2(m.reset.evidence.value(0).contains(kept), qPrintable(m.reset.evidence.value(0)));
        // The watch's line on the terminal says it too.
        QVERIFY2(ResetWording::resetLine(m.reset).contains(words), qPrintable(ResetWording::resetLine(m.reset)));
    }
}


void tst_ResetSenderJudge::theServersNameIsReadAndSaid_data()
{
    QTest::addColumn<QByteArray>("keys"); // the optional keys, as the helper writes them
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("line"); // what the watch's line says of the server

    QTest::newRow("from the TLS handshake") << QByteArray(R"(,"remote_name":"web.example.test","remote_name_from":"tls")")
                                            << "web.example.test" << "tls" << "→ web.example.test (10.0.0.5:443)";
    QTest::newRow("from a DNS answer") << QByteArray(R"(,"remote_name":"api-2.corp_x.example","remote_name_from":"dns")")
                                       << "api-2.corp_x.example" << "dns" << "→ api-2.corp_x.example (10.0.0.5:443)";
    QTest::newRow("no name: the address alone") << QByteArray() << "" << "" << "→ 10.0.0.5:443 (";
    QTest::newRow("upper case is not the helper's") << QByteArray(R"(,"remote_name":"Web.example.test","remote_name_from":"tls")")
                                                    << "" << "" << "→ 10.0.0.5:443 (";
    QTest::newRow("a trailing dot is not the helper's") << QByteArray(R"(,"remote_name":"web.example.test.","remote_name_from":"dns")")
                                                        << "" << "" << "→ 10.0.0.5:443 (";
    QTest::newRow("markup is not a name") << QByteArray(R"(,"remote_name":"<b>x</b>","remote_name_from":"http")")
                                          << "" << "" << "→ 10.0.0.5:443 (";
    QTest::newRow("a right-to-left override is not a name")
        << QByteArray(",\"remote_name\":\"evil\u202etset.example\",\"remote_name_from\":\"tls\"") << "" << "" << "→ 10.0.0.5:443 (";
    QTest::newRow("longer than a DNS name") << (R"(,"remote_name":")" + QByteArray(254, 'a') + R"(","remote_name_from":"dns")")
                                            << "" << "" << "→ 10.0.0.5:443 (";
    QTest::newRow("the longest a DNS name can be") << (R"(,"remote_name":")" + QByteArray(253, 'a') + R"(","remote_name_from":"dns")")
                                                   << QString(253, QLatin1Char('a')) << "dns" << "(10.0.0.5:443)";
    QTest::newRow("an empty name is none") << QByteArray(R"(,"remote_name":"","remote_name_from":"tls")") << "" << "" << "→ 10.0.0.5:443 (";
    QTest::newRow("a number is not a name") << QByteArray(R"(,"remote_name":5,"remote_name_from":"tls")") << "" << "" << "→ 10.0.0.5:443 (";
    QTest::newRow("an unknown source: the name without it") << QByteArray(R"(,"remote_name":"web.example.test","remote_name_from":"rdns")")
                                                            << "web.example.test" << "" << "→ web.example.test (10.0.0.5:443)";
}

void tst_ResetSenderJudge::theServersNameIsReadAndSaid()
{
    QFETCH(QByteArray, keys);
    QFETCH(QString, name);
    QFETCH(QString, source);
    QFETCH(QString, line);
    const QByteArray json = R"({"type":"reset","at_ms":1000,"direction":"received","local":"10.0.0.2:50000","remote":"10.0.0.5:443",)"
                            R"("tcp_state":"established","program":"chromium","owner":"connect")" + keys + "}";
    HelperStreamParser::Message m = HelperStreamParser::parseLine(json);
    QCOMPARE(int(m.type), int(HelperStreamParser::Message::Type::Reset));
    QCOMPARE(m.reset.remoteName, name);
    QCOMPARE(m.reset.remoteNameSource, source);
    ResetSenderJudge::judge(&m.reset);
    const QString text = ResetWording::resetLine(m.reset);
    QVERIFY2(text.contains(line), qPrintable(text));
    // A row by program and server says it the same way, without the port.
    ResetLog log;
    log.add(m.reset);
    const QString row = ResetWording::rowLine(log.rows().constFirst());
    const QString server = name.isEmpty() ? QStringLiteral("chromium → 10.0.0.5:") : QStringLiteral("chromium → %1 (10.0.0.5):").arg(name);
    QVERIFY2(row.startsWith(server), qPrintable(row));
}

QTEST_GUILESS_MAIN(tst_ResetSenderJudge)
#include "tst_resetsenderjudge.moc"
