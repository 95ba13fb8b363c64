#include "reportjsonwriter.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSaveFile>

namespace {

// Unmeasured times are -1 in ProbeResult and null in the report.
QJsonValue milliseconds(double ms)
{
    if (ms < 0)
        return QJsonValue::Null;
    // qRound64: a check that ran longer than 35 minutes is more
    // microseconds than an int holds.
    return qRound64(ms * 1000.0) / 1000.0;
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs)
                          : QString();
}

// Counts and hop numbers that are -1 when not known are null in the report.
QJsonValue knownOrNull(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject ReportJsonWriter::toJson(const ProbeResult &probe)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), probe.id);
    o.insert(QLatin1String("kind"), Vocabulary::wireName(probe.kind));
    o.insert(QLatin1String("outcome"), Vocabulary::wireName(probe.outcome));
    o.insert(QLatin1String("phase"), Vocabulary::wireName(probe.phase));
    o.insert(QLatin1String("started_at"), isoTime(probe.startedAt));
    o.insert(QLatin1String("elapsed_ms"), milliseconds(probe.elapsedMs));
    if (probe.deadlineMs > 0)
        o.insert(QLatin1String("deadline_ms"), probe.deadlineMs);
    o.insert(QLatin1String("dns_ms"), milliseconds(probe.dnsMs));
    o.insert(QLatin1String("connect_ms"), milliseconds(probe.connectMs));
    o.insert(QLatin1String("tls_ms"), milliseconds(probe.tlsMs));
    o.insert(QLatin1String("first_byte_ms"), milliseconds(probe.firstByteMs));
    o.insert(QLatin1String("idle_ms"), milliseconds(probe.idleMs));
    o.insert(QLatin1String("bytes_sent"), probe.bytesSent);
    o.insert(QLatin1String("bytes_acked"),
             probe.bytesAcked < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(probe.bytesAcked));
    o.insert(QLatin1String("bytes_received"), probe.bytesReceived);
    o.insert(QLatin1String("peer_address"), probe.peerAddress);
    o.insert(QLatin1String("local_port"), probe.localPort ? QJsonValue(int(probe.localPort)) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("peer_port"), probe.peerPort ? QJsonValue(int(probe.peerPort)) : QJsonValue(QJsonValue::Null));
    if (probe.outcome == Vocabulary::Outcome::Reset) {
        o.insert(QLatin1String("reset_sender"), Vocabulary::wireName(probe.resetSender));
        o.insert(QLatin1String("reset_sender_hops"), knownOrNull(probe.resetSenderHops));
    }
    o.insert(QLatin1String("http_status"),
             probe.httpStatus > 0 ? QJsonValue(probe.httpStatus) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("detail"), probe.detail);
    return o;
}

QJsonObject ReportJsonWriter::toJson(const CheckResult &check)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), check.id);
    o.insert(QLatin1String("status"), Vocabulary::wireName(check.status));
    o.insert(QLatin1String("summary"), check.summary);
    o.insert(QLatin1String("details"), QJsonArray::fromStringList(check.details));
    o.insert(QLatin1String("data"), check.data);
    o.insert(QLatin1String("elapsed_ms"), milliseconds(check.elapsedMs));
    if (check.resetOrigin)
        o.insert(QLatin1String("reset_origin"), Vocabulary::wireName(*check.resetOrigin));
    return o;
}

QJsonObject ReportJsonWriter::toJson(const Finding &finding)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), Vocabulary::wireName(finding.id));
    o.insert(QLatin1String("confidence"), qRound(finding.confidence * 100) / 100.0);
    o.insert(QLatin1String("side"), Vocabulary::wireName(finding.side));
    o.insert(QLatin1String("title"), finding.title);
    o.insert(QLatin1String("explanation"), finding.explanation);
    o.insert(QLatin1String("evidence"), QJsonArray::fromStringList(finding.evidence));
    o.insert(QLatin1String("user_steps"), QJsonArray::fromStringList(finding.userSteps));
    o.insert(QLatin1String("admin_steps"), QJsonArray::fromStringList(finding.adminSteps));
    o.insert(QLatin1String("data"), finding.data);
    return o;
}

const QStringList &ReportJsonWriter::tcpStateNames()
{
    static const QStringList names{
        QStringLiteral("established"), QStringLiteral("syn_sent"),   QStringLiteral("syn_recv"),
        QStringLiteral("fin_wait1"),   QStringLiteral("fin_wait2"),  QStringLiteral("time_wait"),
        QStringLiteral("close"),       QStringLiteral("close_wait"), QStringLiteral("last_ack"),
        QStringLiteral("listen"),      QStringLiteral("closing"),    QStringLiteral("new_syn_recv"),
        QStringLiteral("unknown"),
    };
    return names;
}

QJsonObject ReportJsonWriter::toJson(const ResetEvent &event)
{
    QJsonObject o;
    o.insert(QLatin1String("at"), isoTime(QDateTime::fromMSecsSinceEpoch(event.atMs)));
    o.insert(QLatin1String("direction"), Vocabulary::wireName(event.direction));
    o.insert(QLatin1String("local"), event.local);
    o.insert(QLatin1String("remote"), event.remote);
    // As the helper or the reader gave it (a redacted one is a placeholder).
    o.insert(QLatin1String("remote_name"), textOrNull(event.remoteName));
    o.insert(QLatin1String("remote_name_from"),
             textOrNull(event.remoteName.isEmpty() ? QString() : ResetEvent::remoteNameSourceFrom(event.remoteNameSource)));
    // A state the schema does not name (a newer kernel's) is "unknown",
    // so every report keeps to the documented list.
    o.insert(QLatin1String("tcp_state"), tcpStateNames().contains(event.tcpState) ? event.tcpState : QStringLiteral("unknown"));
    o.insert(QLatin1String("program"), textOrNull(event.program));
    o.insert(QLatin1String("pid"), knownOrNull(event.pid));
    o.insert(QLatin1String("exe"), textOrNull(event.exe));
    o.insert(QLatin1String("sender"), Vocabulary::wireName(event.sender));
    o.insert(QLatin1String("sender_hops"), knownOrNull(event.senderHops));
    o.insert(QLatin1String("server_hops"), knownOrNull(event.serverHops));
    o.insert(QLatin1String("idle_ms"), knownOrNull(event.idleMs));
    o.insert(QLatin1String("evidence"), QJsonArray::fromStringList(event.evidence));
    o.insert(QLatin1String("owner"), event.owner);
    o.insert(QLatin1String("kernel_reason"), textOrNull(ResetEvent::kernelReasonFrom(event.kernelReason)));
    return o;
}

