// The reset watch helper's pure parts, without the kernel: tracepoint
// format files (this kernel's and an older one's layouts), records decoded
// from them (including IPv4 talked over IPv6 sockets and records written
// in interrupt context), the flow table's next sequence number across
// retransmissions and the 32-bit wrap, and its JSON lines with any bytes.

#include "flowtable.h"
#include "jsonline.h"
#include "kernelevent.h"
#include "tracepointformat.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include <arpa/inet.h>
#include <netinet/in.h>

namespace {

// As Linux 6.18 writes them (sock:inet_sock_set_state, tcp:tcp_receive_reset,
// tcp:tcp_send_reset), and tcp_send_reset as Linux 5.x wrote it.
const char *const StateFormat = R"(name: inet_sock_set_state
ID: 1001
format:
	field:unsigned short common_type;	offset:0;	size:2;	signed:0;
	field:unsigned char common_flags;	offset:2;	size:1;	signed:0;
	field:unsigned char common_preempt_count;	offset:3;	size:1;	signed:0;
	field:int common_pid;	offset:4;	size:4;	signed:1;

	field:const void * skaddr;	offset:8;	size:8;	signed:0;
	field:int oldstate;	offset:16;	size:4;	signed:1;
	field:int newstate;	offset:20;	size:4;	signed:1;
	field:__u16 sport;	offset:24;	size:2;	signed:0;
	field:__u16 dport;	offset:26;	size:2;	signed:0;
	field:__u16 family;	offset:28;	size:2;	signed:0;
	field:__u16 protocol;	offset:30;	size:2;	signed:0;
	field:__u8 saddr[4];	offset:32;	size:4;	signed:0;
	field:__u8 daddr[4];	offset:36;	size:4;	signed:0;
	field:__u8 saddr_v6[16];	offset:40;	size:16;	signed:0;
	field:__u8 daddr_v6[16];	offset:56;	size:16;	signed:0;
)";
const char *const ReceiveFormat = R"(name: tcp_receive_reset
ID: 1002
format:
	field:unsigned short common_type;	offset:0;	size:2;	signed:0;
	field:unsigned char common_flags;	offset:2;	size:1;	signed:0;
	field:unsigned char common_preempt_count;	offset:3;	size:1;	signed:0;
	field:int common_pid;	offset:4;	size:4;	signed:1;

	field:const void * skaddr;	offset:8;	size:8;	signed:0;
	field:__u16 sport;	offset:16;	size:2;	signed:0;
	field:__u16 dport;	offset:18;	size:2;	signed:0;
	field:__u16 family;	offset:20;	size:2;	signed:0;
	field:__u8 saddr[4];	offset:22;	size:4;	signed:0;
	field:__u8 daddr[4];	offset:26;	size:4;	signed:0;
	field:__u8 saddr_v6[16];	offset:30;	size:16;	signed:0;
	field:__u8 daddr_v6[16];	offset:46;	size:16;	signed:0;
	field:__u64 sock_cookie;	offset:64;	size:8;	signed:0;
)";
const char *const SendFormatNew = R"(name: tcp_send_reset
ID: 1003
format:
	field:unsigned short common_type;	offset:0;	size:2;	signed:0;
	field:unsigned char common_flags;	offset:2;	size:1;	signed:0;
	field:unsigned char common_preempt_count;	offset:3;	size:1;	signed:0;
	field:int common_pid;	offset:4;	size:4;	signed:1;

	field:const void * skbaddr;	offset:8;	size:8;	signed:0;
	field:const void * skaddr;	offset:16;	size:8;	signed:0;
	field:int state;	offset:24;	size:4;	signed:1;
	field:enum sk_rst_reason reason;	offset:28;	size:4;	signed:0;
	field:__u8 saddr[28];	offset:32;	size:28;	signed:0;
	field:__u8 daddr[28];	offset:60;	size:28;	signed:0;
)";
// tcp:tcp_send_reset exactly as Linux 6.18 writes its format file, print
// fmt and all: the reasons' names come from its __print_symbolic list.
const char *const SendFormatReal = R"(name: tcp_send_reset
ID: 1003
format:
	field:unsigned short common_type;	offset:0;	size:2;	signed:0;
	field:unsigned char common_flags;	offset:2;	size:1;	signed:0;
	field:unsigned char common_preempt_count;	offset:3;	size:1;	signed:0;
	field:int common_pid;	offset:4;	size:4;	signed:1;

	field:const void * skbaddr;	offset:8;	size:8;	signed:0;
	field:const void * skaddr;	offset:16;	size:8;	signed:0;
	field:int state;	offset:24;	size:4;	signed:1;
	field:enum sk_rst_reason reason;	offset:28;	size:4;	signed:0;
	field:__u8 saddr[28];	offset:32;	size:28;	signed:0;
	field:__u8 daddr[28];	offset:60;	size:28;	signed:0;

