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
    return qRound(ms * 1000.0) / 1000.0;
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs)
                          : QString();
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
