#include "profilereader.h"

#include "checks/checkcatalog.h"
#include "checks/endpoints.h"
#include "probe/target.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <cmath>

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return ProfileReader::tr("true/false");
    case QJsonValue::Double: return ProfileReader::tr("a number");
    case QJsonValue::String: return ProfileReader::tr("text");
    case QJsonValue::Array: return ProfileReader::tr("a list");
    case QJsonValue::Object: return ProfileReader::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return ProfileReader::tr("nothing");
}

QString wrongType(const QString &key, const QString &expected, const QJsonValue &value)
{
    return ProfileReader::tr("\"%1\" must be %2, not %3.").arg(key, expected, typeName(value));
}

bool readText(const QJsonObject &root, const QString &key, int maxLength, QString *out, QString *error)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isString()) {
        *error = wrongType(key, ProfileReader::tr("text"), value);
        return false;
    }
    if (value.toString().size() > maxLength) {
        *error = ProfileReader::tr("\"%1\" is too long: at most %2 characters.").arg(key).arg(maxLength);
        return false;
    }
    *out = value.toString();
    return true;
}

bool readInt(const QJsonObject &root, const QString &key, int min, int max, std::optional<int> *out, QString *error)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined())
        return true;
    // A whole number, tested without casting: a double beyond qint64's
    // range (a pasted 1e97) cannot be converted at all (found by fuzzing).
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() != std::trunc(value.toDouble())) {
        *error = wrongType(key, ProfileReader::tr("a whole number"), value);
        return false;
    }
    const double n = value.toDouble();
    if (n < min || n > max) {
        *error = ProfileReader::tr("\"%1\" must be between %2 and %3.").arg(key).arg(min).arg(max);
        return false;
    }
    *out = int(n);
    return true;
}

// "checks": group names ("firewall") or check ids ("firewall.port-matrix");
// "experiments": experiment names ("idle-timeout") or their ids.
bool readCheckList(const QJsonObject &root, const QString &key, const QStringList &groups, QSet<QString> *ids,
                   bool *given, QString *error)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *error = wrongType(key, ProfileReader::tr("a list of names"), value);
        return false;
    }
    *given = true;
    QStringList known;
    for (const QString &group : groups)
        known += CheckCatalog::checkIds(group);
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!array.at(i).isString()) {
            *error = wrongType(where, ProfileReader::tr("a name"), array.at(i));
            return false;
        }
        const QString name = array.at(i).toString().trimmed();
        if (groups.contains(name)) {
            for (const QString &id : CheckCatalog::checkIds(name))
                ids->insert(id);
            continue;
        }
        const QString asExperiment = QStringLiteral("experiments.") + name;
        if (known.contains(name)) {
            ids->insert(name);
        } else if (known.contains(asExperiment)) {
            ids->insert(asExperiment);
        } else {
            QStringList names = groups;
            for (const QString &id : std::as_const(known))
                names << (key == QLatin1String("experiments") ? id.section(QLatin1Char('.'), 1) : id);
            *error = ProfileReader::tr("%1: unknown name \"%2\". Known names: %3.").arg(where, name, names.join(QLatin1String(", ")));
            return false;
        }
    }
    return true;
}

bool readBool(const QJsonObject &root, const QString &key, std::optional<bool> *out, QString *error)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isBool()) {
        *error = wrongType(key, ProfileReader::tr("true or false"), value);
        return false;
    }
    *out = value.toBool();
    return true;
}

bool readEndpoints(const QJsonObject &root, QStringList *overrides, QString *error)
{
    const QJsonValue value = root.value(QLatin1String("endpoints"));
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        *error = wrongType(QStringLiteral("endpoints"), ProfileReader::tr("an object"), value);
        return false;
    }
    Endpoints check = Endpoints::defaults();
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString where = QStringLiteral("endpoints.%1").arg(it.key());
        QStringList parts;
        const QJsonArray items = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &item : items) {
            if (item.isString())
                parts << item.toString();
            else if (item.isDouble())
                parts << QString::number(item.toInteger());
            else {
                *error = wrongType(where, ProfileReader::tr("text, a number or a list of them"), item);
                return false;
            }
        }
        const QString assignment = it.key() + QLatin1Char('=') + parts.join(QLatin1Char(','));
        QString why;
        if (!check.applyOverride(assignment, &why)) {
            *error = QStringLiteral("%1: %2").arg(where, why);
            return false;
        }
        *overrides << assignment;
    }
    return true;
}

} // namespace

