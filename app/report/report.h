#ifndef CDOC_REPORT_H
#define CDOC_REPORT_H

#include "checks/checkresult.h"
#include "diagnosis/finding.h"
#include "monitor/networkeventwatcher.h"
#include "monitor/timeline.h"
#include "probe/proberesult.h"
#include "report/environmentinfo.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

// Everything one run found out, as the report writers see it.
struct Report
{
    // The version of the document layout; see docs/report-schema.md.
    static constexpr const char *Schema = "connection-doctor/report/1";

    QString id;     // a UUID, so a helpdesk can refer to one report
    QString target; // as the user gave it, normalised ("host:port")
    QDateTime startedAt;
    QDateTime finishedAt;
    bool cancelled = false;
    QList<CheckResult> checks;
    QList<ProbeResult> probes;
    QList<Finding> findings; // most likely first
    QString headline;        // the most likely cause and the first thing to try
    Timeline timeline;       // from the monitor: outcomes per second
    QList<NetworkEvent> events; // network changes while the monitor ran
    EnvironmentInfo environment;
};

#endif // CDOC_REPORT_H
