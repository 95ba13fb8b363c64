// The reset watch's packet parser against the frames it meets: every link
// type it reads, VLAN tags, IPv6 extension headers, TCP options, and
// malformed frames (truncated, lying lengths, bad header lengths), which
// must be refused without reading past the buffer (the sanitizer build
// runs this too; tests/fuzz has the same parser as a libFuzzer target).
// Then the parsers that read names from payloads (remote_name): the TLS
// ClientHello's server name, an HTTP request's Host and DNS answers, with
// real messages built here byte by byte, and hostile ones.

#include "dnsanswer.h"
#include "httprequest.h"
#include "packetparser.h"
#include "tlsclienthello.h"

#include <QtCore/QByteArray>
#include <QtTest/QTest>

#include <cstring>
#include <memory>

namespace {

// A copy on the heap of exactly the bytes' size: reading one byte past it
// is an AddressSanitizer report.
std::unique_ptr<std::uint8_t[]> exactCopy(const QByteArray &bytes)
{
    std::unique_ptr<std::uint8_t[]> exact(new std::uint8_t[std::size_t(qMax(1, int(bytes.size())))]);
    std::memcpy(exact.get(), bytes.constData(), std::size_t(bytes.size()));
    return exact;
}

QByteArray tcpHeader(quint8 flags, bool timestamps, const QByteArray &payload = {})
{
    QByteArray t(20, '\0');
    t[0] = char(0x1f); t[1] = char(0x90);           // 8080
    t[2] = char(0xc3); t[3] = char(0x50);           // 50000
    t[4] = 0; t[5] = 0; t[6] = 0x10; t[7] = 0x00;   // seq 4096
    t[8] = 0; t[9] = 0; t[10] = 0x20; t[11] = 0x00; // ack 8192
    t[13] = char(flags);
    t[14] = 0x01; t[15] = 0x00;                     // window 256
    if (timestamps)
        t += QByteArray("\x01\x01\x08\x0a\x00\x00\x00\x01\x00\x00\x00\x02", 12);
    t[12] = char((t.size() / 4) << 4);
    return t + payload;
}

QByteArray ipv4(const QByteArray &tcp, quint8 ttl, quint16 id, bool df, quint8 protocol = 6)
{
    QByteArray ip(20, '\0');
    ip[0] = 0x45;
    const int total = 20 + int(tcp.size());
    ip[2] = char(total >> 8); ip[3] = char(total & 0xff);
    ip[4] = char(id >> 8); ip[5] = char(id & 0xff);
    ip[6] = df ? 0x40 : 0;
    ip[8] = char(ttl);
    ip[9] = char(protocol);
    ip[12] = 10; ip[13] = 0; ip[14] = 0; ip[15] = 2;
    ip[16] = 10; ip[17] = 0; ip[18] = 0; ip[19] = 1;
    return ip + tcp;
}

QByteArray ipv6(const QByteArray &payload, quint8 hopLimit, quint8 next)
{
    QByteArray ip(40, '\0');
    ip[0] = 0x60;
    ip[4] = char(payload.size() >> 8); ip[5] = char(payload.size() & 0xff);
    ip[6] = char(next);
    ip[7] = char(hopLimit);
    ip[8] = char(0xfd); ip[23] = 2;
    ip[24] = char(0xfd); ip[39] = 1;
    return ip + payload;
}

QByteArray ethernet(const QByteArray &ip, quint16 type, int vlanTags = 0)
{
    QByteArray e(12, '\x11');
    for (int i = 0; i < vlanTags; ++i)
        e += QByteArray("\x81\x00\x00\x07", 4);
    e += char(type >> 8);
    e += char(type & 0xff);
    return e + ip;
}

QByteArray sll2(const QByteArray &ip, quint16 type)
{
    QByteArray h(20, '\0');
    h[0] = char(type >> 8); h[1] = char(type & 0xff);
    return h + ip;
}

QByteArray sll(const QByteArray &ip, quint16 type)
{
    QByteArray h(16, '\0');
    h[14] = char(type >> 8); h[15] = char(type & 0xff);
    return h + ip;
}

QByteArray udpHeader(quint16 source, quint16 destination, const QByteArray &payload)
{
    QByteArray u(8, '\0');
    u[0] = char(source >> 8); u[1] = char(source & 0xff);
    u[2] = char(destination >> 8); u[3] = char(destination & 0xff);
    const int length = 8 + int(payload.size());
    u[4] = char(length >> 8); u[5] = char(length & 0xff);
    return u + payload;
}

QByteArray be16(int v) { return QByteArray(1, char((v >> 8) & 0xff)) + char(v & 0xff); }
QByteArray be24(int v) { return QByteArray(1, char((v >> 16) & 0xff)) + be16(v); }

QByteArray extension(int type, const QByteArray &body) { return be16(type) + be16(int(body.size())) + body; }

QByteArray sniExtension(const QByteArray &name)
{
    const QByteArray entry = QByteArray(1, '\0') + be16(int(name.size())) + name;
    return extension(0, be16(int(entry.size())) + entry);
}

// A TLS 1.3-style ClientHello record with these extensions, in this order.
QByteArray clientHello(const QList<QByteArray> &extensions)
{
    QByteArray body = QByteArray("\x03\x03", 2) + QByteArray(32, '\x42');  // legacy_version, random
    body += char(32) + QByteArray(32, '\x07');                              // session id
    body += be16(4) + QByteArray("\x13\x01\x13\x02", 4);                     // two cipher suites
    body += QByteArray("\x01\x00", 2);                                      // null compression
    QByteArray all;
    for (const QByteArray &e : extensions)
        all += e;
    body += be16(int(all.size())) + all;
    const QByteArray handshake = QByteArray(1, '\x01') + be24(int(body.size())) + body;
    return QByteArray("\x16\x03\x01", 3) + be16(int(handshake.size())) + handshake;
}

QByteArray dnsName(const QByteArray &name)
{
    QByteArray out;
    for (const QByteArray &label : name.split('.'))
        out += char(label.size()) + label;
    return out + '\0';
}

QByteArray record(const QByteArray &owner, int type, const QByteArray &data)
{
    return owner + be16(type) + be16(1) + QByteArray("\x00\x00\x0e\x10", 4) + be16(int(data.size())) + data;
}

// A response to one question (QR set, RD/RA, rcode), with these answers.
QByteArray dnsResponse(const QByteArray &question, int questionType, const QList<QByteArray> &answers, int rcode = 0)
{
    QByteArray m = be16(0x1234) + be16(0x8180 | rcode) + be16(1) + be16(int(answers.size())) + be16(0) + be16(0);
    m += question + be16(questionType) + be16(1);
    for (const QByteArray &a : answers)
        m += a;
    return m;
}

const QByteArray PointerToQuestion("\xc0\x0c", 2); // the question's name starts at offset 12

std::string tlsName(const QByteArray &bytes)
{
    return TlsClientHello::serverName(exactCopy(bytes).get(), std::size_t(bytes.size()));
}

std::string hostOf(const QByteArray &bytes)
{
    return HttpRequest::host(exactCopy(bytes).get(), std::size_t(bytes.size()));
}

bool dnsParse(const QByteArray &bytes, DnsAnswer::Result *result)
{
    return DnsAnswer::parse(exactCopy(bytes).get(), std::size_t(bytes.size()), result);
}

QStringList addressesOf(const DnsAnswer::Result &r)
{
    QStringList out;
    for (const DnsAnswer::Address &a : r.addresses)
        out << QString::fromStdString(PacketParser::addressText(a.family, a.address));
    return out;
}

} // namespace

