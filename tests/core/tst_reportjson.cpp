#include "report/reportjsonreader.h"
#include "report/reportjsonwriter.h"
#include "resetwatch/resetlog.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
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
    void resetFieldsFollowTheSchema();
    void noResetWatchNoResetKeys();
    void resetLogRoundTrips();
    void resetEventsAreReadCarefully_data();
    void resetEventsAreReadCarefully();
    void tooManyResetsAreCappedNotRefused_data();
    void tooManyResetsAreCappedNotRefused();

private:
    static Report sampleReport();
    // sampleReport() with a reset watch that saw two resets.
    static Report watchedReport();
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

Report tst_ReportJson::watchedReport()
{
    Report report = sampleReport();
    report.probes[0].localPort = 50412;
    report.probes[0].peerPort = 8080;
    report.probes[0].resetSender = ResetSender::Middlebox;
    report.probes[0].resetSenderHops = 2;
    report.resetWatch.ran = true;
    report.resetWatch.source = WatchSource::PacketCapture;
    report.resetWatch.whyNot = QStringLiteral("The kernel's events could not be read.");
    report.resetWatch.lostEvents = 7;
    report.resetWatch.droppedFromLog = 3;
    ResetEvent middlebox;
    middlebox.atMs = report.startedAt.addMSecs(1500).toMSecsSinceEpoch();
    middlebox.direction = ResetDirection::Received;
    middlebox.local = QStringLiteral("10.0.0.2:50412");
    middlebox.remote = QStringLiteral("127.0.0.1:8080");
    middlebox.remoteName = QStringLiteral("web.example.test");
    middlebox.remoteNameSource = QStringLiteral("tls");
    middlebox.tcpState = QStringLiteral("established");
    middlebox.pid = 4242;
    middlebox.program = QStringLiteral("curl");
    middlebox.exe = QStringLiteral("/usr/bin/curl");
    middlebox.owner = QStringLiteral("connect");
    middlebox.sender = ResetSender::Middlebox;
    middlebox.senderHops = 2;
    middlebox.serverHops = 9;
    middlebox.idleMs = 30000;
    middlebox.evidence = {QStringLiteral("TTL 62, 2 hops away"), QStringLiteral("the server's packets: TTL 55")};
    ResetEvent unknown;
    unknown.atMs = middlebox.atMs + 250;
    unknown.direction = ResetDirection::Sent;
    unknown.local = QStringLiteral("[2001:db8::2]:41000");
    unknown.remote = QStringLiteral("[2001:db8::1]:443");
    unknown.tcpState = QStringLiteral("fin_wait1");
    unknown.owner = QStringLiteral("not_found");
    unknown.kernelReason = QStringLiteral("TCP_ABORT_ON_DATA");
    report.resetEvents = {middlebox, unknown};
    report.systemResets.add(middlebox.atMs, Outcome::Reset, 2);
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
    QTest::addColumn<int>("mostBuckets");
    const QByteArray head = R"({"schema": "connection-doctor/report/1", "app_version": "x", "target": "a:1", )";
    QTest::newRow("not JSON") << QByteArray("{\"schema\": ") << false << "not valid JSON" << 0;
    QTest::newRow("another schema") << QByteArray(R"({"schema": "something/else"})") << false << "not a Connection Doctor report" << 0;
    QTest::newRow("a newer report") << QByteArray(R"({"schema": "connection-doctor/report/9"})") << false << "newer format" << 0;
    QTest::newRow("checks of the wrong type") << head + R"("checks": {}})" << false << "\"checks\"" << 0;
    QTest::newRow("a finding that is not an object") << head + R"("findings": [1]})" << false << "\"findings\"" << 0;
    QByteArray many = head + R"("findings": [)";
    for (int i = 0; i < 5000; ++i)
        many += i ? ",{}" : "{}";
    QTest::newRow("thousands of findings") << many + "]}" << false << "more entries" << 0;
    // Buckets of 1 ms far apart: read densely, this would be a billion
    // empty buckets. The reader stops at the first gap.
    QByteArray sparse = head + R"("timeline_bucket_ms": 1, "timeline": [)";
    for (int i = 0; i < 2000; ++i) {
        const QDateTime at = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addMSecs(qint64(i) * 86'399'000);
        sparse += (i ? "," : "") + QByteArray(R"({"start": ")") + at.toString(Qt::ISODateWithMs).toLatin1() + R"(", "reset": 1})";
    }
    QTest::newRow("sparse one-millisecond buckets") << sparse + "]}" << true << QString() << 1;
    // Two entries a day apart, 300 bytes: filled in, a day of empty buckets.
    QTest::newRow("a gap of a day") << head + R"("timeline": [{"start": "2026-01-01T00:00:00.000Z", "ok": 1}, {"start": "2026-01-02T00:00:00.000Z", "ok": 1}]})" << true
                                    << QString() << 1;
    QTest::newRow("buckets in a row, one twice")
        << head + R"("timeline": [{"start": "2026-01-01T00:00:00.000Z", "ok": 1}, {"start": "2026-01-01T00:00:01.000Z", "reset": 1}, {"start": "2026-01-01T00:00:01.000Z", "ok": 1}, {"start": "2026-01-01T00:00:02.000Z", "ok": 1}]})"
        << true << QString() << 3;
    // Found by the fuzzer: written again, such a time overflowed the int
    // that rounds it (undefined behaviour). Read as not measured.
    QTest::newRow("a time longer than any run")
        << head + R"("checks": [{"id": "proxy.comparison", "status": "skip", "elapsed_ms": 1e121}], "probes": [{"id": 0, "outcome": "ok", "elapsed_ms": 1e300, "connect_ms": 2592000001}]})"
        << true << QString() << 0;
    QTest::newRow("buckets out of order") << head + R"("timeline": [{"start": "2026-01-02T00:00:00.000Z", "ok": 1}, {"start": "2025-01-01T00:00:00.000Z", "ok": 1}]})" << true << QString() << 1;
}

void tst_ReportJson::hostileReportsAreRefusedOrBounded()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, read);
    QFETCH(QString, message);
    QFETCH(int, mostBuckets);
    Report report;
    QString error;
    QCOMPARE(ReportJsonReader::read(json, &report, &error), read);
    if (!read)
        QVERIFY2(error.contains(message), qPrintable(error));
    // Whatever was read is bounded by what the file holds: never more
    // buckets than entries, and none made up for a gap.
    QVERIFY2(report.timeline.buckets().size() <= mostBuckets, qPrintable(QString::number(report.timeline.buckets().size())));
    // Times are what a run could have measured, and the report can be
    // saved again (the sanitizer build checks the arithmetic on the way).
    constexpr double MostMs = 30.0 * 24 * 3600 * 1000;
    for (const CheckResult &c : std::as_const(report.checks))
        QVERIFY(c.elapsedMs >= 0 && c.elapsedMs <= MostMs);
    for (const ProbeResult &p : std::as_const(report.probes)) {
        QVERIFY(p.elapsedMs >= 0 && p.elapsedMs <= MostMs);
        QVERIFY(p.connectMs <= MostMs);
    }
    QVERIFY(!ReportJsonWriter::toJson(report).isEmpty());
}

