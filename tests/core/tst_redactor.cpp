#include "report/redactor.h"
#include "report/reportjsonwriter.h"
#include "report/reporttextwriter.h"
#include "samplereport.h"

#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

// The redactor on its own: each kind of value is found wherever it is, in
// structured fields and in free text, hidden only when asked, replaced
// consistently, and text that merely looks similar survives.
class tst_Redactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hidesOnlyTheChosenKind_data();
    void hidesOnlyTheChosenKind();
    void sameValueSamePlaceholderEverywhere();
    void harmlessTextSurvives();
    void textShapes_data();
    void textShapes();
    void commonWordAccountNamesAreHiddenWhereTheyStand();
    void craftedFieldsAreRedactedToo();
    void parsesCategoryLists_data();
    void parsesCategoryLists();

private:
    // Everything a report says, as the JSON and the text report write it.
    static QString everything(const Report &report)
    {
        return QString::fromUtf8(QJsonDocument(ReportJsonWriter::toJson(report)).toJson()) + ReportTextWriter::document(report);
    }
};

void tst_Redactor::hidesOnlyTheChosenKind_data()
{
    QTest::addColumn<int>("category");
    QTest::newRow("public addresses") << int(Redactor::PublicAddresses);
    QTest::newRow("private addresses") << int(Redactor::PrivateAddresses);
    QTest::newRow("host names") << int(Redactor::HostNames);
    QTest::newRow("user and machine names") << int(Redactor::UserAndMachineNames);
    QTest::newRow("MAC addresses") << int(Redactor::MacAddresses);
    QTest::newRow("file paths") << int(Redactor::FilePaths);
}

void tst_Redactor::hidesOnlyTheChosenKind()
{
    QFETCH(int, category);
    const Report original = SampleReport::make();
    Redactor redactor{Redactor::Categories(category)};
    const QString text = everything(redactor.redact(original));
    for (const QString &secret : SampleReport::secrets(Redactor::Category(category)))
        QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(QStringLiteral("still there: ") + secret));
    QVERIFY(!redactor.replacements().isEmpty());
    // The other kinds stay, unless they are part of a hidden value (a user
    // name inside a path is hidden with the path).
    const QString raw = everything(original);
    for (Redactor::Category other : Redactor::allCategories()) {
        if (other == category || (category == Redactor::FilePaths && other == Redactor::UserAndMachineNames)
            || (category == Redactor::UserAndMachineNames && other == Redactor::FilePaths)
            || (category == Redactor::HostNames && other == Redactor::UserAndMachineNames))
            continue;
        for (const QString &kept : SampleReport::secrets(other)) {
            if (raw.contains(kept, Qt::CaseInsensitive))
                QVERIFY2(text.contains(kept, Qt::CaseInsensitive), qPrintable(QStringLiteral("lost: ") + kept));
        }
    }
}

void tst_Redactor::sameValueSamePlaceholderEverywhere()
{
    Redactor redactor(Redactor::All);
    const Report r = redactor.redact(SampleReport::make());
    // 198.51.100.7 is a probe's peer and in an admin step; the target's
    // host is in the target, a check, a finding and the headline.
    const QString peer = r.probes.constFirst().peerAddress;
    QVERIFY(peer.startsWith(QLatin1String("[public-ip-")));
    for (const ProbeResult &p : r.probes)
        QCOMPARE(p.peerAddress, peer);
    QVERIFY(r.findings.constFirst().adminSteps.constFirst().contains(peer));
    const QString host = r.target.section(QLatin1Char(':'), 0, 0);
    QVERIFY(host.startsWith(QLatin1String("[host-")));
    QCOMPARE(r.target, host + QStringLiteral(":8443"));
    QVERIFY(r.headline.contains(host));
    QVERIFY(r.checks.at(2).summary.contains(host));
    // Upper- and lower-case spellings of one MAC are one value.
    QVERIFY(r.environment.interfaces.at(1).hardwareAddress.startsWith(QLatin1String("[mac-")));
    QVERIFY(r.checks.constFirst().details.constFirst().contains(r.environment.interfaces.at(1).hardwareAddress));
    // Every placeholder stands for one value.
    QSet<QString> placeholders;
    for (const Redactor::Replacement &rep : redactor.replacements())
        QVERIFY2(!placeholders.contains(rep.placeholder), qPrintable(rep.placeholder));
}

void tst_Redactor::harmlessTextSurvives()
{
    const QString text = everything(Redactor(Redactor::All).redact(SampleReport::make()));
    for (const QString &kept : SampleReport::harmless())
        QVERIFY2(text.contains(kept), qPrintable(QStringLiteral("lost: ") + kept));
}

