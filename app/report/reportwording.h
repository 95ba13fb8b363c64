#ifndef CDOC_REPORTWORDING_H
#define CDOC_REPORTWORDING_H

#include "resetwatch/resetlog.h"
#include "vocabulary/vocabulary.h"

#include <QtCore/QList>
#include <QtCore/QPair>

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

struct EnvironmentInfo;
struct Report;
struct ServerHistory;

// The words and colours every view of a report shares (the wizard, the
// chart, the HTML, PDF and text reports), defined once so a status or an
// outcome reads and looks the same wherever a helpdesk meets it.
class ReportWording
{
    Q_DECLARE_TR_FUNCTIONS(ReportWording)

public:
    // "Passed", "Warning", "Problem", "Skipped"
    static QString statusText(Vocabulary::CheckStatus status);
    // "#1e7e34": dark enough for white text on it (WCAG contrast > 4.5:1).
    static QString statusColor(Vocabulary::CheckStatus status);

    // "Cut off (reset)", "Worked", ...: short, for a legend or a table.
    static QString outcomeLabel(Vocabulary::Outcome outcome);
    static QString outcomeColor(Vocabulary::Outcome outcome);

    // "Network connection came up: wlan0"
    static QString eventText(const QString &kind, const QString &subject);

    // Label and value, in the order every report lists them.
    using Rows = QList<QPair<QString, QString>>;
    // The service, when the run started and ended, the report id.
    static Rows runRows(const Report &report);
    // The computer: system, versions, interfaces, proxy, DNS, time zone.
    static Rows environmentRows(const EnvironmentInfo &environment);
    // One paragraph about the monitor's timeline: how long, how many
    // connections, how many cut off, the worst minute.
    static QString timelineSummary(const Report &report);
    // "ethernet" (the report's word) as the reader's: "Ethernet", "WLAN", ...
    static QString interfaceTypeText(const QString &type);
    // A check's short name and id: "Network interfaces (connectivity.interfaces)"
    static QString checkName(const QString &checkId);

    // The reset watch, for the section "Resets seen on this computer".
    // What the watch could see and why not more, and how many resets it
    // kept, lost or left out (or, with only the counters, counted): one
    // paragraph.
    static QString resetWatchSummary(const Report &report);
    // The background watch's resets of the target's server, before the
    // run: "Resets of this server before the run", and one paragraph on
    // what the log covers and holds (or why it could not be read).
    static QString serverHistoryHeading();
    static QString serverHistorySummary(const ServerHistory &history);
    // The table by program and server: its header, and the cells of the
    // first `most` rows (ResetLog::rows(): most resets first). A sender, a
    // direction and a quiet time are in ResetWording's words, as on the
    // monitor page and the command line.
    static QStringList resetTableHeader();
    static QList<QStringList> resetTableRows(const QList<ResetLog::Row> &rows, int most);
    // The list of single resets: its header, and one event's cells.
    static QStringList resetEventHeader();
    static QStringList resetEventCells(const ResetEvent &event);
};

#endif // CDOC_REPORTWORDING_H
