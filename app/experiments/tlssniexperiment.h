#ifndef CDOC_TLSSNIEXPERIMENT_H
#define CDOC_TLSSNIEXPERIMENT_H

#include "checks/probingcheck.h"

// experiments.tls-sni: the TLS handshake with the target's own name and
// with a neutral one. A filter that reads the name in the ClientHello and
// resets (deep packet inspection, a censoring or "security" middlebox)
// cuts off only the first.
class TlsSniExperiment : public ProbingCheck
{
    Q_OBJECT

public:
    using ProbingCheck::ProbingCheck;
    QString id() const override { return QStringLiteral("experiments.tls-sni"); }
    Schedule schedule() const override { return Schedule::Exclusive; }

    // A name no filter has a rule for (RFC 6761 reserves .invalid).
    static QString neutralName() { return QStringLiteral("connection-doctor.invalid"); }

protected:
    void run() override;
    void probesFinished(const QList<ProbeResult> &results) override;
};

#endif // CDOC_TLSSNIEXPERIMENT_H
