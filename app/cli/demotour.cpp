#include "demotour.h"

#include "commandline.h"
#include "outcometext.h"
#include "report/reportjsonwriter.h"

using Lab::Scenario;
using Vocabulary::ProbeKind;

namespace {

ProbeSpec labSpec(const FaultLab &lab, Scenario scenario, ProbeKind kind)
{
    ProbeSpec spec;
    spec.kind = kind;
    spec.target = Target::parse(QStringLiteral("127.0.0.1:%1").arg(lab.port(scenario))).target;
    spec.timeoutMs = 1500;
    spec.verifyCertificate = false; // the lab's certificate is its own
    return spec;
}

} // namespace

DemoTour::DemoTour(FaultLab *lab, const QString &jsonPath, bool quiet, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_jsonPath(jsonPath)
    , m_out(stdout)
    , m_quiet(quiet)
{
    connect(&m_engine, &ProbeEngine::probeFinished, this, &DemoTour::handleProbeFinished);
    connect(&m_engine, &ProbeEngine::finished, this, &DemoTour::handleRunFinished);
}

QList<DemoTour::Stop> DemoTour::stops(const FaultLab &lab)
{
    const Lab::Config &config = lab.config();
    QList<Stop> stops;
    auto add = [&](Scenario scenario, ProbeKind kind) -> ProbeSpec & {
        stops.append({scenario, labSpec(lab, scenario, kind)});
        return stops.last().spec;
    };
    add(Scenario::Healthy, ProbeKind::Exchange);
    add(Scenario::ResetOnAccept, ProbeKind::Exchange);
    add(Scenario::ResetAfterBytes, ProbeKind::Payload).payloadBytes = config.resetAfterBytes * 4;
    add(Scenario::ResetAfterIdle, ProbeKind::Hold).holdMs = config.idleResetMs * 2;
    add(Scenario::CloseAfterIdle, ProbeKind::Hold).holdMs = config.idleCloseMs * 2;
    add(Scenario::Refused, ProbeKind::Connect);
    add(Scenario::NoAnswer, ProbeKind::Connect);
    add(Scenario::SlowReply, ProbeKind::Exchange);
    add(Scenario::Overloaded, ProbeKind::Exchange);
    add(Scenario::HttpBodyLimit, ProbeKind::Payload).payloadBytes = config.bodyLimitBytes * 2;
    ProbeSpec &tls = add(Scenario::TlsResetOnSni, ProbeKind::Tls);
    tls.serverName = QStringLiteral("lab.test");
    add(Scenario::TlsResetOnSni, ProbeKind::Tls).serverName = config.blockedServerName;
    add(Scenario::EveryNthReset, ProbeKind::Exchange);
    add(Scenario::ResetBursts, ProbeKind::Exchange);
    return stops;
}

void DemoTour::start()
{
    m_stops = stops(*m_lab);
    m_report.target = tr("the fault lab on this computer");
    m_report.startedAt = QDateTime::currentDateTime();
    QList<ProbeSpec> specs;
    for (const Stop &stop : std::as_const(m_stops))
        specs.append(stop.spec);
    if (!m_quiet) {
        m_out << tr("Demo: the fault lab serves every way a connection can end, on this computer only.")
              << Qt::endl << Qt::endl;
    }
    // Concurrent, so the slow stops (idle, timeouts) overlap.
    m_engine.start(specs, ProbeSchedule{int(specs.size()), 0});
}

void DemoTour::handleProbeFinished(const ProbeResult &result)
{
    m_report.probes.append(result);
}

void DemoTour::handleRunFinished(bool cancelled)
{
    m_report.finishedAt = QDateTime::currentDateTime();
    m_report.cancelled = cancelled;
    std::sort(m_report.probes.begin(), m_report.probes.end(),
              [](const ProbeResult &a, const ProbeResult &b) { return a.id < b.id; });

    if (!m_quiet) {
        for (const ProbeResult &result : std::as_const(m_report.probes)) {
            const Stop &stop = m_stops.at(result.id);
            QString name = Lab::wireName(stop.scenario);
            if (stop.spec.kind == ProbeKind::Tls)
                name += QStringLiteral(" (%1)").arg(stop.spec.serverName);
            m_out << qSetFieldWidth(36) << Qt::left << name << qSetFieldWidth(0)
                  << qSetFieldWidth(10) << Vocabulary::wireName(stop.spec.kind) << qSetFieldWidth(0)
                  << OutcomeText::oneLine(result) << Qt::endl
                  << QStringLiteral("    ") << Lab::describe(stop.scenario) << Qt::endl;
        }
    }
    if (!m_jsonPath.isEmpty()) {
        QString error;
        if (!ReportJsonWriter::writeFile(m_report, m_jsonPath, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            Q_EMIT finished(CommandLine::ExitProblemsFound);
            return;
        }
    }
    // The demo succeeds when it ran: its probes are meant to fail.
    Q_EMIT finished(cancelled ? CommandLine::ExitProblemsFound : CommandLine::ExitAllOk);
}
