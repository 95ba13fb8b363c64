#include "probe/target.h"

#include <QtTest/QTest>

class tst_Target : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsWhatPeopleType_data();
    void acceptsWhatPeopleType();
    void rejectsBadInputWithAMessage_data();
    void rejectsBadInputWithAMessage();
    void displayNameBracketsIpv6();
};

void tst_Target::acceptsWhatPeopleType_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("path");

    QTest::newRow("host and port") << "api.example.net:8080" << "api.example.net" << 8080 << false << "/";
    QTest::newRow("bare host means 443 with TLS") << "www.example.net" << "www.example.net" << 443 << true << "/";
    QTest::newRow("surrounding spaces are ignored") << "  www.example.net  " << "www.example.net" << 443 << true << "/";
    QTest::newRow("upper case host is folded") << "WWW.Example.NET" << "www.example.net" << 443 << true << "/";
    QTest::newRow("ipv4 and port") << "127.0.0.1:5000" << "127.0.0.1" << 5000 << false << "/";
    QTest::newRow("ipv6 in brackets with port") << "[::1]:8443" << "::1" << 8443 << true << "/";
    QTest::newRow("ipv6 in brackets without port") << "[2001:db8::5]" << "2001:db8::5" << 443 << true << "/";
    QTest::newRow("bare ipv6") << "2001:db8::5" << "2001:db8::5" << 443 << true << "/";
    QTest::newRow("bare ipv6 ending in hex, no port to mistake") << "2001:db8::8:800:200c:417a" << "2001:db8::8:800:200c:417a" << 443 << true << "/";
    QTest::newRow("the two-way address, bracketed, is the address") << "[::1:80]" << "::0.1.0.128" << 443 << true << "/";
    QTest::newRow("https url") << "https://shop.example.net/cart?id=3" << "shop.example.net" << 443 << true << "/cart?id=3";
    QTest::newRow("http url") << "http://intranet.local/" << "intranet.local" << 80 << false << "/";
    QTest::newRow("url with port") << "https://example.net:9443/x" << "example.net" << 9443 << true << "/x";
    QTest::newRow("ssh url") << "ssh://git.example.net" << "git.example.net" << 22 << false << "/";
    QTest::newRow("imaps url") << "imaps://mail.example.net" << "mail.example.net" << 993 << true << "/";
    QTest::newRow("host with path") << "example.net/upload" << "example.net" << 443 << true << "/upload";
    QTest::newRow("well-known tls port") << "mail.example.net:993" << "mail.example.net" << 993 << true << "/";
    QTest::newRow("fully qualified with dot") << "example.net." << "example.net." << 443 << true << "/";
    QTest::newRow("international name") << "bücher.example" << "xn--bcher-kva.example" << 443 << true << "/";
    QTest::newRow("highest port") << "example.net:65535" << "example.net" << 65535 << false << "/";
}

void tst_Target::acceptsWhatPeopleType()
{
    QFETCH(QString, input);
    const Target::ParseResult result = Target::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QTEST(result.target.host(), "host");
    QTEST(int(result.target.port()), "port");
    QTEST(result.target.usesTls(), "tls");
    QTEST(result.target.path(), "path");
    QVERIFY(result.target.isValid());
}

void tst_Target::rejectsBadInputWithAMessage_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << "" << "Enter a web address";
    QTest::newRow("only spaces") << "   " << "Enter a web address";
    QTest::newRow("space inside") << "example net" << "space";
    QTest::newRow("port zero") << "example.net:0" << "out of range";
    QTest::newRow("port too high") << "example.net:65536" << "out of range";
    QTest::newRow("port far too high") << "example.net:99999999999" << "not a number";
    QTest::newRow("port not a number") << "example.net:http" << "not a number";
    QTest::newRow("empty port") << "example.net:" << "not a number";
    QTest::newRow("negative port") << "example.net:-1" << "not a number";
    QTest::newRow("url without host") << "https://" << "no server name";
    QTest::newRow("url without host but path") << "https:///path" << "no server name";
    QTest::newRow("unknown scheme without port") << "gopher://example.net" << "no usual port";
    QTest::newRow("host name too long") << QString(300, QLatin1Char('a')) + ".net" << "longer than";
    QTest::newRow("label too long") << QString(64, QLatin1Char('a')) + ".net" << "not a valid server name";
    QTest::newRow("bad characters") << "exa$mple.net" << "not a valid server name";
    QTest::newRow("unclosed bracket") << "[::1:80" << "closing";
    QTest::newRow("not ipv6 in brackets") << "[example.net]:80" << "not a valid IPv6";
    QTest::newRow("junk after bracket") << "[::1]x" << "Only a port";
    QTest::newRow("too many colons") << "a:b:c" << "not a valid address";
    QTest::newRow("missing host") << ":443" << "server name is missing";
    QTest::newRow("absurdly long paste") << QString(5000, QLatin1Char('x')) << "too long";
    // Issue 13, 6: "::1:80" was silently [::0.1.0.128] on port 443.
    QTest::newRow("ipv6 and a port without brackets") << "::1:80" << "Did you mean [::1]:80 ";
    QTest::newRow("a longer one") << "2001:db8::7:8443" << "Did you mean [2001:db8::7]:8443 ";
}

void tst_Target::rejectsBadInputWithAMessage()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);
    const Target::ParseResult result = Target::parse(input);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(messagePart, Qt::CaseInsensitive), qPrintable(result.error));
    QVERIFY(!result.target.isValid());
    if (messagePart.startsWith(QLatin1String("Did you mean")))
        QCOMPARE(result.suggestion, messagePart.mid(13).trimmed());
}

void tst_Target::displayNameBracketsIpv6()
{
    QCOMPARE(Target::parse(QStringLiteral("[::1]:80")).target.displayName(), QStringLiteral("[::1]:80"));
    QCOMPARE(Target::parse(QStringLiteral("example.net")).target.displayName(), QStringLiteral("example.net:443"));
}

QTEST_GUILESS_MAIN(tst_Target)
#include "tst_target.moc"
