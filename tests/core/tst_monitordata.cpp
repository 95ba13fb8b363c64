// The monitor's data: the timeline's buckets, downsampling that never
// hides a spike, the crash-safe log, and the patterns read from resets.

#include "i18n/translations.h"
#include "monitor/downsampler.h"
#include "monitor/monitorlog.h"
#include "monitor/networkeventwatcher.h"
#include "monitor/resetpatterns.h"
#include "monitor/timeline.h"
#include "report/report.h"
#include "report/reportwording.h"

#include <QtCore/QFile>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <limits>

using Vocabulary::Outcome;

class tst_MonitorData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_translations.use(QStringLiteral("en")); } // English plural forms
    void timelineCountsPerSecond();
    void timelineKeepsItsCapacity();
    void timelineAsJsonAndCsv();
    void downsamplingNeverHidesASpike();
    void logSurvivesAKill();
    void networkEvents();
    void patterns_data();
    void patterns();
    void summaryGivesTheShareWithItsInterval_data();
    void summaryGivesTheShareWithItsInterval();
    void summaryOfACraftedTimelineStaysConsistent();

private:
    Translations m_translations;
};

void tst_MonitorData::timelineCountsPerSecond()
{
    Timeline t;
    const qint64 base = 1'800'000'000'000; // a whole second
    t.add(base + 10, Outcome::Ok);
    t.add(base + 990, Outcome::Reset);
    t.add(base + 3500, Outcome::Reset);
    t.add(base - 5000, Outcome::Ok); // older than the first bucket: not kept
    QCOMPARE(t.buckets().size(), 4); // seconds 0..3, gaps included
    QCOMPARE(t.buckets().at(0).count(Outcome::Ok), 1u);
    QCOMPARE(t.buckets().at(0).count(Outcome::Reset), 1u);
    QCOMPARE(t.buckets().at(1).total(), 0u);
    QCOMPARE(t.buckets().at(3).count(Outcome::Reset), 1u);
    QCOMPARE(t.total(Outcome::Reset), 2u);
}

void tst_MonitorData::timelineKeepsItsCapacity()
{
    Timeline t(1000, 100);
    for (int i = 0; i < 1000; ++i)
        t.add(qint64(i) * 1000, Outcome::Ok);
    QCOMPARE(t.buckets().size(), 100);
    QCOMPARE(t.buckets().constFirst().startMs, 900'000);
}

void tst_MonitorData::timelineAsJsonAndCsv()
{
    Timeline t;
    t.add(1'800'000'000'000, Outcome::Refused);
    const QJsonObject first = t.toJson().at(0).toObject();
    QVERIFY(first.value(QLatin1String("start")).toString().contains(QLatin1Char('T')));
    for (Outcome o : Vocabulary::allOutcomes())
        QVERIFY(first.contains(Vocabulary::wireName(o)));
    QCOMPARE(first.value(QLatin1String("refused")).toInt(), 1);
    const QList<QByteArray> lines = t.toCsv().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QByteArray("start,ok,reset,refused,closed,timeout,dns_failure,unreachable,tls_failure,proxy_failure,endless_reply,invalid_reply"));
    QCOMPARE(lines.at(1).split(',').size(), 12);
    QCOMPARE(lines.at(1).split(',').at(3), QByteArray("1"));
}

