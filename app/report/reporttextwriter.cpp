#include "reporttextwriter.h"

#include "cli/outcometext.h"
#include "reportwording.h"
#include "resetwatch/resetlog.h"

#include <QtCore/QLocale>

namespace {

void appendList(QStringList *lines, const QString &heading, const QStringList &items, const QString &indent)
{
    if (items.isEmpty())
        return;
    *lines << indent + heading;
    for (const QString &item : items)
        *lines << indent + QStringLiteral("  - ") + item;
}

void appendHeading(QStringList *lines, const QString &heading)
{
    *lines << QString() << heading.toUpper() << QString(heading.size(), QLatin1Char('='));
}

QString probeLine(const ProbeResult &p)
{
    const QString started = p.startedAt.isValid() ? p.startedAt.toString(QStringLiteral("HH:mm:ss.zzz")) : QStringLiteral("-");
    QString line = QStringLiteral("%1  %2  %3  %4 ms")
                       .arg(p.id, 4)
                       .arg(started,
                            p.isOk() ? ReportWording::outcomeLabel(p.outcome)
                                     : ReportWording::outcomeLabel(p.outcome) + QLatin1Char(' ') + OutcomeText::phaseText(p.phase))
                       .arg(p.elapsedMs, 0, 'f', 1);
    if (!p.peerAddress.isEmpty())
        line += QStringLiteral("  ") + p.peerAddress;
    if (p.httpStatus > 0)
        line += QStringLiteral("  HTTP %1").arg(p.httpStatus);
    if (!p.detail.isEmpty())
        line += QStringLiteral("  ") + p.detail;
    return line;
}

// Columns padded to line up in a fixed-width font (a ticket, a terminal);
// a very long cell pushes the rest of its line instead of widening every
// line, and the last column is never padded.
void appendTable(QStringList *lines, const QStringList &header, const QList<QStringList> &rows)
{
    constexpr qsizetype MaxWidth = 40;
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : QList<QStringList>{header} + rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMin(MaxWidth, qMax(widths.at(i), row.at(i).size()));
    }
    auto line = [&widths](const QStringList &cells) {
        QString text = QStringLiteral("  ");
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.value(i)) + QStringLiteral("  ") : cells.at(i);
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text;
    };
    *lines << line(header);
    for (const QStringList &row : rows)
        *lines << line(row);
}

// A list of resets (the watch's, or the log's of the target's server):
// what could be seen, a table by program and server, then each reset.
void appendResets(QStringList *lines, const QString &summary, const QList<ResetEvent> &resetEvents)
{
    ResetLog log;
    for (const ResetEvent &event : resetEvents)
        log.add(event);
    *lines << summary;
    if (resetEvents.isEmpty())
        return;

    const QList<ResetLog::Row> logRows = log.rows();
    const QList<QStringList> rows = ReportWording::resetTableRows(logRows, ReportTextWriter::MaxResetRows);
    *lines << QString() << ReportTextWriter::tr("By program and server:");
    appendTable(lines, ReportWording::resetTableHeader(), rows);
    const int moreRows = int(logRows.size() - rows.size());
    if (moreRows > 0)
        *lines << ReportTextWriter::tr("... and %n more, all in the JSON report.", nullptr, moreRows);

    const qsizetype shown = qMin<qsizetype>(resetEvents.size(), ReportTextWriter::MaxResetRows);
    QList<QStringList> events;
    for (qsizetype i = 0; i < shown; ++i)
        events << ReportWording::resetEventCells(resetEvents.at(i));
    *lines << QString() << ReportTextWriter::tr("Each reset, oldest first:");
    appendTable(lines, ReportWording::resetEventHeader(), events);
    if (resetEvents.size() > shown)
        *lines << ReportTextWriter::tr("... and %n more, all in the JSON report.", nullptr, int(resetEvents.size() - shown));
}

} // namespace

