#include "diagnosissession.h"

#include "checks/checkcatalog.h"
#include "diagnosis/diagnosis.h"
#include "report/reporttextwriter.h"

#include <QtCore/QUuid>

DiagnosisSession::DiagnosisSession(QObject *parent)
    : QObject(parent)
    , m_reportId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(&m_engine, &CheckEngine::checkFinished, this, &DiagnosisSession::handleCheckFinished);
    connect(&m_engine, &CheckEngine::checkProgress, this, &DiagnosisSession::progressChanged);
    connect(&m_engine, &CheckEngine::finished, this, &DiagnosisSession::handleFinished);
    connect(&m_historyLoader, &ResetHistoryLoader::loaded, this, &DiagnosisSession::handleHistoryRead);
}

QString DiagnosisSession::reportId() const
{
    return m_reportId;
}

void DiagnosisSession::setContext(const CheckContext &context)
{
    const std::optional<Target> target = m_context.target;
    m_context = context;
    if (target)
        m_context.target = target;
}

bool DiagnosisSession::setTarget(const QString &text, QString *error)
{
    const Target::ParseResult parsed = Target::parse(text);
    if (!parsed.ok()) {
        *error = parsed.error;
        return false;
    }
    if (!m_context.target || !(*m_context.target == parsed.target)) {
        // Another service: what was found about the old one no longer holds.
        cancel();
        m_results.clear();
        m_completed.clear();
    }
    m_context.target = parsed.target;
    m_targetText = text.trimmed();
    return true;
}

void DiagnosisSession::setExperimentBudget(int seconds)
{
    // As --budget: the whole group within it, the idle-timeout experiment
    // (which lasts as long as the timeout it looks for) half of it.
    m_budgetSeconds = qMax(20, seconds);
    m_context.experimentBudgetMs = m_budgetSeconds * 500;
    m_context.checkBudgetMs = m_budgetSeconds * 1000;
}

RecognizedError DiagnosisSession::setPastedError(const QString &text)
{
    m_pasted = ErrorRecognizer::recognize(text);
    return m_pasted;
}

void DiagnosisSession::runGroup(const QString &group)
{
    if (m_engine.isRunning())
        m_engine.cancel();
    if (!m_startedAt.isValid())
        m_startedAt = QDateTime::currentDateTime();
    if (m_watchDuringDiagnosis && m_resetWatch.state() == ResetWatch::State::Stopped && m_resetWatch.log().events().isEmpty())
        m_resetWatch.start(); // no prompt: where it needs permission it says so and counts only
    m_runningGroup = group;
    m_results.remove(group);
    m_completed.remove(group);
    m_engine.start({group}, m_context);
}

void DiagnosisSession::cancel()
{
    if (!m_engine.isRunning())
        return;
    m_engine.cancel(); // emits finished(true) at once
}

void DiagnosisSession::handleCheckFinished(const CheckResult &result)
{
    m_results[result.group()].append(result);
    Q_EMIT checkFinished(result);
}

void DiagnosisSession::handleFinished(bool cancelled)
{
    const QString group = m_runningGroup;
    m_runningGroup.clear();
    if (!cancelled)
        m_completed.insert(group);
    Q_EMIT groupFinished(group, cancelled);
}

QList<CheckResult> DiagnosisSession::results(const QString &group) const
{
    QList<CheckResult> list = m_results.value(group);
    const QStringList order = CheckCatalog::checkIds(group);
    std::stable_sort(list.begin(), list.end(), [&order](const CheckResult &a, const CheckResult &b) {
        return order.indexOf(a.id) < order.indexOf(b.id);
    });
    return list;
}

bool DiagnosisSession::startMonitor(int intervalMs, QString *error)
{
    if (!m_context.target) {
        *error = tr("Enter the address of your service first.");
        return false;
    }
    if (m_monitor.isRunning())
        m_monitor.stop();
    const ProbeSpec spec = m_context.probeSpec(Vocabulary::ProbeKind::Exchange, *m_context.target);
    return m_monitor.start(spec, intervalMs, 0, MonitorLog::defaultPath(spec.target.displayName()), error);
}

Report DiagnosisSession::report() const
{
    Report report;
    report.id = m_reportId;
    report.target = m_context.target ? m_context.target->displayName() : QString();
    report.startedAt = m_startedAt;
    report.finishedAt = QDateTime::currentDateTime();
    report.activity = m_activity;
    if (m_pasted.recognized)
        report.pastedErrorKind = m_pasted.kind;
    for (const QString &group : CheckCatalog::groups())
        report.checks += results(group);
    if (!m_monitor.timeline().isEmpty()) {
        report.timeline = m_monitor.timeline();
        report.events = m_monitor.events();
        report.checks.append(m_monitor.patternsCheck());
    }
    if (m_resetWatch.state() != ResetWatch::State::Stopped || !m_resetWatch.log().events().isEmpty())
        m_resetWatch.fillReport(&report);
    if (!report.checks.isEmpty()) { // no evidence, no verdict
        report.findings = Diagnosis::diagnose(Diagnosis::Evidence::from(report));
        report.headline = Diagnosis::headline(report.findings);
    }
    if (m_includeServerHistory && m_context.target) {
        if (!m_history) {
            m_history.emplace(historyDirectory());
            m_history->read(QDateTime::currentMSecsSinceEpoch() - *ResetHistory::windowMs(QStringLiteral("7d")));
        }
        report.serverHistory = m_history->serverHistory(report);
    }
    report.environment = EnvironmentInfo::collect(m_context.files);
    return report;
}

void DiagnosisSession::setIncludeServerHistory(bool on)
{
    m_includeServerHistory = on;
    m_history.reset(); // read afresh: the background watch may have written since
}

void DiagnosisSession::setHistoryDirectory(const QString &directory)
{
    m_historyDirectory = directory;
    m_history.reset();
}

QString DiagnosisSession::historyDirectory() const
{
    return m_historyDirectory.isEmpty() ? ResetHistory::defaultDirectory() : m_historyDirectory;
}

void DiagnosisSession::readResetHistory(qint64 windowMs)
{
    m_historyLoader.load(historyDirectory(), QDateTime::currentMSecsSinceEpoch() - windowMs);
}

void DiagnosisSession::handleHistoryRead(const ResetHistory &history)
{
    m_shownHistory = history;
    m_allResets.setHistory(history.events());
    Q_EMIT resetHistoryRead();
}

const ResetLog &DiagnosisSession::allProgramsResets()
{
    m_allResets.takeLive(m_resetWatch.log());
    return m_allResets.log();
}

QString DiagnosisSession::summaryText() const
{
    return ReportTextWriter::summary(report());
}
