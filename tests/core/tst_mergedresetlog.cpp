// MergedResetLog: the background watch's log and the live watch's resets as
// one log, each reset once; and ResetHistoryLoader, which reads the log in
// a thread of its own.

#include "resetwatch/mergedresetlog.h"
#include "resetwatch/resethistoryloader.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using Vocabulary::ResetDirection;

namespace {

ResetEvent reset(qint64 atMs, const QString &local = QStringLiteral("10.0.0.2:50412"),
                 ResetDirection direction = ResetDirection::Received)
{
    ResetEvent e;
    e.atMs = atMs;
    e.direction = direction;
    e.local = local;
    e.remote = QStringLiteral("10.0.0.5:443");
    e.remoteName = QStringLiteral("web.example.test");
    e.program = QStringLiteral("firefox");
    return e;
}

QByteArray resetLine(qint64 atMs, int port)
{
    return QStringLiteral(R"({"type":"reset","at_ms":%1,"direction":"received","local":"10.0.0.2:%2","remote":"10.0.0.5:443",)"
                          R"("remote_name":"web.example.test","remote_name_from":"tls","tcp_state":"established","pid":42,)"
                          R"("program":"firefox","exe":"/usr/lib/firefox/firefox","owner":"connect","capture":false,"packet":null,)"
                          R"("peer":null,"host_ttl":-1,"idle_ms":null,"burst":1,"burst_seq_varied":false})")
        .arg(atMs)
        .arg(port)
        .toUtf8();
}

} // namespace

class tst_MergedResetLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachResetOnce_data();
    void eachResetOnce();
    void liveResetsAreTakenOnce();
    void newHistoryKeepsTheLiveResets();
    void loaderReadsTheLogOffTheCallersThread();
    void aLaterReadSupersedesAnEarlierOne();
};

void tst_MergedResetLog::eachResetOnce_data()
{
    QTest::addColumn<QList<ResetEvent>>("history");
    QTest::addColumn<QList<ResetEvent>>("live");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("duplicates");

    const qint64 t = 1'760'000'000'000;
    QTest::newRow("a reset both watches told counts once") << QList<ResetEvent>{reset(t)} << QList<ResetEvent>{reset(t + 7)} << 1 << 1;
    QTest::newRow("the two clocks two seconds apart: still one") << QList<ResetEvent>{reset(t)} << QList<ResetEvent>{reset(t - 2000)} << 1
                                                                 << 1;
    QTest::newRow("one connection reset twice, 3 s apart, is two resets")
        << QList<ResetEvent>{reset(t)} << QList<ResetEvent>{reset(t + 3000)} << 2 << 0;
    QTest::newRow("another connection at the same moment is another reset")
        << QList<ResetEvent>{reset(t)} << QList<ResetEvent>{reset(t, QStringLiteral("10.0.0.2:50413"))} << 2 << 0;
    QTest::newRow("a reset sent on the same connection is another reset")
        << QList<ResetEvent>{reset(t)} << QList<ResetEvent>{reset(t, QStringLiteral("10.0.0.2:50412"), ResetDirection::Sent)} << 2 << 0;
    QTest::newRow("the log alone") << QList<ResetEvent>{reset(t), reset(t + 60000)} << QList<ResetEvent>{} << 2 << 0;
    QTest::newRow("the live watch alone") << QList<ResetEvent>{} << QList<ResetEvent>{reset(t), reset(t + 60000)} << 2 << 0;
}

void tst_MergedResetLog::eachResetOnce()
{
    QFETCH(QList<ResetEvent>, history);
    QFETCH(QList<ResetEvent>, live);
    QFETCH(int, expected);
    QFETCH(int, duplicates);
    ResetLog liveLog;
    for (const ResetEvent &e : std::as_const(live))
        liveLog.add(e);
    MergedResetLog merged;
    merged.setHistory(history);
    merged.takeLive(liveLog);
    QCOMPARE(merged.log().total(), expected);
    QCOMPARE(merged.duplicates(), duplicates);
    // One row: one program, one server, named as the program asked for it.
    QCOMPARE(merged.log().rows().size(), 1);
    QCOMPARE(merged.log().rows().first().remoteNames, QStringList{QStringLiteral("web.example.test")});
}

