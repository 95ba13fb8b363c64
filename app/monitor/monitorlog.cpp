#include "monitorlog.h"

#include <QtCore/QDir>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>

bool MonitorLog::open(const QString &path, QString *error)
{
    close(); // a monitor started again may watch another target
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = m_file.errorString();
        return false;
    }
    return true;
}

void MonitorLog::close()
{
    if (m_file.isOpen())
        m_file.close();
}

bool MonitorLog::append(const ProbeResult &r)
{
    const QJsonObject o{{QStringLiteral("at"), r.startedAt.toMSecsSinceEpoch()},
                        {QStringLiteral("outcome"), Vocabulary::wireName(r.outcome)},
                        {QStringLiteral("phase"), Vocabulary::wireName(r.phase)},
                        {QStringLiteral("elapsed_ms"), r.elapsedMs}};
    // One write of a whole line, then flush: a kill can tear at most the
    // line being written, never one before it.
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    return m_file.write(line) == line.size() && m_file.flush();
}

QList<MonitorLog::Sample> MonitorLog::load(const QString &path, int *skipped, QString *error)
{
    QList<Sample> samples;
    int bad = 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return samples;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(64 * 1024).trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const auto outcome = Vocabulary::outcomeFromWireName(o.value(QLatin1String("outcome")).toString());
        const auto phase = Vocabulary::phaseFromWireName(o.value(QLatin1String("phase")).toString());
        // A time that is not a whole number of milliseconds that fits
        // (a torn line, 1e300) is a bad line, not a cast to undefined.
        const qint64 at = o.value(QLatin1String("at")).toInteger(-1);
        if (o.isEmpty() || !outcome || !phase || at < 0) {
            ++bad;
            continue;
        }
        samples.append({at, *outcome, *phase,
                        o.value(QLatin1String("elapsed_ms")).toDouble()});
    }
    if (skipped)
        *skipped = bad;
    return samples;
}

QString MonitorLog::defaultPath(const QString &targetName)
{
    QString safe = targetName;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/monitor/")
        + safe + QStringLiteral(".jsonl");
}
