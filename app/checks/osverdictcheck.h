#ifndef CDOC_OSVERDICTCHECK_H
#define CDOC_OSVERDICTCHECK_H

#include "check.h"

// connectivity.os-verdict: what the operating system itself says about connectivity (QNetworkInformation).
class OsVerdictCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    QString id() const override { return QStringLiteral("connectivity.os-verdict"); }

protected:
    void run() override;
};

#endif // CDOC_OSVERDICTCHECK_H