class tst_PacketParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatTheWatchNeeds_data();
    void readsWhatTheWatchNeeds();
    void refusesMalformedFrames_data();
    void refusesMalformedFrames();
    void everyTruncationIsSafe();
    void endpointsAreWrittenAsReportsShowThem();
    void payloadsAreFound_data();
    void payloadsAreFound();
    void tlsServerName_data();
    void tlsServerName();
    void httpHost_data();
    void httpHost();
    void dnsAnswers_data();
    void dnsAnswers();
    void everyTruncationOfANameIsSafe();
};

void tst_PacketParser::readsWhatTheWatchNeeds_data()
{
    QTest::addColumn<int>("linkType");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("ttl");
    QTest::addColumn<int>("ipId");
    QTest::addColumn<bool>("dontFragment");
    QTest::addColumn<int>("flags");
    QTest::addColumn<bool>("timestamps");
    QTest::addColumn<QString>("text");

    const QByteArray rstAck = tcpHeader(0x14, true);
    QTest::newRow("server's RST over Ethernet") << int(PacketParser::LinkEthernet) << ethernet(ipv4(rstAck, 63, 4711, true), 0x0800)
                                               << 4 << 63 << 4711 << true << 0x14 << true << QString();
    QTest::newRow("router's RST, no ACK, IP ID 0") << int(PacketParser::LinkLinuxSll2) << sll2(ipv4(tcpHeader(0x04, false), 64, 0, false), 0x0800)
                                                  << 4 << 64 << 0 << false << 0x04 << false << QString();
    QTest::newRow("cooked v1 capture") << int(PacketParser::LinkLinuxSll) << sll(ipv4(rstAck, 60, 1, true), 0x0800)
                                       << 4 << 60 << 1 << true << 0x14 << true << QString();
    QTest::newRow("one VLAN tag") << int(PacketParser::LinkEthernet) << ethernet(ipv4(rstAck, 62, 9, true), 0x0800, 1)
                                  << 4 << 62 << 9 << true << 0x14 << true << QString();
    QTest::newRow("two VLAN tags (QinQ)") << int(PacketParser::LinkEthernet) << ethernet(ipv4(rstAck, 62, 9, true), 0x0800, 2)
                                          << 4 << 62 << 9 << true << 0x14 << true << QString();
    QTest::newRow("raw IP") << int(PacketParser::LinkRaw) << ipv4(rstAck, 250, 3, false) << 4 << 250 << 3 << false << 0x14 << true << QString();
    QTest::newRow("IPv6") << int(PacketParser::LinkLinuxSll2) << sll2(ipv6(rstAck, 63, 6), 0x86dd) << 6 << 63 << -1 << true << 0x14 << true << QString();
    QByteArray hopByHop("\x06\x00\x01\x04\x00\x00\x00\x00", 8); // next: TCP, 8 bytes, a PadN option
    QTest::newRow("IPv6 with a hop-by-hop header") << int(PacketParser::LinkLinuxSll2) << sll2(ipv6(hopByHop + rstAck, 61, 0), 0x86dd)
                                                   << 6 << 61 << -1 << true << 0x14 << true << QString();
    QByteArray fragment("\x06\x00\x00\x01\x00\x00\x00\x2a", 8); // first fragment, more to come
    QTest::newRow("IPv6 first fragment") << int(PacketParser::LinkLinuxSll2) << sll2(ipv6(fragment + rstAck, 61, 44), 0x86dd)
                                         << 6 << 61 << -1 << true << 0x14 << true << QString();
    QTest::newRow("a RST that carries text") << int(PacketParser::LinkEthernet)
                                             << ethernet(ipv4(tcpHeader(0x14, false, "blocked by policy\r\n"), 64, 0, false), 0x0800)
                                             << 4 << 64 << 0 << false << 0x14 << false << QStringLiteral("blocked by policy..");
}