print fmt: "skbaddr=%p skaddr=%p src=%pISpc dest=%pISpc state=%s reason=%s", REC->skbaddr, REC->skaddr, REC->saddr, REC->daddr, REC->state ? __print_symbolic(REC->state, { TCP_ESTABLISHED, "TCP_ESTABLISHED" }, { TCP_SYN_SENT, "TCP_SYN_SENT" }, { TCP_SYN_RECV, "TCP_SYN_RECV" }, { TCP_FIN_WAIT1, "TCP_FIN_WAIT1" }, { TCP_FIN_WAIT2, "TCP_FIN_WAIT2" }, { TCP_TIME_WAIT, "TCP_TIME_WAIT" }, { TCP_CLOSE, "TCP_CLOSE" }, { TCP_CLOSE_WAIT, "TCP_CLOSE_WAIT" }, { TCP_LAST_ACK, "TCP_LAST_ACK" }, { TCP_LISTEN, "TCP_LISTEN" }, { TCP_CLOSING, "TCP_CLOSING" }, { TCP_NEW_SYN_RECV, "TCP_NEW_SYN_RECV" }) : "UNKNOWN", __print_symbolic(REC->reason, { 0, "NOT_SPECIFIED" }, { 1, "NO_SOCKET" }, { 2, "TCP_INVALID_ACK_SEQUENCE" }, { 3, "TCP_RFC7323_PAWS" }, { 4, "TCP_TOO_OLD_ACK" }, { 5, "TCP_ACK_UNSENT_DATA" }, { 6, "TCP_FLAGS" }, { 7, "TCP_OLD_ACK" }, { 8, "TCP_ABORT_ON_DATA" }, { 9, "TCP_TIMEWAIT_SOCKET" }, { 10, "INVALID_SYN" }, { 11, "TCP_ABORT_ON_CLOSE" }, { 12, "TCP_ABORT_ON_LINGER" }, { 13, "TCP_ABORT_ON_MEMORY" }, { 14, "TCP_STATE" }, { 15, "TCP_KEEPALIVE_TIMEOUT" }, { 16, "TCP_DISCONNECT_WITH_DATA" }, { 17, "MPTCP_RST_EUNSPEC" }, { 18, "MPTCP_RST_EMPTCP" }, { 19, "MPTCP_RST_ERESOURCE" }, { 20, "MPTCP_RST_EPROHIBIT" }, { 21, "MPTCP_RST_EWQ2BIG" }, { 22, "MPTCP_RST_EBADPERF" }, { 23, "MPTCP_RST_EMIDDLEBOX" }, { 24, "ERROR" }, { 25, "MAX" })
)";
const char *const SendFormatOld = R"(name: tcp_send_reset
ID: 1003
format:
	field:unsigned short common_type;	offset:0;	size:2;	signed:0;
	field:unsigned char common_flags;	offset:2;	size:1;	signed:0;
	field:unsigned char common_preempt_count;	offset:3;	size:1;	signed:0;
	field:int common_pid;	offset:4;	size:4;	signed:1;

	field:const void * skbaddr;	offset:8;	size:8;	signed:0;
	field:const void * skaddr;	offset:16;	size:8;	signed:0;
	field:int state;	offset:24;	size:4;	signed:1;
	field:__u16 sport;	offset:28;	size:2;	signed:0;
	field:__u16 dport;	offset:30;	size:2;	signed:0;
	field:__u8 saddr[4];	offset:32;	size:4;	signed:0;
	field:__u8 daddr[4];	offset:36;	size:4;	signed:0;
	field:__u8 saddr_v6[16];	offset:40;	size:16;	signed:0;
	field:__u8 daddr_v6[16];	offset:56;	size:16;	signed:0;
)";

