#ifndef CDOC_RESETWATCHRULES_H
#define CDOC_RESETWATCHRULES_H

#include "diagnosis.h"

#include <optional>

// The diagnosis's rules over the reset watch's log: what the user's own
// programs met, with who sent each reset. Each names a cause only from
// resets that were seen, says how many of them fit, and says "each" only
// when every one did:
// - one program's connections to one server reset after the same quiet
//   time (an idle timeout, at the sender's distance);
// - resets from a device on the way rather than the server (a firewall);
// - resets of connections to several servers at the same moment (your
//   network, not those servers);
// - resets only on connections through the proxy or the VPN;
// - resets the server itself sent (the service);
// - resets this computer sent because its program ended the connections
//   so, by the kernel's own reason (the program, not the network).
class ResetWatchRules
{
    Q_DECLARE_TR_FUNCTIONS(ResetWatchRules)

public:
    using Evidence = Diagnosis::Evidence;

    static std::optional<Finding> sameQuietTime(const Evidence &e);
    static std::optional<Finding> deviceOnTheWay(const Evidence &e);
    static std::optional<Finding> manyServersAtOnce(const Evidence &e);
    static std::optional<Finding> throughProxyOrVpn(const Evidence &e);
    static std::optional<Finding> serverSentThem(const Evidence &e);
    static std::optional<Finding> programEndedThem(const Evidence &e);

    // Where refusals of the target's port came from, by the packets: a
    // device near you, the server, or Unknown when the watch saw none.
    static Vocabulary::ResetOrigin refusalOrigin(const Evidence &e, QString *reasoning);

    // The resets that concern the run: those of the target's server where
    // the run had one (its address as the probes met it), else all
    // received resets.
    static QList<ResetEvent> relevantResets(const Evidence &e);

    static constexpr int MinimumResets = 3;
    // Quiet times within this share of their middle count as "the same".
    static constexpr double SameQuietTolerance = 0.15;
};

#endif // CDOC_RESETWATCHRULES_H
