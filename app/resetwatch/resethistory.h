#ifndef CDOC_RESETHISTORY_H
#define CDOC_RESETHISTORY_H

#include "resetevent.h"
#include "resetlog.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

struct Report;
struct ResetHistoryInfo;
struct ResetWatchInfo;
struct ServerHistory;

// Reads what the background watch (cdoc-reset-helper --background) wrote
// while the app was not open: the log directory's resets-*.jsonl files,
// through the same parser as the live helper's lines, for a window of
// time. Judges each reset's sender as the live watch does, keeps at most
// maxEvents (the newest; the rest are counted), and says what the log
// covers and what it lost. Where the log is missing or unreadable it says
// why, in one sentence for the user.
class ResetHistory
{
    Q_DECLARE_TR_FUNCTIONS(ResetHistory)

public:
    enum class Status {
        NotRead,     // read() not called yet
        Read,        // the log was read (it may have had no resets in the window)
        NoLog,       // no directory, or no log file in it
        NotReadable, // there, but not ours to read (or not a directory)
    };

    // The directory the background watch writes to by default (the
    // systemd unit's StateDirectory=).
    static QString defaultDirectory();
    // "1h", "24h", "7d": the windows the command line and the monitor page
    // offer, as milliseconds; nullopt for anything else.
    static std::optional<qint64> windowMs(const QString &name);
    static QStringList windowNames();

    explicit ResetHistory(const QString &directory = defaultDirectory(), int maxEvents = ResetLog::MaxEvents);

    // Reads the resets at or after sinceMs (epoch ms). Returns whether the
    // log could be read; whyNot() says why not.
    bool read(qint64 sinceMs);

    Status status() const { return m_status; }
    QString directory() const { return m_directory; }
    // The window asked for on the last read(), or -1.
    qint64 sinceMs() const { return m_sinceMs; }
    // Why the log could not be read, or what of it could not (files that
    // could not be opened); empty when all of it was read.
    QString whyNot() const { return m_whyNot; }

    // The resets in the window, oldest first, each judged.
    const QList<ResetEvent> &events() const { return m_events; }
    // Resets in the window beyond maxEvents (the oldest), not kept.
    qint64 leftOut() const { return m_leftOut; }
    qint64 skippedLines() const { return m_skippedLines; }
    int filesRead() const { return m_filesRead; }
    int filesNotRead() const { return m_filesNotRead; }
    // Counted by the background helper in the window, across its runs:
    // events the kernel or the capture dropped, and resets it did not
    // write (its cap, its rate limit).
    qint64 lostEvents() const { return m_lostEvents; }
    qint64 logDropped() const { return m_logDropped; }
    // What the helper could see, by the latest hello in the log.
    Vocabulary::WatchSource source() const { return m_source; }
    QString sourceWhyNot() const { return m_sourceWhyNot; }
    // The span the log covers within the window: from its oldest file's
    // start (or sinceMs, if later) to its last write; -1 when it had none.
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }

    // The resets whose server is one of these: an address (as in
    // ResetEvent::remoteHost()) or the name the program asked for.
    QList<ResetEvent> eventsOf(const QStringList &servers) const;

    // The servers a report is about: the target's host (a name or an
    // address) and every address its probes met.
    static QStringList serversOf(const Report &report);
    // The log's resets of those servers, with what the log could tell
    // (or why it could not be read), for the report.
    ServerHistory serverHistory(const Report &report) const;

    // The report's reset watch part, in the layout of a live watch's
    // (ResetWatch::fillReport), with what the log covers.
    ResetWatchInfo watchInfo() const;
    // Puts the log's resets into a report as --watch-resets puts a live
    // watch's: reset_watch and reset_events.
    void fillReport(Report *report) const;
    // "The background watch wrote nothing after ...": where the log ends
    // before the window starts (h.toMs < h.fromMs).
    static QString endedBefore(const ResetHistoryInfo &h);
    // One paragraph: what the log covers, how many resets, what it lost.
    static QString summary(const ResetWatchInfo &info, qsizetype resets);

private:
    struct Run; // one helper run's counters, by its hello
    void readFile(const QString &path, qint64 sinceMs, qint64 fileStartMs, QHash<QString, Run> *runs);
    void keep(const ResetEvent &event);
    void trimTo(int most);
    QString notReadableReason(const QString &path) const;

    QString m_directory;
    int m_maxEvents;
    Status m_status = Status::NotRead;
    QString m_whyNot;
    qint64 m_sinceMs = -1;
    QList<ResetEvent> m_events;
    qint64 m_leftOut = 0;
    qint64 m_skippedLines = 0;
    int m_filesRead = 0;
    int m_filesNotRead = 0;
    qint64 m_lostEvents = 0;
    qint64 m_logDropped = 0;
    Vocabulary::WatchSource m_source = Vocabulary::WatchSource::CountersOnly;
    QString m_sourceWhyNot;
    qint64 m_latestHelloMs = -1;
    qint64 m_fromMs = -1;
    qint64 m_toMs = -1;
};

Q_DECLARE_METATYPE(ResetHistory)

#endif // CDOC_RESETHISTORY_H
