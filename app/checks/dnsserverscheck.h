#ifndef CDOC_DNSSERVERSCHECK_H
#define CDOC_DNSSERVERSCHECK_H

#include "check.h"

// connectivity.dns-servers: which DNS servers does the system use?
class DnsServersCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    QString id() const override { return QStringLiteral("connectivity.dns-servers"); }

protected:
    void run() override;
};

#endif // CDOC_DNSSERVERSCHECK_H
