#ifndef CDOC_DEMOTOUR_H
#define CDOC_DEMOTOUR_H

#include "lab/faultlab.h"
#include "probe/probeengine.h"
#include "report/report.h"

#include <QtCore/QObject>
#include <QtCore/QTextStream>

// The demo with no network: probes every fault-lab scenario with the probe
// that shows it best and prints what the engine made of each, so a
// newcomer sees every outcome for real in a few seconds.
class DemoTour : public QObject
{
    Q_OBJECT

public:
    struct Stop
    {
        Lab::Scenario scenario;
        ProbeSpec spec;
    };

    DemoTour(FaultLab *lab, const QString &jsonPath, bool quiet, QObject *parent = nullptr);

    // The tour's stops, built for the running lab.
    static QList<Stop> stops(const FaultLab &lab);

    void start();

Q_SIGNALS:
    void finished(int exitStatus);

private:
    void handleProbeFinished(const ProbeResult &result);
    void handleRunFinished(bool cancelled);

    FaultLab *m_lab;
    QList<Stop> m_stops;
    ProbeEngine m_engine;
    Report m_report;
    QString m_jsonPath;
    QTextStream m_out;
    bool m_quiet;
};

#endif // CDOC_DEMOTOUR_H