void tst_MonitorData::downsamplingNeverHidesASpike()
{
    // A property over random series: every bucket's count is at most the
    // display point that stands for it, and every display point is some
    // bucket's count.
    QRandomGenerator random(42);
    for (int round = 0; round < 200; ++round) {
        Timeline t(1000, 100000);
        const int seconds = random.bounded(1, 20000);
        for (int s = 0; s < seconds; ++s) {
            const int n = random.bounded(100) < 3 ? random.bounded(1, 50) : random.bounded(2);
            for (int k = 0; k < n; ++k)
                t.add(qint64(s) * 1000, Outcome::Reset);
        }
        const int maxPoints = random.bounded(1, 800);
        const auto &buckets = t.buckets();
        const QList<QPointF> points = Downsampler::maxima(buckets, Outcome::Reset, buckets.constFirst().startMs,
                                                          buckets.constLast().startMs + 1, maxPoints);
        QVERIFY(points.size() <= maxPoints);
        qsizetype p = 0;
        for (const Timeline::Bucket &b : buckets) {
            while (p + 1 < points.size() && points.at(p + 1).x() <= b.startMs)
                ++p;
            QVERIFY(b.count(Outcome::Reset) <= points.at(p).y());
        }
        quint32 highest = 0;
        for (const Timeline::Bucket &b : buckets)
            highest = qMax(highest, b.count(Outcome::Reset));
        double shown = 0;
        for (const QPointF &pt : points)
            shown = qMax(shown, pt.y());
        QCOMPARE(shown, double(highest)); // the tallest spike is always drawn
    }
}

void tst_MonitorData::logSurvivesAKill()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("monitor/target.jsonl"));
    {
        MonitorLog log;
        QString error;
        QVERIFY2(log.open(path, &error), qPrintable(error));
        for (int i = 0; i < 50; ++i) {
            ProbeResult r;
            r.startedAt = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000 + i * 1000);
            r.outcome = i % 5 ? Outcome::Ok : Outcome::Reset;
            r.phase = i % 5 ? Vocabulary::Phase::Done : Vocabulary::Phase::Receive;
            QVERIFY(log.append(r));
        }
    }
    // What a kill in the middle of a write leaves: half a line.
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"at\":1800000050000,\"outcome\":\"res");
    // And times no integer can hold: bad lines, not a cast to undefined
    // (UBSan in the sanitizer run).
    file.write("\n{\"at\":1e300,\"outcome\":\"ok\",\"phase\":\"done\"}\n{\"at\":-5,\"outcome\":\"ok\",\"phase\":\"done\"}\n");
    file.close();
    int skipped = -1;
    const QList<MonitorLog::Sample> samples = MonitorLog::load(path, &skipped);
    QCOMPARE(samples.size(), 50);
    QCOMPARE(skipped, 3);
    QCOMPARE(samples.at(5).outcome, Outcome::Reset);
    // A file that is not a log at all reads as nothing, not as a crash.
    QFile garbage(dir.filePath(QStringLiteral("garbage")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(100000, '\x01'));
    garbage.close();
    QVERIFY(MonitorLog::load(garbage.fileName(), &skipped).isEmpty());
}

void tst_MonitorData::networkEvents()
{
    NetworkEventWatcher::Snapshot before;
    before.upInterfaces = {QStringLiteral("eth0"), QStringLiteral("tun0")};
    before.vpnInterfaces = {QStringLiteral("tun0")};
    before.proxy = QStringLiteral("https_proxy=http://proxy.lan:3128");
    NetworkEventWatcher::Snapshot after;
    after.upInterfaces = {QStringLiteral("eth0"), QStringLiteral("wlan0")};
    after.proxy = QString();
    const QList<NetworkEvent> events = NetworkEventWatcher::differences(before, after, 1234);
    QStringList seen;
    for (const NetworkEvent &e : events)
        seen << e.kind + QLatin1Char(' ') + e.subject;
    QCOMPARE(seen, (QStringList{QStringLiteral("interface-up wlan0"), QStringLiteral("vpn-down tun0"), QStringLiteral("proxy-changed none")}));
    QVERIFY(NetworkEventWatcher::differences(after, after, 1).isEmpty());
}

