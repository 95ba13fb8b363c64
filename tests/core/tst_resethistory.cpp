// ResetHistory: the background watch's log read from real files, as the
// helper's background mode writes them (docs/reset-watch.md).

#include "i18n/translations.h"
#include "report/report.h"
#include "report/reportjsonwriter.h"
#include "resetwatch/resethistory.h"
#include "resetwatch/resetwording.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using Vocabulary::ResetSender;
using Vocabulary::WatchSource;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

// A file of the log as the helper names it: the UTC time it was started.
QString fileName(qint64 startMs)
{
    return QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).toString(QStringLiteral("'resets-'yyyyMMdd'T'HHmmss'Z.jsonl'"));
}

QByteArray hello(qint64 startedMs, bool capture = true)
{
    return QStringLiteral(R"({"type":"hello","version":1,"kernel_events":true,"kernel_why_not":"","packet_capture":%1,)"
                          R"("capture_why_not":"%2","pid":77,"mode":"background","started_ms":%3})")
        .arg(capture ? QStringLiteral("true") : QStringLiteral("false"),
             capture ? QString() : QStringLiteral("capturing packets needs CAP_NET_RAW"))
        .arg(startedMs)
        .toUtf8();
}

// A received reset of chromium's connection to 10.0.0.5, named where a
// name is given; a device 2 hops away sent it (TTL 63 against the server's 52).
QByteArray reset(qint64 atMs, const QString &remote = QStringLiteral("10.0.0.5:443"), const QString &name = QString())
{
    const QString names = name.isEmpty() ? QString() : QStringLiteral(R"("remote_name":"%1","remote_name_from":"tls",)").arg(name);
    return QStringLiteral(R"({"type":"reset","at_ms":%1,"direction":"received","local":"10.0.0.2:50412","remote":"%2",%3)"
                          R"("tcp_state":"established","pid":4242,"program":"chromium","exe":"/usr/lib/chromium/chromium","owner":"connect",)"
                          R"("capture":true,"packet":{"ttl":63,"ip_id":0,"df":false,"window":0,"ack":false,"seq_expected":true,)"
                          R"("timestamps":false,"payload_bytes":0,"text":"","at_ms":%1},)"
                          R"("peer":{"syn_ttl":52,"ttl_min":52,"ttl_max":52,"packets":12,"ip_id_zero":false,"df":true,"timestamps":true},)"
                          R"("host_ttl":52,"idle_ms":30000,"burst":1,"burst_seq_varied":false})")
        .arg(atMs)
        .arg(remote, names)
        .toUtf8();
}

QByteArray stats(qint64 kernelLost, qint64 logDropped)
{
    return QStringLiteral(R"({"type":"stats","kernel_lost":%1,"packets_dropped":0,"resets":9,"sockets":3,"flows":2,"log_dropped":%2,)"
                          R"("log_removed_files":0})")
        .arg(kernelLost)
        .arg(logDropped)
        .toUtf8();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

// A log directory: file start (ms ago) -> its lines.
using LogFiles = QList<QPair<qint64, QByteArray>>;
Q_DECLARE_METATYPE(LogFiles)

class tst_ResetHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_translations.use(QStringLiteral("en")); }
    void readsTheLog_data();
    void readsTheLog();
    void keepsTheNewestPastItsBound();
    void judgesAndNamesAsTheLiveWatch();
    void saysWhyThereIsNoLog_data();
    void saysWhyThereIsNoLog();
    void aFileItCannotOpenIsSaid();
    void aLogOnlyItsGroupMayReadIsSaid();
    void findsTheServersResets_data();
    void findsTheServersResets();
    void goesIntoTheReportAsAWatchDoes();
    void windows_data();
    void windows();

private:
    Translations m_translations;
};