bool ProfileReader::isProfile(const QJsonObject &document)
{
    return document.value(QLatin1String("schema")).toString().startsWith(QLatin1String("connection-doctor/profile/"));
}

bool ProfileReader::read(const QByteArray &json, Profile *profile, QString *error)
{
    if (json.size() > MaxFileBytes) {
        *error = tr("The profile is too big (%1 bytes; a profile is at most %2).").arg(json.size()).arg(MaxFileBytes);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The profile is not valid JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = tr("The profile must be a JSON object ({ ... }).");
        return false;
    }
    const QJsonObject root = document.object();
    const QJsonValue schema = root.value(QLatin1String("schema"));
    if (!schema.isString() || !isProfile(root)) {
        *error = tr("This is not a Connection Doctor profile: \"schema\" must be \"%1\".").arg(QLatin1String(Profile::Schema));
        return false;
    }
    if (schema.toString() != QLatin1String(Profile::Schema)) {
        *error = tr("This profile was written for a newer version of Connection Doctor (%1).").arg(schema.toString());
        return false;
    }
    static const QStringList known{
        QStringLiteral("schema"),  QStringLiteral("name"),          QStringLiteral("target"),
        QStringLiteral("checks"),  QStringLiteral("experiments"),   QStringLiteral("budget_seconds"),
        QStringLiteral("probe_timeout_ms"), QStringLiteral("endpoints"), QStringLiteral("message"),
        QStringLiteral("send_report_to"), QStringLiteral("include_reset_history"),
    };
    for (const QString &key : root.keys()) {
        if (!known.contains(key)) {
            *error = tr("Unknown setting \"%1\". Known settings: %2.").arg(key, known.join(QLatin1String(", ")));
            return false;
        }
    }

    Profile p;
    if (!readText(root, QStringLiteral("name"), 200, &p.name, error)
        || !readText(root, QStringLiteral("target"), Target::MaxHostLength + 64, &p.target, error)
        || !readText(root, QStringLiteral("message"), MaxMessageLength, &p.message, error)
        || !readText(root, QStringLiteral("send_report_to"), 500, &p.sendReportTo, error)
        || !readInt(root, QStringLiteral("budget_seconds"), 20, 3600, &p.budgetSeconds, error)
        || !readInt(root, QStringLiteral("probe_timeout_ms"), 100, 60000, &p.probeTimeoutMs, error)
        || !readBool(root, QStringLiteral("include_reset_history"), &p.includeResetHistory, error)
        || !readEndpoints(root, &p.endpointOverrides, error)) {
        return false;
    }
    if (!p.target.isEmpty()) {
        const Target::ParseResult parsed = Target::parse(p.target);
        if (!parsed.ok()) {
            *error = tr("\"target\": %1").arg(parsed.error);
            return false;
        }
    }
    QSet<QString> ids;
    bool checksGiven = false;
    bool experimentsGiven = false;
    if (!readCheckList(root, QStringLiteral("checks"), CheckCatalog::environmentGroups(), &ids, &checksGiven, error)
        || !readCheckList(root, QStringLiteral("experiments"), {QStringLiteral("experiments")}, &ids, &experimentsGiven, error)) {
        return false;
    }
    // A list not given means all of that kind.
    if (checksGiven || experimentsGiven) {
        if (!checksGiven) {
            for (const QString &group : CheckCatalog::environmentGroups()) {
                const QStringList groupIds = CheckCatalog::checkIds(group);
                ids.unite(QSet<QString>(groupIds.cbegin(), groupIds.cend()));
            }
        }
        if (!experimentsGiven) {
            const QStringList experiments = CheckCatalog::checkIds(QStringLiteral("experiments"));
            ids.unite(QSet<QString>(experiments.cbegin(), experiments.cend()));
        }
        p.checks = ids;
    }
    *profile = p;
    return true;
}

bool ProfileReader::readFile(const QString &path, Profile *profile, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open the profile %1: %2").arg(name, file.errorString());
        return false;
    }
    // Read one byte past the limit: enough to know it is too big, without
    // reading a huge file into memory.
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (!read(bytes, profile, error)) {
        *error = tr("The profile %1 was not used. %2").arg(name, *error);
        return false;
    }
    return true;
}
