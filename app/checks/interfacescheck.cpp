#include "interfacescheck.h"

#include <QtCore/QJsonArray>
#include <QtNetwork/QNetworkInterface>

namespace {

QString typeName(QNetworkInterface::InterfaceType type)
{
    switch (type) {
    case QNetworkInterface::Loopback: return QStringLiteral("loopback");
    case QNetworkInterface::Ethernet: return QStringLiteral("ethernet");
    case QNetworkInterface::Wifi: return QStringLiteral("wifi");
    case QNetworkInterface::Ppp: return QStringLiteral("ppp");
    case QNetworkInterface::Virtual: return QStringLiteral("virtual");
    case QNetworkInterface::CanBus: return QStringLiteral("can");
    default: return QStringLiteral("other");
    }
}

bool hasUsableAddress(const QNetworkInterface &i)
{
    for (const QNetworkAddressEntry &entry : i.addressEntries()) {
        const QHostAddress a = entry.ip();
        if (!a.isLoopback() && !a.isLinkLocal())
            return true;
    }
    return false;
}

} // namespace

void InterfacesCheck::run()
{
    QStringList details;
    QStringList usable;
    QJsonArray list;
    for (const QNetworkInterface &i : QNetworkInterface::allInterfaces()) {
        const bool up = i.flags().testFlag(QNetworkInterface::IsUp) && i.flags().testFlag(QNetworkInterface::IsRunning);
        QStringList addresses;
        for (const QNetworkAddressEntry &entry : i.addressEntries())
            addresses << QStringLiteral("%1/%2").arg(entry.ip().toString()).arg(entry.prefixLength());
        details << QStringLiteral("%1 (%2): %3, MTU %4, %5")
                       .arg(i.name(), typeName(i.type()), up ? QStringLiteral("up") : QStringLiteral("down"))
                       .arg(i.maximumTransmissionUnit())
                       .arg(addresses.isEmpty() ? QStringLiteral("no address") : addresses.join(QLatin1String(", ")));
        list.append(QJsonObject{{QStringLiteral("name"), i.name()},
                                {QStringLiteral("type"), typeName(i.type())},
                                {QStringLiteral("up"), up},
                                {QStringLiteral("mtu"), i.maximumTransmissionUnit()},
                                {QStringLiteral("addresses"), QJsonArray::fromStringList(addresses)}});
        if (up && i.type() != QNetworkInterface::Loopback && hasUsableAddress(i))
            usable << i.name();
    }
    CheckResult r;
    if (usable.isEmpty()) {
        r = result(Vocabulary::CheckStatus::Fail,
                   tr("This computer is not connected to any network: no network connection is switched on and set up."),
                   details);
    } else {
        r = result(Vocabulary::CheckStatus::Pass,
                   tr("This computer is connected to a network (%1).").arg(usable.join(QLatin1String(", "))), details);
    }
    r.data.insert(QStringLiteral("interfaces"), list);
    finish(r);
}