void tst_Redactor::textShapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("an IPv4 address with a port") << "connect to 203.0.113.9:443 failed" << "connect to [public-ip-1]:443 failed";
    QTest::newRow("a bracketed IPv6 address") << "peer [2001:db8::1]:443" << "peer [public-ip-1]:443";
    QTest::newRow("an IPv4-mapped address") << "from ::ffff:192.168.0.4" << "from [private-ip-1]";
    QTest::newRow("an IPv6 address ends a sentence") << "Name server 2001:db8::53." << "Name server [public-ip-1].";
    QTest::newRow("a link-local address with a zone") << "fe80::1%eth0 is up" << "[private-ip-1] is up";
    QTest::newRow("loopback stays") << "lab at 127.0.0.1:8080 and ::1" << "lab at 127.0.0.1:8080 and ::1";
    QTest::newRow("a clock time is not an address") << "at 15:20:25 and 12:00" << "at 15:20:25 and 12:00";
    QTest::newRow("a version is not an address") << "Qt 6.4.2, kernel 6.1.0-13" << "Qt 6.4.2, kernel 6.1.0-13";
    QTest::newRow("a host in a URL") << "via http://proxy.example.org:3128/" << "via http://[host-1]:3128/";
    QTest::newRow("an email's domain") << "mail helpdesk@example.org" << "mail helpdesk@[host-1]";
    QTest::newRow("a system file is not a host") << "read /etc/resolv.conf" << "read /etc/resolv.conf";
    QTest::newRow("a home path") << "log in /home/bob/x.log." << "log in [path-1].";
    QTest::newRow("a macOS home path") << "/Users/bob/Library/x" << "[path-1]";
    QTest::newRow("a Windows path") << "C:\\Users\\bob\\x.txt saved" << "[path-1] saved";
    QTest::newRow("a MAC with dashes") << "AA-BB-CC-00-11-22" << "[mac-1]";
    QTest::newRow("a Java class is not a host") << "java.net.SocketException: Connection reset"
                                                 << "java.net.SocketException: Connection reset";
    QTest::newRow("a check id is not a host") << "firewall.port-matrix failed" << "firewall.port-matrix failed";
    QTest::newRow("a path in a file URL") << "PAC: file:///home/bob/corp.pac" << "PAC: file://[path-1]";
    QTest::newRow("HTTP versions stay") << "HTTP/1.1 403 Forbidden" << "HTTP/1.1 403 Forbidden";
}

void tst_Redactor::textShapes()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Redactor redactor(Redactor::All);
    QCOMPARE(redactor.redact(text), expected);
}

void tst_Redactor::commonWordAccountNamesAreHiddenWhereTheyStand()
{
    // A user called "test": the field is hidden, the word "test" in text is not.
    Report r;
    r.environment.userName = QStringLiteral("test");
    r.environment.hostName = QStringLiteral("pi");
    r.headline = QStringLiteral("The test of the upload limit found the cause.");
    Redactor redactor(Redactor::UserAndMachineNames);
    const Report hidden = redactor.redact(r);
    QCOMPARE(hidden.headline, r.headline);
    QCOMPARE(hidden.environment.userName, QStringLiteral("[user-1]"));
    QCOMPARE(hidden.environment.hostName, QStringLiteral("[computer-1]"));
}

void tst_Redactor::craftedFieldsAreRedactedToo()
{
    // Fields our own reports fill with fixed words, filled by a crafted
    // file with secrets: hidden all the same.
    Report r = SampleReport::make();
    r.checks.first().id = QStringLiteral("connectivity.192.168.7.7");
    r.events.first().kind = QStringLiteral("leak-10.9.8.7");
    r.environment.interfaces.first().type = QStringLiteral("mac 3c:22:fb:99:88:77");
    r.environment.appVersion = QStringLiteral("/home/alice/build");
    const QString text = everything(Redactor(Redactor::All).redact(r));
    for (const char *secret : {"192.168.7.7", "10.9.8.7", "3c:22:fb:99:88:77", "/home/alice"})
        QVERIFY2(!text.contains(QLatin1String(secret)), secret);
}

void tst_Redactor::parsesCategoryLists_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("categories");
    QTest::newRow("all") << "all" << true << int(Redactor::All);
    QTest::newRow("none") << "none" << true << 0;
    QTest::newRow("empty") << "" << true << 0;
    QTest::newRow("two kinds") << "user, mac" << true << int(Redactor::UserAndMachineNames | Redactor::MacAddresses);
    QTest::newRow("an unknown kind") << "user,passwords" << false << 0;
}

void tst_Redactor::parsesCategoryLists()
{
    QFETCH(QString, list);
    QFETCH(bool, ok);
    QFETCH(int, categories);
    Redactor::Categories parsed;
    QString error;
    QCOMPARE(Redactor::parseCategories(list, &parsed, &error), ok);
    if (ok)
        QCOMPARE(int(parsed), categories);
    else
        QVERIFY(error.contains(QLatin1String("passwords")) && error.contains(QLatin1String("public-ip")));
}

QTEST_GUILESS_MAIN(tst_Redactor)
#include "tst_redactor.moc"
