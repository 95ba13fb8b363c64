#ifndef CDOC_TARGETRESETS_H
#define CDOC_TARGETRESETS_H

#include "diagnosis.h"
#include "statistics/proportion.h"

#include <QtCore/QJsonObject>

// The resets of the target's connections, read once for every rule that
// speaks of them: how many of all the connections that could meet them
// did, and who sent them by the reset watch's packets. One phenomenon gets
// one share and one sender, whichever rule names it.
class TargetResets
{
public:
    // Every connection to the target that could have been cut off right
    // away, and how many were: the plain probes, the repeated exchanges and
    // the idle holds cut as they opened, so that 4 of 5 probes never
    // outrank (or contradict) 86 of 288 exchanges.
    struct Counts
    {
        Proportion pooled;
        Proportion probes;    // the plain probes alone, reset after connecting
        Proportion exchanges; // experiments.intermittent-resets
        Proportion holds;     // experiments.idle-timeout, cut as they opened
        int inTls = 0;        // of them, reset in the secure handshake
    };
    static Counts count(const Diagnosis::Evidence &e);

    // Who sent them, by the packets the watch saw (every reset of a
    // connection to the target's server, else the probes' own): the server
    // or a device on the way when two in three of those judged agree, else
    // nobody knows.
    struct Sender
    {
        Vocabulary::ResetSender sender = Vocabulary::ResetSender::Unknown;
        int hops = -1;       // the device's distance, when it was one
        int serverHops = -1;

        // The side a finding about these resets points at: the sender's,
        // where the packets said; where they did not, both.
        Vocabulary::Side side() const;
        // data.sender, sender_hops, server_hops
        QJsonObject toJson() const;
    };
    static Sender senderOf(const Diagnosis::Evidence &e);
};

#endif // CDOC_TARGETRESETS_H
