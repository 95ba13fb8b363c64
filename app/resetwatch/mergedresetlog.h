#ifndef CDOC_MERGEDRESETLOG_H
#define CDOC_MERGEDRESETLOG_H

#include "resetevent.h"
#include "resetlog.h"

#include <QtCore/QHash>
#include <QtCore/QList>

// Every program's resets as one log: what the background watch wrote
// (ResetHistory) and what the live watch sees from now on. While both run
// they see the same resets; a reset of the same connection (direction,
// this end, the other end) within MatchMs of one already kept is the same
// reset and counts once, whichever watch told it first.
class MergedResetLog
{
public:
    // The two helpers stamp one kernel event with their own clocks'
    // readings: a little apart, never seconds.
    static constexpr qint64 MatchMs = 2000;

    // The log's resets (oldest first); replaces any history given before
    // and takes the live watch's resets again on the next takeLive().
    void setHistory(const QList<ResetEvent> &history);
    // Takes the resets the live watch saw since the last call.
    void takeLive(const ResetLog &live);

    const ResetLog &log() const { return m_log; }
    // Resets both watches told, counted once.
    int duplicates() const { return m_duplicates; }

private:
    void add(const ResetEvent &event, bool fromHistory);
    void rebuild();

    QList<ResetEvent> m_history;
    ResetLog m_log;
    QHash<QString, QList<qint64>> m_seen; // connection -> the times of its resets in the log
    const ResetLog *m_live = nullptr;
    int m_liveTaken = 0; // the live log's total() when last taken
    int m_duplicates = 0;
};

#endif // CDOC_MERGEDRESETLOG_H