void tst_ResetHistory::readsTheLog_data()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QTest::addColumn<LogFiles>("files");
    QTest::addColumn<qint64>("windowMs");
    QTest::addColumn<int>("resets");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("lost");
    QTest::addColumn<int>("logDropped");
    QTest::addColumn<int>("filesRead");

    const qint64 start = now - 3 * Hour;
    QTest::newRow("one file, every line read")
        << LogFiles{{start, hello(start) + '\n' + reset(now - 30 * Minute) + '\n' + reset(now - 20 * Minute) + '\n'
                                + reset(now - 10 * Minute) + '\n' + stats(0, 0) + '\n'}}
        << 24 * Hour << 3 << 0 << 0 << 0 << 1;
    QTest::newRow("a torn last line is skipped")
        << LogFiles{{start, hello(start) + '\n' + reset(now - 30 * Minute) + '\n' + reset(now - 20 * Minute) + '\n'
                                + reset(now - 10 * Minute).left(90)}}
        << 24 * Hour << 2 << 1 << 0 << 0 << 1;
    QTest::newRow("garbage among the lines is skipped")
        << LogFiles{{start, hello(start) + "\nnot json at all\n[1,2]\n" + QByteArray("\x00\xff\xfe{", 4) + '\n'
                                + reset(now - 10 * Minute) + "\n\n{\"type\":\"reset\"}\n"}}
        << 24 * Hour << 1 << 4 << 0 << 0 << 1;
    QTest::newRow("a line longer than the helper writes is skipped unread")
        << LogFiles{{start, hello(start) + '\n' + "{\"type\":\"reset\",\"x\":\"" + QByteArray(40000, 'x') + "\"}\n"
                                + reset(now - 10 * Minute) + '\n'}}
        << 24 * Hour << 1 << 1 << 0 << 0 << 1;
    QTest::newRow("two files, read in the order they were started")
        << LogFiles{{now - 2 * Hour, hello(now - 2 * Hour) + '\n' + reset(now - 5 * Minute) + '\n'},
                    {now - 5 * Hour, hello(now - 5 * Hour) + '\n' + reset(now - 4 * Hour) + '\n' + reset(now - 3 * Hour) + '\n'}}
        << 24 * Hour << 3 << 0 << 0 << 0 << 2;
    QTest::newRow("resets older than the window are left out")
        << LogFiles{{start, hello(start) + '\n' + reset(now - 2 * Hour) + '\n' + reset(now - 90 * Minute) + '\n'
                                + reset(now - 10 * Minute) + '\n'}}
        << Hour << 1 << 0 << 0 << 0 << 1;
    // The helper's counters are totals since it started: what it lost in
    // the window is the last total less the last one before the window
    // (a stats line is as old as the reset before it).
    QTest::newRow("losses are counted within the window")
        << LogFiles{{start, hello(start) + '\n' + reset(now - 2 * Hour) + '\n' + stats(5, 1) + '\n' + reset(now - 10 * Minute) + '\n'
                                + stats(8, 4) + '\n'}}
        << Hour << 1 << 0 << 3 << 3 << 1;
    QTest::newRow("two runs of the helper add up")
        << LogFiles{{now - 2 * Hour, hello(now - 2 * Hour) + '\n' + reset(now - 100 * Minute) + '\n' + stats(2, 1) + '\n'},
                    {now - Hour, hello(now - Hour) + '\n' + reset(now - 50 * Minute) + '\n' + stats(3, 0) + '\n'}}
        << 24 * Hour << 2 << 0 << 5 << 1 << 2;
    QTest::newRow("one run across two files counts once")
        << LogFiles{{now - 2 * Hour, hello(now - 2 * Hour) + '\n' + reset(now - 100 * Minute) + '\n' + stats(2, 1) + '\n'},
                    {now - Hour, hello(now - 2 * Hour) + '\n' + reset(now - 50 * Minute) + '\n' + stats(6, 1) + '\n'}}
        << 24 * Hour << 2 << 0 << 6 << 1 << 2;
}