TracepointFormat format(const char *text)
{
    TracepointFormat f;
    f.parse(text);
    return f;
}

template <typename T>
void put(std::vector<std::uint8_t> &record, std::size_t offset, T value)
{
    std::memcpy(record.data() + offset, &value, sizeof value);
}

void putBytes(std::vector<std::uint8_t> &record, std::size_t offset, const std::array<std::uint8_t, 16> &bytes, std::size_t n)
{
    std::memcpy(record.data() + offset, bytes.data(), n);
}

std::array<std::uint8_t, 16> v4(const char *text)
{
    std::array<std::uint8_t, 16> a{};
    inet_pton(AF_INET, text, a.data());
    return a;
}

std::array<std::uint8_t, 16> v6(const char *text)
{
    std::array<std::uint8_t, 16> a{};
    inet_pton(AF_INET6, text, a.data());
    return a;
}

} // namespace

class tst_WatchHelper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsAreReadByName();
    void brokenFormatsAreRefused_data();
    void brokenFormatsAreRefused();
    void stateChangeInProcessContext();
    void receiveResetFromAnIpv6SocketTalkingIpv4();
    void sendResetInBothLayouts_data();
    void sendResetInBothLayouts();
    void reasonNamesAreReadFromThePrintFormat();
    void reasonNamesFollowTheRunningKernel_data();
    void reasonNamesFollowTheRunningKernel();
    void shortRecordsAreRefused();
    void nextSequenceSurvivesRetransmissionAndWrap();
    void jsonLinesStayValidWithAnyBytes_data();
    void jsonLinesStayValidWithAnyBytes();
};

void tst_WatchHelper::formatsAreReadByName()
{
    const TracepointFormat f = format(ReceiveFormat);
    QCOMPARE(f.id(), 1002);
    QVERIFY(f.field("sock_cookie"));
    QCOMPARE(int(f.field("sock_cookie")->offset), 64);
    QCOMPARE(int(f.field("saddr_v6")->size), 16);
    QCOMPARE(int(f.field("skaddr")->size), 8);
    QVERIFY(!f.field("nosuchfield"));
}

void tst_WatchHelper::brokenFormatsAreRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no ID") << QByteArray("format:\n\tfield:int x;\toffset:0;\tsize:4;\tsigned:1;\n");
    QTest::newRow("no fields") << QByteArray("ID: 5\nformat:\n");
    QTest::newRow("huge offset ignored") << QByteArray("ID: 5\nformat:\n\tfield:int x;\toffset:99999999999;\tsize:4;\tsigned:1;\n");
}

void tst_WatchHelper::brokenFormatsAreRefused()
{
    QFETCH(QByteArray, text);
    TracepointFormat f;
    std::string why;
    QVERIFY(!f.parse(text.toStdString(), &why));
    QVERIFY(!why.empty());
}

void tst_WatchHelper::stateChangeInProcessContext()
{
    const KernelEventDecoder decoder(format(StateFormat), format(ReceiveFormat), format(SendFormatNew));
    std::vector<std::uint8_t> r(72, 0);
    put<std::uint16_t>(r, 0, 1001);
    put<std::uint64_t>(r, 8, 0xffff888812345678ull);
    put<std::int32_t>(r, 16, 7);  // CLOSE
    put<std::int32_t>(r, 20, 2);  // SYN_SENT
    put<std::uint16_t>(r, 26, 443);
    put<std::uint16_t>(r, 28, AF_INET);
    put<std::uint16_t>(r, 30, IPPROTO_TCP);
    putBytes(r, 32, v4("10.0.0.2"), 4);
    putBytes(r, 36, v4("192.0.2.1"), 4);
    KernelEvent e;
    QVERIFY(decoder.decode(r.data(), r.size(), 5, 4242, &e));
    QCOMPARE(int(e.kind), int(KernelEvent::Kind::StateChange));
    QVERIFY(e.processContext);
    QCOMPARE(e.pid, 4242u);
    QCOMPARE(e.oldState, 7);
    QCOMPARE(e.newState, 2);
    QCOMPARE(e.family, 4);
    QCOMPARE(e.destinationPort, std::uint16_t(443));
    // The same record written in soft-interrupt context: its pid is no owner.
    r[2] = 0x10;
    QVERIFY(decoder.decode(r.data(), r.size(), 5, 4242, &e));
    QVERIFY(!e.processContext);
    // UDP-like protocols on the same tracepoint are not ours.
    put<std::uint16_t>(r, 30, 132);
    QVERIFY(!decoder.decode(r.data(), r.size(), 5, 4242, &e));
}

