// The Windows reset watch's decoder of Microsoft-Windows-TCPIP events, on
// payloads laid out as the provider's manifest templates say (packed,
// little-endian, length-prefixed Winsock SOCKADDRs). Wine has no ETW, so
// these bytes are made here from those templates, field by field, in the
// order and widths a 64-bit (or 32-bit) Windows writes them; they are not
// captures from a Windows machine.

#include "resetwatch/etwtcpipdecoder.h"

#include <QtCore/QtEndian>
#include <QtTest/QTest>

using Vocabulary::ResetDirection;

namespace {

// The payload under construction, field by field.
class Payload
{
public:
    explicit Payload(bool pointer64 = true) : m_pointer64(pointer64) {}

    Payload &u32(quint32 v)
    {
        char b[4];
        qToLittleEndian(v, b);
        m_bytes.append(b, 4);
        return *this;
    }
    Payload &u64(quint64 v)
    {
        char b[8];
        qToLittleEndian(v, b);
        m_bytes.append(b, 8);
        return *this;
    }
    Payload &pointer(quint64 v) { return m_pointer64 ? u64(v) : u32(quint32(v)); }
    // SOCKADDR_IN: family 2 (little-endian), port and address in network
    // order, 8 bytes of zero; preceded by its length.
    Payload &ipv4(const char *address, quint16 port)
    {
        QByteArray s(16, '\0');
        qToLittleEndian<quint16>(2, s.data());
        qToBigEndian<quint16>(port, s.data() + 2);
        qToBigEndian<quint32>(QHostAddress(QString::fromLatin1(address)).toIPv4Address(), s.data() + 4);
        return u32(16).raw(s);
    }
    // SOCKADDR_IN6: family 23, port, flow info, address, scope id.
    Payload &ipv6(const char *address, quint16 port, quint32 scope = 0)
    {
        QByteArray s(28, '\0');
        qToLittleEndian<quint16>(23, s.data());
        qToBigEndian<quint16>(port, s.data() + 2);
        const Q_IPV6ADDR a = QHostAddress(QString::fromLatin1(address)).toIPv6Address();
        memcpy(s.data() + 8, a.c, 16);
        qToLittleEndian<quint32>(scope, s.data() + 24);
        return u32(28).raw(s);
    }
    Payload &raw(const QByteArray &bytes)
    {
        m_bytes.append(bytes);
        return *this;
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
    bool m_pointer64;
};

constexpr quint64 Tcb = 0xFFFF8E0F2627B8A0ull;

EtwTcpipDecoder::Header header(quint16 id, quint8 version = 0, bool pointer64 = true)
{
    EtwTcpipDecoder::Header h;
    h.id = id;
    h.version = version;
    h.pointer64 = pointer64;
    h.atMs = 1'765'000'000'000;
    return h;
}

// TcpConnectTcbComplete / TcpAcceptListenerComplete, v0 or v1.
QByteArray connected(quint32 pid, quint64 tcb, int version = 1, bool pointer64 = true)
{
    Payload p(pointer64);
    p.ipv4("192.168.1.10", 50000).ipv4("93.184.216.34", 443).u32(0).u32(pid).u32(1).pointer(tcb);
    if (version >= 1)
        p.u64(0x100000abc);
    return p.bytes();
}

QByteArray receivedRst(quint64 tcb, bool pointer64 = true)
{
    return Payload(pointer64).pointer(tcb).ipv4("192.168.1.10", 50000).ipv4("93.184.216.34", 443)
        .u32(0).u32(0).bytes();
}

} // namespace

class TestEtwTcpipDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpoints_data();
    void endpoints();
    void receivedReset_data();
    void receivedReset();
    void sentResetFindsOwnerByItsEnds();
    void malformedPayloadsAreRefused_data();
    void malformedPayloadsAreRefused();
    void ownersAreBounded();
};

