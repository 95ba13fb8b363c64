#include "resetsenderjudge.h"

#include "resetwording.h"

#include <QtNetwork/QHostAddress>

using Vocabulary::ResetDirection;
using Vocabulary::ResetSender;

int ResetSenderJudge::hopsFromTtl(int ttl)
{
    if (ttl <= 0 || ttl > 255)
        return -1;
    const int initial = ttl <= 64 ? 64 : ttl <= 128 ? 128 : 255;
    return initial - ttl + 1;
}

void ResetSenderJudge::judge(ResetEvent *e)
{
    e->evidence.clear();
    e->senderHops = -1;
    e->serverHops = -1;
    const QHostAddress remote(e->remoteHost());
    const bool sameComputer = remote.isLoopback();
    int serverTtl = -1;
    QString serverTtlSource;
    if (e->hasPeer && e->peer.synTtl > 0) {
        serverTtl = e->peer.synTtl;
        serverTtlSource = tr("its SYN-ACK");
    } else if (e->hasPeer && e->peer.ttlMax > 0) {
        serverTtl = e->peer.ttlMax;
        serverTtlSource = tr("its packets");
    } else if (e->hostTtl > 0) {
        serverTtl = e->hostTtl;
        serverTtlSource = tr("its SYN-ACK on another connection");
    }
    if (serverTtl > 0)
        e->serverHops = sameComputer ? 0 : hopsFromTtl(serverTtl);

    if (e->direction == ResetDirection::Sent) {
        e->sender = ResetSender::Local;
        e->senderHops = 0;
        if (e->owner == QLatin1String("no_socket"))
            e->evidence << tr("This computer answered a packet for a connection it no longer had (or never had) with a reset.");
        else
            e->evidence << tr("This computer sent the reset: %1 ended the connection abruptly.").arg(e->programOrUnknown());
        // The kernel's own reason, where it gives one, says more than the
        // packets could: first, so one-line views (the report's table) show it.
        if (!e->kernelReason.isEmpty())
            e->evidence.prepend(tr("This computer's system says why it sent the reset: %1 (%2).")
                                    .arg(ResetWording::kernelReasonText(e->kernelReason), e->kernelReason));
        return;
    }

    if (!e->hasPacket) {
        e->sender = ResetSender::Unknown;
        e->evidence << (e->captured ? tr("The reset's packet was not seen, so who sent it cannot be told.")
                                    : tr("Packets were not being captured, so who sent the reset cannot be told."));
        return;
    }
    const ResetPacket &p = e->packet;
    const int resetHops = sameComputer ? 0 : hopsFromTtl(p.ttl);
    e->senderHops = resetHops;

    // Signs that someone other than the server's own TCP stack made it.
    QStringList unlikeServer;
    // Linux sends resets with no socket behind them (a forgotten
    // connection, TIME_WAIT) with DF and IP ID 0 by design: only an ID of 0
    // without DF is unlike a server's stack.
    if (p.ipId == 0 && !p.dontFragment && e->hasPeer && e->peer.packets > 0 && !e->peer.ipIdZero)
        unlikeServer << tr("its IP ID is 0, while the server's packets had other IDs");
    if (e->burst > 1 && e->burstSeqVaried)
        unlikeServer << tr("%n resets came in a burst with changing sequence numbers, as injecting devices send them", nullptr, e->burst);
    if (!p.text.trimmed().isEmpty() && p.payloadBytes > 0)
        unlikeServer << tr("it carried text: \"%1\"").arg(p.text.trimmed());
    if (p.seqExpected == 0)
        unlikeServer << tr("its sequence number is not the one the server was due to send");
    QStringList likeServer;
    if (p.seqExpected == 1)
        likeServer << tr("its sequence number is the one the server was due to send next");
    if (e->hasPeer && e->peer.timestamps && p.timestamps)
        likeServer << tr("it carries TCP timestamps, like the server's packets");

    if (serverTtl <= 0) {
        e->sender = ResetSender::Unknown;
        e->evidence << tr("The reset came from %n hop(s) away (TTL %1), but none of the server's own packets were seen to compare.", nullptr, resetHops)
                           .arg(p.ttl);
    } else if (sameComputer) {
        e->sender = unlikeServer.isEmpty() ? ResetSender::Server : ResetSender::Unknown;
        e->evidence << tr("The server runs on this computer, so distance cannot tell who sent the reset.");
    } else if (resetHops < e->serverHops) {
        e->sender = ResetSender::Middlebox;
        e->evidence << tr("The reset arrived with TTL %1, from %n hop(s) away; the server's packets (%2) arrive with TTL %3, from %4 hops away: a device between you and the server sent it.",
                          nullptr, resetHops)
                           .arg(p.ttl).arg(serverTtlSource).arg(serverTtl).arg(e->serverHops);
    } else if (resetHops == e->serverHops) {
        e->sender = unlikeServer.isEmpty() ? ResetSender::Server : ResetSender::Unknown;
        e->evidence << tr("The reset came from the same distance as the server's packets (%1): TTL %2, %n hop(s) away.", nullptr, resetHops)
                           .arg(serverTtlSource).arg(p.ttl);
    } else {
        e->sender = ResetSender::Unknown;
        e->evidence << tr("The reset came from further away (TTL %1, %n hop(s)) than the server's packets (TTL %2): something beyond the server, or a device that set its own TTL.",
                          nullptr, resetHops)
                           .arg(p.ttl).arg(serverTtl);
    }
    if (!unlikeServer.isEmpty())
        e->evidence << tr("Unlike the server's own packets: %1.").arg(unlikeServer.join(QLatin1String("; ")));
    if (!likeServer.isEmpty())
        e->evidence << tr("Like the server's own packets: %1.").arg(likeServer.join(QLatin1String("; ")));
    if (!sameComputer) {
        e->evidence << tr("NAT routers and load balancers can change TTLs, and a device can copy the server's: this is strong evidence, not proof.");
    }
}