void tst_WatchHelper::receiveResetFromAnIpv6SocketTalkingIpv4()
{
    const KernelEventDecoder decoder(format(StateFormat), format(ReceiveFormat), format(SendFormatNew));
    std::vector<std::uint8_t> r(72, 0);
    put<std::uint16_t>(r, 0, 1002);
    put<std::uint16_t>(r, 16, 50000);
    put<std::uint16_t>(r, 18, 8080);
    put<std::uint16_t>(r, 20, AF_INET6);
    putBytes(r, 30, v6("::ffff:10.0.0.2"), 16);
    putBytes(r, 46, v6("::ffff:192.0.2.1"), 16);
    put<std::uint64_t>(r, 64, 77);
    KernelEvent e;
    QVERIFY(decoder.decode(r.data(), r.size(), 5, 1, &e));
    // Its packets are IPv4: so are its addresses, or no packet would match.
    QCOMPARE(e.family, 4);
    QCOMPARE(PacketParser::endpointText(e.family, e.destination, e.destinationPort), std::string("192.0.2.1:8080"));
    QCOMPARE(e.cookie, 77ull);
    // A real IPv6 connection stays IPv6.
    putBytes(r, 30, v6("fd00::2"), 16);
    putBytes(r, 46, v6("fd00::1"), 16);
    QVERIFY(decoder.decode(r.data(), r.size(), 5, 1, &e));
    QCOMPARE(e.family, 6);
    QCOMPARE(PacketParser::endpointText(e.family, e.destination, e.destinationPort), std::string("[fd00::1]:8080"));
}

void tst_WatchHelper::sendResetInBothLayouts_data()
{
    QTest::addColumn<bool>("sockaddrLayout");
    QTest::newRow("Linux 6.x: sockaddrs") << true;
    QTest::newRow("Linux 5.x: ports and addresses") << false;
}

void tst_WatchHelper::sendResetInBothLayouts()
{
    QFETCH(bool, sockaddrLayout);
    const KernelEventDecoder decoder(format(StateFormat), format(ReceiveFormat), format(sockaddrLayout ? SendFormatNew : SendFormatOld));
    std::vector<std::uint8_t> r(96, 0);
    put<std::uint16_t>(r, 0, 1003);
    put<std::uint64_t>(r, 16, 0xabc);
    put<std::int32_t>(r, 24, 1); // ESTABLISHED
    if (sockaddrLayout) {
        put<std::uint32_t>(r, 28, 11); // TCP_ABORT_ON_CLOSE
        sockaddr_in a{}, b{};
        a.sin_family = b.sin_family = AF_INET;
        a.sin_port = htons(50000);
        b.sin_port = htons(8080);
        inet_pton(AF_INET, "10.0.0.2", &a.sin_addr);
        inet_pton(AF_INET, "192.0.2.1", &b.sin_addr);
        std::memcpy(r.data() + 32, &a, sizeof a);
        std::memcpy(r.data() + 60, &b, sizeof b);
    } else {
        put<std::uint16_t>(r, 28, 50000);
        put<std::uint16_t>(r, 30, 8080);
        putBytes(r, 32, v4("10.0.0.2"), 4);
        putBytes(r, 36, v4("192.0.2.1"), 4);
        putBytes(r, 40, v6("::ffff:10.0.0.2"), 16);
        putBytes(r, 56, v6("::ffff:192.0.2.1"), 16);
    }
    KernelEvent e;
    QVERIFY(decoder.decode(r.data(), r.size(), 5, 1, &e));
    QCOMPARE(int(e.kind), int(KernelEvent::Kind::SendReset));
    QCOMPARE(e.state, 1);
    QCOMPARE(e.reason, sockaddrLayout ? 11 : -1);
    QVERIFY(e.reasonName.empty()); // neither format lists the names
    QCOMPARE(PacketParser::endpointText(e.family, e.source, e.sourcePort), std::string("10.0.0.2:50000"));
    QCOMPARE(PacketParser::endpointText(e.family, e.destination, e.destinationPort), std::string("192.0.2.1:8080"));
}