QString ReportTextWriter::summary(const Report &report)
{
    QStringList lines;
    lines << tr("Connection Doctor summary");
    for (const auto &[label, value] : ReportWording::runRows(report))
        lines << QStringLiteral("%1: %2").arg(label, value);
    if (!report.headline.isEmpty())
        lines << QString() << report.headline;

    if (!report.findings.isEmpty()) {
        const Finding &top = report.findings.constFirst();
        lines << QString() << tr("Most likely cause: %1 (%2%, %3)").arg(top.title).arg(qRound(top.confidence * 100)).arg(Vocabulary::wireName(top.id));
        for (const QString &e : top.evidence)
            lines << QStringLiteral("  - ") + e;
        if (!top.adminSteps.isEmpty()) {
            lines << tr("For the helpdesk or the server's administrator:");
            for (const QString &step : top.adminSteps)
                lines << QStringLiteral("  * ") + step;
        }
        if (report.findings.size() > 1) {
            QStringList others;
            for (qsizetype i = 1; i < report.findings.size(); ++i)
                others << QStringLiteral("%1 (%2%)").arg(report.findings.at(i).title).arg(qRound(report.findings.at(i).confidence * 100));
            lines << tr("Other possible causes: %1").arg(others.join(QLatin1String("; ")));
        }
    }
    QStringList flagged;
    int passed = 0;
    for (const CheckResult &c : report.checks) {
        if (c.status == Vocabulary::CheckStatus::Warn || c.status == Vocabulary::CheckStatus::Fail)
            flagged << QStringLiteral("[%1] %2: %3").arg(ReportWording::statusText(c.status), ReportWording::checkName(c.id), c.summary);
        passed += c.status == Vocabulary::CheckStatus::Pass;
    }
    if (!report.checks.isEmpty()) {
        lines << QString() << tr("Checks: %1 run, %2 passed.").arg(report.checks.size()).arg(passed);
        lines << flagged;
    }
    if (!report.probes.isEmpty()) {
        int ok = 0;
        for (const ProbeResult &p : report.probes)
            ok += p.isOk();
        lines << QString() << tr("Connections tried: %1, of which %2 worked.").arg(report.probes.size()).arg(ok);
    }
    if (!report.timeline.isEmpty())
        lines << QString() << ReportWording::timelineSummary(report);
    if (report.holdsNoResult())
        lines << QString() << tr("Nothing has been tested yet.");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ReportTextWriter::document(const Report &report)
{
    QStringList lines;
    lines << tr("Connection Doctor report");
    for (const auto &[label, value] : ReportWording::runRows(report))
        lines << QStringLiteral("%1: %2").arg(label, value);

    appendHeading(&lines, tr("Summary"));
    lines << (report.headline.isEmpty() ? tr("No cause has been named yet: not enough was tested.") : report.headline);

    if (!report.findings.isEmpty()) {
        appendHeading(&lines, tr("Findings, most likely first"));
        for (const Finding &f : report.findings) {
            lines << QString() << QStringLiteral("%1 (%2%, %3)").arg(f.title).arg(qRound(f.confidence * 100)).arg(Vocabulary::wireName(f.id));
            if (!f.explanation.isEmpty())
                lines << QStringLiteral("  ") + f.explanation;
            appendList(&lines, tr("What we saw:"), f.evidence, QStringLiteral("  "));
            appendList(&lines, tr("What you can do:"), f.userSteps, QStringLiteral("  "));
            appendList(&lines, tr("For the helpdesk or the server's administrator:"), f.adminSteps, QStringLiteral("  "));
        }
    }

    if (!report.checks.isEmpty()) {
        appendHeading(&lines, tr("Checks"));
        for (const CheckResult &c : report.checks) {
            lines << QStringLiteral("[%1] %2: %3").arg(ReportWording::statusText(c.status), ReportWording::checkName(c.id), c.summary);
            for (const QString &d : c.details)
                lines << QStringLiteral("    ") + d;
        }
    }

    if (!report.probes.isEmpty()) {
        appendHeading(&lines, tr("Connections tried"));
        for (qsizetype i = 0; i < qMin<qsizetype>(report.probes.size(), MaxProbeRows); ++i)
            lines << probeLine(report.probes.at(i));
        if (report.probes.size() > MaxProbeRows)
            lines << tr("... and %1 more, all in the JSON report.").arg(report.probes.size() - MaxProbeRows);
    }

    if (!report.timeline.isEmpty()) {
        appendHeading(&lines, tr("Connections over time"));
        lines << ReportWording::timelineSummary(report);
        for (const NetworkEvent &e : report.events) {
            lines << QStringLiteral("  %1  %2").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs), QLocale::ShortFormat),
                                                   ReportWording::eventText(e.kind, e.subject));
        }
    }

    if (report.resetWatch.ran) {
        appendHeading(&lines, tr("Resets seen on this computer"));
        appendResets(&lines, ReportWording::resetWatchSummary(report), report.resetEvents);
    }
    if (report.serverHistory.included) {
        appendHeading(&lines, ReportWording::serverHistoryHeading());
        appendResets(&lines, ReportWording::serverHistorySummary(report.serverHistory), report.serverHistory.events);
    }

    const ReportWording::Rows environment = ReportWording::environmentRows(report.environment);
    if (!environment.isEmpty()) {
        appendHeading(&lines, tr("This computer"));
        for (const auto &[label, value] : environment)
            lines << QStringLiteral("%1: %2").arg(label, value);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
