#include "timeline.h"

#include <QtCore/QJsonObject>

#include <limits>

using Vocabulary::Outcome;

quint32 Timeline::Bucket::total() const
{
    quint32 sum = 0;
    for (quint32 c : counts)
        sum += c;
    return sum;
}

Timeline::Timeline(int bucketMs, int capacity)
    : m_bucketMs(qMax(1, bucketMs))
    , m_capacity(qMax(1, capacity))
{
}

void Timeline::add(const ProbeResult &result)
{
    add(result.startedAt.toMSecsSinceEpoch(), result.outcome);
}

void Timeline::add(qint64 atMs, Outcome outcome, quint32 count)
{
    const qint64 start = atMs - atMs % m_bucketMs;
    if (m_buckets.isEmpty()) {
        m_buckets.append(Bucket{start, {}});
    } else if (start < m_buckets.constFirst().startMs) {
        return; // older than what is kept
    } else if ((start - m_buckets.constLast().startMs) / m_bucketMs >= m_capacity) {
        // A gap longer than what is kept (a clock jump, a hostile file):
        // nothing before it would stay, so do not fill it bucket by bucket.
        m_buckets.clear();
        m_buckets.append(Bucket{start, {}});
    }
    // Buckets with no probe in them stay, with zero counts: a gap in the
    // monitor is a fact too.
    while (m_buckets.constLast().startMs < start)
        m_buckets.append(Bucket{m_buckets.constLast().startMs + m_bucketMs, {}});
    while (m_buckets.size() > m_capacity)
        m_buckets.removeFirst();
    const qsizetype index = (start - m_buckets.constFirst().startMs) / m_bucketMs;
    if (index >= 0 && index < m_buckets.size())
        m_buckets[index].counts[std::size_t(outcome)] += count;
}

quint32 Timeline::total(Outcome outcome) const
{
    quint32 sum = 0;
    for (const Bucket &b : m_buckets)
        sum += b.count(outcome);
    return sum;
}

QJsonArray Timeline::toJson() const
{
    QJsonArray array;
    const QList<Outcome> outcomes = Vocabulary::allOutcomes();
    for (const Bucket &b : m_buckets) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(b.startMs).toLocalTime();
        QJsonObject o{{QStringLiteral("start"), start.toOffsetFromUtc(start.offsetFromUtc()).toString(Qt::ISODateWithMs)}};
        for (Outcome outcome : outcomes)
            o.insert(Vocabulary::wireName(outcome), qint64(b.count(outcome)));
        array.append(o);
    }
    return array;
}

QByteArray Timeline::toCsv() const
{
    const QList<Outcome> outcomes = Vocabulary::allOutcomes();
    QByteArray csv = "start";
    for (Outcome outcome : outcomes)
        csv += ',' + Vocabulary::wireName(outcome).toLatin1();
    csv += '\n';
    for (const Bucket &b : m_buckets) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(b.startMs).toLocalTime();
        csv += start.toOffsetFromUtc(start.offsetFromUtc()).toString(Qt::ISODateWithMs).toLatin1();
        for (Outcome outcome : outcomes)
            csv += ',' + QByteArray::number(b.count(outcome));
        csv += '\n';
    }
    return csv;
}

Timeline Timeline::fromJson(const QJsonArray &array, int bucketMs)
{
    Timeline timeline(bucketMs, qMax(86400, int(array.size())));
    const QList<Outcome> outcomes = Vocabulary::allOutcomes();
    qint64 lastMs = std::numeric_limits<qint64>::min();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const QDateTime start = QDateTime::fromString(o.value(QLatin1String("start")).toString(), Qt::ISODateWithMs);
        if (!start.isValid())
            continue;
        const qint64 atMs = start.toMSecsSinceEpoch();
        const qint64 bucketStart = atMs - atMs % timeline.m_bucketMs;
        // A file's buckets follow one another, as they were written (empty
        // ones too): the same bucket again, or the next. Anything else, out
        // of order or with a gap, was not written by us, and filling a gap
        // would let a file of a few hundred bytes make a day of empty
        // buckets (slow to show and to save again), so the rest is not read.
        if (lastMs != std::numeric_limits<qint64>::min() && bucketStart != lastMs && bucketStart != lastMs + timeline.m_bucketMs)
            break;
        lastMs = bucketStart;
        timeline.add(atMs, Outcome::Ok, 0); // keeps empty buckets too
        for (Outcome outcome : outcomes) {
            const qint64 n = o.value(Vocabulary::wireName(outcome)).toInteger();
            if (n > 0)
                timeline.add(atMs, outcome, quint32(qMin<qint64>(n, std::numeric_limits<quint32>::max())));
        }
    }
    return timeline;
}