void tst_MonitorData::patterns_data()
{
    QTest::addColumn<QList<qint64>>("times");
    QTest::addColumn<bool>("periodic");
    QTest::addColumn<int>("bursts");
    QList<qint64> everyMinute, burst, irregular;
    for (int i = 0; i < 8; ++i)
        everyMinute << i * 60000 + (i % 2 ? 900 : -700);
    for (int i = 0; i < 12; ++i)
        burst << 100000 + i * 400;
    irregular = {1000, 9000, 50000, 52000, 200000, 410000};
    QTest::newRow("every minute, give or take") << everyMinute << true << 0;
    QTest::newRow("a burst of twelve") << burst << false << 1;
    QTest::newRow("irregular") << irregular << false << 0;
    QTest::newRow("none") << QList<qint64>{} << false << 0;
}

void tst_MonitorData::patterns()
{
    QFETCH(QList<qint64>, times);
    const ResetPatterns::Result r = ResetPatterns::analyse(times, 600000);
    QTEST(r.periodic, "periodic");
    QTEST(r.bursts, "bursts");
    QCOMPARE(r.resets, int(times.size()));
    QVERIFY(!r.sentence.isEmpty());
    if (r.periodic)
        QVERIFY(qAbs(r.periodMs - 60000) < 2000);
}

QTEST_GUILESS_MAIN(tst_MonitorData)
void tst_MonitorData::summaryGivesTheShareWithItsInterval_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("resets");
    QTest::addColumn<int>("others");
    QTest::addColumn<QString>("expected");

    // Wilson 95% intervals: 5 of 100 is 2.2%..11.2%; 0 of 50 is 0..7.1%;
    // 30 of 30 is 88.6%..100%.
    QTest::newRow("two minutes, a few cut off")
        << 120 << 5 << 95 << "Watched for 2.0 minutes: 100 connections, 5 of them cut off (5%; the true share is likely between 2% and 11%).";
    QTest::newRow("under a minute, none cut off")
        << 50 << 0 << 50 << "Watched for 50 seconds: 50 connections, 0 of them cut off (0%; the true share is likely between 0% and 7%).";
    QTest::newRow("every one cut off") << 30 << 30 << 0
                                       << "Watched for 30 seconds: 30 connections, 30 of them cut off (100%; the true share is likely between 89% and 100%).";
    QTest::newRow("one second") << 1 << 0 << 1 << "Watched for 1 second: 1 connection, 0 of them cut off (0%; the true share is likely between 0% and 79%).";
    QTest::newRow("nothing tried") << 5 << 0 << 0 << "Watched for 5 seconds: no connection was tried.";
}

void tst_MonitorData::summaryOfACraftedTimelineStaysConsistent()
{
    // A saved report can hold any count up to 2^32 - 1 a bucket: summed
    // in 32 bits these made 1 connection with 4,294,967,295 cut off.
    Report report;
    report.timeline.add(1700000000000, Outcome::Reset, std::numeric_limits<quint32>::max());
    report.timeline.add(1700000001000, Outcome::Ok, 2);
    const QString summary = ReportWording::timelineSummary(report);
    QVERIFY2(summary.startsWith(QLatin1String("Watched for 2 seconds: 2147483647 connections, 2147483647 of them cut off (100%;")),
             qPrintable(summary));
}

void tst_MonitorData::summaryGivesTheShareWithItsInterval()
{
    QFETCH(int, seconds);
    QFETCH(int, resets);
    QFETCH(int, others);
    QFETCH(QString, expected);

    // Spread over the seconds as the monitor would; empty seconds count too.
    Report report;
    const qint64 startMs = 1700000000000;
    for (int s = 0; s < seconds; ++s)
        report.timeline.add(startMs + s * 1000, Outcome::Ok, 0);
    for (int i = 0; i < resets; ++i)
        report.timeline.add(startMs + (i % seconds) * 1000, Outcome::Reset);
    for (int i = 0; i < others; ++i)
        report.timeline.add(startMs + (i % seconds) * 1000, Outcome::Ok);

    const QString summary = ReportWording::timelineSummary(report);
    QVERIFY2(summary.startsWith(expected), qPrintable(summary));
}

#include "tst_monitordata.moc"
