#include "reporttextwriter.h"

#include <QtCore/QLocale>

QString ReportTextWriter::summary(const Report &report)
{
    QStringList lines;
    lines << tr("Connection Doctor summary");
    if (!report.target.isEmpty())
        lines << tr("Service: %1").arg(report.target);
    if (report.startedAt.isValid())
        lines << tr("Run: %1").arg(QLocale().toString(report.startedAt, QLocale::ShortFormat));
    if (!report.headline.isEmpty())
        lines << QString() << report.headline;

    if (!report.findings.isEmpty()) {
        lines << QString() << tr("Findings, most likely first:");
        for (const Finding &f : report.findings) {
            lines << QStringLiteral("- %1 (%2%, %3)").arg(f.title).arg(qRound(f.confidence * 100)).arg(Vocabulary::wireName(f.id));
            for (const QString &step : f.adminSteps)
                lines << QStringLiteral("    * %1").arg(step);
        }
    }
    if (!report.checks.isEmpty()) {
        lines << QString() << tr("Checks:");
        for (const CheckResult &c : report.checks)
            lines << QStringLiteral("[%1] %2: %3").arg(Vocabulary::wireName(c.status), c.id, c.summary);
    }
    if (!report.probes.isEmpty()) {
        int ok = 0;
        for (const ProbeResult &p : report.probes)
            ok += p.isOk();
        lines << QString() << tr("Connections tried: %1, of which %2 worked.").arg(report.probes.size()).arg(ok);
    }
    if (report.checks.isEmpty() && report.findings.isEmpty() && report.probes.isEmpty())
        lines << QString() << tr("Nothing has been tested yet.");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
