#ifndef CDOC_VERDICTCHECK_H
#define CDOC_VERDICTCHECK_H

#include "report/report.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

// The rules a report's findings must never break, whatever the evidence
// (docs/diagnosis.md, "Ranking rules"), checked on a finished report:
// - "no problem found" comes first only when no check failed and every
//   connection worked;
// - the findings are ranked by confidence;
// - no two findings give shares of resets whose intervals do not overlap;
// - no finding about the target's resets names the server where the reset
//   watch's packets judged them sent by a device on the way.
// The diagnosis is built to keep them; every test that makes a report
// asks this class, and the app logs what it finds.
class VerdictCheck
{
public:
    // One sentence per rule broken; empty when none is.
    static QStringList contradictions(const Report &report);
    // Logs each (cdoc.diagnosis.verdict): a broken rule is a bug to report.
    static void warnAbout(const Report &report);
};

#endif // CDOC_VERDICTCHECK_H