QJsonObject ReportJsonWriter::toJson(const ResetWatchInfo &watch)
{
    QJsonObject o{{QStringLiteral("source"), Vocabulary::wireName(watch.source)},
                  {QStringLiteral("why_not"), watch.whyNot},
                  {QStringLiteral("lost_events"), qMax<qint64>(0, watch.lostEvents)},
                  {QStringLiteral("dropped_from_log"), qMax(0, watch.droppedFromLog)}};
    // From the background watch's log rather than a live watch.
    const ResetHistoryInfo &h = watch.history;
    if (h.sinceMs >= 0) {
        auto timeOrNull = [](qint64 ms) {
            return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(isoTime(QDateTime::fromMSecsSinceEpoch(ms)));
        };
        o.insert(QLatin1String("history"), QJsonObject{{QStringLiteral("read"), h.read},
                                                      {QStringLiteral("since"), timeOrNull(h.sinceMs)},
                                                      {QStringLiteral("from"), timeOrNull(h.read ? h.fromMs : -1)},
                                                      {QStringLiteral("to"), timeOrNull(h.read ? h.toMs : -1)},
                                                      {QStringLiteral("files"), qMax(0, h.files)},
                                                      {QStringLiteral("skipped_lines"), qMax<qint64>(0, h.skippedLines)},
                                                      {QStringLiteral("log_dropped"), qMax<qint64>(0, h.logDropped)}});
    }
    return o;
}

QJsonObject ReportJsonWriter::toJson(const Report &report)
{
    QJsonObject root;
    root.insert(QLatin1String("schema"), QLatin1String(Report::Schema));
    if (!report.id.isEmpty())
        root.insert(QLatin1String("report_id"), report.id);
    root.insert(QLatin1String("app_version"), QCoreApplication::applicationVersion());
    root.insert(QLatin1String("target"), report.target);
    root.insert(QLatin1String("started_at"), isoTime(report.startedAt));
    root.insert(QLatin1String("finished_at"), isoTime(report.finishedAt));
    root.insert(QLatin1String("cancelled"), report.cancelled);
    if (report.activity)
        root.insert(QLatin1String("activity"), Vocabulary::wireName(*report.activity));
    if (!report.pastedErrorKind.isEmpty())
        root.insert(QLatin1String("pasted_error_kind"), report.pastedErrorKind);
    QJsonArray checks;
    for (const CheckResult &check : report.checks)
        checks.append(toJson(check));
    root.insert(QLatin1String("checks"), checks);
    QJsonArray probes;
    for (const ProbeResult &probe : report.probes)
        probes.append(toJson(probe));
    root.insert(QLatin1String("probes"), probes);
    QJsonArray findings;
    for (const Finding &finding : report.findings)
        findings.append(toJson(finding));
    root.insert(QLatin1String("findings"), findings);
    if (!report.headline.isEmpty())
        root.insert(QLatin1String("headline"), report.headline);
    if (!report.timeline.isEmpty()) {
        root.insert(QLatin1String("timeline_bucket_ms"), report.timeline.bucketMs());
        root.insert(QLatin1String("timeline"), report.timeline.toJson());
    }
    if (!report.events.isEmpty()) {
        QJsonArray events;
        for (const NetworkEvent &event : report.events) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(event.atMs);
            events.append(QJsonObject{{QStringLiteral("at"), isoTime(at)},
                                      {QStringLiteral("kind"), event.kind},
                                      {QStringLiteral("subject"), event.subject}});
        }
        root.insert(QLatin1String("events"), events);
    }
    if (report.resetWatch.ran) {
        root.insert(QLatin1String("reset_watch"), toJson(report.resetWatch));
        QJsonArray resets;
        for (const ResetEvent &event : report.resetEvents)
            resets.append(toJson(event));
        root.insert(QLatin1String("reset_events"), resets);
    }
    if (report.serverHistory.included) {
        const ServerHistory &history = report.serverHistory;
        QJsonArray resets;
        for (const ResetEvent &event : history.events)
            resets.append(toJson(event));
        root.insert(QLatin1String("server_history"), QJsonObject{{QStringLiteral("servers"), QJsonArray::fromStringList(history.servers)},
                                                                {QStringLiteral("reset_watch"), toJson(history.watch)},
                                                                {QStringLiteral("reset_events"), resets}});
    }
    if (!report.systemResets.isEmpty()) {
        root.insert(QLatin1String("system_resets_bucket_ms"), report.systemResets.bucketMs());
        root.insert(QLatin1String("system_resets"), report.systemResets.toJson());
    }
    if (!report.environment.isEmpty())
        root.insert(QLatin1String("environment"), report.environment.toJson());
    return root;
}

QByteArray ReportJsonWriter::toBytes(const Report &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

bool ReportJsonWriter::writeFile(const Report &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the report to %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toBytes(report));
    if (!file.commit()) {
        *error = tr("Cannot write the report to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
