#ifndef CDOC_VPNINTERFACES_H
#define CDOC_VPNINTERFACES_H

#include <QtCore/QString>
#include <QtNetwork/QNetworkInterface>

// Recognises VPN tunnels among network interfaces: by type (tunnel, PPP),
// by the names VPN software gives them (tun, tap, wg, ppp, utun, ipsec,
// tailscale, ...) and, on Windows, by the adapter's description.
namespace VpnInterfaces {

bool looksLikeVpn(const QString &name, const QString &description, QNetworkInterface::InterfaceType type);
bool isVpn(const QNetworkInterface &interface);

} // namespace VpnInterfaces

#endif // CDOC_VPNINTERFACES_H