void TestEtwTcpipDecoder::endpoints_data()
{
    QTest::addColumn<QByteArray>("sockaddr");
    QTest::addColumn<QString>("endpoint");

    const auto strip = [](const Payload &p) { return p.bytes().mid(4); }; // without the length
    QTest::newRow("IPv4") << strip(Payload().ipv4("93.184.216.34", 443)) << QStringLiteral("93.184.216.34:443");
    QTest::newRow("IPv6 with scope") << strip(Payload().ipv6("fe80::1", 50000, 12)) << QStringLiteral("[fe80::1]:50000");
    QTest::newRow("IPv6") << strip(Payload().ipv6("2001:db8::5", 80)) << QStringLiteral("[2001:db8::5]:80");
    QTest::newRow("IPv4 family, IPv6 length") << QByteArray::fromHex("0200c350") + QByteArray(24, '\0') << QString();
    QTest::newRow("unknown family") << QByteArray::fromHex("1100c350") + QByteArray(12, '\0') << QString();
    QTest::newRow("too short") << QByteArray::fromHex("0200") << QString();
}

void TestEtwTcpipDecoder::endpoints()
{
    QFETCH(QByteArray, sockaddr);
    QFETCH(QString, endpoint);
    QCOMPARE(EtwTcpipDecoder::endpointOf(sockaddr), endpoint);
}

void TestEtwTcpipDecoder::receivedReset_data()
{
    QTest::addColumn<quint16>("id");
    QTest::addColumn<QByteArray>("learnt");  // an event before it (connect, accept, rundown), or empty
    QTest::addColumn<quint16>("learntId");
    QTest::addColumn<quint8>("learntVersion");
    QTest::addColumn<bool>("pointer64");
    QTest::addColumn<QString>("state");
    QTest::addColumn<qint64>("pid");

    QTest::newRow("established, owner from connect v1")
        << quint16(1184) << connected(4242, Tcb) << quint16(1033) << quint8(1) << true
        << QStringLiteral("established") << qint64(4242);
    QTest::newRow("established, owner from accept v0")
        << quint16(1184) << connected(77, Tcb, 0) << quint16(1017) << quint8(0) << true
        << QStringLiteral("established") << qint64(77);
    QTest::newRow("established, owner from rundown")
        << quint16(1184)
        << Payload().pointer(Tcb).ipv4("192.168.1.10", 50000).ipv4("93.184.216.34", 443).u32(4).u32(900).bytes()
        << quint16(1300) << quint8(0) << true << QStringLiteral("established") << qint64(900);
    QTest::newRow("connect refused, owner from nothing")
        << quint16(1183) << QByteArray() << quint16(0) << quint8(0) << true
        << QStringLiteral("syn_sent") << qint64(-1);
    QTest::newRow("a connect whose pid is 0 teaches nothing")
        << quint16(1184) << connected(0, Tcb) << quint16(1033) << quint8(1) << true
        << QStringLiteral("established") << qint64(-1);
    QTest::newRow("32-bit Windows")
        << quint16(1184) << connected(31, 0x8a2c1000, 1, false) << quint16(1033) << quint8(1) << false
        << QStringLiteral("established") << qint64(31);
}

void TestEtwTcpipDecoder::receivedReset()
{
    QFETCH(quint16, id);
    QFETCH(QByteArray, learnt);
    QFETCH(quint16, learntId);
    QFETCH(quint8, learntVersion);
    QFETCH(bool, pointer64);
    QFETCH(QString, state);
    QFETCH(qint64, pid);

    EtwTcpipDecoder decoder;
    const quint64 tcb = pointer64 ? Tcb : 0x8a2c1000;
    if (!learnt.isEmpty())
        QVERIFY(!decoder.decode(header(learntId, learntVersion, pointer64), learnt)); // no reset in it
    const std::optional<ResetEvent> event = decoder.decode(header(id, 0, pointer64), receivedRst(tcb, pointer64));
    QVERIFY(event);
    QCOMPARE(event->direction, ResetDirection::Received);
    QCOMPARE(event->local, QStringLiteral("192.168.1.10:50000"));
    QCOMPARE(event->remote, QStringLiteral("93.184.216.34:443"));
    QCOMPARE(event->tcpState, state);
    QCOMPARE(event->pid, pid);
    QCOMPARE(event->atMs, header(id).atMs);
    // The connection is over: a second reset on the same Tcb has no owner.
    QCOMPARE(decoder.ownerCount(), 0);
}

