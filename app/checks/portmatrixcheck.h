#ifndef CDOC_PORTMATRIXCHECK_H
#define CDOC_PORTMATRIXCHECK_H

#include "probingcheck.h"

// firewall.port-matrix: the target's host on the target port and on
// reference ports, so that a port-specific block shows up as one, and the
// origin of refusals is told from their timing (see PortMatrix).
class PortMatrixCheck : public ProbingCheck
{
    Q_OBJECT

public:
    using ProbingCheck::ProbingCheck;
    QString id() const override { return QStringLiteral("firewall.port-matrix"); }

    // Connect probes per port: enough for a median, few enough to be quick.
    static constexpr int ProbesPerPort = 3;

protected:
    void run() override;
    void probesFinished(const QList<ProbeResult> &results) override;

private:
    QList<quint16> m_ports; // per probe, in spec order
};

#endif // CDOC_PORTMATRIXCHECK_H
