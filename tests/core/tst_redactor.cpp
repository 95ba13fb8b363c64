#include "report/redactor.h"
#include "report/reportjsonwriter.h"
#include "report/reporttextwriter.h"
#include "report/resetlogcsv.h"
#include "samplereport.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
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
    void resetLogIsHiddenButStillReads();
    void programPathsAreHiddenWhole_data();
    void programPathsAreHiddenWhole();
    void craftedFieldsAreRedactedToo();
    void serverNamesAreHiddenWhole_data();
    void serverNamesAreHiddenWhole();
    void parsesCategoryLists_data();
    void parsesCategoryLists();

private:
    // Everything a report says, as the JSON, the text report and the reset
    // log's CSV write it.
    static QString everything(const Report &report)
    {
        return QString::fromUtf8(QJsonDocument(ReportJsonWriter::toJson(report)).toJson()) + ReportTextWriter::document(report)
            + QString::fromUtf8(ResetLogCsv::toCsv(report.resetEvents));
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
    // The reset log's addresses are the same values as everywhere else,
    // with their ports; the RST's text names the same kind of host.
    const ResetEvent &curl = r.resetEvents.constFirst();
    QCOMPARE(curl.remote, peer + QStringLiteral(":8443"));
    const QString local = curl.local.section(QLatin1Char(':'), 0, 0);
    QVERIFY(local.startsWith(QLatin1String("[private-ip-")));
    QCOMPARE(curl.local, local + QStringLiteral(":50412"));
    QVERIFY(r.checks.constFirst().summary.contains(local)); // "eth0 is up with 192.168.1.20."
    QCOMPARE(r.resetEvents.at(3).remote.section(QLatin1Char(':'), 0, 0), r.resetEvents.at(6).remote.section(QLatin1Char(':'), 0, 0));
    QVERIFY(r.resetEvents.at(5).local.startsWith(r.environment.interfaces.at(1).addresses.at(1).section(QLatin1Char('/'), 0, 0)));
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
    QTest::newRow("a reset's IPv4 end keeps its port") << "192.168.1.20:50412" << "[private-ip-1]:50412";
    QTest::newRow("a reset's IPv6 end keeps its port") << "[2001:db8::2]:50412" << "[public-ip-1]:50412";
    QTest::newRow("a link-local end with a zone") << "[fe80::1%eth0]:22" << "[private-ip-1]:22";
    QTest::newRow("a loopback end stays") << "[::1]:631" << "[::1]:631";
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

void tst_Redactor::resetLogIsHiddenButStillReads()
{
    // What says nothing about the user stays, so the log still reads: the
    // programs' names, system paths, ports, states, the verdicts.
    const Report original = SampleReport::make();
    const Report r = Redactor(Redactor::All).redact(original);
    QCOMPARE(r.resetEvents.size(), original.resetEvents.size());
    for (qsizetype i = 0; i < r.resetEvents.size(); ++i) {
        const ResetEvent &hidden = r.resetEvents.at(i);
        const ResetEvent &plain = original.resetEvents.at(i);
        QCOMPARE(hidden.program, plain.program);
        QCOMPARE(hidden.pid, plain.pid);
        QCOMPARE(hidden.tcpState, plain.tcpState);
        QCOMPARE(hidden.owner, plain.owner);
        QCOMPARE(hidden.sender, plain.sender);
        QCOMPARE(hidden.remote.section(QLatin1Char(':'), -1), plain.remote.section(QLatin1Char(':'), -1));
        QCOMPARE(hidden.local.section(QLatin1Char(':'), -1), plain.local.section(QLatin1Char(':'), -1));
        QVERIFY2(hidden.remote.startsWith(QLatin1String("[public-ip-")) || hidden.remote.startsWith(QLatin1String("[private-ip-")),
                 qPrintable(hidden.remote));
    }
    QCOMPARE(r.resetEvents.constFirst().exe, QStringLiteral("/usr/bin/curl"));
    QCOMPARE(r.resetEvents.constFirst().evidence, original.resetEvents.constFirst().evidence);
    QVERIFY(r.resetEvents.at(2).exe.startsWith(QLatin1String("[path-")));
    QVERIFY(r.resetEvents.at(2).evidence.constFirst().contains(QLatin1String("https://[host-")));
    // A user named only by a program's home folder is still a user: with
    // only names hidden, the path keeps its shape and loses the name.
    const Report names = Redactor(Redactor::UserAndMachineNames).redact(original);
    QVERIFY2(names.resetEvents.at(6).exe.contains(QRegularExpression(QStringLiteral("^/home/\\[user-\\d+\\]/bin/backup-agent$"))),
             qPrintable(names.resetEvents.at(6).exe));
}

void tst_Redactor::programPathsAreHiddenWhole_data()
{
    QTest::addColumn<QString>("exe");
    QTest::addColumn<bool>("hidden");
    QTest::newRow("a program in a home folder") << "/home/bob/bin/agent" << true;
    QTest::newRow("a folder with a space in its name") << "/opt/Acme Corp/agent" << true;
    QTest::newRow("a Windows program") << "C:\\Users\\bob\\AppData\\agent.exe" << true;
    QTest::newRow("a system program") << "/usr/bin/curl" << false;
    QTest::newRow("a name, not a path") << "agent" << false;
}

void tst_Redactor::programPathsAreHiddenWhole()
{
    QFETCH(QString, exe);
    QFETCH(bool, hidden);
    Report r;
    r.resetWatch.ran = true;
    ResetEvent e;
    e.local = QStringLiteral("127.0.0.1:40000");
    e.remote = QStringLiteral("127.0.0.1:8080");
    e.exe = exe;
    e.evidence = {QStringLiteral("Sent by %1").arg(exe)};
    r.resetEvents = {e};
    Redactor redactor(Redactor::FilePaths);
    const Report result = redactor.redact(r);
    const ResetEvent &out = result.resetEvents.constFirst();
    if (!hidden) {
        QCOMPARE(out.exe, exe);
        return;
    }
    QVERIFY2(out.exe.contains(QRegularExpression(QStringLiteral("^\\[path-\\d+\\]$"))), qPrintable(out.exe));
    // Loopback stays; the same path in text is the same placeholder where
    // its shape is found whole.
    QCOMPARE(out.local, e.local);
    if (!exe.contains(QLatin1Char(' ')))
        QCOMPARE(out.evidence.constFirst(), QStringLiteral("Sent by ") + out.exe);
}

void tst_Redactor::serverNamesAreHiddenWhole_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("categories");
    QTest::addColumn<bool>("hidden");
    QTest::newRow("a dotted name, hosts hidden") << "web.example.test" << int(Redactor::HostNames) << true;
    QTest::newRow("a name without a dot, hosts hidden") << "intranet" << int(Redactor::HostNames) << true;
    QTest::newRow("a name with an underscore, hosts hidden") << "api_2.corp" << int(Redactor::HostNames) << true;
    QTest::newRow("a name, only addresses hidden") << "web.example.test" << int(Redactor::PrivateAddresses) << false;
    QTest::newRow("localhost stays") << "localhost" << int(Redactor::HostNames) << false;
}