void tst_ReportJson::resetFieldsFollowTheSchema()
{
    const QJsonObject root = ReportJsonWriter::toJson(watchedReport());
    const QJsonObject watch = root.value(QLatin1String("reset_watch")).toObject();
    QCOMPARE(watch.value(QLatin1String("source")).toString(), QStringLiteral("packet-capture"));
    QCOMPARE(watch.value(QLatin1String("why_not")).toString(), QStringLiteral("The kernel's events could not be read."));
    QCOMPARE(watch.value(QLatin1String("lost_events")).toInteger(), 7);
    QCOMPARE(watch.value(QLatin1String("dropped_from_log")).toInteger(), 3);

    const QJsonArray events = root.value(QLatin1String("reset_events")).toArray();
    QCOMPARE(events.size(), 2);
    const QStringList keys{"at", "direction", "local", "remote", "tcp_state", "program", "pid", "exe", "sender",
                           "sender_hops", "server_hops", "idle_ms", "evidence", "owner", "kernel_reason",
                           "remote_name", "remote_name_from"};
    for (const QJsonValue &event : events) {
        QStringList written = event.toObject().keys();
        QStringList expected = keys;
        written.sort();
        expected.sort();
        QCOMPARE(written, expected);
    }
    const QJsonObject first = events.at(0).toObject();
    // The same layout as every other time in the report: milliseconds and an offset.
    const QString at = first.value(QLatin1String("at")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.500(Z|[+-]\\d{2}:\\d{2})$")).match(at).hasMatch(),
             qPrintable(at));
    QCOMPARE(QDateTime::fromString(at, Qt::ISODateWithMs).toMSecsSinceEpoch(), watchedReport().resetEvents.constFirst().atMs);
    QCOMPARE(first.value(QLatin1String("direction")).toString(), QStringLiteral("received"));
    QCOMPARE(first.value(QLatin1String("sender")).toString(), QStringLiteral("middlebox"));
    QCOMPARE(first.value(QLatin1String("sender_hops")).toInt(), 2);
    QCOMPARE(first.value(QLatin1String("server_hops")).toInt(), 9);
    QCOMPARE(first.value(QLatin1String("pid")).toInteger(), 4242);
    QCOMPARE(first.value(QLatin1String("idle_ms")).toInteger(), 30000);
    QCOMPARE(first.value(QLatin1String("evidence")).toArray().size(), 2);
    QCOMPARE(first.value(QLatin1String("remote_name")).toString(), QStringLiteral("web.example.test"));
    QCOMPARE(first.value(QLatin1String("remote_name_from")).toString(), QStringLiteral("tls"));
    // What the watch could not tell is null, not -1 or "".
    const QJsonObject second = events.at(1).toObject();
    QCOMPARE(second.value(QLatin1String("direction")).toString(), QStringLiteral("sent"));
    QCOMPARE(second.value(QLatin1String("sender")).toString(), QStringLiteral("unknown"));
    for (const char *key : {"program", "pid", "exe", "sender_hops", "server_hops", "idle_ms", "remote_name", "remote_name_from"})
        QVERIFY2(second.value(QLatin1String(key)).isNull(), key);
    QCOMPARE(second.value(QLatin1String("owner")).toString(), QStringLiteral("not_found"));

    QCOMPARE(root.value(QLatin1String("system_resets_bucket_ms")).toInt(), 1000);
    QCOMPARE(root.value(QLatin1String("system_resets")).toArray().size(), 1);
    QCOMPARE(root.value(QLatin1String("system_resets")).toArray().at(0).toObject().value(QLatin1String("reset")).toInt(), 2);

    // A probe cut off by a reset says who sent it; every probe has its ports.
    const QJsonArray probes = root.value(QLatin1String("probes")).toArray();
    const QJsonObject reset = probes.at(0).toObject();
    QCOMPARE(reset.value(QLatin1String("reset_sender")).toString(), QStringLiteral("middlebox"));
    QCOMPARE(reset.value(QLatin1String("reset_sender_hops")).toInt(), 2);
    QCOMPARE(reset.value(QLatin1String("local_port")).toInt(), 50412);
    QCOMPARE(reset.value(QLatin1String("peer_port")).toInt(), 8080);
    const QJsonObject ok = probes.at(1).toObject();
    QVERIFY(!ok.contains(QLatin1String("reset_sender")));
    QVERIFY(!ok.contains(QLatin1String("reset_sender_hops")));
    QVERIFY(ok.value(QLatin1String("local_port")).isNull());
    QVERIFY(ok.value(QLatin1String("peer_port")).isNull());
}

