#ifndef CDOC_REACHABILITYCHECK_H
#define CDOC_REACHABILITYCHECK_H

#include "probingcheck.h"

// connectivity.reachability: can TCP connections reach the reference endpoints?
class ReachabilityCheck : public ProbingCheck
{
    Q_OBJECT

public:
    using ProbingCheck::ProbingCheck;
    QString id() const override { return QStringLiteral("connectivity.reachability"); }

protected:
    void run() override;
    void probesFinished(const QList<ProbeResult> &results) override;
};

#endif // CDOC_REACHABILITYCHECK_H
