#ifndef CDOC_CAPTIVEPORTALCHECK_H
#define CDOC_CAPTIVEPORTALCHECK_H

#include "probingcheck.h"

// connectivity.captive-portal: does a known URL answer as it should, or does a sign-in page intercept it?
class CaptivePortalCheck : public ProbingCheck
{
    Q_OBJECT

public:
    using ProbingCheck::ProbingCheck;
    QString id() const override { return QStringLiteral("connectivity.captive-portal"); }

protected:
    void run() override;
    void probesFinished(const QList<ProbeResult> &results) override;
};

#endif // CDOC_CAPTIVEPORTALCHECK_H
