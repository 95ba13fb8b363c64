// The reset watch helper's pure parts, without the kernel: tracepoint
// format files (this kernel's and an older one's layouts), records decoded
// from them (including IPv4 talked over IPv6 sockets and records written
// in interrupt context), the flow table's next sequence number across
// retransmissions and the 32-bit wrap, and its JSON lines with any bytes.
// The background watch's parts: the names table (which end a name belongs
// to, the DNS window) and the log (hello first, mode 0640, rotation, the
// cap, age, the per-minute budget, a torn file never appended to).

#include "flowtable.h"
#include "historylog.h"
#include "jsonline.h"
#include "kernelevent.h"
#include "nametable.h"
#include "resetcorrelator.h"
#include "sockettable.h"
#include "tracepointformat.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <QtCore/QFileInfo>
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
    void anEndedProgramsResetMustBeShownOurs_data();
    void anEndedProgramsResetMustBeShownOurs();
    void namesBelongToTheServersEnd();
    void dnsNamesCountOnlyBeforeTheConnection_data();
    void dnsNamesCountOnlyBeforeTheConnection();
    void logStartsEachFileWithItsHello();
    void logRotatesAtItsSizeAndAtMidnight();
    void logKeepsUnderItsCapOldestFirst();
    void logRemovesFilesOlderThanAWeek();
    void logBudgetsAStorm();
    void logNeverAppendsToATornFile();
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

namespace {

AppPayload clientPayload(const char *from, std::uint16_t fromPort, const char *to, std::uint16_t toPort, const std::string &bytes)
{
    AppPayload p;
    p.family = 4;
    p.protocol = 6;
    p.source = v4(from);
    p.destination = v4(to);
    p.sourcePort = fromPort;
    p.destinationPort = toPort;
    p.data = reinterpret_cast<const std::uint8_t *>(bytes.data());
    p.length = bytes.size();
    return p;
}

DnsAnswer::Result answer(const char *name, const char *address)
{
    DnsAnswer::Result r;
    r.name = name;
    DnsAnswer::Address a;
    a.family = 4;
    a.address = v4(address);
    r.addresses.push_back(a);
    return r;
}

constexpr std::uint64_t Minute = 60ull * 1000 * 1000; // in microseconds

int openDirectory(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

QStringList logFiles(const QString &path)
{
    return QDir(path).entryList({QStringLiteral("resets-*.jsonl")}, QDir::Files, QDir::Name);
}

qint64 logBytes(const QString &path)
{
    qint64 total = 0;
    for (const QString &f : logFiles(path))
        total += QFileInfo(QDir(path).filePath(f)).size();
    return total;
}

// 2026-03-01T12:00:00Z, in ms.
constexpr std::uint64_t Noon = 1772366400000ull;
const std::string Hello = R"({"type":"hello","version":1,"mode":"background","started_ms":1772366400000})";
const std::string ResetLine = R"({"type":"reset","at_ms":1772366400000,"direction":"received","local":"10.0.0.2:50000","remote":"192.0.2.1:443","pad":")"
    + std::string(400, 'x') + "\"}";

} // namespace

void tst_WatchHelper::anEndedProgramsResetMustBeShownOurs_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<bool>("reported");
    QTest::newRow("its address is one of ours") << "127.0.0.1" << true;
    QTest::newRow("its address is not: another namespace's curl") << "10.254.253.2" << false;
}

void tst_WatchHelper::anEndedProgramsResetMustBeShownOurs()
{
    // A short-lived program (curl) connected and ended before its records
    // were read: its name is known from its exec record, but not its
    // network namespace. The tracepoints fire for every namespace, so its
    // reset is ours only if its address is (no capture here to show its
    // packet on our interfaces).
    QFETCH(QString, local);
    QFETCH(bool, reported);
    SocketTable sockets;
    FlowTable flows;
    std::vector<std::string> lines;
    ResetCorrelator correlator(sockets, flows, false, [&lines](const std::string &line) { lines.push_back(line); });
    const std::uint32_t endedPid = 0x7ffffff0; // no such process
    KernelEvent exec;
    exec.kind = KernelEvent::Kind::ProgramName;
    exec.pid = endedPid;
    exec.name = "curl";
    correlator.addKernelEvent(exec, 1);
    KernelEvent connect;
    connect.kind = KernelEvent::Kind::StateChange;
    connect.processContext = true;
    connect.pid = endedPid;
    connect.socket = 0xffff888812345678ull;
    connect.family = 4;
    connect.source = v4(qPrintable(local));
    connect.destination = v4("192.0.2.1");
    connect.sourcePort = 50000;
    connect.destinationPort = 443;
    connect.oldState = 7;  // CLOSE
    connect.newState = 2;  // SYN_SENT
    correlator.addKernelEvent(connect, 2);
    KernelEvent reset = connect;
    reset.kind = KernelEvent::Kind::ReceiveReset;
    reset.processContext = false;
    correlator.addKernelEvent(reset, 3);
    correlator.flush(0, true);
    QCOMPARE(int(lines.size()), reported ? 1 : 0);
    QCOMPARE(correlator.foreign(), std::uint64_t(reported ? 0 : 1));
    if (reported)
        QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(lines.front())).object().value(QLatin1String("program")).toString(),
                 QStringLiteral("curl"));
}

