#include "environmentinfo.h"

#include "checks/proxyenvironment.h"
#include "checks/resolvconf.h"
#include "checks/systemfiles.h"
#include "checks/vpninterfaces.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QSysInfo>
#include <QtCore/QTimeZone>
#include <QtNetwork/QNetworkInterface>
#include <QtNetwork/QNetworkProxyFactory>

namespace {

QString interfaceType(QNetworkInterface::InterfaceType type)
{
    switch (type) {
    case QNetworkInterface::Loopback: return QStringLiteral("loopback");
    case QNetworkInterface::Virtual: return QStringLiteral("virtual");
    case QNetworkInterface::Ethernet: return QStringLiteral("ethernet");
    case QNetworkInterface::Wifi: return QStringLiteral("wifi");
    case QNetworkInterface::Ppp: return QStringLiteral("ppp");
    case QNetworkInterface::CanBus: return QStringLiteral("can");
    case QNetworkInterface::Ieee80216: return QStringLiteral("wimax");
    case QNetworkInterface::Phonet:
    case QNetworkInterface::Ieee802154:
    case QNetworkInterface::SixLoWPAN:
    case QNetworkInterface::Ieee1394:
    case QNetworkInterface::Fddi:
    case QNetworkInterface::Slip:
        return QStringLiteral("other");
    case QNetworkInterface::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString currentUserName()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = env.value(QLatin1String(name));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString currentTimeZone()
{
    const QDateTime now = QDateTime::currentDateTime();
    const int offset = now.offsetFromUtc();
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                            .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return id.isEmpty() ? utc : QStringLiteral("%1 (%2)").arg(QString::fromUtf8(id), utc);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

} // namespace

EnvironmentInfo EnvironmentInfo::collect(const SystemFiles &files)
{
    EnvironmentInfo info;
    info.os = QSysInfo::prettyProductName();
    info.kernel = QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion();
    info.appVersion = QStringLiteral(CDOC_VERSION);
    info.qtVersion = QString::fromLatin1(qVersion());
    info.hostName = QSysInfo::machineHostName();
    info.userName = currentUserName();
    info.timeZone = currentTimeZone();

    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &ni : all) {
        Interface i;
        i.name = ni.humanReadableName();
        i.type = interfaceType(ni.type());
        i.vpn = VpnInterfaces::isVpn(ni);
        i.mtu = ni.maximumTransmissionUnit();
        i.up = ni.flags().testFlag(QNetworkInterface::IsUp) && ni.flags().testFlag(QNetworkInterface::IsRunning);
        for (const QNetworkAddressEntry &entry : ni.addressEntries())
            i.addresses << QStringLiteral("%1/%2").arg(entry.ip().toString()).arg(entry.prefixLength());
        i.hardwareAddress = ni.hardwareAddress();
        info.interfaces << i;
    }

    info.proxy = ProxyEnvironment().describe();
    if (info.proxy.isEmpty())
        info.proxy << QStringLiteral("none");

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    QFile resolv(files.resolvConf);
    if (resolv.open(QIODevice::ReadOnly))
        info.dnsServers = ResolvConf::parse(resolv.read(64 * 1024)).nameservers;
#else
    Q_UNUSED(files);
#endif
    return info;
}

QJsonObject EnvironmentInfo::toJson() const
{
    QJsonArray interfaceArray;
    for (const Interface &i : interfaces) {
        interfaceArray.append(QJsonObject{
            {QStringLiteral("name"), i.name},
            {QStringLiteral("type"), i.type},
            {QStringLiteral("vpn"), i.vpn},
            {QStringLiteral("mtu"), i.mtu},
            {QStringLiteral("up"), i.up},
            {QStringLiteral("addresses"), QJsonArray::fromStringList(i.addresses)},
            {QStringLiteral("hardware_address"), i.hardwareAddress},
        });
    }
    return QJsonObject{
        {QStringLiteral("os"), os},
        {QStringLiteral("kernel"), kernel},
        {QStringLiteral("app_version"), appVersion},
        {QStringLiteral("qt_version"), qtVersion},
        {QStringLiteral("host_name"), hostName},
        {QStringLiteral("user_name"), userName},
        {QStringLiteral("time_zone"), timeZone},
        {QStringLiteral("interfaces"), interfaceArray},
        {QStringLiteral("proxy"), QJsonArray::fromStringList(proxy)},
        {QStringLiteral("dns_servers"), QJsonArray::fromStringList(dnsServers)},
    };
}

EnvironmentInfo EnvironmentInfo::fromJson(const QJsonObject &o)
{
    EnvironmentInfo info;
    info.os = o.value(QLatin1String("os")).toString();
    info.kernel = o.value(QLatin1String("kernel")).toString();
    info.appVersion = o.value(QLatin1String("app_version")).toString();
    info.qtVersion = o.value(QLatin1String("qt_version")).toString();
    info.hostName = o.value(QLatin1String("host_name")).toString();
    info.userName = o.value(QLatin1String("user_name")).toString();
    info.timeZone = o.value(QLatin1String("time_zone")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("interfaces")).toArray()) {
        const QJsonObject io = v.toObject();
        Interface i;
        i.name = io.value(QLatin1String("name")).toString();
        i.type = io.value(QLatin1String("type")).toString();
        i.vpn = io.value(QLatin1String("vpn")).toBool();
        i.mtu = io.value(QLatin1String("mtu")).toInt();
        i.up = io.value(QLatin1String("up")).toBool();
        i.addresses = strings(io.value(QLatin1String("addresses")));
        i.hardwareAddress = io.value(QLatin1String("hardware_address")).toString();
        info.interfaces << i;
    }
    info.proxy = strings(o.value(QLatin1String("proxy")));
    info.dnsServers = strings(o.value(QLatin1String("dns_servers")));
    return info;
}