void tst_WatchHelper::reasonNamesAreReadFromThePrintFormat()
{
    const TracepointFormat real = format(SendFormatReal);
    QCOMPARE(real.id(), 1003);
    const auto &reasons = real.symbols("reason");
    QCOMPARE(int(reasons.size()), 26);
    QCOMPARE(reasons.at(0), std::string("NOT_SPECIFIED"));
    QCOMPARE(reasons.at(1), std::string("NO_SOCKET"));
    QCOMPARE(reasons.at(8), std::string("TCP_ABORT_ON_DATA"));
    QCOMPARE(reasons.at(11), std::string("TCP_ABORT_ON_CLOSE"));
    QCOMPARE(reasons.at(15), std::string("TCP_KEEPALIVE_TIMEOUT"));
    QCOMPARE(reasons.at(25), std::string("MAX"));
    // The state's list names its numbers by symbols (TCP_ESTABLISHED), not
    // numbers: nothing to read there.
    QVERIFY(real.symbols("state").empty());
    // Formats without the field or without a print fmt: no names.
    QVERIFY(format(SendFormatOld).symbols("reason").empty());
    QVERIFY(format(SendFormatNew).symbols("reason").empty());
    // A broken list keeps what it could read, and nothing it could not.
    TracepointFormat broken;
    QVERIFY(broken.parse(std::string(SendFormatNew)
                         + "print fmt: \"reason=%s\", __print_symbolic(REC->reason, { 0, \"NOT_SPECIFIED\" }, { x, \"BAD\" }, "
                           "{ 2, \"with space\" }, { 99999999999, \"HUGE\" }, { 3, \"LAST\""));
    QCOMPARE(int(broken.symbols("reason").size()), 1);
    QCOMPARE(broken.symbols("reason").at(0), std::string("NOT_SPECIFIED"));
}

void tst_WatchHelper::reasonNamesFollowTheRunningKernel_data()
{
    QTest::addColumn<QByteArray>("formatText");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("name");
    QTest::newRow("Linux 6.18: 11 is TCP_ABORT_ON_CLOSE") << QByteArray(SendFormatReal) << 11 << "TCP_ABORT_ON_CLOSE";
    QTest::newRow("Linux 6.18: 1 is NO_SOCKET") << QByteArray(SendFormatReal) << 1 << "NO_SOCKET";
    // Another kernel numbers them otherwise: its own list counts.
    QTest::newRow("another kernel's numbering")
        << QByteArray(SendFormatNew) + "print fmt: \"reason=%s\", __print_symbolic(REC->reason, { 0, \"NOT_SPECIFIED\" }, { 1, \"NO_SOCKET\" }, { 9, \"TCP_ABORT_ON_CLOSE\" })\n"
        << 9 << "TCP_ABORT_ON_CLOSE";
    QTest::newRow("a number the list does not name") << QByteArray(SendFormatReal) << 200 << "";
    QTest::newRow("a reason field but no list") << QByteArray(SendFormatNew) << 11 << "";
}

