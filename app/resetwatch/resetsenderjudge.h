#ifndef CDOC_RESETSENDERJUDGE_H
#define CDOC_RESETSENDERJUDGE_H

#include "resetevent.h"

#include <QtCore/QCoreApplication>

// Decides who sent a reset — the server, a device between (a middlebox),
// or this computer — from the RST packet set against the server's own
// packets, and writes down why. The signals are those of Weaver, Sommer and
// Paxson ("Detecting Forged TCP Reset Packets", NDSS 2009): the hop distance
// (TTL) of the RST against the server's SYN-ACK and data; an IP ID of 0
// where the server's were not; the sequence number against what the server
// was due to send; bursts of RSTs whose numbers change; text inside the RST.
// The TTL carries the verdict; the others can only make it less sure.
class ResetSenderJudge
{
    Q_DECLARE_TR_FUNCTIONS(ResetSenderJudge)

public:
    // Fills sender, senderHops, serverHops and evidence.
    static void judge(ResetEvent *event);

    // Hops from a received TTL: senders start at 64 (Linux, macOS), 128
    // (Windows) or 255 (network gear), and each router takes one off. One
    // hop is a directly connected neighbour.
    static int hopsFromTtl(int ttl);
};

#endif // CDOC_RESETSENDERJUDGE_H
