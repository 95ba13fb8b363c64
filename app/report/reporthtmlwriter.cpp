#include "reporthtmlwriter.h"

#include "cli/outcometext.h"
#include "reporttextwriter.h"
#include "reportwording.h"
#include "resetwatch/resetlog.h"
#include "timelinesvg.h"

#include <QtCore/QLocale>

namespace {

QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(e(item));
    return html + QStringLiteral("</ul>\n");
}

QString rowsTable(const ReportWording::Rows &rows, const QString &cssClass)
{
    QString html = QStringLiteral("<table class=\"%1\" border=\"0\" cellpadding=\"3\" cellspacing=\"0\">\n").arg(cssClass);
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(e(label), e(value));
    return html + QStringLiteral("</table>\n");
}

QString badge(Vocabulary::CheckStatus status)
{
    // The word, not just the colour: readable in black and white and by
    // people who do not tell red from green.
    return QStringLiteral("<span class=\"badge\" style=\"background-color: %1; color: #ffffff\">&#160;%2&#160;</span>")
        .arg(ReportWording::statusColor(status), e(ReportWording::statusText(status)));
}

QString cellsTable(const QStringList &header, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<div class=\"scroll\"><table border=\"0\" cellpadding=\"3\" cellspacing=\"0\">\n<tr>");
    for (const QString &h : header)
        html += QStringLiteral("<th>%1</th>").arg(e(h));
    html += QStringLiteral("</tr>\n");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(e(cell));
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table></div>\n");
}

// "Resets seen on this computer" (and the log's resets of the target's
// server): what could be seen, the resets by program and server, then the
// single resets.
QString resetSection(const QString &id, const QString &heading, const QString &summary, const QList<ResetEvent> &resetEvents)
{
    QString html = QStringLiteral("<section id=\"%1\">\n<h2>%2</h2>\n<p>%3</p>\n").arg(id, e(heading), e(summary));
    if (!resetEvents.isEmpty()) {
        ResetLog log;
        for (const ResetEvent &event : resetEvents)
            log.add(event);
        const QList<ResetLog::Row> logRows = log.rows();
        const QList<QStringList> rows = ReportWording::resetTableRows(logRows, ReportTextWriter::MaxResetRows);
        html += QStringLiteral("<h3>%1</h3>\n").arg(e(ReportHtmlWriter::tr("By program and server")));
        html += cellsTable(ReportWording::resetTableHeader(), rows);
        if (logRows.size() > rows.size()) {
            html += QStringLiteral("<p>%1</p>\n").arg(e(ReportTextWriter::tr("... and %n more, all in the JSON report.", nullptr,
                                                                                int(logRows.size() - rows.size()))));
        }
        const qsizetype shown = qMin<qsizetype>(resetEvents.size(), ReportTextWriter::MaxResetRows);
        QList<QStringList> events;
        for (qsizetype i = 0; i < shown; ++i)
            events << ReportWording::resetEventCells(resetEvents.at(i));
        html += QStringLiteral("<h3>%1</h3>\n").arg(e(ReportHtmlWriter::tr("Each reset, oldest first")));
        html += cellsTable(ReportWording::resetEventHeader(), events);
        if (resetEvents.size() > shown) {
            html += QStringLiteral("<p>%1</p>\n").arg(e(ReportTextWriter::tr("... and %n more, all in the JSON report.", nullptr,
                                                                                int(resetEvents.size() - shown))));
        }
    }
    return html + QStringLiteral("</section>\n");
}

const char *styleSheet = R"(
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; line-height: 1.45;
       color: #1a1a1a; background: #ffffff; max-width: 52em; margin: 0 auto; padding: 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; border-bottom: 1px solid #cccccc; padding-bottom: 0.2em; margin-top: 1.6em; }
