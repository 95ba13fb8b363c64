#ifndef CDOC_PATHMTUCHECK_H
#define CDOC_PATHMTUCHECK_H

#include "probingcheck.h"

// vpn.path-mtu: a hint of a path MTU problem (a tunnel or link that drops
// full-sized packets): a small upload to the target succeeds while one that
// fills whole packets stalls until it times out.
class PathMtuCheck : public ProbingCheck
{
    Q_OBJECT

public:
    using ProbingCheck::ProbingCheck;
    QString id() const override { return QStringLiteral("vpn.path-mtu"); }

    static constexpr qint64 SmallBytes = 200;      // fits in one small packet
    static constexpr qint64 LargeBytes = 8 * 1024; // several full-sized packets, below any sane upload limit

protected:
    void run() override;
    void probesFinished(const QList<ProbeResult> &results) override;
};

#endif // CDOC_PATHMTUCHECK_H