void tst_ReportJson::noResetWatchNoResetKeys()
{
    const QJsonObject root = ReportJsonWriter::toJson(sampleReport());
    for (const char *key : {"reset_watch", "reset_events", "system_resets", "system_resets_bucket_ms"})
        QVERIFY2(!root.contains(QLatin1String(key)), key);
    Report back;
    QString error;
    QVERIFY2(ReportJsonReader::read(ReportJsonWriter::toBytes(sampleReport()), &back, &error), qPrintable(error));
    QVERIFY(!back.resetWatch.ran);
    QVERIFY(back.resetEvents.isEmpty());
}

void tst_ReportJson::resetLogRoundTrips()
{
    const Report report = watchedReport();
    Report back;
    QString error;
    QVERIFY2(ReportJsonReader::read(ReportJsonWriter::toBytes(report), &back, &error), qPrintable(error));
    QVERIFY(back.resetWatch.ran);
    QCOMPARE(back.resetWatch.source, report.resetWatch.source);
    QCOMPARE(back.resetWatch.whyNot, report.resetWatch.whyNot);
    QCOMPARE(back.resetWatch.lostEvents, report.resetWatch.lostEvents);
    QCOMPARE(back.resetWatch.droppedFromLog, report.resetWatch.droppedFromLog);
    QCOMPARE(back.resetEvents.size(), report.resetEvents.size());
    for (qsizetype i = 0; i < back.resetEvents.size(); ++i) {
        const ResetEvent &a = back.resetEvents.at(i);
        const ResetEvent &b = report.resetEvents.at(i);
        QCOMPARE(a.atMs, b.atMs);
        QCOMPARE(a.direction, b.direction);
        QCOMPARE(a.local, b.local);
        QCOMPARE(a.remote, b.remote);
        QCOMPARE(a.tcpState, b.tcpState);
        QCOMPARE(a.program, b.program);
        QCOMPARE(a.pid, b.pid);
        QCOMPARE(a.exe, b.exe);
        QCOMPARE(a.owner, b.owner);
        QCOMPARE(a.sender, b.sender);
        QCOMPARE(a.senderHops, b.senderHops);
        QCOMPARE(a.serverHops, b.serverHops);
        QCOMPARE(a.idleMs, b.idleMs);
        QCOMPARE(a.evidence, b.evidence);
        QCOMPARE(a.kernelReason, b.kernelReason);
        QCOMPARE(a.remoteName, b.remoteName);
        QCOMPARE(a.remoteNameSource, b.remoteNameSource);
    }
    QCOMPARE(back.systemResets.total(Outcome::Reset), 2u);
    QCOMPARE(back.probes.at(0).localPort, quint16(50412));
    QCOMPARE(back.probes.at(0).peerPort, quint16(8080));
    QCOMPARE(back.probes.at(0).resetSender, ResetSender::Middlebox);
    QCOMPARE(back.probes.at(0).resetSenderHops, 2);
    QCOMPARE(back.probes.at(1).localPort, quint16(0));
    QCOMPARE(back.probes.at(1).resetSenderHops, -1);
    // And written again, the same document.
    QCOMPARE(ReportJsonWriter::toJson(back), ReportJsonWriter::toJson(report));
}