void tst_PacketParser::readsWhatTheWatchNeeds()
{
    QFETCH(int, linkType);
    QFETCH(QByteArray, frame);
    QFETCH(int, family);
    QFETCH(int, ttl);
    QFETCH(int, ipId);
    QFETCH(bool, dontFragment);
    QFETCH(int, flags);
    QFETCH(bool, timestamps);
    QFETCH(QString, text);

    TcpPacket p;
    QVERIFY(PacketParser::parse(linkType, reinterpret_cast<const std::uint8_t *>(frame.constData()), std::size_t(frame.size()), &p));
    QCOMPARE(p.family, family);
    QCOMPARE(p.ttl, ttl);
    QCOMPARE(p.ipId, ipId);
    QCOMPARE(p.dontFragment, dontFragment);
    QCOMPARE(int(p.flags), flags);
    QCOMPARE(p.hasTimestamps, timestamps);
    QCOMPARE(p.sourcePort, std::uint16_t(8080));
    QCOMPARE(p.destinationPort, std::uint16_t(50000));
    QCOMPARE(p.seq, 4096u);
    QCOMPARE(p.ack, 8192u);
    QCOMPARE(p.window, std::uint16_t(256));
    QCOMPARE(QString::fromStdString(p.payloadText), text);
    QCOMPARE(p.payloadLength, std::uint32_t(text.size()));
}