void tst_WatchHelper::namesBelongToTheServersEnd()
{
    NameTable names;
    const std::string request = "GET / HTTP/1.1\r\nHost: web.example.test\r\n\r\n";
    names.addClientPayload(clientPayload("10.0.0.2", 50000, "192.0.2.1", 80, request));
    // This computer's client: named.
    NameTable::Name n = names.lookup("10.0.0.2:50000", "192.0.2.1:80", 4, v4("192.0.2.1"), 0);
    QCOMPARE(QString::fromStdString(n.name), QStringLiteral("web.example.test"));
    QCOMPARE(QString::fromLatin1(n.from), QStringLiteral("http"));
    // This computer as the server (its reset's remote is the client): not
    // named after itself.
    QVERIFY(!names.lookup("192.0.2.1:80", "10.0.0.2:50000", 4, v4("10.0.0.2"), 0).known());
    // Another connection to the same server without a request of its own.
    QVERIFY(!names.lookup("10.0.0.2:50001", "192.0.2.1:80", 4, v4("192.0.2.1"), 0).known());
    // A later request on the same endpoints (the port reused for another
    // virtual host of the same address): the latest name counts.
    names.addClientPayload(clientPayload("10.0.0.2", 50000, "192.0.2.1", 80, "GET / HTTP/1.1\r\nHost: other.test\r\n\r\n"));
    QCOMPARE(names.lookup("10.0.0.2:50000", "192.0.2.1:80", 4, v4("192.0.2.1"), 0).name, std::string("other.test"));
    QCOMPARE(names.connections(), std::size_t(1));
    names.addClientPayload(clientPayload("10.0.0.2", 50000, "192.0.2.1", 80, request));
    // Bounded: the oldest connections go first.
    for (std::size_t i = 0; i < NameTable::MaxConnections; ++i)
        names.addClientPayload(clientPayload("10.0.1.2", std::uint16_t(i % 60000 + 1), i < 60000 ? "192.0.2.9" : "192.0.2.10", 80, request));
    QCOMPARE(names.connections(), NameTable::MaxConnections);
    QVERIFY(!names.lookup("10.0.0.2:50000", "192.0.2.1:80", 4, v4("192.0.2.1"), 0).known());
}

void tst_WatchHelper::dnsNamesCountOnlyBeforeTheConnection_data()
{
    QTest::addColumn<qint64>("answerUs");     // when the answer came
    QTest::addColumn<qint64>("connectionUs"); // when the connection began
    QTest::addColumn<qint64>("laterAnswerUs"); // the same name answered again (0: not)
    QTest::addColumn<QString>("name");
    QTest::newRow("just before") << qint64(10 * Minute) << qint64(10 * Minute + 3000) << qint64(0) << "web.example.test";
    QTest::newRow("nine minutes before") << qint64(10 * Minute) << qint64(19 * Minute) << qint64(0) << "web.example.test";
    QTest::newRow("eleven minutes before") << qint64(10 * Minute) << qint64(21 * Minute) << qint64(0) << "";
    QTest::newRow("after the connection began") << qint64(10 * Minute) << qint64(9 * Minute) << qint64(0) << "";
    // Another program looks the same name up right after the connection
    // began, before its reset is written: the earlier answer still counts.
    QTest::newRow("before, and again after") << qint64(10 * Minute) << qint64(10 * Minute + 3000) << qint64(10 * Minute + 900000)
                                              << "web.example.test";
    QTest::newRow("long before, and again after") << qint64(1 * Minute) << qint64(20 * Minute) << qint64(21 * Minute) << "";
}

