#ifndef CDOC_DIAGNOSISSESSION_H
#define CDOC_DIAGNOSISSESSION_H

#include "checks/checkcontext.h"
#include "checks/checkengine.h"
#include "diagnosis/errorrecognizer.h"
#include "monitor/resetmonitor.h"
#include "report/report.h"
#include "resetwatch/backgroundwatchservice.h"
#include "resetwatch/mergedresetlog.h"
#include "resetwatch/resethistory.h"
#include "resetwatch/resethistoryloader.h"
#include "resetwatch/resetwatch.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QObject>

#include <optional>

// One user's diagnosis as the wizard walks through it: the target, the
// results of each group of checks run so far (kept when the user goes Back
// and Next), the pasted error, and the findings. The pages ask it to run a
// group and show what it reports; it owns the worker-thread engine.
class DiagnosisSession : public QObject
{
    Q_OBJECT

public:
    explicit DiagnosisSession(QObject *parent = nullptr);

    // The endpoints and bounds the checks use (the lab's, in a demo).
    void setContext(const CheckContext &context);
    CheckContext context() const { return m_context; }

    bool setTarget(const QString &text, QString *error);
    std::optional<Target> target() const { return m_context.target; }
    QString targetText() const { return m_targetText; }

    // How long the deeper tests may take, in seconds.
    void setExperimentBudget(int seconds);
    int experimentBudget() const { return m_budgetSeconds; }

    RecognizedError setPastedError(const QString &text);
    const RecognizedError &pastedError() const { return m_pasted; }
    // What the user was doing (the welcome page's question).
    void setActivity(std::optional<Vocabulary::Activity> activity) { m_activity = activity; }
    std::optional<Vocabulary::Activity> activity() const { return m_activity; }

    void runGroup(const QString &group);
    void cancel();
    bool isRunning() const { return m_engine.isRunning(); }
    QString runningGroup() const { return m_runningGroup; }
    bool hasRun(const QString &group) const { return m_completed.contains(group); }
    QList<CheckResult> results(const QString &group) const;

    // The monitor: probes the target at a steady pace in the background,
    // whatever page the user is on, until stopped.
    bool startMonitor(int intervalMs, QString *error);
    ResetMonitor &monitor() { return m_monitor; }
    const ResetMonitor &monitor() const { return m_monitor; }

    // The reset watch: every program's resets on this computer, for the
    // monitor's "All programs" view and the report. Started on demand, and
    // with the first group of checks when watchDuringDiagnosis is on (the
    // app's default; --no-watch turns it off): it then runs without asking,
    // where it can, so that the probes' resets say who sent them, and says
    // once what it cannot see where it cannot.
    void setWatchDuringDiagnosis(bool on) { m_watchDuringDiagnosis = on; }
    bool watchDuringDiagnosis() const { return m_watchDuringDiagnosis; }
    ResetWatch &resetWatch() { return m_resetWatch; }
    const ResetWatch &resetWatch() const { return m_resetWatch; }

    // The background watch's resets of the target's server from before the
    // run (its whole log, up to 7 days), in the report: off unless the user
    // or the helpdesk's profile turns it on, as it tells what this
    // computer's programs did before the user came. The log is read once
    // (the target's resets are picked from it for each report) and read
    // again when the setting is turned on again.
    void setIncludeServerHistory(bool on);
    bool includeServerHistory() const { return m_includeServerHistory; }
    // Where the log is (ResetHistory::defaultDirectory() unless set).
    void setHistoryDirectory(const QString &directory);
    QString historyDirectory() const;

    // Every program's resets, for the monitor's "All programs" view: the
    // background watch's log over the last windowMs, read in a thread of
    // its own (resetHistoryRead() follows), merged with what the live
    // watch sees, each reset once.
    void readResetHistory(qint64 windowMs);
    bool isReadingResetHistory() const { return m_historyLoader.isLoading(); }
    // The log as last read (status NotRead before the first read ends).
    const ResetHistory &resetHistory() const { return m_shownHistory; }
    // The log's resets and the live watch's, up to now.
    const ResetLog &allProgramsResets();

    // The switch of the background watch (the systemd unit).
    BackgroundWatchService &backgroundWatch() { return m_backgroundWatch; }

    // Everything so far, with the findings the evidence so far supports.
    Report report() const;
    // One id for every report and summary this session gives out.
    QString reportId() const;
    QString summaryText() const;

Q_SIGNALS:
    void checkFinished(const CheckResult &result);
    void progressChanged(const QString &checkId, double fraction);
    void groupFinished(const QString &group, bool cancelled);
    void resetHistoryRead();

private:
    void handleCheckFinished(const CheckResult &result);
    void handleFinished(bool cancelled);
    void handleHistoryRead(const ResetHistory &history);

    CheckEngine m_engine;
    ResetMonitor m_monitor;
    ResetWatch m_resetWatch;
    CheckContext m_context;
    QString m_targetText;
    RecognizedError m_pasted;
    std::optional<Vocabulary::Activity> m_activity;
    QString m_runningGroup;
    QHash<QString, QList<CheckResult>> m_results; // by group
    QSet<QString> m_completed;
    QDateTime m_startedAt;
    int m_budgetSeconds = 120;
    bool m_watchDuringDiagnosis = false;
    QString m_reportId;
    bool m_includeServerHistory = false;
    QString m_historyDirectory;
    mutable std::optional<ResetHistory> m_history; // read on first use
    ResetHistoryLoader m_historyLoader;
    ResetHistory m_shownHistory; // the monitor's
    MergedResetLog m_allResets;
    BackgroundWatchService m_backgroundWatch;
};

#endif // CDOC_DIAGNOSISSESSION_H