void tst_ReportJson::resetEventsAreReadCarefully_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<int>("senderHops");
    QTest::addColumn<QString>("tcpState");
    const QByteArray at = R"("at": "2026-01-01T00:00:00.000Z")";
    const QByteArray ends = R"("direction": "received", "local": "10.0.0.2:5000", "remote": "10.0.0.1:80")";
    QTest::newRow("a complete reset") << at + ", " + ends + R"(, "sender": "middlebox", "sender_hops": 3, "tcp_state": "established")"
                                      << true << "middlebox" << 3 << "established";
    QTest::newRow("a sender it does not know") << at + ", " + ends + R"(, "sender": "router", "sender_hops": 3)"
                                               << true << "unknown" << 3 << "unknown";
    QTest::newRow("hops that are not a number") << at + ", " + ends + R"(, "sender": "middlebox", "sender_hops": "three")"
                                                << true << "middlebox" << -1 << "unknown";
    QTest::newRow("negative hops") << at + ", " + ends + R"(, "sender_hops": -4)" << true << "unknown" << -1 << "unknown";
    QTest::newRow("hops past any TTL") << at + ", " + ends + R"(, "sender_hops": 100000)" << true << "unknown" << 255 << "unknown";
    QTest::newRow("a state it does not know") << at + ", " + ends + R"(, "tcp_state": "bound_inactive")"
                                              << true << "unknown" << -1 << "unknown";
    QTest::newRow("no time") << ends << false << QString() << -1 << QString();
    QTest::newRow("a time that is not one") << R"("at": "yesterday", )" + ends << false << QString() << -1 << QString();
    QTest::newRow("a direction it does not know") << at + R"(, "direction": "sideways", "local": "a:1", "remote": "b:2")"
                                                  << false << QString() << -1 << QString();
    QTest::newRow("no remote end") << at + R"(, "direction": "sent", "local": "a:1")" << false << QString() << -1 << QString();
}