void tst_PacketParser::refusesMalformedFrames_data()
{
    QTest::addColumn<int>("linkType");
    QTest::addColumn<QByteArray>("frame");

    const QByteArray good = ipv4(tcpHeader(0x14, true), 63, 1, true);
    QByteArray shortIhl = good;
    shortIhl[0] = 0x44; // a header of 16 bytes: less than the minimum
    QByteArray longIhl = good;
    longIhl[0] = 0x4f; // 60 bytes of header in a 52-byte packet
    QByteArray udp = good;
    udp[9] = 17;
    QByteArray laterFragment = good;
    laterFragment[7] = 0x10; // offset 16: no TCP header here
    QByteArray totalTooShort = good;
    totalTooShort[2] = 0; totalTooShort[3] = 30; // total length shorter than the TCP header
    QByteArray tcpOffsetTooBig = good;
    tcpOffsetTooBig[20 + 12] = char(0xf0); // 60 bytes of TCP header, 32 there
    QByteArray tcpOffsetTooSmall = good;
    tcpOffsetTooSmall[20 + 12] = 0x10;
    QByteArray badOption = good;
    badOption[20 + 22] = char(0x7f); // the timestamps option claims 127 bytes: options stop, the packet stays
    QByteArray v6LyingLength = ipv6(tcpHeader(0x14, false), 63, 6);
    v6LyingLength[4] = 0; v6LyingLength[5] = 8; // payload of 8: no room for TCP
    QByteArray extensionLoop;
    for (int i = 0; i < 12; ++i)
        extensionLoop += QByteArray("\x00\x00\x00\x00\x00\x00\x00\x00", 8); // hop-by-hop after hop-by-hop
    QByteArray esp = ipv6(tcpHeader(0x14, false), 63, 50);

    QTest::newRow("empty") << int(PacketParser::LinkEthernet) << QByteArray();
    QTest::newRow("ethernet header cut") << int(PacketParser::LinkEthernet) << QByteArray(10, '\0');
    QTest::newRow("VLAN tag cut") << int(PacketParser::LinkEthernet) << ethernet(QByteArray(), 0x8100).left(15);
    QTest::newRow("ARP, not IP") << int(PacketParser::LinkEthernet) << ethernet(good, 0x0806);
    QTest::newRow("cooked header cut") << int(PacketParser::LinkLinuxSll2) << QByteArray(19, '\0');
    QTest::newRow("unknown link type") << 999 << good;
    QTest::newRow("IPv4 header cut") << int(PacketParser::LinkRaw) << good.left(19);
    QTest::newRow("IPv4 header length under 20") << int(PacketParser::LinkRaw) << shortIhl;
    QTest::newRow("IPv4 header longer than the packet") << int(PacketParser::LinkRaw) << longIhl;
    QTest::newRow("UDP") << int(PacketParser::LinkRaw) << udp;
    QTest::newRow("a later fragment") << int(PacketParser::LinkRaw) << laterFragment;
    QTest::newRow("total length shorter than the headers") << int(PacketParser::LinkRaw) << totalTooShort;
    QTest::newRow("TCP header cut") << int(PacketParser::LinkRaw) << good.left(30);
    QTest::newRow("TCP data offset past the end") << int(PacketParser::LinkRaw) << tcpOffsetTooBig;
    QTest::newRow("TCP data offset under 20") << int(PacketParser::LinkRaw) << tcpOffsetTooSmall;
    QTest::newRow("IPv6 payload length lies") << int(PacketParser::LinkRaw) << v6LyingLength;
    QTest::newRow("IPv6 endless extension headers") << int(PacketParser::LinkRaw) << ipv6(extensionLoop, 63, 0);
    QTest::newRow("IPv6 ESP") << int(PacketParser::LinkRaw) << esp;
    QTest::newRow("version 5") << int(PacketParser::LinkRaw) << QByteArray("\x50", 1) + good.mid(1);
    // Not refused, but read safely: an option that claims too much ends the options.
    QTest::newRow("bad TCP option (accepted, options cut)") << -1 << badOption;
}

