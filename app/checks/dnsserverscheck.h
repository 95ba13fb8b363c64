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

private:
    // The verdict from the servers found, whichever way they were read.
    void finishWith(const QStringList &nameservers, const QStringList &details);
};

#endif // CDOC_DNSSERVERSCHECK_H
