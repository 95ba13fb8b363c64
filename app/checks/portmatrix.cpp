#include "portmatrix.h"

#include <algorithm>

using Vocabulary::CheckStatus;
using Vocabulary::Outcome;
using Vocabulary::ResetOrigin;

ResetOrigin PortMatrix::resetOrigin(double refusalMs, double roundTripMs, QString *reasoning, bool serverIsThisComputer)
{
    if (refusalMs < 0) {
        *reasoning = QStringLiteral("no connection was refused");
        return ResetOrigin::Unknown;
    }
    if (serverIsThisComputer) {
        *reasoning = QStringLiteral("the server is this computer, so near and far are the same place");
        return ResetOrigin::Unknown;
    }
    if (roundTripMs < 0) {
        *reasoning = QStringLiteral("no connection to this host succeeded, so its round trip is unknown");
        return ResetOrigin::Unknown;
    }
    if (roundTripMs < MinimumRoundTripMs) {
        *reasoning = QStringLiteral("the round trip (%1 ms) is too short to tell near from far").arg(roundTripMs, 0, 'f', 2);
        return ResetOrigin::Unknown;
    }
    // An RST from the server itself needs at least a round trip; one that
    // comes back in well under half of it was sent by something closer.
    if (refusalMs < roundTripMs / 2) {
        *reasoning = QStringLiteral("refused after %1 ms, faster than half the %2 ms round trip to the server")
                         .arg(refusalMs, 0, 'f', 2).arg(roundTripMs, 0, 'f', 2);
        return ResetOrigin::NearClient;
    }
    *reasoning = QStringLiteral("refused after %1 ms, about the %2 ms round trip to the server")
                     .arg(refusalMs, 0, 'f', 2).arg(roundTripMs, 0, 'f', 2);
    return ResetOrigin::NearServer;
}

PortMatrix::Verdict PortMatrix::analyse(quint16 targetPort, const QList<Cell> &cells, bool serverIsThisComputer)
{
    Verdict v;
    QList<double> refusals;
    int targetOk = 0, targetTotal = 0, otherOk = 0;
    for (const Cell &c : cells) {
        const bool ok = c.outcome == Outcome::Ok;
        if (ok && c.connectMs >= 0)
            v.roundTripMs = v.roundTripMs < 0 ? c.connectMs : std::min(v.roundTripMs, c.connectMs);
        if (c.outcome == Outcome::Refused && c.connectMs >= 0)
            refusals << c.connectMs;
        if (c.port == targetPort) {
            ++targetTotal;
            targetOk += ok;
        } else {
            otherOk += ok;
        }
    }
    if (!refusals.isEmpty()) {
        std::sort(refusals.begin(), refusals.end());
        v.refusalMs = refusals.at(refusals.size() / 2);
    }
    v.origin = resetOrigin(v.refusalMs, v.roundTripMs, &v.originReasoning, serverIsThisComputer);
    v.targetPortBlocked = targetTotal > 0 && targetOk == 0;
    v.otherPortsOpen = otherOk > 0;

    auto where = [&v]() {
        switch (v.origin) {
        case ResetOrigin::NearClient:
            return tr("The refusal comes from close to you (this computer's firewall, security software, or your network), not from the server.");
        case ResetOrigin::NearServer:
            return tr("The refusal comes from the server's side.");
        case ResetOrigin::Unknown:
            break;
        }
        return QString();
    };

    if (targetTotal == 0) {
        v.status = CheckStatus::Skip;
        v.summary = tr("No service was given, so its port was not tested.");
    } else if (!v.targetPortBlocked && targetOk == targetTotal) {
        v.status = CheckStatus::Pass;
        v.summary = tr("Your service's port %1 accepts connections.").arg(targetPort);
    } else if (!v.targetPortBlocked) {
        v.status = CheckStatus::Warn;
        v.summary = tr("Your service's port %1 accepts only some connections (%2 of %3).").arg(targetPort).arg(targetOk).arg(targetTotal);
    } else if (v.otherPortsOpen) {
        v.status = CheckStatus::Fail;
        v.summary = (tr("Port %1 is blocked while other ports on the same server answer: a firewall rule for this port.").arg(targetPort)
                     + QLatin1Char(' ') + where()).trimmed();
    } else {
        v.status = CheckStatus::Fail;
        v.summary = (tr("The server does not accept connections on any port tested.") + QLatin1Char(' ') + where()).trimmed();
    }
    return v;
}
