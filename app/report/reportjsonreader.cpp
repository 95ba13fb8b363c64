#include "reportjsonreader.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

namespace {

QDateTime time(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

double milliseconds(const QJsonValue &value)
{
    return value.isDouble() ? value.toDouble() : -1;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
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
    p.dnsMs = milliseconds(o.value(QLatin1String("dns_ms")));
    p.connectMs = milliseconds(o.value(QLatin1String("connect_ms")));
    p.tlsMs = milliseconds(o.value(QLatin1String("tls_ms")));
    p.firstByteMs = milliseconds(o.value(QLatin1String("first_byte_ms")));
    p.idleMs = milliseconds(o.value(QLatin1String("idle_ms")));
    p.bytesSent = o.value(QLatin1String("bytes_sent")).toInteger();
    p.bytesAcked = o.value(QLatin1String("bytes_acked")).isDouble() ? o.value(QLatin1String("bytes_acked")).toInteger() : -1;
    p.bytesReceived = o.value(QLatin1String("bytes_received")).toInteger();
    p.peerAddress = o.value(QLatin1String("peer_address")).toString();
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
