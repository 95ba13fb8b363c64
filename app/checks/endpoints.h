#ifndef CDOC_ENDPOINTS_H
#define CDOC_ENDPOINTS_H

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

// Every endpoint the app contacts on its own, besides the user's target:
// the one place they are defined (docs/endpoints.md lists them and why).
// Each can be overridden by a settings file, an environment variable and a
// command-line option, in rising order of precedence.
struct Endpoints
{
    Q_DECLARE_TR_FUNCTIONS(Endpoints)

public:
    // "host:port" endpoints for the TCP reachability check.
    QStringList reachability;
    // A name that should always resolve, to tell a broken resolver from a
    // target whose name does not exist.
    QString referenceName;
    // Ports known to be open on most servers, probed on the target's host
    // next to the target port (the firewall check's port matrix).
    QList<quint16> referencePorts;
    // An HTTP URL that answers a known status when no captive portal is in
    // the way, as operating systems' own connectivity checks do.
    QUrl captivePortalUrl;
    int captivePortalStatus = 204;

    static Endpoints defaults();

    // Applies overrides from a QSettings group "endpoints" (keys:
    // reachability, reference_name, reference_ports, captive_portal_url,
    // captive_portal_status), then from the environment (CDOC_REACHABILITY,
    // CDOC_REFERENCE_NAME, CDOC_REFERENCE_PORTS, CDOC_CAPTIVE_PORTAL_URL,
    // CDOC_CAPTIVE_PORTAL_STATUS). Returns false with a message when a value
    // does not parse; the endpoint keeps its previous value then.
    bool applySettings(QSettings &settings, QString *error);
    bool applyEnvironment(QString *error);
    // One override as "key=value", for the --endpoint command-line option.
    bool applyOverride(const QString &assignment, QString *error);

private:
    bool set(const QString &key, const QString &value, QString *error);
};

#endif // CDOC_ENDPOINTS_H
