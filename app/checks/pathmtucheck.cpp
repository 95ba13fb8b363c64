#include "pathmtucheck.h"

#include "vpninterfaces.h"

#include <QtNetwork/QHostAddress>
#include <QtNetwork/QNetworkInterface>

using Vocabulary::CheckStatus;
using Vocabulary::Outcome;

namespace {

QString uploadLine(qint64 bytes, const ProbeResult &r)
{
    return QStringLiteral("%1-byte upload: %2 in %3, %4 of %5 bytes acknowledged")
        .arg(bytes).arg(Vocabulary::wireName(r.outcome), Vocabulary::wireName(r.phase)).arg(r.bytesAcked).arg(r.requestBytes);
}

// An upload the peer took whole, whatever it answered.
bool delivered(const ProbeResult &r)
{
    return r.requestBytes > 0 && r.requestTaken() && (r.isOk() || r.outcome == Outcome::Reset || r.outcome == Outcome::Closed);
}

} // namespace

void PathMtuCheck::run()
{
    if (!context().target) {
        finish(result(CheckStatus::Skip, tr("No service was given, so large packets were not tested.")));
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
    if (m_stage == Stage::FirstUploads) {
        judgeFirstUploads(results);
        return;
    }
    const ProbeResult r = results.value(0);
    m_details << QStringLiteral("segments of %1 bytes (packets of %2): %3").arg(m_trying).arg(m_trying + m_headerBytes).arg(uploadLine(LargeBytes, r));
    if (r.segmentSizeUnsupported) {
        // This system cannot set the segment size: the black hole stands,
        // its size unmeasured.
        m_good = 0;
        finishMeasured();
        return;
    }
    if (delivered(r))
        m_good = m_trying;
    else
        m_bad = m_trying;
    if (m_good == 0 && m_bad == MinSegment) {
        finishMeasured(); // even the smallest packets every path carries vanish
        return;
    }
    if (m_bad - m_good <= qMax(4, m_good / 100)) {
        finishMeasured();
        return;
    }
    trySegment((m_good + m_bad) / 2);
}

void PathMtuCheck::judgeFirstUploads(const QList<ProbeResult> &results)
{
    const ProbeResult small = results.value(0);
    const ProbeResult large = results.value(1);
    m_details << uploadLine(SmallBytes, small) << uploadLine(LargeBytes, large);
    // A black hole swallows the full-sized packets: the upload stalls
    // until it times out, even when the server answered before reading
    // it. A reset says something answered, which a lost packet does not;
    // a server that resets at random would otherwise look like a tunnel
    // problem.
    const bool largeStalled = large.outcome == Outcome::Timeout && large.phase == Vocabulary::Phase::Send;
    CheckResult r;
    if (!small.isOk() || !small.requestTaken()) {
        r = result(CheckStatus::Skip,
                   tr("The service did not take even a small upload, so large packets could not be tested."), m_details);
    } else if (largeStalled) {
        // Where the connection left this computer: its interface's MTU is
        // the largest packet it sends.
        const QHostAddress local(small.localAddress);
        m_headerBytes = local.protocol() == QAbstractSocket::IPv6Protocol ? 60 : 40;
        for (const QNetworkInterface &i : QNetworkInterface::allInterfaces()) {
            for (const QNetworkAddressEntry &entry : i.addressEntries()) {
                if (entry.ip() == local) {
                    m_interface = i.humanReadableName();
                    m_linkMtu = i.maximumTransmissionUnit();
                    m_throughVpn = VpnInterfaces::isVpn(i);
                }
            }
        }
        m_stage = Stage::Bisecting;
        m_bad = (m_linkMtu > 0 ? m_linkMtu : 1500) - m_headerBytes;
        trySegment(MinSegment);
        return;
    } else if (large.isOk() && !large.requestTaken()) {
        r = result(CheckStatus::Skip,
                   tr("The service answered before it had taken the large upload, so large packets were not tested."), m_details);
    } else {
        r = result(CheckStatus::Pass, tr("Large packets get through to your service."), m_details);
    }
    r.data.insert(QStringLiteral("small_outcome"), Vocabulary::wireName(small.outcome));
    r.data.insert(QStringLiteral("large_outcome"), Vocabulary::wireName(large.outcome));
    r.data.insert(QStringLiteral("large_bytes_acked"), large.bytesAcked);
    r.data.insert(QStringLiteral("mtu_problem"), false);
    finish(r);
}

void PathMtuCheck::trySegment(int bytes)
{
    m_trying = bytes;
    Q_EMIT progressChanged(0.3 + 0.07 * m_details.size());
    ProbeSpec s = spec(Vocabulary::ProbeKind::Payload, *context().target);
    s.payloadBytes = LargeBytes;
    s.maxSegmentBytes = bytes;
    s.timeoutMs = qMin(s.timeoutMs, SegmentTimeoutMs);
    runProbes({s});
}

void PathMtuCheck::finishMeasured()
{
    CheckResult r;
    if (m_good > 0) {
        const int pathMtu = m_good + m_headerBytes;
        r = result(CheckStatus::Fail,
                   tr("Packets larger than %1 bytes are lost on the way to your service, and nothing says so: a packet size (MTU) problem, often caused by a VPN or tunnel.")
                       .arg(pathMtu),
                   m_details);
        r.data.insert(QStringLiteral("path_mtu_bytes"), pathMtu);
        r.data.insert(QStringLiteral("mss_bytes"), m_good);
    } else {
        r = result(CheckStatus::Fail,
                   tr("Small messages get through but large ones get stuck on the way: a packet size (MTU) problem, often caused by a VPN or tunnel."),
                   m_details);
        r.data.insert(QStringLiteral("path_mtu_bytes"), QJsonValue::Null);
    }
    if (m_linkMtu > 0)
        r.data.insert(QStringLiteral("interface_mtu"), m_linkMtu);
    if (!m_interface.isEmpty())
        r.data.insert(QStringLiteral("interface"), m_interface);
    r.data.insert(QStringLiteral("through_vpn"), m_throughVpn);
    r.data.insert(QStringLiteral("mtu_problem"), true);
    finish(r);
}
