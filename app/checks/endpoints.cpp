#include "endpoints.h"

#include <QtCore/QSettings>

namespace {

struct Key
{
    const char *settingsKey;
    const char *environment;
};

constexpr Key keys[] = {
    {"reachability", "CDOC_REACHABILITY"},
    {"reference_name", "CDOC_REFERENCE_NAME"},
    {"reference_ports", "CDOC_REFERENCE_PORTS"},
    {"captive_portal_url", "CDOC_CAPTIVE_PORTAL_URL"},
    {"captive_portal_status", "CDOC_CAPTIVE_PORTAL_STATUS"},
};

} // namespace

Endpoints Endpoints::defaults()
{
    Endpoints e;
    // Large, neutral sites that answer on both web ports almost everywhere.
    e.reachability = {QStringLiteral("www.wikipedia.org:443"), QStringLiteral("www.wikipedia.org:80"),
                      QStringLiteral("www.debian.org:443")};
    e.referenceName = QStringLiteral("www.wikipedia.org");
    e.referencePorts = {80, 443};
    // The check Android and Chrome OS use: answers 204 with no body unless
    // a captive portal intercepts it.
    e.captivePortalUrl = QUrl(QStringLiteral("http://connectivitycheck.gstatic.com/generate_204"));
    e.captivePortalStatus = 204;
    return e;
}

bool Endpoints::set(const QString &key, const QString &value, QString *error)
{
    const QString v = value.trimmed();
    if (key == QLatin1String("reachability")) {
        const QStringList list = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &entry : list) {
            const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
            if (colon <= 0 || entry.mid(colon + 1).toUInt() == 0 || entry.mid(colon + 1).toUInt() > 65535) {
                *error = tr("Reachability endpoints are host:port, separated by commas; \"%1\" is not.").arg(entry);
                return false;
            }
        }
        reachability.clear();
        for (const QString &entry : list)
            reachability << entry.trimmed();
        return true;
    }
    if (key == QLatin1String("reference_name")) {
        if (v.isEmpty() || v.contains(QLatin1Char(' '))) {
            *error = tr("The reference name must be a host name.");
            return false;
        }
        referenceName = v;
        return true;
    }
    if (key == QLatin1String("reference_ports")) {
        QList<quint16> ports;
        for (const QString &p : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const uint port = p.trimmed().toUInt();
            if (port == 0 || port > 65535) {
                *error = tr("Reference ports are numbers from 1 to 65535, separated by commas; \"%1\" is not.").arg(p);
                return false;
            }
            ports << quint16(port);
        }
        referencePorts = ports;
        return true;
    }
    if (key == QLatin1String("captive_portal_url")) {
        const QUrl url(v, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
            *error = tr("The captive portal URL must be a plain http:// URL; \"%1\" is not.").arg(v);
            return false;
        }
        captivePortalUrl = url;
        return true;
    }
    if (key == QLatin1String("captive_portal_status")) {
        const int status = v.toInt();
        if (status < 100 || status > 599) {
            *error = tr("The captive portal status must be an HTTP status from 100 to 599.");
            return false;
        }
        captivePortalStatus = status;
        return true;
    }
    *error = tr("Unknown endpoint \"%1\".").arg(key);
    return false;
}

bool Endpoints::applySettings(QSettings &settings, QString *error)
{
    settings.beginGroup(QStringLiteral("endpoints"));
    bool ok = true;
    for (const Key &key : keys) {
        const QString name = QLatin1String(key.settingsKey);
        if (!settings.contains(name))
            continue;
        const QVariant value = settings.value(name);
        const QString text = value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(','))
                                                                     : value.toString();
        ok = set(name, text, error) && ok;
    }
    settings.endGroup();
    return ok;
}

bool Endpoints::applyEnvironment(QString *error)
{
    bool ok = true;
    for (const Key &key : keys) {
        if (qEnvironmentVariableIsSet(key.environment))
            ok = set(QLatin1String(key.settingsKey), qEnvironmentVariable(key.environment), error) && ok;
    }
    return ok;
}

bool Endpoints::applyOverride(const QString &assignment, QString *error)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        *error = tr("--endpoint takes key=value, for example reference_name=intranet.local.");
        return false;
    }
    return set(assignment.left(eq).trimmed(), assignment.mid(eq + 1), error);
}
