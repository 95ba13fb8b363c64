#ifndef CDOC_REPORT_H
#define CDOC_REPORT_H

#include "checks/checkresult.h"
#include "diagnosis/finding.h"
#include "monitor/networkeventwatcher.h"
#include "monitor/timeline.h"
#include "probe/proberesult.h"
#include "report/environmentinfo.h"
#include "resetwatch/resetevent.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

// Where resets came from the background watch's log rather than a live
// watch (docs/reset-watch.md, "The background watch"): the window asked
// for and the part of it the log covers.
struct ResetHistoryInfo
{
    bool read = false;    // the events are the log's
    qint64 sinceMs = -1;  // the window's start (epoch ms)
    qint64 fromMs = -1;   // the log covers from here (its oldest file, or sinceMs)...
    qint64 toMs = -1;     // ...to its last write; -1: it had nothing
    int files = 0;        // files read
    qint64 skippedLines = 0; // lines that did not parse (a torn last line, garbage)
    qint64 logDropped = 0;   // resets the background helper did not write (its cap, its rate limit)
};

// What the reset watch could see during the run (docs/reset-watch.md).
struct ResetWatchInfo
{
    bool ran = false;
    Vocabulary::WatchSource source = Vocabulary::WatchSource::CountersOnly;
    QString whyNot;      // what it could not see, in the user's words
    qint64 lostEvents = 0; // events the kernel or the capture dropped
    int droppedFromLog = 0; // oldest events beyond the log's bound
    ResetHistoryInfo history;
};

// The background watch's resets of the target's server, from before the
// run, where the user allowed them in the report.
struct ServerHistory
{
    bool included = false;
    QStringList servers; // the target's host and the addresses the run met
    ResetWatchInfo watch; // what the log could tell (watch.history.read), or why not
    QList<ResetEvent> events; // oldest first
};

// Everything one run found out, as the report writers see it.
struct Report
{
    // The version of the document layout; see docs/report-schema.md.
    static constexpr const char *Schema = "connection-doctor/report/1";

    QString id;     // a UUID, so a helpdesk can refer to one report
    QString target; // as the user gave it, normalised ("host:port")
    QDateTime startedAt;
    QDateTime finishedAt;
    bool cancelled = false;
    // What the user said: what they were doing, and the kind of error they
    // pasted (ErrorRecognizer's kind). The diagnosis weighs causes by them.
    std::optional<Vocabulary::Activity> activity;
    QString pastedErrorKind;
    QList<CheckResult> checks;
    QList<ProbeResult> probes;
    QList<Finding> findings; // most likely first
    QString headline;        // the most likely cause and the first thing to try
    Timeline timeline;       // from the monitor: outcomes per second
    QList<NetworkEvent> events; // network changes while the monitor ran
    EnvironmentInfo environment;
    ResetWatchInfo resetWatch;
    QList<ResetEvent> resetEvents; // every reset the watch saw, oldest first
    Timeline systemResets;         // the system's reset counter per second, while watching
    ServerHistory serverHistory;   // the log's resets of the target's server, if allowed

    // Nothing was checked, tried, monitored or watched: a report from a run
    // stopped before its first result, or the wizard before its first step.
    bool holdsNoResult() const
    {
        return checks.isEmpty() && findings.isEmpty() && probes.isEmpty() && timeline.isEmpty() && !resetWatch.ran;
    }
};

#endif // CDOC_REPORT_H
