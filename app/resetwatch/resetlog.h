#ifndef CDOC_RESETLOG_H
#define CDOC_RESETLOG_H

#include "resetevent.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>

// Every reset the watch saw, and the same grouped by program and server:
// the table beside the chart, the report's reset log and the diagnosis's
// evidence. Bounded: past MaxEvents the oldest events go (the rows keep
// counting), so a watch left running for days keeps a steady memory.
class ResetLog
{
public:
    static constexpr int MaxEvents = 100000;
    static constexpr int MaxIdleSamples = 1000;
    // Rows kept apart; past this, new programs and servers count in one
    // "other" row (a scan from many addresses cannot grow the table).
    static constexpr int MaxRows = 1000;
    static constexpr int MaxRowNames = 3;

    struct Row
    {
        QString program; // "" when the watch could not tell
        QString server;  // the remote address
        // The names programs asked for at that address, first seen first
        // (at most MaxRowNames; moreRemoteNames: others came too).
        QStringList remoteNames;
        bool moreRemoteNames = false;
        int resets = 0;
        qint64 firstAtMs = 0;
        qint64 lastAtMs = 0;
        QMap<Vocabulary::ResetSender, int> senders;
        QList<int> senderHops;  // hop counts of middlebox senders, as seen
        QList<qint64> idleMs;   // quiet time before each reset, where known (bounded)
        int received = 0;
        int sent = 0;

        QString key() const { return program + QLatin1Char('\n') + server; }
        // The most common sender, or Unknown when none is.
        Vocabulary::ResetSender mainSender() const;
        // The middle of the idle times, or -1.
        qint64 medianIdleMs() const;
        // The middle of the distances its middlebox resets came from (one
        // odd TTL does not move it), or -1.
        int typicalSenderHops() const;
    };

    // A series for the chart: resets per bucket for one program and server
    // (or "other").
    struct Series
    {
        QString key;   // Row::key(), or empty for "other"
        QString label;
        QList<QPair<qint64, int>> buckets; // bucket start (ms since epoch), count
    };

    // The chart's data for a time window ending at endMs: about 300 points
    // across it (seconds over 5 minutes, 12 s over an hour, about 5 minutes
    // over a day), each series with zeros between the buckets that had
    // resets, so a line falls back to the axis instead of joining two
    // bursts across a quiet hour.
    struct Chart
    {
        qint64 beginMs = 0;
        qint64 endMs = 0;
        int peak = 1;
        QList<QString> keys;   // per series: Row::key(), empty for "other"
        QList<QString> labels;
        QList<QList<QPair<qint64, int>>> points;
    };
    Chart chart(int top, qint64 windowMs, qint64 endMs, const QString &onlyKey = QString()) const;

    void add(const ResetEvent &event);
    void clear();

    const QList<ResetEvent> &events() const { return m_events; }
    int total() const { return m_total; }
    int dropped() const { return m_dropped; }
    // The rows, most resets first.
    QList<Row> rows() const;
    // The `top` rows by resets, each as a series, and the rest as one
    // "other" series; with `onlyKey`, just that row.
    QList<Series> series(int top, int bucketMs, const QString &onlyKey = QString()) const;

private:
    QList<ResetEvent> m_events;
    QHash<QString, Row> m_rows;
    int m_total = 0;
    int m_dropped = 0;
};

#endif // CDOC_RESETLOG_H
