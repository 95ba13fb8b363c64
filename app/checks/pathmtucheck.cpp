#include "pathmtucheck.h"

void PathMtuCheck::run()
{
    if (!context().target) {
        finish(result(Vocabulary::CheckStatus::Skip, tr("No service was given, so large packets were not tested.")));
        return;
    }
    ProbeSpec small = spec(Vocabulary::ProbeKind::Payload, *context().target);
    small.payloadBytes = SmallBytes;
    ProbeSpec large = small;
    large.payloadBytes = LargeBytes;
    runProbes({small, large});
}

void PathMtuCheck::probesFinished(const QList<ProbeResult> &results)
{
    const ProbeResult small = results.value(0);
    const ProbeResult large = results.value(1);
    const QStringList details{
        QStringLiteral("%1-byte upload: %2 in %3").arg(SmallBytes).arg(Vocabulary::wireName(small.outcome), Vocabulary::wireName(small.phase)),
        QStringLiteral("%1-byte upload: %2 in %3, %4 bytes acknowledged")
            .arg(LargeBytes).arg(Vocabulary::wireName(large.outcome), Vocabulary::wireName(large.phase)).arg(large.bytesAcked)};
    // A black hole swallows the full-sized packets: the upload stalls
    // until it times out. A reset says something answered, which a lost
    // packet does not; a server that resets at random would otherwise
    // look like a tunnel problem.
    const bool largeStalled = large.outcome == Vocabulary::Outcome::Timeout && large.phase == Vocabulary::Phase::Send;
    CheckResult r;
    if (!small.isOk()) {
        r = result(Vocabulary::CheckStatus::Skip,
                   tr("The service did not accept even a small upload, so large packets could not be tested."), details);
    } else if (largeStalled) {
        r = result(Vocabulary::CheckStatus::Fail,
                   tr("Small messages get through but large ones get stuck on the way: a packet size (MTU) problem, often caused by a VPN or tunnel."),
                   details);
    } else {
        r = result(Vocabulary::CheckStatus::Pass, tr("Large packets get through to your service."), details);
    }
    r.data.insert(QStringLiteral("small_outcome"), Vocabulary::wireName(small.outcome));
    r.data.insert(QStringLiteral("large_outcome"), Vocabulary::wireName(large.outcome));
    r.data.insert(QStringLiteral("large_bytes_acked"), large.bytesAcked);
    r.data.insert(QStringLiteral("mtu_problem"), small.isOk() && largeStalled);
    finish(r);
}
