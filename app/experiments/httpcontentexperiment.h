#ifndef CDOC_HTTPCONTENTEXPERIMENT_H
#define CDOC_HTTPCONTENTEXPERIMENT_H

#include "checks/probingcheck.h"

// experiments.http-content: the TLS name test's twin for plain HTTP. A
// content filter or intrusion-prevention system reads requests and resets
// those that match a rule (a word in the path, a Host). So: the target's
// own request against a neutral one (the path "/", a Host no rule names)
// on the same server and port, each a few times so that resets at random
// are not taken for a rule; when only the own one is cut off, the path and
// the Host are tried apart to say which sets it off.
class HttpContentExperiment : public ProbingCheck
{
    Q_OBJECT

public:
    using ProbingCheck::ProbingCheck;
    QString id() const override { return QStringLiteral("experiments.http-content"); }
    Schedule schedule() const override { return Schedule::Exclusive; }

    // A Host no filter has a rule for (RFC 6761 reserves .invalid).
    static QString neutralHost() { return QStringLiteral("connection-doctor.invalid"); }
    // Each request this many times: a filter cuts every one, a server that
    // resets 30% at random all four only 1 time in 120.
    static constexpr int Tries = 4;

protected:
    void run() override;
    void probesFinished(const QList<ProbeResult> &results) override;

private:
    ProbeSpec request(const QString &path, const QString &host) const;
    void judgeOwnAndNeutral(const QList<ProbeResult> &results);
    void judgeTrigger(const QList<ProbeResult> &results);

    bool m_comparing = true; // own and neutral; then path and Host apart
    QStringList m_details;
};

#endif // CDOC_HTTPCONTENTEXPERIMENT_H
