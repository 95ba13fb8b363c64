// The background watch as the systemd unit runs it, without systemd: the
// unit's own ExecStart (read from packaging/systemd/connection-doctor-watch.service,
// so this checks the real unit), run by hand as root with STATE_DIRECTORY
// set, inside the client namespace of a client - router - server lab
// (ResetWatchLab). The server namespace runs dnsmasq (web.example.test is
// the server), nginx-free real servers (openssl s_server for https, Python's
// http.server for http), and the router resets every request to them
// (nftables "reject with tcp reset"). curl, headless Chromium and a Python
// client then ask for web.example.test and are reset while no app runs.
// The helper is stopped with SIGTERM, or killed with SIGKILL; the log files
// must then hold each reset with its program, the name in the URL
// (remote_name) and where that name came from, its direction and the TTLs
// that show the router one hop away sent it; be mode 0640 and belong to
// the connection-doctor user and group; and name nothing they did not see.
//
// Run as root. The connection-doctor system user is created (and removed
// again) if the package has not made it: run by hand as root, the helper
// becomes that user, as under systemd.

#include "resetwatchlab.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>

namespace {
const QString Name = QStringLiteral("web.example.test");
const QString ServerV4 = ResetWatchLab::ServerV4;
const QString Account = QStringLiteral("connection-doctor");
const QString UnitHelper = QStringLiteral("/usr/libexec/connection-doctor/cdoc-reset-helper");

// One kind of reset the test makes, and what its log lines must say.
struct Expected
{
    QString what;
    QString program;  // the start of the program's name
    QString remote;
    QString nameFrom; // "" : no remote_name at all
    QString orFrom = {}; // also right, where the first segment may not hold the name
};
} // namespace

class tst_HistoryWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void resetsAreInTheLog_data();
    void resetsAreInTheLog();

private:
    bool startInServer(QProcess &process, const QStringList &command, QString *whyNot);
    QStringList unitCommand(QString *whyNot) const;
    void makeResets();
    QList<QJsonObject> readLog(const QString &dir, QStringList *problems) const;

    ResetWatchLab m_lab;
    QTemporaryDir m_dir;
    QString m_helper;
    QProcess m_dns, m_https, m_http;
    bool m_createdAccount = false;
    bool m_haveChromium = false;
    QList<Expected> m_expected;
};

bool tst_HistoryWatch::startInServer(QProcess &process, const QStringList &command, QString *whyNot)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("ip"), QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_lab.server().name()} + command);
    if (!process.waitForStarted(5000)) {
        *whyNot = QStringLiteral("cannot start ") + command.first();
        return false;
    }
    return true;
}