void tst_PacketParser::refusesMalformedFrames()
{
    QFETCH(int, linkType);
    QFETCH(QByteArray, frame);
    const std::unique_ptr<std::uint8_t[]> exact = exactCopy(frame);
    TcpPacket p;
    if (linkType == -1) {
        QVERIFY(PacketParser::parse(PacketParser::LinkRaw, exact.get(), std::size_t(frame.size()), &p));
        QVERIFY(!p.hasTimestamps);
        return;
    }
    QVERIFY(!PacketParser::parse(linkType, exact.get(), std::size_t(frame.size()), &p));
}

void tst_PacketParser::everyTruncationIsSafe()
{
    // Every prefix of real frames: refused or read, never read past.
    const QList<QPair<int, QByteArray>> frames{
        {PacketParser::LinkEthernet, ethernet(ipv4(tcpHeader(0x14, true, "x"), 63, 1, true), 0x0800, 2)},
        {PacketParser::LinkLinuxSll2, sll2(ipv6(QByteArray("\x06\x00\x01\x04\x00\x00\x00\x00", 8) + tcpHeader(0x14, true), 61, 0), 0x86dd)},
        {PacketParser::LinkLoop, QByteArray("\x00\x00\x00\x02", 4) + ipv4(tcpHeader(0x04, false), 64, 0, false)},
        {PacketParser::LinkNull, QByteArray("\x1e\x00\x00\x00", 4) + ipv6(tcpHeader(0x04, false), 64, 6)},
    };
    for (const auto &[linkType, frame] : frames) {
        for (int n = 0; n <= frame.size(); ++n) {
            const std::unique_ptr<std::uint8_t[]> exact = exactCopy(frame.left(n));
            TcpPacket p;
            const bool read = PacketParser::parse(linkType, exact.get(), std::size_t(n), &p);
            QVERIFY2(!read || n >= frame.size() - 1, qPrintable(QStringLiteral("a prefix of %1 bytes was read as a whole packet").arg(n)));
        }
    }
}

void tst_PacketParser::endpointsAreWrittenAsReportsShowThem()
{
    std::array<std::uint8_t, 16> v4{10, 91, 2, 2};
    std::array<std::uint8_t, 16> v6{0xfd, 0, 0, 0x91, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};
    QCOMPARE(QString::fromStdString(PacketParser::endpointText(4, v4, 8001)), QStringLiteral("10.91.2.2:8001"));
    QCOMPARE(QString::fromStdString(PacketParser::endpointText(6, v6, 443)), QStringLiteral("[fd00:91:2::2]:443"));
}