void TestEtwTcpipDecoder::sentResetFindsOwnerByItsEnds()
{
    EtwTcpipDecoder decoder;
    QVERIFY(!decoder.decode(header(1033, 1), connected(4242, Tcb)));
    // TcpRstSend: Tcb written as 0, protocol 6, family 2, the ends, reason 0.
    const QByteArray sent = Payload().pointer(0).u32(6).u32(2).ipv4("192.168.1.10", 50000)
                                .ipv4("93.184.216.34", 443).u32(0).bytes();
    QCOMPARE(sent.size(), 60);
    const std::optional<ResetEvent> event = decoder.decode(header(1479), sent);
    QVERIFY(event);
    QCOMPARE(event->direction, ResetDirection::Sent);
    QCOMPARE(event->sender, Vocabulary::ResetSender::Local);
    QCOMPARE(event->pid, qint64(4242));

    // Another connection's reset has no owner to borrow.
    const QByteArray other = Payload().pointer(0).u32(6).u32(2).ipv4("192.168.1.10", 50001)
                                 .ipv4("93.184.216.34", 443).u32(0).bytes();
    QCOMPARE(decoder.decode(header(1479), other)->pid, qint64(-1));
    // Not TCP: not ours.
    const QByteArray udp = Payload().pointer(0).u32(17).u32(2).ipv4("192.168.1.10", 50000)
                               .ipv4("93.184.216.34", 443).u32(0).bytes();
    QVERIFY(!decoder.decode(header(1479), udp));
}

void TestEtwTcpipDecoder::malformedPayloadsAreRefused_data()
{
    QTest::addColumn<quint16>("id");
    QTest::addColumn<QByteArray>("payload");

    const QByteArray good = receivedRst(Tcb);
    QTest::newRow("empty") << quint16(1184) << QByteArray();
    QTest::newRow("cut in the remote address") << quint16(1184) << good.left(40);
    QTest::newRow("cut before the state") << quint16(1184) << good.left(good.size() - 8);
    QTest::newRow("address length beyond the payload")
        << quint16(1184) << Payload().pointer(Tcb).u32(0x7fffffff).bytes();
    QTest::newRow("address length of a wrong size")
        << quint16(1184) << Payload().pointer(Tcb).u32(12).raw(QByteArray(12, '\2')).ipv4("1.2.3.4", 1).u32(0).u32(0).bytes();
    QTest::newRow("an event this decoder does not read") << quint16(1038) << good;
}

void TestEtwTcpipDecoder::malformedPayloadsAreRefused()
{
    QFETCH(quint16, id);
    QFETCH(QByteArray, payload);
    EtwTcpipDecoder decoder;
    QVERIFY(!decoder.decode(header(id), payload));
}

void TestEtwTcpipDecoder::ownersAreBounded()
{
    EtwTcpipDecoder decoder;
    for (quint64 tcb = 1; tcb <= quint64(EtwTcpipDecoder::MaxOwners) + 10; ++tcb)
        decoder.decode(header(1033, 1), connected(100, tcb));
    QVERIFY(decoder.ownerCount() <= EtwTcpipDecoder::MaxOwners);
    QVERIFY(decoder.ownerCount() > 0);
}

QTEST_GUILESS_MAIN(TestEtwTcpipDecoder)
#include "tst_etwtcpipdecoder.moc"