QStringList tst_HistoryWatch::unitCommand(QString *whyNot) const
{
    QFile unit(QStringLiteral(CDOC_SOURCE_DIR "/packaging/systemd/connection-doctor-watch.service"));
    if (!unit.open(QIODevice::ReadOnly)) {
        *whyNot = QStringLiteral("cannot read ") + unit.fileName();
        return {};
    }
    for (const QByteArray &line : unit.readAll().split('\n')) {
        if (!line.startsWith("ExecStart="))
            continue;
        QStringList command = QString::fromUtf8(line.mid(10)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // The unit names the helper where the .deb installs it; the test
        // runs the one just built, with the unit's own arguments.
        if (command.value(0) != UnitHelper) {
            *whyNot = QStringLiteral("the unit's ExecStart does not run ") + UnitHelper + QStringLiteral(": ") + QString::fromUtf8(line);
            return {};
        }
        command[0] = m_helper;
        return command;
    }
    *whyNot = QStringLiteral("the unit has no ExecStart");
    return {};
}

void tst_HistoryWatch::initTestCase()
{
    m_helper = QFileInfo(QCoreApplication::applicationDirPath() + QStringLiteral("/../app/cdoc-reset-helper")).canonicalFilePath();
    QVERIFY2(QFile::exists(m_helper), "build cdoc-reset-helper first");
    QString whyNot;
    if (!m_lab.create(QFINDTESTDATA("resetwatch/peers.py"), &whyNot))
        QSKIP(qPrintable(whyNot));
    for (const char *tool : {"dnsmasq", "openssl"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("needs %1 (scripts/setup.sh installs it)").arg(QLatin1String(tool))));
    }
    m_haveChromium = !QStandardPaths::findExecutable(QStringLiteral("chromium")).isEmpty();

    if (!::getpwnam("connection-doctor")) {
        QCOMPARE(QProcess::execute(QStringLiteral("adduser"), {QStringLiteral("--quiet"), QStringLiteral("--system"), QStringLiteral("--group"),
                                                               QStringLiteral("--no-create-home"), QStringLiteral("--home"),
                                                               QStringLiteral("/nonexistent"), Account}),
                 0);
        m_createdAccount = true;
    }

    // The router resets every request to the web servers: the connection
    // is set up, its first data segment (the HTTP request, the TLS
    // ClientHello) is answered with an RST, one hop before the server.
    QVERIFY(m_lab.router().nft(QStringLiteral("table inet history {\n"
                                              "  chain forward {\n"
                                              "    type filter hook forward priority -1;\n"
                                              "    ip daddr %1 tcp dport { 80, 443 } tcp flags & psh == psh reject with tcp reset\n"
                                              "  }\n"
                                              "}\n")
                                   .arg(ServerV4)));
    // web.example.test is the server, for the client only: dnsmasq answers
    // that one name and forwards nothing anywhere.
    const QStringList dnsmasq{QStringLiteral("dnsmasq"), QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=/dev/null"),
                           QStringLiteral("--no-resolv"), QStringLiteral("--no-hosts"), QStringLiteral("--bind-interfaces"),
                           QStringLiteral("--listen-address=") + ServerV4, QStringLiteral("--address=/%1/%2").arg(Name, ServerV4),
                           QStringLiteral("--user=nobody"), QStringLiteral("--group=nogroup"),
                           QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("dnsmasq.pid"))};
    QVERIFY2(startInServer(m_dns, dnsmasq, &whyNot), qPrintable(whyNot));
    QFile resolv(QStringLiteral("/etc/netns/%1/resolv.conf").arg(m_lab.client().name()));
    QVERIFY(resolv.open(QIODevice::WriteOnly | QIODevice::Truncate));
    resolv.write(QStringLiteral("nameserver %1\noptions timeout:2 attempts:2\n").arg(ServerV4).toUtf8());
    resolv.close();

    const QString key = m_dir.filePath(QStringLiteral("key.pem")), cert = m_dir.filePath(QStringLiteral("cert.pem"));
    QProcess keygen; // quiet: its progress dots are noise in the test's log
    keygen.setStandardErrorFile(QProcess::nullDevice());
    keygen.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                                           QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                                           QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=") + Name,
                                                           QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    QVERIFY(keygen.waitForFinished(30000));
    QCOMPARE(keygen.exitCode(), 0);
    const QStringList https{QStringLiteral("openssl"), QStringLiteral("s_server"), QStringLiteral("-accept"), ServerV4 + QStringLiteral(":443"),
                           QStringLiteral("-cert"), cert, QStringLiteral("-key"), key, QStringLiteral("-www"), QStringLiteral("-quiet")};
    QVERIFY2(startInServer(m_https, https, &whyNot), qPrintable(whyNot));
    const QStringList http{QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"), ServerV4,
                           QStringLiteral("80")};
    QVERIFY2(startInServer(m_http, http, &whyNot), qPrintable(whyNot));
    // Everything listens before the first client comes.
    QTRY_VERIFY_WITH_TIMEOUT(m_lab.server().exec({QStringLiteral("sh"), QStringLiteral("-c"),
                                                  QStringLiteral("ss -ltn | grep -q ':443 ' && ss -ltn | grep -q ':80 ' && ss -lun | grep -q ':53 '")})
                                 == 0,
                             10000);

    const QString v6 = QStringLiteral("[%1]").arg(ResetWatchLab::ServerV6);
    m_expected = {
        {QStringLiteral("curl, http"), QStringLiteral("curl"), ServerV4 + QStringLiteral(":80"), QStringLiteral("http")},
        {QStringLiteral("curl, https"), QStringLiteral("curl"), ServerV4 + QStringLiteral(":443"), QStringLiteral("tls")},
        {QStringLiteral("python, no name on the wire"), QStringLiteral("python3"), ServerV4 + QStringLiteral(":8002"), QStringLiteral("dns")},
        {QStringLiteral("curl to an address no answer gave"), QStringLiteral("curl"), v6 + QStringLiteral(":8002"), QString()},
    };
    if (m_haveChromium) {
        m_expected.append({QStringLiteral("headless Chromium, http"), QStringLiteral("chromium"), ServerV4 + QStringLiteral(":80"),
                           QStringLiteral("http")});
        // Chromium's ClientHello (a post-quantum key share, extensions in a
        // random order) is larger than one segment on this 1500-byte path:
        // where its server_name falls in the second segment, which the
        // capture does not keep, the DNS answer names the server instead.
        m_expected.append({QStringLiteral("headless Chromium, https"), QStringLiteral("chromium"), ServerV4 + QStringLiteral(":443"),
                           QStringLiteral("tls"), QStringLiteral("dns")});
    }
}

