#include "verdictcheck.h"

#include "diagnosis.h"

#include <QtCore/QJsonArray>
#include <QtCore/QLoggingCategory>

Q_LOGGING_CATEGORY(lcVerdict, "cdoc.diagnosis.verdict", QtWarningMsg)

using Vocabulary::CheckStatus;
using Vocabulary::FindingId;
using Vocabulary::Side;

QStringList VerdictCheck::contradictions(const Report &report)
{
    QStringList broken;
    const QList<Finding> &findings = report.findings;
    if (!findings.isEmpty() && findings.constFirst().id == FindingId::NoProblemFound) {
        for (const CheckResult &c : report.checks) {
            if (c.status == CheckStatus::Fail)
                broken << QStringLiteral("no-problem-found comes first, but %1 failed").arg(c.id);
        }
        for (const ProbeResult &p : report.probes) {
            if (!p.isOk())
                broken << QStringLiteral("no-problem-found comes first, but probe %1 ended in %2").arg(p.id).arg(Vocabulary::wireName(p.outcome));
        }
    }
    for (qsizetype i = 1; i < findings.size(); ++i) {
        if (findings.at(i - 1).confidence < findings.at(i).confidence)
            broken << QStringLiteral("%1 ranks above the surer %2").arg(Vocabulary::wireName(findings.at(i - 1).id), Vocabulary::wireName(findings.at(i).id));
    }
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const QJsonArray a = findings.at(i).data.value(QLatin1String("reset_share_ci")).toArray();
        for (qsizetype j = i + 1; j < findings.size() && a.size() == 2; ++j) {
            const QJsonArray b = findings.at(j).data.value(QLatin1String("reset_share_ci")).toArray();
            if (b.size() == 2 && (a.at(1).toDouble() < b.at(0).toDouble() || b.at(1).toDouble() < a.at(0).toDouble()))
                broken << QStringLiteral("%1 and %2 give reset shares that disagree")
                              .arg(Vocabulary::wireName(findings.at(i).id), Vocabulary::wireName(findings.at(j).id));
        }
    }
    if (Diagnosis::resetSenderOf(Diagnosis::Evidence::from(report)) == Vocabulary::ResetSender::Middlebox) {
        for (const Finding &f : findings) {
            const bool aboutResets = f.id == FindingId::ApplicationReset || f.id == FindingId::NetworkInterruption
                || f.id == FindingId::ContentFilter || f.id == FindingId::IdleTimeout;
            const bool resetEnd = f.id != FindingId::IdleTimeout || f.data.value(QLatin1String("end")).toString() != QLatin1String("closed");
            if (aboutResets && resetEnd && f.side == Side::TheServer)
                broken << QStringLiteral("%1 names the server, but the packets came from a device on the way").arg(Vocabulary::wireName(f.id));
        }
    }
    return broken;
}

void VerdictCheck::warnAbout(const Report &report)
{
    for (const QString &broken : contradictions(report))
        qCWarning(lcVerdict).noquote() << "the findings contradict the evidence:" << broken;
}