void tst_MergedResetLog::liveResetsAreTakenOnce()
{
    const qint64 t = 1'760'000'000'000;
    ResetLog live;
    MergedResetLog merged;
    merged.setHistory({reset(t - 3600 * 1000)});
    live.add(reset(t, QStringLiteral("10.0.0.2:1")));
    merged.takeLive(live);
    merged.takeLive(live); // nothing new: nothing added
    QCOMPARE(merged.log().total(), 2);
    live.add(reset(t + 1000, QStringLiteral("10.0.0.2:2")));
    live.add(reset(t + 2000, QStringLiteral("10.0.0.2:3")));
    merged.takeLive(live);
    QCOMPARE(merged.log().total(), 4);
    QCOMPARE(merged.duplicates(), 0);
    // A live log cleared and refilled: its new resets, not the old count.
    live.clear();
    live.add(reset(t + 5000, QStringLiteral("10.0.0.2:4")));
    merged.takeLive(live);
    QCOMPARE(merged.log().total(), 5);
}

void tst_MergedResetLog::newHistoryKeepsTheLiveResets()
{
    const qint64 t = 1'760'000'000'000;
    ResetLog live;
    live.add(reset(t, QStringLiteral("10.0.0.2:1")));
    MergedResetLog merged;
    merged.setHistory({reset(t - 7200 * 1000)});
    merged.takeLive(live);
    // Read again over a longer window: the log now also holds the live one.
    merged.setHistory({reset(t - 86400 * 1000), reset(t - 7200 * 1000), reset(t + 3, QStringLiteral("10.0.0.2:1"))});
    QCOMPARE(merged.log().total(), 3);
    QCOMPARE(merged.duplicates(), 1);
}

void tst_MergedResetLog::loaderReadsTheLogOffTheCallersThread()
{
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = now - 2 * 3600 * 1000;
    QFile file(dir.filePath(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).toString(QStringLiteral("'resets-'yyyyMMdd'T'HHmmss'Z.jsonl'"))));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"hello","version":1,"kernel_events":true,"kernel_why_not":"","packet_capture":false,)"
               R"("capture_why_not":"no","pid":7,"mode":"background","started_ms":)" + QByteArray::number(start) + "}\n");
    for (int i = 0; i < 2000; ++i)
        file.write(resetLine(start + i * 1000, 40000 + i) + '\n');
    file.close();

    ResetHistory direct(dir.path());
    QVERIFY(direct.read(now - 3 * 3600 * 1000));

    ResetHistoryLoader loader;
    QSignalSpy spy(&loader, &ResetHistoryLoader::loaded);
    loader.load(dir.path(), now - 3 * 3600 * 1000);
    // load() returned before the log was read: the answer comes later.
    QVERIFY(loader.isLoading());
    QCOMPARE(spy.size(), 0);
    QTRY_COMPARE(spy.size(), 1);
    QVERIFY(!loader.isLoading());
    const ResetHistory read = spy.first().first().value<ResetHistory>();
    QCOMPARE(read.status(), ResetHistory::Status::Read);
    QCOMPARE(read.events().size(), direct.events().size());
    QCOMPARE(read.events().size(), 2000);
    QCOMPARE(read.events().last().remoteName, QStringLiteral("web.example.test"));
}

void tst_MergedResetLog::aLaterReadSupersedesAnEarlierOne()
{
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = now - 3 * 3600 * 1000;
    QFile file(dir.filePath(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).toString(QStringLiteral("'resets-'yyyyMMdd'T'HHmmss'Z.jsonl'"))));
    QVERIFY(file.open(QIODevice::WriteOnly));
    // One reset 2.5 hours ago, one half an hour ago.
    file.write(resetLine(now - 150 * 60 * 1000, 1) + '\n' + resetLine(now - 30 * 60 * 1000, 2) + '\n');
    file.close();
    ResetHistoryLoader loader;
    QSignalSpy spy(&loader, &ResetHistoryLoader::loaded);
    loader.load(dir.path(), now - 24 * 3600 * 1000);
    loader.load(dir.path(), now - 3600 * 1000);
    QTRY_VERIFY(!loader.isLoading());
    QCOMPARE(spy.size(), 1); // only the read asked for last is told
    QCOMPARE(spy.first().first().value<ResetHistory>().events().size(), 1);
    // A missing directory: told why, not read.
    loader.load(dir.filePath(QStringLiteral("missing")), now - 3600 * 1000);
    QTRY_COMPARE(spy.size(), 2);
    const ResetHistory missing = spy.last().first().value<ResetHistory>();
    QCOMPARE(missing.status(), ResetHistory::Status::NoLog);
    QVERIFY(missing.whyNot().contains(QLatin1String("connection-doctor-watch.service")));
}

QTEST_GUILESS_MAIN(tst_MergedResetLog)
#include "tst_mergedresetlog.moc"
