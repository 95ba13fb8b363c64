#include "report/reportjsonreader.h"
#include "report/reportjsonwriter.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Vocabulary;

class tst_ReportJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeFieldsFollowTheSchema();
    void documentRoundTripsThroughAFile();
    void unwritablePathIsAnError();
    void hostileReportsAreRefusedOrBounded_data();
    void hostileReportsAreRefusedOrBounded();

private:
    static Report sampleReport();
};

Report tst_ReportJson::sampleReport()
{
    Report report;
    report.target = QStringLiteral("127.0.0.1:8080");
    report.startedAt = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::OffsetFromUTC, 3600);
    report.finishedAt = report.startedAt.addSecs(5);
    ProbeResult reset;
    reset.id = 0;
    reset.kind = ProbeKind::Payload;
    reset.outcome = Outcome::Reset;
    reset.phase = Phase::Send;
    reset.elapsedMs = 12.3456;
    reset.connectMs = 0.25;
    reset.bytesSent = 70000;
    reset.bytesAcked = 65600;
    reset.bytesReceived = 0;
    reset.startedAt = report.startedAt;
    ProbeResult ok;
    ok.id = 1;
    ok.outcome = Outcome::Ok;
    ok.phase = Phase::Done;
    ok.httpStatus = 200;
    ok.bytesReceived = 116;
    report.probes = {reset, ok};
    return report;
}

void tst_ReportJson::probeFieldsFollowTheSchema()
{
    const QJsonObject root = ReportJsonWriter::toJson(sampleReport());
    QCOMPARE(root.value(QLatin1String("schema")).toString(), QStringLiteral("connection-doctor/report/1"));
    QCOMPARE(root.value(QLatin1String("target")).toString(), QStringLiteral("127.0.0.1:8080"));
    QCOMPARE(root.value(QLatin1String("started_at")).toString(), QStringLiteral("2026-11-25T12:00:00.000+01:00"));
    const QJsonArray probes = root.value(QLatin1String("probes")).toArray();
    QCOMPARE(probes.size(), 2);
    const QJsonObject first = probes.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("outcome")).toString(), QStringLiteral("reset"));
    QCOMPARE(first.value(QLatin1String("phase")).toString(), QStringLiteral("send"));
    QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("payload"));
    QCOMPARE(first.value(QLatin1String("elapsed_ms")).toDouble(), 12.346);
    QCOMPARE(first.value(QLatin1String("bytes_sent")).toInteger(), 70000);
    QCOMPARE(first.value(QLatin1String("bytes_acked")).toInteger(), 65600);
    QCOMPARE(first.value(QLatin1String("bytes_received")).toInteger(), 0);
    QVERIFY(first.value(QLatin1String("dns_ms")).isNull()); // not measured
    QVERIFY(first.value(QLatin1String("http_status")).isNull());
    const QJsonObject second = probes.at(1).toObject();
    QCOMPARE(second.value(QLatin1String("outcome")).toString(), QStringLiteral("ok"));
    QCOMPARE(second.value(QLatin1String("http_status")).toInt(), 200);
    QVERIFY(second.value(QLatin1String("bytes_acked")).isNull());
}

void tst_ReportJson::documentRoundTripsThroughAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.json"));
    QString error;
    QVERIFY2(ReportJsonWriter::writeFile(sampleReport(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(doc.object(), ReportJsonWriter::toJson(sampleReport()));
}

void tst_ReportJson::unwritablePathIsAnError()
{
    QString error;
    QVERIFY(!ReportJsonWriter::writeFile(sampleReport(), QStringLiteral("/nonexistent-dir/x/report.json"), &error));
    QVERIFY(error.contains(QLatin1String("/nonexistent-dir/x/report.json")));
}

void tst_ReportJson::hostileReportsAreRefusedOrBounded_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("read");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"({"schema": "connection-doctor/report/1", "app_version": "x", "target": "a:1", )";
    QTest::newRow("not JSON") << QByteArray("{\"schema\": ") << false << "not valid JSON";
    QTest::newRow("another schema") << QByteArray(R"({"schema": "something/else"})") << false << "not a Connection Doctor report";
    QTest::newRow("a newer report") << QByteArray(R"({"schema": "connection-doctor/report/9"})") << false << "newer format";
    QTest::newRow("checks of the wrong type") << head + R"("checks": {}})" << false << "\"checks\"";
    QTest::newRow("a finding that is not an object") << head + R"("findings": [1]})" << false << "\"findings\"";
    QByteArray many = head + R"("findings": [)";
    for (int i = 0; i < 5000; ++i)
        many += i ? ",{}" : "{}";
    QTest::newRow("thousands of findings") << many + "]}" << false << "more entries";
    // Buckets of 1 ms far apart: read densely, this would be a billion
    // empty buckets. The reader keeps what fits and stops.
    QByteArray sparse = head + R"("timeline_bucket_ms": 1, "timeline": [)";
    for (int i = 0; i < 2000; ++i) {
        const QDateTime at = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addMSecs(qint64(i) * 86'399'000);
        sparse += (i ? "," : "") + QByteArray(R"({"start": ")") + at.toString(Qt::ISODateWithMs).toLatin1() + R"(", "reset": 1})";
    }
    QTest::newRow("sparse one-millisecond buckets") << sparse + "]}" << true << QString();
    QTest::newRow("buckets out of order") << head + R"("timeline": [{"start": "2026-01-02T00:00:00.000Z", "ok": 1}, {"start": "2025-01-01T00:00:00.000Z", "ok": 1}]})" << true << QString();
}

void tst_ReportJson::hostileReportsAreRefusedOrBounded()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, read);
    QFETCH(QString, message);
    Report report;
    QString error;
    QCOMPARE(ReportJsonReader::read(json, &report, &error), read);
    if (!read)
        QVERIFY2(error.contains(message), qPrintable(error));
    // Whatever was read is bounded: at most a day of buckets plus one per entry.
    QVERIFY(report.timeline.buckets().size() <= 86400 + 2000);
}

QTEST_GUILESS_MAIN(tst_ReportJson)
#include "tst_reportjson.moc"
