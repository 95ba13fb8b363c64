#ifndef CDOC_PORTMATRIX_H
#define CDOC_PORTMATRIX_H

#include "probe/proberesult.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

// Reads the port matrix: the same host probed on the target port and on
// ports that are open almost everywhere. A block on one port only is a
// firewall rule, not a dead server; and how fast a refusal comes back,
// compared with the round trip that successful connections took, says
// whether it came from near this computer or from near the server.
class PortMatrix
{
    Q_DECLARE_TR_FUNCTIONS(PortMatrix)

public:
    struct Cell
    {
        quint16 port = 0;
        Vocabulary::Outcome outcome = Vocabulary::Outcome::Timeout;
        double connectMs = -1; // handshake time, or time until refused
    };

    struct Verdict
    {
        Vocabulary::CheckStatus status = Vocabulary::CheckStatus::Skip;
        QString summary;
        Vocabulary::ResetOrigin origin = Vocabulary::ResetOrigin::Unknown;
        QString originReasoning;
        double roundTripMs = -1;  // fastest successful handshake to the host
        double refusalMs = -1;    // median time until a refusal came back
        bool targetPortBlocked = false;
        bool otherPortsOpen = false;
    };

    // Below this round trip, timing cannot tell near from far.
    static constexpr double MinimumRoundTripMs = 1.0;

    // serverIsThisComputer: the host is a loopback address or one of this
    // computer's own, where every refusal comes from this computer's own
    // stack and the event loop's delays dwarf the round trip.
    static Vocabulary::ResetOrigin resetOrigin(double refusalMs, double roundTripMs, QString *reasoning,
                                               bool serverIsThisComputer = false);
    static Verdict analyse(quint16 targetPort, const QList<Cell> &cells, bool serverIsThisComputer = false);
};

#endif // CDOC_PORTMATRIX_H