void tst_WatchHelper::reasonNamesFollowTheRunningKernel()
{
    QFETCH(QByteArray, formatText);
    QFETCH(int, reason);
    QFETCH(QString, name);
    TracepointFormat send;
    QVERIFY(send.parse(formatText.toStdString()));
    const KernelEventDecoder decoder(format(StateFormat), format(ReceiveFormat), send);
    std::vector<std::uint8_t> r(96, 0);
    put<std::uint16_t>(r, 0, 1003);
    put<std::uint64_t>(r, 16, 0xabc);
    put<std::int32_t>(r, 24, 1);
    put<std::uint32_t>(r, 28, std::uint32_t(reason));
    sockaddr_in a{}, b{};
    a.sin_family = b.sin_family = AF_INET;
    std::memcpy(r.data() + 32, &a, sizeof a);
    std::memcpy(r.data() + 60, &b, sizeof b);
    KernelEvent e;
    QVERIFY(decoder.decode(r.data(), r.size(), 5, 1, &e));
    QCOMPARE(e.reason, reason);
    QCOMPARE(QString::fromStdString(e.reasonName), name);
}

void tst_WatchHelper::shortRecordsAreRefused()
{
    const KernelEventDecoder decoder(format(StateFormat), format(ReceiveFormat), format(SendFormatNew));
    for (std::size_t n = 0; n < 62; ++n) {
        std::vector<std::uint8_t> r(n, 0);
        if (n >= 2)
            put<std::uint16_t>(r, 0, 1002);
        KernelEvent e;
        QVERIFY2(!decoder.decode(r.data(), r.size(), 5, 1, &e), qPrintable(QString::number(n)));
    }
}

void tst_WatchHelper::nextSequenceSurvivesRetransmissionAndWrap()
{
    FlowTable flows;
    TcpPacket p;
    p.family = 4;
    p.source = v4("192.0.2.1");
    p.destination = v4("10.0.0.2");
    p.sourcePort = 8080;
    p.destinationPort = 50000;
    p.ttl = 60;
    p.flags = TcpPacket::Ack;
    p.seq = 0xfffffff0u; // 16 bytes before the wrap
    p.payloadLength = 100;
    flows.add(p, 1000);
    TcpPacket late = p; // a retransmission of the same data
    flows.add(late, 2000);
    TcpPacket reset = p;
    reset.flags = TcpPacket::Rst;
    reset.payloadLength = 0;
    reset.seq = 0xfffffff0u + 100; // wrapped to 84
    flows.add(reset, 3000);
    int side = -1;
    const FlowTable::Flow *flow = flows.find("192.0.2.1:8080", "10.0.0.2:50000", &side);
    QVERIFY(flow);
    QCOMPARE(flow->resets.size(), std::size_t(1));
    QVERIFY(flow->resets.front().seqKnown);
    QVERIFY(flow->resets.front().seqExpected);
    QCOMPARE(flow->sides[side].ttlMin, 60);
    QCOMPARE(flow->lastActiveUs, std::uint64_t(2000));
}

void tst_WatchHelper::jsonLinesStayValidWithAnyBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("read");
    QTest::newRow("plain") << QByteArray("curl") << QStringLiteral("curl");
    QTest::newRow("a user's UTF-8 path") << QByteArray("/home/j\xc3\xb6rg/bin/mail") << QStringLiteral("/home/jörg/bin/mail");
    QTest::newRow("quotes and newlines") << QByteArray("a\"b\\c\nd") << QStringLiteral("a\"b\\c\nd");
    QTest::newRow("control bytes") << QByteArray("x\x01\x7fy", 4) << QStringLiteral("x\x01\x7fy");
    QTest::newRow("not UTF-8") << QByteArray("bad\xff\xfe") << QStringLiteral("bad\ufffd\ufffd");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QStringLiteral("\ufffd\ufffd");
    QTest::newRow("a surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\ufffd\ufffd\ufffd");
    QTest::newRow("cut sequence") << QByteArray("\xe2\x82") << QStringLiteral("\ufffd\ufffd");
}

void tst_WatchHelper::jsonLinesStayValidWithAnyBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, read);
    JsonLine line;
    line.add("exe", bytes.toStdString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(line.text()), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QLatin1String("exe")).toString(), read);
}

QTEST_GUILESS_MAIN(tst_WatchHelper)
#include "tst_watchhelper.moc"