h3 { font-size: 1.05em; margin-bottom: 0.2em; }
h4 { font-size: 0.95em; margin: 0.8em 0 0.2em 0; }
p.headline { font-size: 1.2em; font-weight: bold; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.25em 0.5em; border-bottom: 1px solid #e3e3e3; }
table.facts th, table.environment th { width: 12em; font-weight: 600; }
.badge { border-radius: 0.3em; font-size: 0.85em; white-space: nowrap; }
.scroll { overflow-x: auto; }
.details { color: #444444; font-size: 0.9em; margin: 0.2em 0 0 0; padding-left: 1.2em; }
.chart img { max-width: 100%; height: auto; }
footer { margin-top: 2em; color: #666666; font-size: 0.85em; }
@media (max-width: 40em) { body { padding: 0.5em; } table.facts th, table.environment th { width: auto; } }
@media print { body { max-width: none; } section, tr, .chart { page-break-inside: avoid; } a { color: inherit; } }
)";

} // namespace

QString ReportHtmlWriter::toHtml(const Report &report, const Options &options)
{
    const QString title = report.target.isEmpty() ? tr("Connection Doctor report")
                                                  : tr("Connection Doctor report for %1").arg(report.target);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\">\n<head>\n"
                           "<meta charset=\"utf-8\"/>\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                           "<meta name=\"generator\" content=\"Connection Doctor %2\"/>\n"
                           "<title>%3</title>\n<style>%4</style>\n</head>\n<body>\n")
                .arg(e(QLocale().bcp47Name()), e(QCoreApplication::applicationVersion()), e(title),
                     QString::fromLatin1(styleSheet));
    html += QStringLiteral("<h1>%1</h1>\n").arg(e(title));
    html += rowsTable(ReportWording::runRows(report), QStringLiteral("facts"));

    // What to do first: the one thing most readers need.
    html += QStringLiteral("<section id=\"summary\">\n<h2>%1</h2>\n").arg(e(tr("Summary")));
    html += QStringLiteral("<p class=\"headline\">%1</p>\n")
                .arg(e(report.headline.isEmpty() ? tr("No cause has been named yet: not enough was tested.") : report.headline));
    if (!report.findings.isEmpty()) {
        const Finding &top = report.findings.constFirst();
        html += QStringLiteral("<p>%1</p>\n").arg(e(top.explanation));
        if (!top.userSteps.isEmpty())
            html += QStringLiteral("<h4>%1</h4>\n%2").arg(e(tr("What to do now")), list(top.userSteps));
    }
    html += QStringLiteral("</section>\n");

    if (!report.findings.isEmpty()) {
        html += QStringLiteral("<section id=\"findings\">\n<h2>%1</h2>\n").arg(e(tr("Findings, most likely first")));
        for (const Finding &f : report.findings) {
            html += QStringLiteral("<div class=\"finding\" id=\"finding-%1\">\n<h3>%2 <small>(%3%, %1)</small></h3>\n<p>%4</p>\n")
                        .arg(e(Vocabulary::wireName(f.id)), e(f.title))
                        .arg(qRound(f.confidence * 100))
                        .arg(e(f.explanation));
            if (!f.evidence.isEmpty())
                html += QStringLiteral("<h4>%1</h4>\n%2").arg(e(tr("What we saw")), list(f.evidence));
            if (!f.userSteps.isEmpty())
                html += QStringLiteral("<h4>%1</h4>\n%2").arg(e(tr("What you can do")), list(f.userSteps));
            if (!f.adminSteps.isEmpty())
                html += QStringLiteral("<h4>%1</h4>\n%2").arg(e(tr("For the helpdesk or the server's administrator")), list(f.adminSteps));
            html += QStringLiteral("</div>\n");
        }
        html += QStringLiteral("</section>\n");
    }

    if (!report.checks.isEmpty()) {
        html += QStringLiteral("<section id=\"checks\">\n<h2>%1</h2>\n<div class=\"scroll\">"
                               "<table border=\"0\" cellpadding=\"3\" cellspacing=\"0\">\n"
                               "<tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                    .arg(e(tr("Checks")), e(tr("Status")), e(tr("Check")), e(tr("What it found")));
        for (const CheckResult &c : report.checks) {
            QString found = e(c.summary);
            if (!c.details.isEmpty()) {
                found += QStringLiteral("<ul class=\"details\">");
                for (const QString &d : c.details)
                    found += QStringLiteral("<li>%1</li>").arg(e(d));
                found += QStringLiteral("</ul>");
            }
            html += QStringLiteral("<tr id=\"check-%1\"><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                        .arg(e(c.id), badge(c.status), e(ReportWording::checkName(c.id)), found);
        }
        html += QStringLiteral("</table></div>\n</section>\n");
    }

    if (!report.probes.isEmpty()) {
        html += QStringLiteral("<section id=\"probes\">\n<h2>%1</h2>\n<div class=\"scroll\">"
                               "<table border=\"0\" cellpadding=\"3\" cellspacing=\"0\">\n<tr>")
                    .arg(e(tr("Connections tried")));
        for (const QString &h : {tr("No."), tr("Started"), tr("How it ended"), tr("When"), tr("Time (ms)"),
                                 tr("Sent"), tr("Received"), tr("Server address"), tr("Details")})
            html += QStringLiteral("<th>%1</th>").arg(e(h));
        html += QStringLiteral("</tr>\n");
        const qsizetype shown = qMin<qsizetype>(report.probes.size(), ReportTextWriter::MaxProbeRows);
        for (qsizetype i = 0; i < shown; ++i) {
            const ProbeResult &p = report.probes.at(i);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td style=\"color: %3\">%4</td><td>%5</td><td>%6</td>"
                                   "<td>%7</td><td>%8</td><td>%9</td><td>%10</td></tr>\n")
                        .arg(p.id)
                        .arg(e(p.startedAt.isValid() ? p.startedAt.toString(QStringLiteral("HH:mm:ss.zzz")) : QString()),
                             ReportWording::outcomeColor(p.outcome), e(ReportWording::outcomeLabel(p.outcome)),
                             e(p.outcome == Vocabulary::Outcome::Ok ? QString() : OutcomeText::phaseText(p.phase)),
                             QString::number(p.elapsedMs, 'f', 1),
                             QString::number(p.bytesAcked >= 0 ? p.bytesAcked : p.bytesSent), QString::number(p.bytesReceived),
                             e(p.peerAddress))
                        .arg(e(p.httpStatus > 0 ? QStringLiteral("HTTP %1 %2").arg(p.httpStatus).arg(p.detail) : p.detail));
        }
        html += QStringLiteral("</table></div>\n");
        if (report.probes.size() > shown)
            html += QStringLiteral("<p>%1</p>\n").arg(e(ReportTextWriter::tr("... and %1 more, all in the JSON report.").arg(report.probes.size() - shown)));
        html += QStringLiteral("</section>\n");
    }

    if (!report.timeline.isEmpty()) {
        const QString alt = ReportWording::timelineSummary(report);
        QString source = options.chartSource;
        if (source.isEmpty()) {
            source = QStringLiteral("data:image/svg+xml;base64,")
                + QString::fromLatin1(TimelineSvg::render(report.timeline, report.events, options.chartWidth, options.chartHeight).toBase64());
        }
        html += QStringLiteral("<section id=\"timeline\">\n<h2>%1</h2>\n<p>%2</p>\n"
                               "<div class=\"chart\"><img src=\"%3\" width=\"%4\" height=\"%5\" alt=\"%6\"/></div>\n")
                    .arg(e(tr("Connections over time")), e(alt), e(source))
                    .arg(options.chartWidth)
                    .arg(options.chartHeight)
                    .arg(e(alt));
        if (!report.events.isEmpty()) {
            QStringList events;
            for (const NetworkEvent &ev : report.events)
                events << QStringLiteral("%1: %2").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(ev.atMs), QLocale::ShortFormat),
                                                      ReportWording::eventText(ev.kind, ev.subject));
            html += QStringLiteral("<h4>%1</h4>\n%2").arg(e(tr("Network changes")), list(events));
        }
        html += QStringLiteral("</section>\n");
    }

    if (report.resetWatch.ran) {
        html += resetSection(QStringLiteral("resets"), tr("Resets seen on this computer"), ReportWording::resetWatchSummary(report),
                             report.resetEvents);
    }
    if (report.serverHistory.included) {
        html += resetSection(QStringLiteral("server-history"), ReportWording::serverHistoryHeading(),
                             ReportWording::serverHistorySummary(report.serverHistory), report.serverHistory.events);
    }

    const ReportWording::Rows environment = ReportWording::environmentRows(report.environment);
    if (!environment.isEmpty()) {
        html += QStringLiteral("<section id=\"environment\">\n<h2>%1</h2>\n").arg(e(tr("This computer")));
        html += rowsTable(environment, QStringLiteral("environment"));
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("<footer><p>%1</p></footer>\n</body>\n</html>\n")
                .arg(e(tr("Written by Connection Doctor %1. The same report as JSON (schema %2) can be opened in the app.")
                           .arg(QCoreApplication::applicationVersion(), QLatin1String(Report::Schema))));
    return html;
}
