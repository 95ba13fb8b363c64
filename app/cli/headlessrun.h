#ifndef CDOC_HEADLESSRUN_H
#define CDOC_HEADLESSRUN_H

#include "checks/checkcontext.h"
#include "checks/checkengine.h"
#include "commandline.h"
#include "probe/probeengine.h"
#include "monitor/resetmonitor.h"
#include "probe/target.h"
#include "report/report.h"
#include "resetwatch/resethistory.h"
#include "resetwatch/resetwatch.h"

#include <QtCore/QObject>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>

#include <functional>
#include <optional>

// The headless mode: runs the environment checks and the probes the command
// line asked for, on the same engines the wizard uses, prints progress and a
// short summary, writes the JSON report, and ends with the documented exit
// status.
class HeadlessRun : public QObject
{
    Q_OBJECT

public:
    HeadlessRun(const CliOptions &options, const CheckContext &context, QObject *parent = nullptr);

    void start();
    // Stops early (Ctrl+C); what was measured is still reported.
    void interrupt();

    const Report &report() const { return m_report; }

    // Writes the report files (--json, --report); the default writes every
    // format but PDF, which needs the export library main() passes in.
    using ReportWriter = std::function<bool(const Report &report, const QString &path, QString *error)>;
    void setReportWriter(ReportWriter writer) { m_writeReport = std::move(writer); }

Q_SIGNALS:
    void finished(int exitStatus);

private:
    void startWork();
    void startWatchAlone();
    void handleWatchStatus();
    void printReset(const ResetEvent &event);
    void startProbes();
    void startMonitor();
    void handleMonitorFinished();
    void handleCheckFinished(const CheckResult &result);
    void handleChecksFinished(bool cancelled);
    void handleProbeFinished(const ProbeResult &result);
    void handleProbesFinished(bool cancelled);
    void end(bool cancelled);
    void finishEnd(bool cancelled);
    void takeWatchResults();
    // --reset-history alone: the background watch's log, printed and
    // reported as a live watch's resets are.
    void readHistory();
    // With a target: that server's resets from the log, for the report.
    void addServerHistory();
    void printResetSummary(const QList<ResetEvent> &events);
    void writeResetCsv();
    bool writeReports();
    QString probeSummary(bool cancelled) const;

    CliOptions m_options;
    CheckContext m_context;
    CheckEngine m_checks;
    ProbeEngine m_probes;
    ResetMonitor m_monitor;
    ResetWatch m_watch;
    QTimer m_watchTimer;
    bool m_watchReady = false;
    bool m_ending = false;
    bool m_endCancelled = false;
    Report m_report;
    ReportWriter m_writeReport;
    QTextStream m_out;
    QTextStream m_err;
};

#endif // CDOC_HEADLESSRUN_H
