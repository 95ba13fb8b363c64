#ifndef CDOC_DIAGNOSIS_H
#define CDOC_DIAGNOSIS_H

#include "finding.h"
#include "report/report.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QList>

// Turns the evidence of a run (checks, experiments, probes) into findings
// ranked by confidence. The rules are small functions over plain data, one
// per finding, each saying how sure it is; FindingText gives them words.
class Diagnosis
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)

public:
    struct Evidence
    {
        QHash<QString, CheckResult> checks; // by id
        QList<ProbeResult> probes;
        QList<ResetEvent> resets; // the reset watch's, when it ran
        QString targetHost;       // the target's host as given, and its port
        quint16 targetPort = 0;
        qint64 ownPid = -1;       // this app's, whose own connections the watch may show
        // What the user told us: what they were doing, and the kind of
        // error they pasted. A cause no reset was seen for is "most
        // likely" only when these point at it.
        std::optional<Vocabulary::Activity> activity;
        QString pastedErrorKind;

        static Evidence from(const Report &report);
        const CheckResult *check(const QString &id) const;
        bool failed(const QString &id) const;
        QJsonValue data(const QString &id, const QString &key) const;
    };

    // Sorted by confidence, most likely first; never empty (at worst,
    // no-problem-found).
    static QList<Finding> diagnose(const Evidence &evidence);
    // Who sent the resets of the target's connections, by the reset watch's
    // packets (and the probes' own): Unknown where no packet said.
    static Vocabulary::ResetSender resetSenderOf(const Evidence &evidence);
    // One or two sentences: the most likely cause and the first thing to try.
    static QString headline(const QList<Finding> &findings);

    // Below this, a finding is a possibility, not an answer.
    static constexpr double Likely = 0.5;
};

#endif // CDOC_DIAGNOSIS_H