void tst_PacketParser::payloadsAreFound_data()
{
    QTest::addColumn<int>("linkType");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("sourcePort");
    QTest::addColumn<QByteArray>("payload");

    const QByteArray request("GET / HTTP/1.1\r\nHost: a.test\r\n\r\n");
    QTest::newRow("a client's first TCP payload") << int(PacketParser::LinkLinuxSll2)
                                                  << sll2(ipv4(tcpHeader(0x18, true, request), 64, 1, true), 0x0800) << 6 << 8080 << request;
    const QByteArray answer = dnsResponse(dnsName("a.test"), 1, {record(PointerToQuestion, 1, QByteArray("\x0a\x00\x00\x02", 4))});
    QTest::newRow("a DNS answer over IPv4") << int(PacketParser::LinkEthernet)
                                            << ethernet(ipv4(udpHeader(53, 40000, answer), 64, 7, false, 17), 0x0800) << 17 << 53 << answer;
    QTest::newRow("a DNS answer over IPv6") << int(PacketParser::LinkLinuxSll2) << sll2(ipv6(udpHeader(53, 40000, answer), 64, 17), 0x86dd)
                                            << 17 << 53 << answer;
    // Ethernet pads a short frame: the padding is not payload.
    QByteArray shortOffset = ipv4(tcpHeader(0x18, false, "GET / HTTP/1.1\r\n"), 64, 1, true);
    shortOffset[20 + 12] = 0x30; // 12 bytes of TCP header: less than the minimum
    QTest::newRow("a TCP data offset under 20 (refused)") << int(PacketParser::LinkRaw) << shortOffset << 0 << 0 << QByteArray();
    QTest::newRow("a padded frame") << int(PacketParser::LinkEthernet)
                                    << ethernet(ipv4(tcpHeader(0x18, false, "GET "), 64, 1, true), 0x0800) + QByteArray(6, '\0') << 6 << 8080
                                    << QByteArray("GET ");
}

void tst_PacketParser::payloadsAreFound()
{
    QFETCH(int, linkType);
    QFETCH(QByteArray, frame);
    QFETCH(int, protocol);
    QFETCH(int, sourcePort);
    QFETCH(QByteArray, payload);
    AppPayload p;
    const std::unique_ptr<std::uint8_t[]> bytes = exactCopy(frame); // p.data points into it
    const bool parsed = PacketParser::parsePayload(linkType, bytes.get(), std::size_t(frame.size()), &p);
    QCOMPARE(parsed, protocol != 0);
    if (!parsed)
        return;
    QCOMPARE(p.protocol, protocol);
    QCOMPARE(int(p.sourcePort), sourcePort);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(p.data), qsizetype(p.length)), payload);
}

void tst_PacketParser::tlsServerName_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("name");

    const QByteArray supportedVersions = extension(43, QByteArray("\x02\x03\x04", 3));
    const QByteArray bigKeyShare = extension(51, QByteArray(1250, '\x33')); // a post-quantum key share's size
    QTest::newRow("server_name first") << clientHello({sniExtension("web.example.test"), supportedVersions}) << "web.example.test";
    QTest::newRow("server_name after a large key share") << clientHello({supportedVersions, bigKeyShare, sniExtension("web.example.test")})
                                                         << "web.example.test";
    QTest::newRow("upper case and a trailing dot") << clientHello({sniExtension("Web.Example.TEST.")}) << "web.example.test";
    QTest::newRow("no server_name") << clientHello({supportedVersions}) << "";
    QTest::newRow("an address as server name") << clientHello({sniExtension("10.91.2.2")}) << "";
    QTest::newRow("a name with a space") << clientHello({sniExtension("web example.test")}) << "";
    QTest::newRow("a name with a NUL") << clientHello({sniExtension(QByteArray("web\0.test", 9))}) << "";
    QTest::newRow("a name of 300 characters") << clientHello({sniExtension(QByteArray(300, 'a'))}) << "";
    QByteArray cut = clientHello({supportedVersions, bigKeyShare, sniExtension("web.example.test")});
    QTest::newRow("cut before server_name (the first of two segments)") << cut.left(cut.size() - int(sniExtension("web.example.test").size()) + 3)
                                                                        << "";
    QByteArray application = clientHello({sniExtension("web.example.test")});
    application[0] = 0x17;
    QTest::newRow("application data, not a handshake") << application << "";
    QByteArray serverHello = clientHello({sniExtension("web.example.test")});
    serverHello[5] = 0x02;
    QTest::newRow("a ServerHello") << serverHello << "";
    QByteArray lying = clientHello({sniExtension("web.example.test")});
    lying[lying.size() - int(QByteArray("web.example.test").size()) - 1] = char(0x7f); // the name's length claims more than there is
    QTest::newRow("a name length past the end") << lying << "";
    QTest::newRow("empty") << QByteArray() << "";
}

