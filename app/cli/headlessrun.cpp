#include "headlessrun.h"

#include "diagnosis/errorrecognizer.h"

#include "checks/checkcatalog.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/errorrecognizer.h"
#include "diagnosis/verdictcheck.h"
#include "outcometext.h"
#include "report/redactor.h"
#include "report/reportwording.h"
#include "report/reportfilewriter.h"
#include "report/resetlogcsv.h"
#include "resetwatch/resetwording.h"

#include <QtCore/QLocale>
#include <QtCore/QMap>
#include <QtCore/QSaveFile>
#include <QtCore/QUuid>

#include <cstdio>

using Vocabulary::CheckStatus;
using Vocabulary::Outcome;

HeadlessRun::HeadlessRun(const CliOptions &options, const CheckContext &context, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_context(context)
    , m_out(stdout)
    , m_err(stderr)
{
    connect(&m_checks, &CheckEngine::checkFinished, this, &HeadlessRun::handleCheckFinished);
    connect(&m_checks, &CheckEngine::finished, this, &HeadlessRun::handleChecksFinished);
    connect(&m_probes, &ProbeEngine::probeFinished, this, &HeadlessRun::handleProbeFinished);
    connect(&m_probes, &ProbeEngine::finished, this, &HeadlessRun::handleProbesFinished);
    connect(&m_monitor, &ResetMonitor::sampleAdded, this, [this](const ProbeResult &r) {
        if (!m_options.quiet)
            m_out << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss ")) << OutcomeText::oneLine(r) << Qt::endl;
    });
    connect(&m_monitor, &ResetMonitor::finished, this, &HeadlessRun::handleMonitorFinished);
    connect(&m_watch, &ResetWatch::statusChanged, this, &HeadlessRun::handleWatchStatus);
    connect(&m_watch, &ResetWatch::resetSeen, this, &HeadlessRun::printReset);
    connect(&m_watch, &ResetWatch::stopped, this, [this] {
        if (m_ending)
            finishEnd(m_endCancelled);
    });
    m_watchTimer.setSingleShot(true);
    connect(&m_watchTimer, &QTimer::timeout, this, [this] { end(false); });
    m_writeReport = [](const Report &report, const QString &path, QString *error) {
        return ReportFileWriter::write(report, path, error);
    };
}

void HeadlessRun::start()
{
    m_report.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_report.target = m_context.target ? m_context.target->displayName() : QString();
    m_report.startedAt = QDateTime::currentDateTime();
    m_report.activity = Vocabulary::activityFromWireName(m_options.activity);
    if (!m_options.explain.isEmpty()) {
        const RecognizedError pasted = ErrorRecognizer::recognize(m_options.explain);
        if (pasted.recognized)
            m_report.pastedErrorKind = pasted.kind;
    }
    const bool historyAlone = m_options.resetHistory && !m_context.target && m_options.checkGroups.isEmpty() && !m_options.monitor;
    if (historyAlone) {
        readHistory();
        return;
    }
    if (m_options.watchResets) {
        // The watch first: resets of the probes' own connections are
        // attributed only if it was watching when they were made.
        m_watch.start();
        return;
    }
    startWork();
}

void HeadlessRun::handleWatchStatus()
{
    if (m_watchReady || m_watch.state() != ResetWatch::State::Running)
        return;
    m_watchReady = true;
    if (!m_options.quiet) {
        m_out << tr("Watching resets: %1.").arg(ResetWording::sourceText(m_watch.source())) << Qt::endl;
        if (!m_watch.whyNot().isEmpty())
            m_out << m_watch.whyNot() << Qt::endl;
    }
    const bool alone = !m_context.target && m_options.checkGroups.isEmpty() && !m_options.monitor;
    if (alone)
        startWatchAlone();
    else
        startWork();
}

void HeadlessRun::startWatchAlone()
{
    if (!m_options.quiet)
        m_out << tr("Watching every program's resets for %n second(s)...", nullptr, m_options.durationSeconds) << Qt::endl;
    m_watchTimer.start(m_options.durationSeconds * 1000);
}

void HeadlessRun::printReset(const ResetEvent &event)
{
    if (m_options.quiet)
        return;
    m_out << QDateTime::fromMSecsSinceEpoch(event.atMs).toString(QStringLiteral("HH:mm:ss.zzz ")) << ResetWording::resetLine(event)
          << Qt::endl;
}

void HeadlessRun::startWork()
{
    if (m_options.monitor) {
        startMonitor();
        return;
    }
    if (m_options.checkGroups.isEmpty()) {
        startProbes();
        return;
    }
    if (!m_options.quiet)
        m_out << tr("Checking: %1...").arg(m_options.checkGroups.join(QLatin1String(", "))) << Qt::endl;
    m_checks.start(m_options.checkGroups, m_context);
}

void HeadlessRun::startMonitor()
{
    const ProbeSpec spec = m_context.probeSpec(Vocabulary::ProbeKind::Exchange, *m_context.target);
    if (!m_options.quiet) {
        m_out << tr("Watching %1 for %n second(s), one connection every %2 ms...", nullptr, m_options.durationSeconds)
                     .arg(spec.target.displayName()).arg(m_options.intervalMs)
              << Qt::endl;
    }
    const QString log = m_options.monitorLogPath.isEmpty() ? MonitorLog::defaultPath(spec.target.displayName())
                                                           : m_options.monitorLogPath;
    QString error;
    if (!m_monitor.start(spec, m_options.intervalMs, m_options.durationSeconds * 1000LL, log, &error)) {
        m_err << tr("Cannot write the monitor's log: %1").arg(error) << Qt::endl;
        Q_EMIT finished(CommandLine::ExitProblemsFound);
    }
}

void HeadlessRun::handleMonitorFinished()
{
    m_report.timeline = m_monitor.timeline();
    m_report.events = m_monitor.events();
    const CheckResult patterns = m_monitor.patternsCheck();
    m_report.checks.append(patterns);
    if (!m_options.csvPath.isEmpty()) {
        QSaveFile csv(m_options.csvPath);
        if (!csv.open(QIODevice::WriteOnly) || csv.write(m_report.timeline.toCsv()) < 0 || !csv.commit())
            m_err << tr("Cannot write %1: %2").arg(m_options.csvPath, csv.errorString()) << Qt::endl;
    }
    if (!m_options.quiet)
        m_out << patterns.summary << Qt::endl;
    end(false);
}

void HeadlessRun::interrupt()
{
    if (m_watchTimer.isActive() || (m_options.watchResets && !m_watchReady)) {
        m_watchTimer.stop();
        end(true);
        return;
    }
    if (m_monitor.isRunning()) {
        m_monitor.stop();
        return;
    }
    if (m_checks.isRunning())
        m_checks.cancel();
    else
        m_probes.cancel();
}

void HeadlessRun::handleCheckFinished(const CheckResult &result)
{
    m_report.checks.append(result);
    if (!m_options.quiet)
        m_out << QStringLiteral("[%1] %2: %3").arg(Vocabulary::wireName(result.status), result.id, result.summary) << Qt::endl;
}

void HeadlessRun::handleChecksFinished(bool cancelled)
{
    // The report lists checks in the catalog's order, whatever order they
    // finished in.
    QStringList order;
    for (const QString &group : CheckCatalog::groups())
        order += CheckCatalog::checkIds(group);
    std::stable_sort(m_report.checks.begin(), m_report.checks.end(),
                     [&order](const CheckResult &a, const CheckResult &b) { return order.indexOf(a.id) < order.indexOf(b.id); });
    if (cancelled || !m_options.probe || !m_context.target) {
        end(cancelled);
        return;
    }
    startProbes();
}

void HeadlessRun::startProbes()
{
    const ProbeSpec spec = m_context.probeSpec(Vocabulary::ProbeKind::Exchange, *m_context.target);
    if (!m_options.quiet)
        m_out << tr("Probing %1, %n time(s)...", nullptr, m_options.count).arg(spec.target.displayName()) << Qt::endl;
    m_probes.start(QList<ProbeSpec>(m_options.count, spec), ProbeSchedule{1, m_options.intervalMs});
}

void HeadlessRun::handleProbeFinished(const ProbeResult &result)
{
    m_report.probes.append(result);
    if (m_options.quiet)
        return;
    m_out << QStringLiteral("[%1/%2] ").arg(m_report.probes.size()).arg(m_options.count)
          << OutcomeText::oneLine(result) << Qt::endl;
}

void HeadlessRun::handleProbesFinished(bool cancelled)
{
    if (!m_options.quiet)
        m_out << probeSummary(cancelled) << Qt::endl;
    end(cancelled);
}

void HeadlessRun::end(bool cancelled)
{
    if (m_ending)
        return;
    m_ending = true;
    m_endCancelled = cancelled;
    if (m_options.watchResets && m_watch.state() != ResetWatch::State::Stopped) {
        // The helper hands over the resets still waiting for their packets
        // as it goes: the report waits for them (finishEnd).
        m_watch.stop();
        return;
    }
    finishEnd(cancelled);
}

void HeadlessRun::takeWatchResults()
{
    m_watch.fillReport(&m_report);
    if (!m_options.monitor)
        writeResetCsv();
    if (m_options.quiet)
        return;
    m_out << tr("%n reset(s) seen.", nullptr, m_watch.log().total()) << Qt::endl;
    printResetSummary(m_report.resetEvents);
}

void HeadlessRun::writeResetCsv()
{
    if (m_options.csvPath.isEmpty())
        return;
    QSaveFile csv(m_options.csvPath);
    if (!csv.open(QIODevice::WriteOnly) || csv.write(ResetLogCsv::toCsv(m_report.resetEvents)) < 0 || !csv.commit())
        m_err << tr("Cannot write %1: %2").arg(m_options.csvPath, csv.errorString()) << Qt::endl;
}

// The resets by program and server, and what the watch lost: after a live
// watch and after reading the background watch's log alike.
void HeadlessRun::printResetSummary(const QList<ResetEvent> &events)
{
    ResetLog log;
    for (const ResetEvent &event : events)
        log.add(event);
    for (const ResetLog::Row &row : log.rows())
        m_out << QStringLiteral("  ") << ResetWording::rowLine(row) << Qt::endl;
    const ResetWatchInfo &info = m_report.resetWatch;
    if (info.lostEvents > 0 && !info.history.read)
        m_out << tr("The system dropped %n event(s) it could not hand over in time.", nullptr, int(qMin<qint64>(info.lostEvents, INT_MAX)))
              << Qt::endl;
}

void HeadlessRun::readHistory()
{
    const QString dir = m_options.historyDir.isEmpty() ? ResetHistory::defaultDirectory() : m_options.historyDir;
    const qint64 window = ResetHistory::windowMs(m_options.since).value_or(24 * 3600 * 1000);
    if (!m_options.quiet) {
        m_out << tr("Reading the background watch's log in %1, from %2 on...")
                     .arg(dir, QLocale().toString(QDateTime::currentDateTime().addMSecs(-window), QLocale::ShortFormat))
              << Qt::endl;
    }
    ResetHistory history(dir);
    const bool read = history.read(QDateTime::currentMSecsSinceEpoch() - window);
    history.fillReport(&m_report);
    if (read) {
        for (const ResetEvent &event : std::as_const(m_report.resetEvents))
            printReset(event);
        writeResetCsv();
        if (!m_options.quiet) {
            m_out << ResetHistory::summary(m_report.resetWatch, m_report.resetEvents.size()) << Qt::endl;
            printResetSummary(m_report.resetEvents);
        }
    } else {
        // Said even with --quiet: it is why the exit status is not 0.
        m_err << history.whyNot() << Qt::endl;
    }
    m_report.finishedAt = QDateTime::currentDateTime();
    m_report.environment = EnvironmentInfo::collect(m_context.files);
    const bool written = writeReports();
    Q_EMIT finished(read && written ? CommandLine::ExitAllOk : CommandLine::ExitProblemsFound);
}

void HeadlessRun::addServerHistory()
{
    if (!m_options.resetHistory || !m_context.target)
        return;
    ResetHistory history(m_options.historyDir.isEmpty() ? ResetHistory::defaultDirectory() : m_options.historyDir);
    history.read(QDateTime::currentMSecsSinceEpoch() - ResetHistory::windowMs(m_options.since).value_or(24 * 3600 * 1000));
    m_report.serverHistory = history.serverHistory(m_report);
    if (!m_options.quiet)
        m_out << ReportWording::serverHistorySummary(m_report.serverHistory) << Qt::endl;
}

void HeadlessRun::finishEnd(bool cancelled)
{
    if (m_options.watchResets)
        takeWatchResults();
    const bool watchAlone = m_options.watchResets && !m_context.target && m_options.checkGroups.isEmpty() && !m_options.monitor;
    m_report.finishedAt = QDateTime::currentDateTime();
    m_report.cancelled = cancelled;
    if (m_options.diagnose) {
        m_report.findings = Diagnosis::diagnose(Diagnosis::Evidence::from(m_report));
        m_report.headline = Diagnosis::headline(m_report.findings);
        VerdictCheck::warnAbout(m_report);
    }

    bool allOk = !cancelled && !(m_report.probes.isEmpty() && m_report.checks.isEmpty());
    for (const ProbeResult &r : std::as_const(m_report.probes))
        allOk = allOk && r.isOk();
    for (const CheckResult &c : std::as_const(m_report.checks))
        allOk = allOk && c.status != CheckStatus::Fail;
    quint32 monitored = 0;
    for (const Timeline::Bucket &b : m_report.timeline.buckets())
        monitored += b.total();
    allOk = allOk && m_report.timeline.total(Outcome::Ok) == monitored;

    addServerHistory();
    m_report.environment = EnvironmentInfo::collect(m_context.files);
    if (!writeReports()) {
        Q_EMIT finished(CommandLine::ExitProblemsFound);
        return;
    }
    if (m_options.diagnose && !m_options.quiet) {
        m_out << Qt::endl;
        for (const Finding &f : std::as_const(m_report.findings)) {
            m_out << QStringLiteral("%1%  %2  (%3)").arg(qRound(f.confidence * 100), 3).arg(f.title, Vocabulary::wireName(f.id))
                  << Qt::endl;
        }
        // The last thing printed: what a user reads first.
        m_out << Qt::endl << m_report.headline << Qt::endl;
    }
    if (watchAlone) {
        Q_EMIT finished(CommandLine::ExitAllOk); // the watch ran; what it saw is in the report
        return;
    }
    if (m_options.diagnose) {
        const bool problem = m_report.findings.isEmpty()
            || m_report.findings.constFirst().id != Vocabulary::FindingId::NoProblemFound;
        Q_EMIT finished(cancelled || problem ? CommandLine::ExitProblemsFound : CommandLine::ExitAllOk);
        return;
    }
    Q_EMIT finished(allOk ? CommandLine::ExitAllOk : CommandLine::ExitProblemsFound);
}

QString HeadlessRun::probeSummary(bool cancelled) const
{
    QMap<int, int> counts; // by outcome, in vocabulary order
    for (const ProbeResult &r : m_report.probes)
        ++counts[int(r.outcome)];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(Vocabulary::wireName(Outcome(it.key())));

    QString line = parts.isEmpty() ? tr("Results for %1: none.").arg(m_report.target)
                                   : tr("Results for %1: %2.").arg(m_report.target, parts.join(QLatin1String(", ")));
    if (cancelled)
        line += QLatin1Char(' ') + tr("Stopped before the end.");
    // The most common problem explains the run best.
    Outcome worst = Outcome::Ok;
    int worstCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (Outcome(it.key()) != Outcome::Ok && it.value() > worstCount) {
            worst = Outcome(it.key());
            worstCount = it.value();
        }
    }
    // A stopped run speaks of what finished, and says the rest did not.
    if (cancelled && worst == Outcome::Ok) {
        line += QLatin1Char(' ')
            + (m_report.probes.isEmpty() ? tr("No connection finished before the stop.")
                                         : tr("The %n connection(s) that finished worked; the rest were stopped.", nullptr,
                                              int(m_report.probes.size())));
        return line;
    }
    line += QLatin1Char(' ') + OutcomeText::meaning(worst);
    return line;
}

bool HeadlessRun::writeReports()
{
    if (m_options.jsonPath.isEmpty() && m_options.reportPaths.isEmpty())
        return true;
    Redactor::Categories hide;
    QString error;
    Redactor::parseCategories(m_options.redact, &hide, &error); // checked by CommandLine
    Redactor redactor(hide);
    const Report shared = redactor.redact(m_report);
    // --json is JSON whatever the file is called; --report goes by the
    // extension.
    QList<QPair<QString, std::function<bool(QString *)>>> writes;
    if (!m_options.jsonPath.isEmpty()) {
        writes.append({m_options.jsonPath, [this, &shared](QString *why) {
                           return ReportFileWriter::write(shared, m_options.jsonPath, ReportFormat::Json, why);
                       }});
    }
    for (const QString &path : m_options.reportPaths)
        writes.append({path, [this, &shared, path](QString *why) { return m_writeReport(shared, path, why); }});
    bool allWritten = true;
    for (const auto &[path, write] : std::as_const(writes)) {
        if (!write(&error)) {
            m_err << error << Qt::endl;
            allWritten = false; // the other formats may still be written
            continue;
        }
        if (!m_options.quiet)
            m_out << tr("Report written to %1").arg(path) << Qt::endl;
    }
    return allWritten;
}
