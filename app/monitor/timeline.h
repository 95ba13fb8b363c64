#ifndef CDOC_TIMELINE_H
#define CDOC_TIMELINE_H

#include "probe/proberesult.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QList>

#include <array>

// How connections to the target ended, counted per time bucket (one second
// by default), oldest first. Bounded: past `capacity` buckets the oldest
// go, so a monitor left running for days keeps a steady memory (24 hours
// of one-second buckets is 86,400 buckets, about 4 MB).
class Timeline
{
public:
    static constexpr int OutcomeCount = 11;

    struct Bucket
    {
        qint64 startMs = 0; // milliseconds since the epoch, UTC
        std::array<quint32, OutcomeCount> counts{};

        quint32 count(Vocabulary::Outcome outcome) const { return counts[std::size_t(outcome)]; }
        quint32 total() const;
    };

    explicit Timeline(int bucketMs = 1000, int capacity = 86400);

    // Counts a probe in the bucket of the moment it started.
    void add(const ProbeResult &result);
    void add(qint64 atMs, Vocabulary::Outcome outcome, quint32 count = 1);

    const QList<Bucket> &buckets() const { return m_buckets; }
    int bucketMs() const { return m_bucketMs; }
    // The time its buckets cover, empty ones included.
    qint64 spanMs() const { return qint64(m_buckets.size()) * m_bucketMs; }
    quint32 total(Vocabulary::Outcome outcome) const;
    bool isEmpty() const { return m_buckets.isEmpty(); }

    // The report's "timeline": [{"start": ISO 8601 with offset, "ok": n, "reset": n, ...}]
    QJsonArray toJson() const;
    // The same as CSV, one line per bucket, a header line first.
    QByteArray toCsv() const;
    // Reads toJson() back; entries without a readable start are skipped.
    static Timeline fromJson(const QJsonArray &array, int bucketMs);

private:
    int m_bucketMs;
    int m_capacity;
    QList<Bucket> m_buckets;
};

#endif // CDOC_TIMELINE_H
