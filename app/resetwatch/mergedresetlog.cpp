#include "mergedresetlog.h"

#include <cstdlib>

namespace {
QString connectionKey(const ResetEvent &e)
{
    return QString::number(int(e.direction)) + QLatin1Char('\n') + e.local + QLatin1Char('\n') + e.remote;
}
} // namespace

void MergedResetLog::setHistory(const QList<ResetEvent> &history)
{
    m_history = history;
    rebuild();
}

void MergedResetLog::rebuild()
{
    m_log.clear();
    m_seen.clear();
    m_duplicates = 0;
    m_liveTaken = 0;
    for (const ResetEvent &e : std::as_const(m_history))
        add(e, true);
    if (m_live)
        takeLive(*m_live);
}

void MergedResetLog::takeLive(const ResetLog &live)
{
    if (m_live != &live) {
        m_live = &live;
        m_liveTaken = 0;
    }
    if (live.total() < m_liveTaken) // the live log was cleared
        m_liveTaken = 0;
    // The live log keeps its newest events only: take those not taken yet.
    const qsizetype fresh = qMin<qsizetype>(live.total() - m_liveTaken, live.events().size());
    const QList<ResetEvent> &events = live.events();
    for (qsizetype i = events.size() - fresh; i < events.size(); ++i)
        add(events.at(i), false);
    m_liveTaken = live.total();
}

void MergedResetLog::add(const ResetEvent &event, bool fromHistory)
{
    // Only the log's resets are remembered: a live one can repeat one of
    // them, never another live one, and remembering every live reset would
    // grow for as long as the watch runs.
    const auto seen = m_seen.constFind(connectionKey(event));
    if (seen != m_seen.cend()) {
        for (qint64 at : *seen) {
            if (std::llabs(at - event.atMs) <= MatchMs) {
                ++m_duplicates;
                return;
            }
        }
    }
    if (fromHistory)
        m_seen[connectionKey(event)].append(event.atMs);
    m_log.add(event);
}
