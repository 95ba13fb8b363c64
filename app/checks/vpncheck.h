#ifndef CDOC_VPNCHECK_H
#define CDOC_VPNCHECK_H

#include "check.h"

// vpn.interfaces: is a VPN tunnel up, does the default route go through
// it, and with what MTU?
class VpnCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    QString id() const override { return QStringLiteral("vpn.interfaces"); }

protected:
    void run() override;
};

#endif // CDOC_VPNCHECK_H
