#ifndef CDOC_COMMANDLINE_H
#define CDOC_COMMANDLINE_H

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtCore/QStringList>

// What the user asked for on the command line. The GUI and the headless
// mode both start from this.
struct CliOptions
{
    enum class Mode {
        Gui,      // the wizard (no --headless); with --demo, against the fault lab
        Headless, // probes, a summary on stdout, optionally a JSON report
        Demo,     // --demo --headless: a tour of every way a connection ends
        Lab,      // the fault lab alone, serving until interrupted
        Explain,  // recognise a pasted error text and explain it
        Open,     // --open: show a saved report (with --headless: print or convert it)
        BackgroundWatch, // --background-watch on|off|status
        Help,
        Version,
    };

    Mode mode = Mode::Gui;
    bool demo = false;     // with --headless: run against the fault lab
    QString target;        // as typed; parsed by Target::parse
    bool targetGiven = false;
    int count = 5;
    int intervalMs = 1000;
    int timeoutMs = 5000;
    QString jsonPath;
    QStringList checkGroups; // --checks
    bool probe = true;       // run exchange probes (off for --checks without --count)
    QStringList endpointOverrides; // --endpoint key=value
    QString proxy;           // --proxy URL
    QString labAddress;      // --listen, for --lab
    bool diagnose = false;   // --diagnose: checks, experiments, findings
    int budgetSeconds = 120; // --budget
    QString explain;         // --explain TEXT; with --diagnose, the error the user saw
    QString activity;        // --activity: a Vocabulary::Activity wire name, or empty
    bool monitor = false;    // --monitor: probe at a steady pace, count outcomes over time
    bool watchResets = false; // --watch-resets: every program's resets, with who sent them (on with --diagnose)
    bool noWatch = false;     // --no-watch: not even for --diagnose
    // --reset-history: the background watch's log (alone: its resets; with
    // a target: the target's server's, in the report)
    bool resetHistory = false;
    QString since = QStringLiteral("24h"); // --since: 1h, 24h or 7d
    QString historyDir;       // --history-dir; empty: ResetHistory::defaultDirectory()
    QString backgroundWatch;  // --background-watch: on, off or status
    int durationSeconds = 60; // --duration
    QString csvPath;         // --csv
    QString monitorLogPath;  // --monitor-log; empty: MonitorLog::defaultPath()
    bool quiet = false;
    QStringList reportPaths; // --report, format by extension
    QString redact;          // --redact: kinds of values to hide
    QString openPath;        // --open
    QString profilePath;     // --profile
    QString fileArgument;    // a profile or a report, as a file manager passes it
    QString language;        // --lang
    bool headless = false;   // --headless was given
    bool budgetGiven = false; // --budget and --timeout win over a profile's
    bool timeoutGiven = false;
};

// Parses arguments with QCommandLineParser, without exiting the process:
// bad usage comes back as an error message so main() can answer with the
// documented exit status 2.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Result
    {
        CliOptions options;
        QString error;    // non-empty: bad usage
        QString helpText; // for Mode::Help and with errors
    };

    static Result parse(const QStringList &arguments);

    // Exit statuses, part of the contract helpdesk scripts rely on.
    static constexpr int ExitAllOk = 0;
    static constexpr int ExitProblemsFound = 1;
    static constexpr int ExitBadUsage = 2;
};

#endif // CDOC_COMMANDLINE_H
