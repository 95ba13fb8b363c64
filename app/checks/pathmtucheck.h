#ifndef CDOC_PATHMTUCHECK_H
#define CDOC_PATHMTUCHECK_H

#include "probingcheck.h"

// vpn.path-mtu: a path MTU black hole (a tunnel or link that drops
// full-sized packets while the "packet too big" messages that would say so
// are filtered): a small upload to the target is taken while one that fills
// whole packets stalls. Then the largest packet that gets through is
// measured, by bisecting the segment size this end sends (TCP_MAXSEG) until
// it is known within 1%, so the fix can be said in numbers.
class PathMtuCheck : public ProbingCheck
{
    Q_OBJECT

public:
    using ProbingCheck::ProbingCheck;
    QString id() const override { return QStringLiteral("vpn.path-mtu"); }

    static constexpr qint64 SmallBytes = 200;      // fits in one small packet
    static constexpr qint64 LargeBytes = 8 * 1024; // several full-sized packets, below any sane upload limit
    // The smallest segment every IPv4 path must carry (576-byte packets).
    static constexpr int MinSegment = 536;
    // A segment size that does not get through stalls: this long without
    // an acknowledgement is enough to call it lost.
    static constexpr int SegmentTimeoutMs = 1500;

protected:
    void run() override;
    void probesFinished(const QList<ProbeResult> &results) override;

private:
    void judgeFirstUploads(const QList<ProbeResult> &results);
    void trySegment(int bytes);
    void finishMeasured();

    enum class Stage { FirstUploads, Bisecting };
    Stage m_stage = Stage::FirstUploads;
    int m_good = 0;    // largest segment size seen to get through
    int m_bad = 0;     // smallest seen to vanish
    int m_trying = 0;
    int m_headerBytes = 40; // IP and TCP headers around a segment
    int m_linkMtu = 0;
    QString m_interface;
    bool m_throughVpn = false;
    QStringList m_details;
};

#endif // CDOC_PATHMTUCHECK_H