void tst_ResetHistory::readsTheLog()
{
    QFETCH(LogFiles, files);
    QFETCH(qint64, windowMs);
    QFETCH(int, resets);
    QFETCH(int, skipped);
    QFETCH(int, lost);
    QFETCH(int, logDropped);
    QFETCH(int, filesRead);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const auto &[startMs, lines] : std::as_const(files))
        QVERIFY(writeFile(dir.filePath(fileName(startMs)), lines));
    // Not the log's: other files are not read.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), reset(QDateTime::currentMSecsSinceEpoch())));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("resets-latest.jsonl")), reset(QDateTime::currentMSecsSinceEpoch())));

    ResetHistory history(dir.path());
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - windowMs;
    QVERIFY2(history.read(since), qPrintable(history.whyNot()));
    QCOMPARE(history.status(), ResetHistory::Status::Read);
    QVERIFY2(history.whyNot().isEmpty(), qPrintable(history.whyNot()));
    QCOMPARE(int(history.events().size()), resets);
    QCOMPARE(int(history.skippedLines()), skipped);
    QCOMPARE(int(history.lostEvents()), lost);
    QCOMPARE(int(history.logDropped()), logDropped);
    QCOMPARE(history.filesRead(), filesRead);
    QCOMPARE(history.leftOut(), qint64(0));
    for (qsizetype i = 0; i < history.events().size(); ++i) {
        QVERIFY(history.events().at(i).atMs >= since);
        if (i > 0)
            QVERIFY2(history.events().at(i - 1).atMs <= history.events().at(i).atMs, "oldest first");
    }
    // The span: from the oldest file (or the window's start) to the last write.
    qint64 oldest = LLONG_MAX;
    for (const auto &file : std::as_const(files))
        oldest = qMin(oldest, file.first);
    QCOMPARE(history.fromMs(), qMax(since, oldest - oldest % 1000));
    QVERIFY(history.toMs() >= history.fromMs());
    QVERIFY(history.toMs() <= QDateTime::currentMSecsSinceEpoch() + 1000);
}

void tst_ResetHistory::keepsTheNewestPastItsBound()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QTemporaryDir dir;
    QByteArray lines = hello(now - Hour) + '\n';
    // Not in order: the log's times are not trusted to grow.
    for (int minute : {50, 10, 40, 20, 30, 5, 45})
        lines += reset(now - minute * Minute) + '\n';
    QVERIFY(writeFile(dir.filePath(fileName(now - Hour)), lines));
    ResetHistory history(dir.path(), 3);
    QVERIFY(history.read(now - 24 * Hour));
    QCOMPARE(int(history.events().size()), 3);
    QCOMPARE(history.leftOut(), qint64(4));
    QCOMPARE(history.events().at(0).atMs, now - 20 * Minute);
    QCOMPARE(history.events().at(1).atMs, now - 10 * Minute);
    QCOMPARE(history.events().at(2).atMs, now - 5 * Minute);
    const ResetWatchInfo info = history.watchInfo();
    QCOMPARE(info.droppedFromLog, 4);
    QVERIFY2(ResetHistory::summary(info, history.events().size()).contains(QLatin1String("It holds 7 resets")),
             qPrintable(ResetHistory::summary(info, history.events().size())));
}

void tst_ResetHistory::judgesAndNamesAsTheLiveWatch()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(fileName(now - Hour)),
                      hello(now - Hour, false) + '\n' + reset(now - Minute, QStringLiteral("10.0.0.5:443"), QStringLiteral("web.example.test"))
                          + '\n' + reset(now - Minute, QStringLiteral("10.0.0.6:443"), QStringLiteral("Bad Name")) + '\n'));
    ResetHistory history(dir.path());
    QVERIFY(history.read(now - Hour));
    QCOMPARE(int(history.events().size()), 2);
    const ResetEvent &named = history.events().at(0);
    QCOMPARE(named.sender, ResetSender::Middlebox);
    QCOMPARE(named.senderHops, 2);
    QCOMPARE(named.serverHops, 13);
    QVERIFY(!named.evidence.isEmpty());
    QCOMPARE(named.remoteName, QStringLiteral("web.example.test"));
    QCOMPARE(named.remoteNameSource, QStringLiteral("tls"));
    QVERIFY2(ResetWording::resetLine(named).contains(QStringLiteral("chromium 10.0.0.2:50412 → web.example.test (10.0.0.5:443)")),
             qPrintable(ResetWording::resetLine(named)));
    // A name that breaks the rules is no name.
    QCOMPARE(history.events().at(1).remoteName, QString());
    // What the background helper could see, in the live watch's words.
    QCOMPARE(history.source(), WatchSource::KernelEvents);
    QVERIFY2(history.sourceWhyNot().contains(QLatin1String("Without packet capture")), qPrintable(history.sourceWhyNot()));
}

