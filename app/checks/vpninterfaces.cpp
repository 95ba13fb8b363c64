#include "vpninterfaces.h"

#include <QtCore/QRegularExpression>

namespace VpnInterfaces {

bool looksLikeVpn(const QString &name, const QString &description, QNetworkInterface::InterfaceType type)
{
    if (type == QNetworkInterface::Ppp)
        return true;
    // Interface names VPN clients create: OpenVPN tun/tap, WireGuard wg and
    // NordLynx, macOS utun and ipsec, Linux ppp, Tailscale, ZeroTier,
    // GlobalProtect gpd, Cisco AnyConnect cscotun, Fortinet fctvpn.
    static const QRegularExpression vpnName(QStringLiteral(
        "^(tun|tap|wg|utun|ipsec|ppp|tailscale|zt|nordlynx|gpd|cscotun|fctvpn|vpn|proton|mullvad)[0-9a-z_-]*$"),
        QRegularExpression::CaseInsensitiveOption);
    if (vpnName.match(name).hasMatch())
        return true;
    // Windows names adapters by their driver's description.
    static const QRegularExpression vpnDescription(QStringLiteral(
        "vpn|tap-windows|wireguard|wintun|anyconnect|globalprotect|fortinet|openvpn|tailscale|zerotier|juniper|pulse secure"),
        QRegularExpression::CaseInsensitiveOption);
    return vpnDescription.match(description).hasMatch();
}

bool isVpn(const QNetworkInterface &interface)
{
    return looksLikeVpn(interface.name(), interface.humanReadableName(), interface.type());
}

} // namespace VpnInterfaces
