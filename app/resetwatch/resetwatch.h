#ifndef CDOC_RESETWATCH_H
#define CDOC_RESETWATCH_H

#include "reseteventsource.h"
#include "resetlog.h"
#include "monitor/systemresetcounter.h"

#include <QtCore/QObject>

#include <memory>

struct Report;

// Watches every reset any program on this computer gets or sends: which
// program, which server, and who sent it. Runs the platform's source,
// judges each reset's sender, and keeps the log. Where the source cannot
// run, the watch goes on with the system's counters and says, in one
// sentence, what is missing.
class ResetWatch : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Running, Stopping };
    Q_ENUM(State)

    // The source: by default the platform's own (tests hand in another).
    explicit ResetWatch(QObject *parent = nullptr);
    ResetWatch(std::unique_ptr<ResetEventSource> source, QObject *parent = nullptr);
    ~ResetWatch() override;

    void start();
    // Stops; stopped() follows once the source has handed over its last
    // resets (the helper's, waiting for their packets, come at its end).
    // Asks the user's permission (pkexec) and starts with it; a sentence
    // for the user when there is no way to ask here, else empty.
    QString startWithPermission();
    void stop();

    State state() const { return m_state; }
    Vocabulary::WatchSource source() const { return m_source; }
    // What the watch cannot see and why, for the user; empty when it sees
    // everything.
    QString whyNot() const { return m_whyNot; }
    // What a helper that opened these can see: its source, and what it
    // cannot see and why (empty when it sees everything). The live watch
    // and the background watch's log say it the same way.
    static Vocabulary::WatchSource sourceOf(const ResetEventSource::Capabilities &capabilities, QString *whyNot);
    // Whether startWithPermission() could help.
    bool canAskPermission() const;
    // Whether it names programs and servers (else: the counters only).
    bool seesPrograms() const;
    // One sentence on what the watch sees or misses, and one on what it saw.
    QString statusText() const;
    QString summarySentence() const;
    qint64 lostEvents() const { return m_kernelLost + m_packetsDropped; }

    const ResetLog &log() const { return m_log; }
    const Timeline &counters() const { return m_counters.timeline(); }

    // Puts what the watch saw into a report: its source and limits, every
    // reset, the system's count, and who reset the report's own probes.
    void fillReport(Report *report) const;

    // The reset of a probe's own connection (this end's port, the peer's
    // address and port), if the watch saw it.
    const ResetEvent *findReset(quint16 localPort, const QString &peerAddress, quint16 peerPort) const;

Q_SIGNALS:
    void resetSeen(const ResetEvent &event);
    void statusChanged();
    void stopped();

private:
    void handleStarted(const ResetEventSource::Capabilities &capabilities);
    void handleFailed(const QString &whyNot);
    void handleReset(const ResetEvent &event);
    void handleStopped();
    void finishStopping();
    void connectSource();

    std::unique_ptr<ResetEventSource> m_sourceImpl;
    ResetLog m_log;
    SystemResetCounter m_counters;
    State m_state = State::Stopped;
    Vocabulary::WatchSource m_source = Vocabulary::WatchSource::CountersOnly;
    QString m_whyNot;
    qint64 m_kernelLost = 0;
    qint64 m_packetsDropped = 0;
};

#endif // CDOC_RESETWATCH_H
