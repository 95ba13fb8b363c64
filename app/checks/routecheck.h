#ifndef CDOC_ROUTECHECK_H
#define CDOC_ROUTECHECK_H

#include "check.h"

// connectivity.route: is there a default route, and through which gateway?
class RouteCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    QString id() const override { return QStringLiteral("connectivity.route"); }

protected:
    void run() override;
};

#endif // CDOC_ROUTECHECK_H
