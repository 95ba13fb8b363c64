#ifndef CDOC_INTERFACESCHECK_H
#define CDOC_INTERFACESCHECK_H

#include "check.h"

// connectivity.interfaces: is any network interface up, with an address?
class InterfacesCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    QString id() const override { return QStringLiteral("connectivity.interfaces"); }

protected:
    void run() override;
};

#endif // CDOC_INTERFACESCHECK_H