void tst_ReportJson::resetEventsAreReadCarefully()
{
    QFETCH(QByteArray, event);
    QFETCH(bool, kept);
    QFETCH(QString, sender);
    QFETCH(int, senderHops);
    QFETCH(QString, tcpState);
    // Next to the entry under test, one that is not an object at all: skipped, not fatal.
    const QByteArray json = R"({"schema": "connection-doctor/report/1", "target": "a:1", "reset_watch": {"source": "warp-drive"},)"
                            R"( "reset_events": [42, {)" + event + "}]}";
    Report report;
    QString error;
    QVERIFY2(ReportJsonReader::read(json, &report, &error), qPrintable(error));
    QVERIFY(report.resetWatch.ran);
    QCOMPARE(report.resetWatch.source, WatchSource::CountersOnly); // claims no more than it knows
    QCOMPARE(report.resetEvents.size(), kept ? 1 : 0);
    if (!kept)
        return;
    const ResetEvent &e = report.resetEvents.constFirst();
    QCOMPARE(wireName(e.sender), sender);
    QCOMPARE(e.senderHops, senderHops);
    QCOMPARE(e.tcpState, tcpState);
    QCOMPARE(e.pid, -1);
}

void tst_ReportJson::tooManyResetsAreCappedNotRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("read");
    QTest::addColumn<int>("leftOut");
    const QByteArray head = R"({"schema": "connection-doctor/report/1", "target": "a:1", "reset_watch": {"source": "kernel-events"}, "reset_events": [)";
    // A million entries that are nothing: only the first MaxEvents are
    // even looked at.
    QByteArray empty = head;
    empty.reserve(head.size() + 3 * 1000000 + 2);
    for (int i = 0; i < 1000000; ++i)
        empty += i ? ",{}" : "{}";
    QTest::newRow("a million empty resets") << empty + "]}" << 0 << 1000000 - ResetLog::MaxEvents;
    QByteArray full = head;
    const QByteArray event = R"({"at": "2026-01-01T00:00:00.000Z", "direction": "received", "local": "10.0.0.2:5000", "remote": "10.0.0.1:80"})";
    full.reserve(head.size() + (event.size() + 1) * (ResetLog::MaxEvents + 10));
    for (int i = 0; i < ResetLog::MaxEvents + 10; ++i)
        full += (i ? "," : "") + event;
    QTest::newRow("ten more resets than the log keeps") << full + "]}" << int(ResetLog::MaxEvents) << 10;
    QTest::newRow("reset events of the wrong type") << head.chopped(1) + R"({"x": 1}})" << 0 << 0;
}

void tst_ReportJson::tooManyResetsAreCappedNotRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(int, read);
    QFETCH(int, leftOut);
    Report report;
    QString error;
    QVERIFY2(ReportJsonReader::read(json, &report, &error), qPrintable(error));
    QCOMPARE(report.resetEvents.size(), read);
    QCOMPARE(report.resetWatch.droppedFromLog, leftOut);
}

QTEST_GUILESS_MAIN(tst_ReportJson)
#include "tst_reportjson.moc"