void tst_HistoryWatch::cleanupTestCase()
{
    for (QProcess *p : {&m_dns, &m_https, &m_http}) {
        p->kill();
        p->waitForFinished(5000);
    }
    if (m_createdAccount)
        QProcess::execute(QStringLiteral("deluser"), {QStringLiteral("--quiet"), QStringLiteral("--system"), Account});
}

void tst_HistoryWatch::makeResets()
{
    const QStringList curl{QStringLiteral("curl"), QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                           QStringLiteral("--max-time"), QStringLiteral("10")};
    m_lab.inClient(curl + QStringList{QStringLiteral("http://%1/").arg(Name)});
    m_lab.inClient(curl + QStringList{QStringLiteral("-k"), QStringLiteral("https://%1/").arg(Name)});
    // Bytes that are neither HTTP nor TLS: only the DNS answer names the server.
    const QByteArray said = m_lab.inClient({QStringLiteral("python3"), QStringLiteral("-c"),
                                            QStringLiteral("import socket\n"
                                                           "s = socket.create_connection(('%1', 8002), timeout=5)\n"
                                                           "s.sendall(b'hello\\n')\n"
                                                           "try:\n    s.recv(10)\nexcept ConnectionResetError:\n    print('reset')\n")
                                                .arg(Name)});
    QCOMPARE(said.trimmed(), QByteArray("reset"));
    m_lab.inClient(curl + QStringList{QStringLiteral("http://[%1]:8002/").arg(ResetWatchLab::ServerV6)});
    if (m_haveChromium) {
        // Root needs --no-sandbox; nothing beyond the lab is reachable from
        // the client namespace, so Chromium's own background requests fail.
        const QStringList chromium{QStringLiteral("chromium"), QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                                   QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                                   QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
                                   QStringLiteral("--ignore-certificate-errors"),
                                   QStringLiteral("--user-data-dir=") + m_dir.filePath(QStringLiteral("chromium")), QStringLiteral("--dump-dom")};
        m_lab.inClient(chromium + QStringList{QStringLiteral("http://%1/").arg(Name)}, 60000);
        m_lab.inClient(chromium + QStringList{QStringLiteral("https://%1/").arg(Name)}, 60000);
    }
}

