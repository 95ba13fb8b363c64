#include "profile/profilereader.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

// Helpdesk profiles read from real files: a good one sets everything it
// names; a bad one of every kind is refused with a message that names the
// part that is wrong.
class tst_Profile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAGoodProfile();
    void listsNotGivenMeanEverything();
    void refusesBadProfiles_data();
    void refusesBadProfiles();
    void refusesAMissingFile();

private:
    QString write(const QByteArray &contents);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString tst_Profile::write(const QByteArray &contents)
{
    const QString path = m_dir.filePath(QStringLiteral("p%1.cdprofile").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_Profile::readsAGoodProfile()
{
    const QString path = write(R"({
        "schema": "connection-doctor/profile/1",
        "name": "Mail problems",
        "target": "mail.example.org:993",
        "checks": ["connectivity", "firewall.port-matrix"],
        "experiments": ["idle-timeout"],
        "budget_seconds": 90,
        "probe_timeout_ms": 4000,
        "endpoints": {"reachability": ["127.0.0.1:9", "127.0.0.1:10"], "reference_ports": [22, 443]},
        "message": "Hello from the helpdesk. Click Next on every page.",
        "send_report_to": "helpdesk@example.org"
    })");
    Profile p;
    QString error;
    QVERIFY2(ProfileReader::readFile(path, &p, &error), qPrintable(error));
    QCOMPARE(p.name, QStringLiteral("Mail problems"));
    QCOMPARE(p.target, QStringLiteral("mail.example.org:993"));
    QCOMPARE(p.budgetSeconds, std::optional<int>(90));
    QCOMPARE(p.probeTimeoutMs, std::optional<int>(4000));
    QCOMPARE(p.message, QStringLiteral("Hello from the helpdesk. Click Next on every page."));
    QCOMPARE(p.sendReportTo, QStringLiteral("helpdesk@example.org"));
    QCOMPARE(p.endpointOverrides, QStringList({QStringLiteral("reachability=127.0.0.1:9,127.0.0.1:10"),
                                               QStringLiteral("reference_ports=22,443")}));
    QVERIFY(p.checks);
    QVERIFY(p.runs(QStringLiteral("connectivity.interfaces")));
    QVERIFY(p.runs(QStringLiteral("connectivity.dns-resolution")));
    QVERIFY(p.runs(QStringLiteral("firewall.port-matrix")));
    QVERIFY(!p.runs(QStringLiteral("firewall.local")));
    QVERIFY(!p.runs(QStringLiteral("vpn.interfaces")));
    QVERIFY(p.runs(QStringLiteral("experiments.idle-timeout")));
    QVERIFY(!p.runs(QStringLiteral("experiments.payload-limit")));
}

void tst_Profile::listsNotGivenMeanEverything()
{
    Profile p;
    QString error;
    QVERIFY(ProfileReader::readFile(write(R"({"schema": "connection-doctor/profile/1"})"), &p, &error));
    QVERIFY(!p.checks);
    QVERIFY(p.runs(QStringLiteral("vpn.path-mtu")));
    // Only experiments named: every environment check still runs.
    QVERIFY(ProfileReader::readFile(write(R"({"schema": "connection-doctor/profile/1", "experiments": []})"), &p, &error));
    QVERIFY(p.runs(QStringLiteral("vpn.path-mtu")));
    QVERIFY(!p.runs(QStringLiteral("experiments.tls-sni")));
}

void tst_Profile::refusesBadProfiles_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("named"); // what the message must name

    QTest::newRow("not JSON") << QByteArray("target = mail.example.org") << "not valid JSON";
    QTest::newRow("cut off JSON") << QByteArray(R"({"schema": "connection-doctor/profile/1", "target": )") << "not valid JSON";
    QTest::newRow("a list, not an object") << QByteArray("[1, 2]") << "JSON object";
    QTest::newRow("no schema") << QByteArray(R"({"target": "a.example:1"})") << "schema";
    QTest::newRow("a report, not a profile") << QByteArray(R"({"schema": "connection-doctor/report/1"})") << "schema";
    QTest::newRow("a newer profile") << QByteArray(R"({"schema": "connection-doctor/profile/7"})") << "newer";
    QTest::newRow("an unknown setting") << QByteArray(R"({"schema": "connection-doctor/profile/1", "colour": "red"})") << "colour";
    QTest::newRow("a misspelt setting") << QByteArray(R"({"schema": "connection-doctor/profile/1", "budget": 60})") << "budget";
    QTest::newRow("a target of the wrong type") << QByteArray(R"({"schema": "connection-doctor/profile/1", "target": 443})") << "\"target\" must be text";
    QTest::newRow("a target that does not parse") << QByteArray(R"({"schema": "connection-doctor/profile/1", "target": "mail example org:99999"})") << "\"target\"";
    QTest::newRow("the history asked for in words") << QByteArray(R"({"schema": "connection-doctor/profile/1", "include_reset_history": "yes"})") << "\"include_reset_history\" must be true or false";
    QTest::newRow("checks not a list") << QByteArray(R"({"schema": "connection-doctor/profile/1", "checks": "firewall"})") << "\"checks\"";
    QTest::newRow("an unknown check") << QByteArray(R"({"schema": "connection-doctor/profile/1", "checks": ["firewall", "antivirus"]})") << "checks[1]";
    QTest::newRow("an unknown experiment") << QByteArray(R"({"schema": "connection-doctor/profile/1", "experiments": ["speed"]})") << "experiments[0]";
    QTest::newRow("a budget too small") << QByteArray(R"({"schema": "connection-doctor/profile/1", "budget_seconds": 1})") << "budget_seconds";
    QTest::newRow("a budget not a whole number") << QByteArray(R"({"schema": "connection-doctor/profile/1", "budget_seconds": 12.5})") << "budget_seconds";
    // Found by fuzzing: a number beyond any integer was cast before it was
    // checked (undefined behaviour).
    QTest::newRow("a budget beyond any integer") << QByteArray(R"({"schema": "connection-doctor/profile/1", "budget_seconds": 5.5e97})") << "budget_seconds";
    QTest::newRow("a budget of minus 1e300") << QByteArray(R"({"schema": "connection-doctor/profile/1", "budget_seconds": -1e300})") << "budget_seconds";
    QTest::newRow("an unknown endpoint") << QByteArray(R"({"schema": "connection-doctor/profile/1", "endpoints": {"ntp": "a:1"}})") << "endpoints.ntp";
    QTest::newRow("an endpoint that does not parse") << QByteArray(R"({"schema": "connection-doctor/profile/1", "endpoints": {"reference_ports": ["x"]}})") << "endpoints.reference_ports";
    QTest::newRow("a message too long") << (QByteArray(R"({"schema": "connection-doctor/profile/1", "message": ")") + QByteArray(3000, 'a') + "\"}") << "\"message\"";
    QTest::newRow("a huge file") << (QByteArray(R"({"schema": "connection-doctor/profile/1", "name": ")") + QByteArray(200 * 1024, 'a') + "\"}") << "too big";
    QTest::newRow("binary junk") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10) << "not valid JSON";
}

void tst_Profile::refusesBadProfiles()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, named);
    const QString path = write(contents);
    Profile p;
    QString error;
    QVERIFY(!ProfileReader::readFile(path, &p, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error)); // which file
    QVERIFY(error.size() < 2000); // a message, not the file back
}

void tst_Profile::refusesAMissingFile()
{
    Profile p;
    QString error;
    QVERIFY(!ProfileReader::readFile(m_dir.filePath(QStringLiteral("nowhere.cdprofile")), &p, &error));
    QVERIFY2(error.contains(QLatin1String("nowhere.cdprofile")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_profile.moc"