void tst_PacketParser::tlsServerName()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, name);
    QCOMPARE(QString::fromStdString(tlsName(record)), name);
}

void tst_PacketParser::httpHost_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("host");

    QTest::newRow("curl") << QByteArray("GET / HTTP/1.1\r\nHost: web.example.test\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n")
                          << "web.example.test";
    QTest::newRow("a port, lower case header") << QByteArray("POST /form HTTP/1.1\r\nhost: Web.Example.Test:8080\r\n\r\n") << "web.example.test";
    QTest::newRow("Host after other headers") << QByteArray("HEAD /x HTTP/1.0\r\nAccept: */*\r\nHOST:web.example.test \r\n\r\n")
                                              << "web.example.test";
    QTest::newRow("a request to a proxy (absolute URI)") << QByteArray("GET http://web.example.test/ HTTP/1.1\r\nHost: web.example.test\r\n\r\n") << "";
    QTest::newRow("CONNECT") << QByteArray("CONNECT web.example.test:443 HTTP/1.1\r\nHost: web.example.test:443\r\n\r\n") << "";
    QTest::newRow("an IPv4 address") << QByteArray("GET / HTTP/1.1\r\nHost: 10.91.2.2:8002\r\n\r\n") << "";
    QTest::newRow("an IPv6 address") << QByteArray("GET / HTTP/1.1\r\nHost: [fd00:91:2::2]:8002\r\n\r\n") << "";
    QTest::newRow("no Host") << QByteArray("GET / HTTP/1.0\r\nAccept: */*\r\n\r\n") << "";
    QTest::newRow("a Host cut by the capture") << QByteArray("GET / HTTP/1.1\r\nHost: web.exa") << "";
    QTest::newRow("a bad port") << QByteArray("GET / HTTP/1.1\r\nHost: web.example.test:80x\r\n\r\n") << "";
    QTest::newRow("not HTTP") << QByteArray("hello\n") << "";
    QTest::newRow("a Host after the head is not read") << QByteArray("GET / HTTP/1.1\r\n\r\nHost: web.example.test\r\n") << "";
}

void tst_PacketParser::httpHost()
{
    QFETCH(QByteArray, request);
    QFETCH(QString, host);
    QCOMPARE(QString::fromStdString(hostOf(request)), host);
}

