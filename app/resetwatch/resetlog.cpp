#include "resetlog.h"

#include "resetwording.h"

#include <QtCore/QCoreApplication>

#include <algorithm>

using Vocabulary::ResetSender;

Vocabulary::ResetSender ResetLog::Row::mainSender() const
{
    ResetSender best = ResetSender::Unknown;
    int bestCount = 0;
    for (auto it = senders.cbegin(); it != senders.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

qint64 ResetLog::Row::medianIdleMs() const
{
    if (idleMs.isEmpty())
        return -1;
    QList<qint64> sorted = idleMs;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(sorted.size() / 2);
}

int ResetLog::Row::typicalSenderHops() const
{
    if (senderHops.isEmpty())
        return -1;
    QList<int> sorted = senderHops;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(sorted.size() / 2);
}

void ResetLog::add(const ResetEvent &event)
{
    ++m_total;
    if (m_events.size() >= MaxEvents) {
        m_events.removeFirst();
        ++m_dropped;
    }
    m_events.append(event);
    QString key = event.program + QLatin1Char('\n') + event.remoteHost();
    const bool overflow = !m_rows.contains(key) && m_rows.size() >= MaxRows;
    if (overflow)
        key = QStringLiteral("\n*");
    Row &row = m_rows[key];
    if (row.resets == 0) {
        row.program = overflow ? QString() : event.program;
        row.server = overflow ? QCoreApplication::translate("ResetLog", "other servers") : event.remoteHost();
        row.firstAtMs = event.atMs;
    }
    if (!overflow && !event.remoteName.isEmpty() && !row.remoteNames.contains(event.remoteName)) {
        // A CDN's many names for one address stay bounded.
        if (row.remoteNames.size() < MaxRowNames)
            row.remoteNames.append(event.remoteName);
        else
            row.moreRemoteNames = true;
    }
    ++row.resets;
    row.lastAtMs = qMax(row.lastAtMs, event.atMs);
    ++row.senders[event.sender];
    if (event.sender == ResetSender::Middlebox && event.senderHops >= 0 && row.senderHops.size() < MaxIdleSamples)
        row.senderHops.append(event.senderHops);
    if (event.idleMs >= 0) {
        if (row.idleMs.size() >= MaxIdleSamples)
            row.idleMs.removeFirst();
        row.idleMs.append(event.idleMs);
    }
    if (event.direction == Vocabulary::ResetDirection::Sent)
        ++row.sent;
    else
        ++row.received;
}

void ResetLog::clear()
{
    m_events.clear();
    m_rows.clear();
    m_total = 0;
    m_dropped = 0;
}

QList<ResetLog::Row> ResetLog::rows() const
{
    QList<Row> rows = m_rows.values();
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.resets != b.resets)
            return a.resets > b.resets;
        return a.key() < b.key();
    });
    return rows;
}

QList<ResetLog::Series> ResetLog::series(int top, int bucketMs, const QString &onlyKey) const
{
    bucketMs = qMax(1, bucketMs);
    QList<Series> result;
    QHash<QString, int> index; // row key -> series
    const QList<Row> ranked = rows();
    for (const Row &row : ranked) {
        if (!onlyKey.isEmpty() ? row.key() != onlyKey : result.size() >= top)
            continue;
        index.insert(row.key(), int(result.size()));
        result.append(Series{row.key(), QStringLiteral("%1 → %2").arg(ResetEvent::programName(row.program), ResetWording::serverText(row)), {}});
    }
    const bool hasOther = onlyKey.isEmpty() && ranked.size() > top;
    if (hasOther)
        result.append(Series{QString(), QCoreApplication::translate("ResetLog", "other programs and servers"), {}});
    QList<QMap<qint64, int>> counts(result.size());
    for (const ResetEvent &e : m_events) {
        const QString key = e.program + QLatin1Char('\n') + e.remoteHost();
        const int i = index.value(m_rows.contains(key) ? key : QStringLiteral("\n*"), hasOther ? int(result.size()) - 1 : -1);
        if (i < 0)
            continue;
        ++counts[i][e.atMs - e.atMs % bucketMs];
    }
    for (int i = 0; i < result.size(); ++i) {
        for (auto it = counts[i].cbegin(); it != counts[i].cend(); ++it)
            result[i].buckets.append({it.key(), it.value()});
    }
    return result;
}

ResetLog::Chart ResetLog::chart(int top, qint64 windowMs, qint64 endMs, const QString &onlyKey) const
{
    Chart c;
    c.endMs = endMs;
    c.beginMs = endMs - windowMs;
    const int bucketMs = int(qMax<qint64>(1000, windowMs / 300));
    // A watch younger than the window is shown from its start.
    if (!m_events.isEmpty())
        c.beginMs = qMax(c.beginMs, m_events.constFirst().atMs - 10 * bucketMs);
    for (const Series &series : this->series(top, bucketMs, onlyKey)) {
        QList<QPair<qint64, int>> points;
        qint64 previous = c.beginMs - bucketMs;
        for (const auto &[at, count] : series.buckets) {
            if (at < c.beginMs)
                continue;
            if (at - previous > bucketMs)
                points << qMakePair(previous + bucketMs, 0) << qMakePair(at - bucketMs, 0);
            points << qMakePair(at, count);
            c.peak = qMax(c.peak, count);
            previous = at;
        }
        points << qMakePair(previous + bucketMs, 0) << qMakePair(endMs, 0);
        c.keys << series.key;
        c.labels << series.label;
        c.points << points;
    }
    return c;
}