QList<QJsonObject> tst_HistoryWatch::readLog(const QString &dir, QStringList *problems) const
{
    QList<QJsonObject> lines;
    const QStringList files = QDir(dir).entryList({QStringLiteral("resets-*.jsonl")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = QDir(dir).filePath(name);
        struct stat st;
        if (::stat(QFile::encodeName(path).constData(), &st) != 0 || (st.st_mode & 0777) != 0640) {
            problems->append(name + QStringLiteral(" is not mode 0640"));
        }
        const passwd *owner = ::getpwuid(st.st_uid);
        const group *group = ::getgrgid(st.st_gid);
        if (!owner || Account != QLatin1String(owner->pw_name) || !group || Account != QLatin1String(group->gr_name))
            problems->append(name + QStringLiteral(" does not belong to connection-doctor:connection-doctor"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        bool first = true;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.isEmpty())
                continue; // a torn last line is allowed; readers skip it
            if (first && (o.value(QLatin1String("type")).toString() != QLatin1String("hello")
                          || o.value(QLatin1String("mode")).toString() != QLatin1String("background")
                          || o.value(QLatin1String("started_ms")).toInteger() <= 0))
                problems->append(name + QStringLiteral(" does not start with the background hello"));
            first = false;
            lines.append(o);
        }
    }
    if (files.isEmpty())
        problems->append(QStringLiteral("no log file"));
    return lines;
}

void tst_HistoryWatch::resetsAreInTheLog_data()
{
    QTest::addColumn<int>("stopSignal");
    QTest::newRow("stopped with SIGTERM") << int(SIGTERM);
    QTest::newRow("killed with SIGKILL") << int(SIGKILL);
}

void tst_HistoryWatch::resetsAreInTheLog()
{
    QFETCH(int, stopSignal);
    QString whyNot;
    const QStringList command = unitCommand(&whyNot);
    QVERIFY2(!command.isEmpty(), qPrintable(whyNot));
    // A directory that does not exist yet, as on a fresh install: the
    // helper makes it and gives it to its account, as StateDirectory= does.
    QTemporaryDir base;
    const QString state = base.filePath(QStringLiteral("state"));

    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral("ip"), QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_lab.client().name(), QStringLiteral("env"),
                                                   QStringLiteral("STATE_DIRECTORY=") + state}
                                           + command);
    QVERIFY(helper.waitForStarted(5000));
    QStringList problems;
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(state).entryList({QStringLiteral("resets-*.jsonl")}, QDir::Files).isEmpty(), 10000);
    // No stdout in the background: everything goes to the log.
    QVERIFY(helper.state() == QProcess::Running);

    makeResets();
    auto resets = [&]() {
        QList<QJsonObject> r;
        QStringList ignored;
        for (const QJsonObject &o : readLog(state, &ignored)) {
            if (o.value(QLatin1String("type")).toString() == QLatin1String("reset"))
                r.append(o);
        }
        return r;
    };
    auto seen = [&](const Expected &e) {
        for (const QJsonObject &o : resets()) {
            if (o.value(QLatin1String("remote")).toString() == e.remote && o.value(QLatin1String("program")).toString().startsWith(e.program))
                return true;
        }
        return false;
    };
    // Killed, the helper leaves what it wrote; wait until it has written it all.
    for (const Expected &e : std::as_const(m_expected))
        QTRY_VERIFY2_WITH_TIMEOUT(seen(e), qPrintable(e.what + QStringLiteral(": not in the log")), 10000);

    ::kill(pid_t(helper.processId()), stopSignal); // ip netns exec and env exec the helper
    QVERIFY(helper.waitForFinished(10000));
    if (stopSignal == SIGTERM)
        QCOMPARE(helper.exitCode(), 0);

    const QList<QJsonObject> lines = readLog(state, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    QFileInfo dirInfo(state);
    QCOMPARE(dirInfo.owner(), Account);
    QCOMPARE(int(dirInfo.permissions() & (QFileDevice::ReadOther | QFileDevice::ExeOther)), 0);
    if (stopSignal == SIGTERM) {
        // Stopped, it says last how many it could not keep (none here).
        const QJsonObject last = lines.last();
        QCOMPARE(last.value(QLatin1String("type")).toString(), QStringLiteral("stats"));
        QCOMPARE(last.value(QLatin1String("log_dropped")).toInteger(-1), 0);
        QVERIFY(last.value(QLatin1String("log_removed_files")).isDouble());
    }

    for (const Expected &e : std::as_const(m_expected)) {
        int count = 0;
        QMap<QString, int> byOrigin;
        for (const QJsonObject &o : lines) {
            if (o.value(QLatin1String("type")).toString() != QLatin1String("reset") || o.value(QLatin1String("remote")).toString() != e.remote
                || !o.value(QLatin1String("program")).toString().startsWith(e.program))
                continue;
            ++count;
            const QByteArray what = e.what.toUtf8() + ": " + QJsonDocument(o).toJson(QJsonDocument::Compact);
            QVERIFY2(o.value(QLatin1String("direction")).toString() == QLatin1String("received"), what.constData());
            QVERIFY2(o.value(QLatin1String("pid")).toInt() > 0, what.constData());
            if (e.nameFrom.isEmpty()) {
                // Unknown stays unknown: the keys are absent, not empty.
                QVERIFY2(!o.contains(QLatin1String("remote_name")) && !o.contains(QLatin1String("remote_name_from")), what.constData());
            } else {
                QVERIFY2(o.value(QLatin1String("remote_name")).toString() == Name, what.constData());
                const QString from = o.value(QLatin1String("remote_name_from")).toString();
                ++byOrigin[from];
                QVERIFY2(from == e.nameFrom || (!e.orFrom.isEmpty() && from == e.orFrom), what.constData());
            }
            // The evidence that the router, one hop away, sent it: its RST
            // came with TTL 64, the server's SYN-ACK with 63.
            QVERIFY2(o.value(QLatin1String("packet")).toObject().value(QLatin1String("ttl")).toInt() == 64, what.constData());
            QVERIFY2(o.value(QLatin1String("peer")).toObject().value(QLatin1String("syn_ttl")).toInt() == 63, what.constData());
        }
        QVERIFY2(count >= 1, qPrintable(e.what + QStringLiteral(": no reset in the log")));
        QStringList origins;
        for (auto it = byOrigin.cbegin(); it != byOrigin.cend(); ++it)
            origins << QStringLiteral("%1 from %2").arg(it.value()).arg(it.key());
        qInfo("%s: %d reset(s) to %s, named %s", qPrintable(e.what), count, qPrintable(e.remote),
              origins.isEmpty() ? "nothing" : qPrintable(Name + QStringLiteral(": ") + origins.join(QStringLiteral(", "))));
    }
    // Nothing named that was not asked for.
    for (const QJsonObject &o : lines) {
        if (o.contains(QLatin1String("remote_name")))
            QCOMPARE(o.value(QLatin1String("remote_name")).toString(), Name);
    }
}

QTEST_GUILESS_MAIN(tst_HistoryWatch)
#include "tst_historywatch.moc"
