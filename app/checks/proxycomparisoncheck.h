#ifndef CDOC_PROXYCOMPARISONCHECK_H
#define CDOC_PROXYCOMPARISONCHECK_H

#include "probingcheck.h"
#include "systemproxy.h"

// proxy.comparison: the same exchange with the target directly and through
// the proxy (HTTP CONNECT or SOCKS5). A proxy that refuses or resets the
// target shows up as such, with the proxy's own answer.
class ProxyComparisonCheck : public ProbingCheck
{
    Q_OBJECT

public:
    using ProbingCheck::ProbingCheck;
    QString id() const override { return QStringLiteral("proxy.comparison"); }

protected:
    void run() override;
    void probesFinished(const QList<ProbeResult> &results) override;

private:
    void conclude(const QString &proxyAnswer);

    SystemProxy::Choice m_choice;
    ProbeResult m_direct;
    ProbeResult m_proxied;
};

#endif // CDOC_PROXYCOMPARISONCHECK_H
