#ifndef CDOC_ENVIRONMENTINFO_H
#define CDOC_ENVIRONMENTINFO_H

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

struct SystemFiles;

// The computer a report was made on, as a helpdesk asks about it first:
// the system, the versions, the network interfaces, the proxy and DNS
// settings and the time zone.
struct EnvironmentInfo
{
    struct Interface
    {
        QString name;
        QString type; // "ethernet", "wifi", "loopback", "virtual", ...
        bool vpn = false;
        int mtu = 0;
        bool up = false;
        QStringList addresses;
        QString hardwareAddress; // MAC
    };

    QString os;        // "Debian GNU/Linux 12 (bookworm)"
    QString kernel;    // "linux 6.1.0-13-amd64"
    QString appVersion;
    QString qtVersion; // of the Qt the app runs on
    QString hostName;
    QString userName;
    QString timeZone;  // "Europe/Berlin (UTC+01:00)"
    QList<Interface> interfaces;
    QStringList proxy;      // the proxy settings in effect, credentials removed
    QStringList dnsServers;

    bool isEmpty() const { return os.isEmpty() && interfaces.isEmpty(); }

    // This computer, now.
    static EnvironmentInfo collect(const SystemFiles &files);

    QJsonObject toJson() const;
    static EnvironmentInfo fromJson(const QJsonObject &object);
};

#endif // CDOC_ENVIRONMENTINFO_H
