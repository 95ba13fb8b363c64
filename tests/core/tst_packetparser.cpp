// The reset watch's packet parser against the frames it meets: every link
// type it reads, VLAN tags, IPv6 extension headers, TCP options, and
// malformed frames (truncated, lying lengths, bad header lengths), which
// must be refused without reading past the buffer (the sanitizer build
// runs this too; tests/fuzz has the same parser as a libFuzzer target).

#include "packetparser.h"

#include <QtCore/QByteArray>
#include <QtTest/QTest>

namespace {

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

QByteArray ipv4(const QByteArray &tcp, quint8 ttl, quint16 id, bool df)
{
    QByteArray ip(20, '\0');
    ip[0] = 0x45;
    const int total = 20 + int(tcp.size());
    ip[2] = char(total >> 8); ip[3] = char(total & 0xff);
    ip[4] = char(id >> 8); ip[5] = char(id & 0xff);
    ip[6] = df ? 0x40 : 0;
    ip[8] = char(ttl);
    ip[9] = 6;
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
    // A copy on the heap of exactly the frame's size: reading one byte past
    // it is an AddressSanitizer report.
    std::unique_ptr<std::uint8_t[]> exact(new std::uint8_t[std::size_t(qMax(1, int(frame.size())))]);
    std::memcpy(exact.get(), frame.constData(), std::size_t(frame.size()));
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
            std::unique_ptr<std::uint8_t[]> exact(new std::uint8_t[std::size_t(qMax(1, n))]);
            std::memcpy(exact.get(), frame.constData(), std::size_t(n));
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

QTEST_GUILESS_MAIN(tst_PacketParser)
#include "tst_packetparser.moc"