void tst_ResetHistory::saysWhyThereIsNoLog_data()
{
    QTest::addColumn<QString>("what"); // missing, file, empty
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("no such directory") << "missing" << int(ResetHistory::Status::NoLog) << "has not run on this computer";
    QTest::newRow("a file, not a directory") << "file" << int(ResetHistory::Status::NotReadable) << "is not a directory";
    QTest::newRow("a directory without a log file") << "empty" << int(ResetHistory::Status::NoLog) << "has written no log";
}

void tst_ResetHistory::saysWhyThereIsNoLog()
{
    QFETCH(QString, what);
    QFETCH(int, status);
    QFETCH(QString, words);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("connection-doctor"));
    if (what == QLatin1String("file"))
        QVERIFY(writeFile(path, reset(QDateTime::currentMSecsSinceEpoch())));
    else if (what == QLatin1String("empty"))
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("connection-doctor")));
    ResetHistory history(path);
    QVERIFY(!history.read(0));
    QCOMPARE(int(history.status()), status);
    QVERIFY2(history.whyNot().contains(words), qPrintable(history.whyNot()));
    QVERIFY2(history.whyNot().contains(path), qPrintable(history.whyNot()));
    QVERIFY(history.events().isEmpty());
    // The report says why, with no resets and no span.
    const ResetWatchInfo info = history.watchInfo();
    QVERIFY(info.ran);
    QVERIFY(!info.history.read);
    QCOMPARE(info.whyNot, history.whyNot());
}

void tst_ResetHistory::aFileItCannotOpenIsSaid()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QTemporaryDir dir;
    // A directory where a log file should be: as root, the one thing a
    // test can make that cannot be read.
    QVERIFY(QDir(dir.path()).mkdir(fileName(now - 2 * Hour)));
    ResetHistory alone(dir.path());
    QVERIFY(!alone.read(0));
    QCOMPARE(alone.status(), ResetHistory::Status::NotReadable);
    QVERIFY2(alone.whyNot().contains(fileName(now - 2 * Hour)), qPrintable(alone.whyNot()));

    QVERIFY(writeFile(dir.filePath(fileName(now - Hour)), hello(now - Hour) + '\n' + reset(now - Minute) + '\n'));
    ResetHistory history(dir.path());
    QVERIFY(history.read(0));
    QCOMPARE(int(history.events().size()), 1);
    QCOMPARE(history.filesRead(), 1);
    QCOMPARE(history.filesNotRead(), 1);
    QVERIFY2(history.whyNot().startsWith(QLatin1String("1 of the log's files could not be read")), qPrintable(history.whyNot()));
    QVERIFY(history.watchInfo().whyNot.contains(history.whyNot()));
}

