#include "reportjsonreader.h"

#include "reportjsonwriter.h"
#include "resetwatch/resetlog.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>

#include <limits>
#include <optional>

namespace {

QDateTime time(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// A time we measured, or -1 (null, missing, negative, or longer than any
// run: a crafted 1e121 would overflow whatever rounds it for display).
double milliseconds(const QJsonValue &value)
{
    constexpr double MostMs = 30.0 * 24 * 3600 * 1000;
    const double ms = value.isDouble() ? value.toDouble() : -1;
    return ms >= 0 && ms <= MostMs ? ms : -1;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

// A whole number of at least 0, or -1 (null, missing, negative, not a number).
qint64 knownOrMinusOne(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 0 ? value.toInteger(-1) : -1;
}

// Text from a file someone may have crafted: no longer than the reset
// helper's own bounds (HelperStreamParser), so one entry cannot fill a view.
QString boundedText(const QJsonValue &value, qsizetype most)
{
    return value.toString().left(most);
}

template<typename Enum>
Enum wireValue(const QJsonValue &value, std::optional<Enum> (*fromWireName)(const QString &), Enum fallback)
{
    return fromWireName(value.toString()).value_or(fallback);
}

ProbeResult probeFromJson(const QJsonObject &o)
{
    using namespace Vocabulary;
    ProbeResult p;
    p.id = o.value(QLatin1String("id")).toInt(-1);
    p.kind = wireValue(o.value(QLatin1String("kind")), &probeKindFromWireName, ProbeKind::Exchange);
    p.outcome = wireValue(o.value(QLatin1String("outcome")), &outcomeFromWireName, Outcome::Timeout);
    p.phase = wireValue(o.value(QLatin1String("phase")), &phaseFromWireName, Phase::Dns);
    p.startedAt = time(o.value(QLatin1String("started_at")));
    p.elapsedMs = qMax(0.0, milliseconds(o.value(QLatin1String("elapsed_ms"))));
    p.deadlineMs = qMax<qint64>(0, o.value(QLatin1String("deadline_ms")).toInteger());
    p.dnsMs = milliseconds(o.value(QLatin1String("dns_ms")));
    p.connectMs = milliseconds(o.value(QLatin1String("connect_ms")));
    p.tlsMs = milliseconds(o.value(QLatin1String("tls_ms")));
    p.firstByteMs = milliseconds(o.value(QLatin1String("first_byte_ms")));
    p.idleMs = milliseconds(o.value(QLatin1String("idle_ms")));
    p.bytesSent = o.value(QLatin1String("bytes_sent")).toInteger();
    p.bytesAcked = o.value(QLatin1String("bytes_acked")).isDouble() ? o.value(QLatin1String("bytes_acked")).toInteger() : -1;
    p.bytesReceived = o.value(QLatin1String("bytes_received")).toInteger();
    p.peerAddress = o.value(QLatin1String("peer_address")).toString();
    p.localPort = quint16(qBound(qint64(0), knownOrMinusOne(o.value(QLatin1String("local_port"))), qint64(65535)));
    p.peerPort = quint16(qBound(qint64(0), knownOrMinusOne(o.value(QLatin1String("peer_port"))), qint64(65535)));
    p.resetSender = wireValue(o.value(QLatin1String("reset_sender")), &resetSenderFromWireName, ResetSender::Unknown);
    p.resetSenderHops = int(qMin<qint64>(knownOrMinusOne(o.value(QLatin1String("reset_sender_hops"))), 255));
    p.httpStatus = o.value(QLatin1String("http_status")).toInt();
    p.detail = o.value(QLatin1String("detail")).toString();
    return p;
}

CheckResult checkFromJson(const QJsonObject &o)
{
    using namespace Vocabulary;
    CheckResult c;
    c.id = o.value(QLatin1String("id")).toString();
    c.status = wireValue(o.value(QLatin1String("status")), &checkStatusFromWireName, CheckStatus::Skip);
    c.summary = o.value(QLatin1String("summary")).toString();
    c.details = strings(o.value(QLatin1String("details")));
    c.data = o.value(QLatin1String("data")).toObject();
    c.elapsedMs = qMax(0.0, milliseconds(o.value(QLatin1String("elapsed_ms"))));
    if (o.contains(QLatin1String("reset_origin")))
        c.resetOrigin = resetOriginFromWireName(o.value(QLatin1String("reset_origin")).toString());
    return c;
}

Finding findingFromJson(const QJsonObject &o)
{
    using namespace Vocabulary;
    Finding f;
    f.id = wireValue(o.value(QLatin1String("id")), &findingIdFromWireName, FindingId::NoProblemFound);
    f.confidence = qBound(0.0, o.value(QLatin1String("confidence")).toDouble(), 1.0);
    f.side = wireValue(o.value(QLatin1String("side")), &sideFromWireName, Side::TheServer);
    f.title = o.value(QLatin1String("title")).toString();
    f.explanation = o.value(QLatin1String("explanation")).toString();
    f.evidence = strings(o.value(QLatin1String("evidence")));
    f.userSteps = strings(o.value(QLatin1String("user_steps")));
    f.adminSteps = strings(o.value(QLatin1String("admin_steps")));
    f.data = o.value(QLatin1String("data")).toObject();
    return f;
}

// One reset of the reset log; nullopt for an entry without its time,
// direction or addresses, which is skipped. Other values that are missing or
// not understood read as "not known".
std::optional<ResetEvent> resetEventFromJson(const QJsonValue &value)
{
    using namespace Vocabulary;
    // Far more than the reset helper ever writes; a longer list only slows
    // every view of the report.
    constexpr qsizetype MaxEvidenceLines = 20;
    const QJsonObject o = value.toObject();
    const QDateTime at = time(o.value(QLatin1String("at")));
    const std::optional<ResetDirection> direction = resetDirectionFromWireName(o.value(QLatin1String("direction")).toString());
    ResetEvent r;
    r.local = boundedText(o.value(QLatin1String("local")), 64);
    r.remote = boundedText(o.value(QLatin1String("remote")), 64);
    // Optional (older reports lack it); a name that breaks the rules reads
    // as not known, as it would from the helper, but a redacted report's
    // placeholder ("[host-1]") is kept.
    static const QRegularExpression placeholder(QStringLiteral("^\\[[a-z]+(?:-[a-z]+)?-[0-9]{1,9}\\]$"));
    const QString name = o.value(QLatin1String("remote_name")).toString();
    r.remoteName = placeholder.match(name).hasMatch() ? name : ResetEvent::remoteNameFrom(name);
    if (!r.remoteName.isEmpty())
        r.remoteNameSource = ResetEvent::remoteNameSourceFrom(o.value(QLatin1String("remote_name_from")).toString());
    if (!at.isValid() || !direction || r.local.isEmpty() || r.remote.isEmpty())
        return std::nullopt;
    r.atMs = at.toMSecsSinceEpoch();
    r.direction = *direction;
    const QString state = o.value(QLatin1String("tcp_state")).toString();
    r.tcpState = ReportJsonWriter::tcpStateNames().contains(state) ? state : QStringLiteral("unknown");
    r.program = boundedText(o.value(QLatin1String("program")), 64);
    r.pid = knownOrMinusOne(o.value(QLatin1String("pid")));
    r.exe = boundedText(o.value(QLatin1String("exe")), 1024);
    r.owner = boundedText(o.value(QLatin1String("owner")), 20);
    r.kernelReason = ResetEvent::kernelReasonFrom(o.value(QLatin1String("kernel_reason")).toString());
    r.sender = wireValue(o.value(QLatin1String("sender")), &resetSenderFromWireName, ResetSender::Unknown);
    // Hops are TTL differences: never more than 255.
    r.senderHops = int(qMin<qint64>(knownOrMinusOne(o.value(QLatin1String("sender_hops"))), 255));
    r.serverHops = int(qMin<qint64>(knownOrMinusOne(o.value(QLatin1String("server_hops"))), 255));
    r.idleMs = knownOrMinusOne(o.value(QLatin1String("idle_ms")));
    const QJsonArray evidence = o.value(QLatin1String("evidence")).toArray();
    for (qsizetype i = 0; i < qMin(evidence.size(), MaxEvidenceLines); ++i) {
        if (evidence.at(i).isString())
            r.evidence << boundedText(evidence.at(i), 1000);
    }
    return r;
}

// What a reset watch could see (a live one, or the background watch's log).
ResetWatchInfo watchInfoFromJson(const QJsonObject &o)
{
    using namespace Vocabulary;
    ResetWatchInfo info;
    info.ran = true;
    info.source = wireValue(o.value(QLatin1String("source")), &watchSourceFromWireName, WatchSource::CountersOnly);
    info.whyNot = boundedText(o.value(QLatin1String("why_not")), 1000);
    info.lostEvents = qMax<qint64>(0, knownOrMinusOne(o.value(QLatin1String("lost_events"))));
    info.droppedFromLog = int(qBound(qint64(0), knownOrMinusOne(o.value(QLatin1String("dropped_from_log"))),
                                     qint64(std::numeric_limits<int>::max())));
    const QJsonValue history = o.value(QLatin1String("history"));
    if (history.isObject()) {
        const QJsonObject h = history.toObject();
        auto ms = [&h](const char *key) {
            const QDateTime at = time(h.value(QLatin1String(key)));
            return at.isValid() ? at.toMSecsSinceEpoch() : qint64(-1);
        };
        info.history.sinceMs = ms("since");
        info.history.read = h.value(QLatin1String("read")).toBool() && info.history.sinceMs >= 0;
        info.history.fromMs = ms("from");
        info.history.toMs = ms("to");
        info.history.files = int(qBound(qint64(0), knownOrMinusOne(h.value(QLatin1String("files"))), qint64(100000)));
        info.history.skippedLines = qMax<qint64>(0, knownOrMinusOne(h.value(QLatin1String("skipped_lines"))));
        info.history.logDropped = qMax<qint64>(0, knownOrMinusOne(h.value(QLatin1String("log_dropped"))));
    }
    return info;
}

// A list of resets. More than the log keeps (ResetLog::MaxEvents) was not
// written by us; only that many entries are looked at and the rest are
// counted as left out, so a crafted file cannot make the viewer slow.
void readResetEvents(const QJsonArray &events, QList<ResetEvent> *into, int *leftOut)
{
    const qsizetype examined = qMin<qsizetype>(events.size(), ResetLog::MaxEvents);
    for (qsizetype i = 0; i < examined; ++i) {
        if (std::optional<ResetEvent> event = resetEventFromJson(events.at(i)))
            *into << *event;
    }
    if (events.size() > examined)
        *leftOut = int(qMin<qint64>(qint64(*leftOut) + (events.size() - examined), std::numeric_limits<int>::max()));
}

// The reset watch's part: what it could see, and its log; and the
// background watch's resets of the target's server. A reset_watch or
// reset_events of the wrong type reads as no watch, not as a broken report.
void readResetWatch(const QJsonObject &root, Report *r)
{
    const QJsonValue watch = root.value(QLatin1String("reset_watch"));
    if (watch.isObject())
        r->resetWatch = watchInfoFromJson(watch.toObject());
    readResetEvents(root.value(QLatin1String("reset_events")).toArray(), &r->resetEvents, &r->resetWatch.droppedFromLog);
    const QJsonValue server = root.value(QLatin1String("server_history"));
    if (server.isObject()) {
        const QJsonObject o = server.toObject();
        ServerHistory &h = r->serverHistory;
        h.included = true;
        const QJsonArray servers = o.value(QLatin1String("servers")).toArray();
        for (qsizetype i = 0; i < qMin<qsizetype>(servers.size(), 50); ++i) {
            if (servers.at(i).isString())
                h.servers << boundedText(servers.at(i), 253);
        }
        h.watch = watchInfoFromJson(o.value(QLatin1String("reset_watch")).toObject());
        readResetEvents(o.value(QLatin1String("reset_events")).toArray(), &h.events, &h.watch.droppedFromLog);
    }

    // The system's counter per second while watching, bounded as the
    // monitor's timeline is (at most eight days of one-second buckets).
    constexpr qsizetype MaxBuckets = 8 * 86400;
    QJsonArray buckets = root.value(QLatin1String("system_resets")).toArray();
    if (buckets.size() > MaxBuckets) {
        QJsonArray first;
        for (qsizetype b = 0; b < MaxBuckets; ++b)
            first.append(buckets.at(b));
        buckets = first;
    }
    const int bucketMs = qBound(100, root.value(QLatin1String("system_resets_bucket_ms")).toInt(1000), 24 * 3600 * 1000);
    r->systemResets = Timeline::fromJson(buckets, bucketMs);
}

// The parts a report must have, with the type each must be.
bool hasExpectedTypes(const QJsonObject &root, QString *error)
{
    const struct {
        const char *key;
        QJsonValue::Type type;
    } expected[] = {
        {"target", QJsonValue::String},   {"started_at", QJsonValue::String}, {"checks", QJsonValue::Array},
        {"probes", QJsonValue::Array},    {"findings", QJsonValue::Array},    {"timeline", QJsonValue::Array},
        {"events", QJsonValue::Array},    {"environment", QJsonValue::Object}, {"headline", QJsonValue::String},
    };
    for (const auto &e : expected) {
        const QJsonValue value = root.value(QLatin1String(e.key));
        if (!value.isUndefined() && value.type() != e.type) {
            *error = ReportJsonReader::tr("The report's \"%1\" has the wrong type.").arg(QLatin1String(e.key));
            return false;
        }
    }
    // Far more than any run makes; a file with more was not written by us
    // and would only make the viewer slow.
    const struct {
        const char *list;
        qsizetype most;
    } limits[] = {{"checks", 1000}, {"probes", 200000}, {"findings", 100}, {"timeline", 8 * 86400}, {"events", 10000}};
    for (const auto &limit : limits) {
        if (root.value(QLatin1String(limit.list)).toArray().size() > limit.most) {
            *error = ReportJsonReader::tr("The report's \"%1\" has more entries than a report can have.").arg(QLatin1String(limit.list));
            return false;
        }
    }
    for (const char *list : {"checks", "probes", "findings", "timeline", "events"}) {
        for (const QJsonValue &item : root.value(QLatin1String(list)).toArray()) {
            if (!item.isObject()) {
                *error = ReportJsonReader::tr("The report's \"%1\" holds something that is not an entry.").arg(QLatin1String(list));
                return false;
            }
        }
    }
    return true;
}

} // namespace

bool ReportJsonReader::isReport(const QJsonObject &document)
{
    return document.value(QLatin1String("schema")).toString().startsWith(QLatin1String("connection-doctor/report/"));
}

bool ReportJsonReader::read(const QByteArray &json, Report *report, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("This is not a Connection Doctor report: it is not valid JSON (%1 at byte %2).")
                     .arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonObject root = document.object();
    if (!isReport(root)) {
        *error = tr("This JSON file is not a Connection Doctor report.");
        return false;
    }
    if (root.value(QLatin1String("schema")).toString() != QLatin1String(Report::Schema)) {
        *error = tr("This report was written in a newer format (%1) than this version of Connection Doctor reads.")
                     .arg(root.value(QLatin1String("schema")).toString());
        return false;
    }
    if (!hasExpectedTypes(root, error))
        return false;

    Report r;
    r.id = root.value(QLatin1String("report_id")).toString();
    r.target = root.value(QLatin1String("target")).toString();
    r.startedAt = time(root.value(QLatin1String("started_at")));
    r.finishedAt = time(root.value(QLatin1String("finished_at")));
    r.cancelled = root.value(QLatin1String("cancelled")).toBool();
    r.activity = Vocabulary::activityFromWireName(root.value(QLatin1String("activity")).toString());
    r.pastedErrorKind = root.value(QLatin1String("pasted_error_kind")).toString().left(32);
    for (const QJsonValue &v : root.value(QLatin1String("checks")).toArray())
        r.checks << checkFromJson(v.toObject());
    for (const QJsonValue &v : root.value(QLatin1String("probes")).toArray())
        r.probes << probeFromJson(v.toObject());
    for (const QJsonValue &v : root.value(QLatin1String("findings")).toArray())
        r.findings << findingFromJson(v.toObject());
    r.headline = root.value(QLatin1String("headline")).toString();
    const int bucketMs = qBound(100, root.value(QLatin1String("timeline_bucket_ms")).toInt(1000), 24 * 3600 * 1000);
    r.timeline = Timeline::fromJson(root.value(QLatin1String("timeline")).toArray(), bucketMs);
    for (const QJsonValue &v : root.value(QLatin1String("events")).toArray()) {
        const QJsonObject o = v.toObject();
        const QDateTime at = time(o.value(QLatin1String("at")));
        if (at.isValid())
            r.events << NetworkEvent{at.toMSecsSinceEpoch(), o.value(QLatin1String("kind")).toString(),
                                     o.value(QLatin1String("subject")).toString()};
    }
    r.environment = EnvironmentInfo::fromJson(root.value(QLatin1String("environment")).toObject());
    readResetWatch(root, &r);
    *report = r;
    return true;
}

bool ReportJsonReader::readFile(const QString &path, Report *report, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    // Read one byte past the limit rather than trust size(), which is 0 for
    // a pipe or a device.
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) {
        *error = tr("%1 is too big to be a Connection Doctor report.").arg(QFileInfo(path).fileName());
        return false;
    }
    return read(bytes, report, error);
}