void tst_WatchHelper::dnsNamesCountOnlyBeforeTheConnection()
{
    QFETCH(qint64, answerUs);
    QFETCH(qint64, connectionUs);
    QFETCH(qint64, laterAnswerUs);
    QFETCH(QString, name);
    NameTable names;
    names.addDnsAnswer(answer("web.example.test", "192.0.2.1"), std::uint64_t(answerUs));
    if (laterAnswerUs > 0)
        names.addDnsAnswer(answer("web.example.test", "192.0.2.1"), std::uint64_t(laterAnswerUs));
    const NameTable::Name n = names.lookup("10.0.0.2:50000", "192.0.2.1:443", 4, v4("192.0.2.1"), std::uint64_t(connectionUs));
    QCOMPARE(QString::fromStdString(n.name), name);
    if (n.known())
        QCOMPARE(QString::fromLatin1(n.from), QStringLiteral("dns"));
}

void tst_WatchHelper::logStartsEachFileWithItsHello()
{
    QTemporaryDir dir;
    {
        HistoryLog log(openDirectory(dir.path()), HistoryLog::Limits{});
        log.setHeader(Hello);
        std::string why;
        QVERIFY2(log.open(Noon, &why), why.c_str());
        QVERIFY(log.addReset(ResetLine, Noon));
        QVERIFY(log.addLine(R"({"type":"stats"})", Noon));
    }
    const QStringList files = logFiles(dir.path());
    QCOMPARE(files, QStringList{QStringLiteral("resets-20260301T120000Z.jsonl")});
    const QString path = dir.filePath(files.first());
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0640);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // three lines and the empty rest after the last newline
    QCOMPARE(lines.at(0), QByteArray::fromStdString(Hello));
    QCOMPARE(lines.at(1), QByteArray::fromStdString(ResetLine));
    QVERIFY(lines.at(3).isEmpty());
}

void tst_WatchHelper::logRotatesAtItsSizeAndAtMidnight()
{
    QTemporaryDir dir;
    HistoryLog::Limits limits;
    limits.maxFileBytes = 16 * 1024;
    limits.resetBytesPerMinute = 1 << 30;
    HistoryLog log(openDirectory(dir.path()), limits);
    log.setHeader(Hello);
    QVERIFY(log.open(Noon, nullptr));
    for (int i = 0; i < 100; ++i) // 100 lines of ~500 bytes: 4 files of 16 KiB
        QVERIFY(log.addReset(ResetLine, Noon + std::uint64_t(i) * 10));
    QStringList files = logFiles(dir.path());
    QCOMPARE(files.size(), 4);
    // Started in the same second: the next free second's name, still in order.
    QCOMPARE(files.at(1), QStringLiteral("resets-20260301T120001Z.jsonl"));
    for (const QString &f : files) {
        QVERIFY(QFileInfo(dir.filePath(f)).size() <= 16 * 1024);
        QFile file(dir.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine().trimmed(), QByteArray::fromStdString(Hello));
    }
    // Midnight UTC starts a file even with nothing to write.
    log.maintain(Noon + 12ull * 3600 * 1000);
    files = logFiles(dir.path());
    QCOMPARE(files.size(), 5);
    QCOMPARE(files.last(), QStringLiteral("resets-20260302T000000Z.jsonl"));
}

void tst_WatchHelper::logKeepsUnderItsCapOldestFirst()
{
    QTemporaryDir dir;
    // A file of an earlier run, and one that is not the log's: kept out of the count.
    QFile old(dir.filePath(QStringLiteral("resets-20260201T000000Z.jsonl")));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(20 * 1024, 'x'));
    old.close();
    QFile other(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(QByteArray(100 * 1024, 'y'));
    other.close();
    HistoryLog::Limits limits;
    limits.maxTotalBytes = 64 * 1024; // files of 16 KiB then (a quarter)
    limits.resetBytesPerMinute = 1 << 30;
    HistoryLog log(openDirectory(dir.path()), limits);
    log.setHeader(Hello);
    QVERIFY(log.open(Noon, nullptr));
    for (int i = 0; i < 1000; ++i) {
        QVERIFY(log.addReset(ResetLine, Noon + std::uint64_t(i)));
        QVERIFY2(logBytes(dir.path()) <= 64 * 1024, qPrintable(QString::number(logBytes(dir.path()))));
    }
    QVERIFY(!QFile::exists(old.fileName())); // the oldest went first
    QVERIFY(QFile::exists(other.fileName()));
    QVERIFY(log.removedFiles() > 20);
    QCOMPARE(log.dropped(), std::uint64_t(0));
    QCOMPARE(std::uint64_t(logBytes(dir.path())), log.totalBytes());
}

