#include "headlessrun.h"

#include "outcometext.h"
#include "report/reportjsonwriter.h"

#include <QtCore/QMap>

#include <cstdio>

using Vocabulary::Outcome;

HeadlessRun::HeadlessRun(const CliOptions &options, const Target &target, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_target(target)
    , m_out(stdout)
    , m_err(stderr)
{
    connect(&m_engine, &ProbeEngine::probeFinished, this, &HeadlessRun::handleProbeFinished);
    connect(&m_engine, &ProbeEngine::finished, this, &HeadlessRun::handleRunFinished);
}

void HeadlessRun::start()
{
    m_report.target = m_target.displayName();
    m_report.startedAt = QDateTime::currentDateTime();

    ProbeSpec spec;
    spec.kind = Vocabulary::ProbeKind::Exchange;
    spec.target = m_target;
    spec.timeoutMs = m_options.timeoutMs;
    spec.verifyCertificate = m_verifyCertificates;
    const QList<ProbeSpec> specs(m_options.count, spec);

    if (!m_options.quiet) {
        m_out << tr("Probing %1, %2 times...").arg(m_target.displayName()).arg(m_options.count)
              << Qt::endl;
    }
    m_engine.start(specs, ProbeSchedule{1, m_options.intervalMs});
}

void HeadlessRun::interrupt()
{
    m_engine.cancel();
}

void HeadlessRun::handleProbeFinished(const ProbeResult &result)
{
    m_report.probes.append(result);
    if (m_options.quiet)
        return;
    m_out << QStringLiteral("[%1/%2] ").arg(m_report.probes.size()).arg(m_options.count)
          << OutcomeText::oneLine(result) << Qt::endl;
}

void HeadlessRun::handleRunFinished(bool cancelled)
{
    m_report.finishedAt = QDateTime::currentDateTime();
    m_report.cancelled = cancelled;

    bool allOk = !m_report.probes.isEmpty() && !cancelled;
    for (const ProbeResult &r : std::as_const(m_report.probes))
        allOk = allOk && r.isOk();

    if (!m_options.quiet)
        m_out << summaryLine() << Qt::endl;

    if (!m_options.jsonPath.isEmpty()) {
        QString error;
        if (!ReportJsonWriter::writeFile(m_report, m_options.jsonPath, &error)) {
            m_err << error << Qt::endl;
            Q_EMIT finished(CommandLine::ExitProblemsFound);
            return;
        }
        if (!m_options.quiet)
            m_out << tr("Report written to %1").arg(m_options.jsonPath) << Qt::endl;
    }
    Q_EMIT finished(allOk ? CommandLine::ExitAllOk : CommandLine::ExitProblemsFound);
}

QString HeadlessRun::summaryLine() const
{
    QMap<int, int> counts; // by outcome, in vocabulary order
    for (const ProbeResult &r : m_report.probes)
        ++counts[int(r.outcome)];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(Vocabulary::wireName(Outcome(it.key())));

    QString line = tr("Results for %1: %2.")
                       .arg(m_report.target, parts.join(QLatin1String(", ")));
    if (m_report.cancelled)
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
    line += QLatin1Char(' ') + OutcomeText::meaning(worst);
    return line;
}