void tst_ResetHistory::aLogOnlyItsGroupMayReadIsSaid()
{
#if defined(Q_OS_UNIX)
    if (::geteuid() == 0)
        QSKIP("root reads every file: the group's words are seen only as another user");
#else
    QSKIP("the background watch's log and its group are Linux's");
#endif
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("log"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("log")));
    QVERIFY(writeFile(QDir(log).filePath(fileName(now - Hour)), hello(now - Hour) + '\n' + reset(now - Minute) + '\n'));
    QVERIFY(QFile::setPermissions(log, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    ResetHistory history(log);
    QVERIFY(!history.read(0));
    QCOMPARE(history.status(), ResetHistory::Status::NotReadable);
    QVERIFY2(history.whyNot().contains(QLatin1String("is readable only by root and members of the")), qPrintable(history.whyNot()));
    QVERIFY(QFile::setPermissions(log, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

void tst_ResetHistory::findsTheServersResets_data()
{
    QTest::addColumn<QStringList>("servers");
    QTest::addColumn<int>("found");
    QTest::newRow("by address") << QStringList{QStringLiteral("10.0.0.5")} << 2;
    QTest::newRow("by the name the program asked for") << QStringList{QStringLiteral("web.example.test")} << 1;
    QTest::newRow("by name and address, each once") << QStringList{QStringLiteral("web.example.test"), QStringLiteral("10.0.0.5")} << 2;
    QTest::newRow("an IPv6 server") << QStringList{QStringLiteral("2001:db8::5")} << 1;
    QTest::newRow("another server") << QStringList{QStringLiteral("10.0.0.9")} << 0;
    QTest::newRow("a part of an address is not the address") << QStringList{QStringLiteral("10.0.0")} << 0;
}

void tst_ResetHistory::findsTheServersResets()
{
    QFETCH(QStringList, servers);
    QFETCH(int, found);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(fileName(now - Hour)),
                      hello(now - Hour) + '\n' + reset(now - 3 * Minute, QStringLiteral("10.0.0.5:443"), QStringLiteral("web.example.test")) + '\n'
                          + reset(now - 2 * Minute, QStringLiteral("10.0.0.5:443")) + '\n'
                          + reset(now - 2 * Minute, QStringLiteral("[2001:db8::5]:443")) + '\n'
                          + reset(now - Minute, QStringLiteral("10.0.0.7:443"), QStringLiteral("other.example.test")) + '\n'));
    ResetHistory history(dir.path());
    QVERIFY(history.read(now - Hour));
    QCOMPARE(int(history.eventsOf(servers).size()), found);
}

void tst_ResetHistory::goesIntoTheReportAsAWatchDoes()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(fileName(now - Hour)), hello(now - Hour) + '\n' + reset(now - Minute, QStringLiteral("10.0.0.5:443"),
                                                                                      QStringLiteral("web.example.test"))
                                                                + "\n" + stats(2, 1) + "\n{torn"));
    ResetHistory history(dir.path());
    QVERIFY(history.read(now - 24 * Hour));
    Report report;
    history.fillReport(&report);
    const QJsonObject root = ReportJsonWriter::toJson(report);
    const QJsonObject watch = root.value(QLatin1String("reset_watch")).toObject();
    QCOMPARE(watch.value(QLatin1String("source")).toString(), QStringLiteral("kernel-events"));
    QCOMPARE(watch.value(QLatin1String("lost_events")).toInteger(), 2);
    const QJsonObject h = watch.value(QLatin1String("history")).toObject();
    QCOMPARE(h.value(QLatin1String("read")).toBool(), true);
    QCOMPARE(h.value(QLatin1String("files")).toInt(), 1);
    QCOMPARE(h.value(QLatin1String("skipped_lines")).toInt(), 1);
    QCOMPARE(h.value(QLatin1String("log_dropped")).toInt(), 1);
    QCOMPARE(QDateTime::fromString(h.value(QLatin1String("since")).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(), now - 24 * Hour);
    QVERIFY(QDateTime::fromString(h.value(QLatin1String("from")).toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(QDateTime::fromString(h.value(QLatin1String("to")).toString(), Qt::ISODateWithMs).isValid());
    const QJsonArray events = root.value(QLatin1String("reset_events")).toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject e = events.at(0).toObject();
    QCOMPARE(e.value(QLatin1String("program")).toString(), QStringLiteral("chromium"));
    QCOMPARE(e.value(QLatin1String("remote_name")).toString(), QStringLiteral("web.example.test"));
    QCOMPARE(e.value(QLatin1String("remote_name_from")).toString(), QStringLiteral("tls"));
    QCOMPARE(e.value(QLatin1String("sender")).toString(), QStringLiteral("middlebox"));
    QCOMPARE(e.value(QLatin1String("sender_hops")).toInt(), 2);
    const QString summary = ResetHistory::summary(report.resetWatch, report.resetEvents.size());
    QVERIFY2(summary.contains(QLatin1String("The background watch's log covers")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("1 line of the log could not be read")), qPrintable(summary));
}

void tst_ResetHistory::windows_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("an hour") << "1h" << Hour;
    QTest::newRow("a day") << "24h" << 24 * Hour;
    QTest::newRow("a week") << "7d" << 7 * 24 * Hour;
    QTest::newRow("not offered") << "2h" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void tst_ResetHistory::windows()
{
    QFETCH(QString, name);
    QFETCH(qint64, ms);
    QCOMPARE(ResetHistory::windowMs(name).value_or(-1), ms);
    QCOMPARE(ResetHistory::windowNames().contains(name), ms > 0);
}

QTEST_GUILESS_MAIN(tst_ResetHistory)
#include "tst_resethistory.moc"