void tst_WatchHelper::logRemovesFilesOlderThanAWeek()
{
    QTemporaryDir dir;
    const QString oldPath = dir.filePath(QStringLiteral("resets-20260220T000000Z.jsonl"));
    const QString recentPath = dir.filePath(QStringLiteral("resets-20260225T000000Z.jsonl"));
    for (const QString &path : {oldPath, recentPath}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{}\n");
    }
    // Last written 8 and 4 days before now (by mtime: a file's last line counts).
    auto setModified = [](const QString &path, std::uint64_t ms) {
        timespec times[2];
        times[0].tv_sec = times[1].tv_sec = time_t(ms / 1000);
        times[0].tv_nsec = times[1].tv_nsec = 0;
        return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
    };
    const std::uint64_t day = 24ull * 3600 * 1000;
    QVERIFY(setModified(oldPath, Noon - 8 * day));
    QVERIFY(setModified(recentPath, Noon - 4 * day));
    HistoryLog log(openDirectory(dir.path()), HistoryLog::Limits{});
    log.setHeader(Hello);
    QVERIFY(log.open(Noon, nullptr));
    QVERIFY(!QFile::exists(oldPath));
    QVERIFY(QFile::exists(recentPath));
    QCOMPARE(log.removedFiles(), std::uint64_t(1));
    // Four days on, checked once a minute, the other goes too.
    log.maintain(Noon + 4 * day);
    QVERIFY(!QFile::exists(recentPath));
    QCOMPARE(log.removedFiles(), std::uint64_t(2));
}

void tst_WatchHelper::logBudgetsAStorm()
{
    QTemporaryDir dir;
    HistoryLog log(openDirectory(dir.path()), HistoryLog::Limits{}); // 32 MiB: 256 KiB of resets a minute
    log.setHeader(Hello);
    QVERIFY(log.open(Noon, nullptr));
    const std::uint64_t perMinute = (32ull << 20) / 128;
    const std::uint64_t lineBytes = ResetLine.size() + 1;
    // 6,000 a minute for ten minutes, 10 ms apart.
    std::uint64_t kept = 0;
    for (int i = 0; i < 60000; ++i)
        kept += log.addReset(ResetLine, Noon + std::uint64_t(i) * 10) ? 1 : 0;
    // One minute's budget at the start, then one a minute: eleven in all.
    const std::uint64_t expected = 11 * perMinute / lineBytes;
    QVERIFY2(kept >= expected - 20 && kept <= expected + 20, qPrintable(QStringLiteral("%1 kept, about %2 expected").arg(kept).arg(expected)));
    QCOMPARE(log.dropped(), 60000 - kept);
    // Stats lines are not budgeted: a storm never hides its own count.
    QVERIFY(log.addLine(R"({"type":"stats"})", Noon + 600000));
    // A quiet minute refills it.
    QVERIFY(log.addReset(ResetLine, Noon + 660000));
}

void tst_WatchHelper::logNeverAppendsToATornFile()
{
    QTemporaryDir dir;
    const QString torn = dir.filePath(QStringLiteral("resets-20260301T115900Z.jsonl"));
    QFile f(torn);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(Hello) + "\n{\"type\":\"reset\",\"at_m"); // power lost mid-line
    f.close();
    const qint64 tornSize = QFileInfo(torn).size();
    HistoryLog log(openDirectory(dir.path()), HistoryLog::Limits{});
    log.setHeader(Hello);
    QVERIFY(log.open(Noon, nullptr));
    QVERIFY(log.addReset(ResetLine, Noon));
    QCOMPARE(QFileInfo(torn).size(), tornSize);
    QCOMPARE(logFiles(dir.path()).size(), 2);
    QCOMPARE(QString::fromStdString(log.currentFile()), QStringLiteral("resets-20260301T120000Z.jsonl"));
}

QTEST_GUILESS_MAIN(tst_WatchHelper)
#include "tst_watchhelper.moc"
