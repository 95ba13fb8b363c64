#ifndef CDOC_LOCALFIREWALLCHECK_H
#define CDOC_LOCALFIREWALLCHECK_H

#include "check.h"

#include <QtCore/QTimer>

QT_BEGIN_NAMESPACE
class QProcess;
QT_END_NAMESPACE

// firewall.local: is a firewall active on this computer, as far as it can
// be read without asking for more rights? Linux: ufw's and firewalld's own
// state, the kernel's packet filter modules, and (as root) the nftables
// rule set; Windows: the Defender Firewall profiles in the registry; macOS:
// the application firewall's setting.
class LocalFirewallCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    ~LocalFirewallCheck() override;
    QString id() const override { return QStringLiteral("firewall.local"); }
    void cancel() override;

protected:
    void run() override;

private:
    void readNftables();
    void stopNft();
    void conclude();

    QStringList m_active;  // firewalls found switched on
    bool m_stateUnknown = false; // Windows: no profile's switch could be read
    QStringList m_details;
    int m_blockingRules = -1; // reject/drop rules in nftables, when listed
    QProcess *m_nft = nullptr;
    QTimer m_nftDeadline;
};

#endif // CDOC_LOCALFIREWALLCHECK_H