void tst_Redactor::serverNamesAreHiddenWhole()
{
    QFETCH(QString, name);
    QFETCH(int, categories);
    QFETCH(bool, hidden);
    Report r;
    r.resetWatch.ran = true;
    ResetEvent e;
    e.local = QStringLiteral("10.0.0.2:40000");
    e.remote = QStringLiteral("10.0.0.5:443");
    e.remoteName = name;
    e.remoteNameSource = QStringLiteral("tls");
    e.evidence = {QStringLiteral("chromium's connections to %1 (10.0.0.5) were reset.").arg(name)};
    r.resetEvents = {e, e};
    const Report result = Redactor(Redactor::Categories(categories)).redact(r);
    const ResetEvent &out = result.resetEvents.constFirst();
    if (!hidden) {
        QCOMPARE(out.remoteName, name);
        QVERIFY(out.evidence.constFirst().contains(name));
        return;
    }
    QVERIFY2(out.remoteName.contains(QRegularExpression(QStringLiteral("^\\[host-\\d+\\]$"))), qPrintable(out.remoteName));
    QCOMPARE(out.remoteNameSource, e.remoteNameSource);
    // The same name, the same placeholder, in the field and in the words.
    QCOMPARE(result.resetEvents.at(1).remoteName, out.remoteName);
    QVERIFY2(!out.evidence.constFirst().contains(name), qPrintable(out.evidence.constFirst()));
    QVERIFY2(out.evidence.constFirst().contains(out.remoteName), qPrintable(out.evidence.constFirst()));
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
    r.resetEvents.first().tcpState = QStringLiteral("established 10.7.7.7");
    r.resetEvents.first().owner = QStringLiteral("via 172.20.1.1");
    r.resetWatch.whyNot = QStringLiteral("No capture on 10.8.8.8.");
    const QString text = everything(Redactor(Redactor::All).redact(r));
    for (const char *secret : {"192.168.7.7", "10.9.8.7", "3c:22:fb:99:88:77", "/home/alice", "10.7.7.7", "172.20.1.1", "10.8.8.8"})
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