void tst_PacketParser::dnsAnswers_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("addresses");

    const QByteArray q = dnsName("web.example.test");
    const QByteArray a1("\x0a\x5b\x02\x02", 4), a2("\xc0\x00\x02\x07", 4);
    QByteArray v6(16, '\0');
    v6[0] = char(0xfd); v6[3] = char(0x91); v6[5] = 2; v6[15] = 2;
    QTest::newRow("one A record") << dnsResponse(q, 1, {record(PointerToQuestion, 1, a1)}) << true << "web.example.test" << QStringList{"10.91.2.2"};
    QTest::newRow("AAAA") << dnsResponse(q, 28, {record(PointerToQuestion, 28, v6)}) << true << "web.example.test" << QStringList{"fd00:91:2::2"};
    // www -> edge.cdn.test -> 192.0.2.7, the target written out, then compressed.
    const QByteArray edge = dnsName("edge.cdn.test");
    const int edgeAt = 12 + int(q.size()) + 4 + 2 + 10; // after the question and the CNAME's fixed part
    QTest::newRow("a CNAME chain with compression")
        << dnsResponse(q, 1, {record(PointerToQuestion, 5, edge), record(QByteArray(1, char(0xc0)) + char(edgeAt), 1, a2)}) << true
        << "web.example.test" << QStringList{"192.0.2.7"};
    QTest::newRow("an address the chain does not lead to")
        << dnsResponse(q, 1, {record(PointerToQuestion, 1, a1), record(dnsName("other.test"), 1, a2)}) << true << "web.example.test"
        << QStringList{"10.91.2.2"};
    QTest::newRow("a CNAME loop") << dnsResponse(q, 1, {record(PointerToQuestion, 5, dnsName("b.test")), record(dnsName("b.test"), 5, q)})
                                  << true << "web.example.test" << QStringList{};
    QTest::newRow("upper case in the answer") << dnsResponse(dnsName("WEB.Example.Test"), 1, {record(q, 1, a1)}) << true << "web.example.test"
                                              << QStringList{"10.91.2.2"};
    QTest::newRow("NXDOMAIN") << dnsResponse(q, 1, {}, 3) << false << "" << QStringList{};
    QByteArray query = dnsResponse(q, 1, {});
    query[2] = 0x01; // QR clear: a question, not an answer
    QTest::newRow("a query") << query << false << "" << QStringList{};
    QByteArray pointerLoop = dnsResponse(q, 1, {record(QByteArray("\xc0\x2e", 2), 1, a1)});
    pointerLoop.replace(12 + q.size() + 4, 2, QByteArray("\xc0", 1) + char(12 + q.size() + 4)); // points at itself
    QTest::newRow("a compression pointer to itself") << pointerLoop << true << "web.example.test" << QStringList{};
    QTest::newRow("a label with a dot in it") << dnsResponse(QByteArray("\x07web.evi\x04test\x00", 14), 1,
                                                             {record(PointerToQuestion, 1, a1)})
                                              << true << "" << QStringList{};
    QByteArray claimsMore = dnsResponse(q, 1, {record(PointerToQuestion, 1, a1)});
    claimsMore[7] = 100; // 100 answers, 1 there
    QTest::newRow("more answers claimed than sent") << claimsMore << true << "web.example.test" << QStringList{"10.91.2.2"};
    QTest::newRow("an A record of the wrong length") << dnsResponse(q, 1, {record(PointerToQuestion, 1, a1 + "x")}) << true << "web.example.test"
                                                     << QStringList{};
    QTest::newRow("too short") << QByteArray(11, '\0') << false << "" << QStringList{};
}

void tst_PacketParser::dnsAnswers()
{
    QFETCH(QByteArray, message);
    QFETCH(bool, parsed);
    QFETCH(QString, name);
    QFETCH(QStringList, addresses);
    DnsAnswer::Result r;
    QCOMPARE(dnsParse(message, &r), parsed);
    if (!parsed)
        return;
    QCOMPARE(QString::fromStdString(r.name), name);
    QCOMPARE(addressesOf(r), addresses);
}

void tst_PacketParser::everyTruncationOfANameIsSafe()
{
    // Every prefix: read or refused, never read past (ASan in the sanitizer build).
    const QByteArray hello = clientHello({extension(43, QByteArray("\x02\x03\x04", 3)), sniExtension("web.example.test")});
    const QByteArray request("GET / HTTP/1.1\r\nHost: web.example.test:80\r\n\r\n");
    const QByteArray q = dnsName("web.example.test");
    const QByteArray answer = dnsResponse(q, 1, {record(PointerToQuestion, 5, dnsName("edge.cdn.test")),
                                                 record(dnsName("edge.cdn.test"), 1, QByteArray("\x0a\x00\x00\x02", 4))});
    for (int n = 0; n < hello.size(); ++n)
        QVERIFY2(tlsName(hello.left(n)).empty(), qPrintable(QString::number(n)));
    QCOMPARE(tlsName(hello), std::string("web.example.test"));
    for (int n = 0; n < request.size() - 2; ++n) {
        const std::string host = hostOf(request.left(n));
        QVERIFY2(host.empty() || n >= request.indexOf("\r\n\r\n"), qPrintable(QString::number(n)));
    }
    int full = 0;
    for (int n = 0; n <= answer.size(); ++n) {
        DnsAnswer::Result r;
        if (dnsParse(answer.left(n), &r) && !r.addresses.empty())
            ++full;
    }
    QCOMPARE(full, 1); // only the whole answer leads to the address
}

QTEST_GUILESS_MAIN(tst_PacketParser)
#include "tst_packetparser.moc"
