#ifndef CDOC_HEADLESSRUN_H
#define CDOC_HEADLESSRUN_H

#include "commandline.h"
#include "probe/probeengine.h"
#include "probe/target.h"
#include "report/report.h"

#include <QtCore/QObject>
#include <QtCore/QTextStream>

// The headless mode: runs the probes the command line asked for on the
// same ProbeEngine the wizard uses, prints progress and a short summary,
// writes the JSON report, and ends with the documented exit status.
class HeadlessRun : public QObject
{
    Q_OBJECT

public:
    HeadlessRun(const CliOptions &options, const Target &target, QObject *parent = nullptr);

    // Trusts the target's certificate without checking (the lab's own).
    void setVerifyCertificates(bool verify) { m_verifyCertificates = verify; }
    void start();
    // Stops early (Ctrl+C); what was measured is still reported.
    void interrupt();

    const Report &report() const { return m_report; }

Q_SIGNALS:
    void finished(int exitStatus);

private:
    void handleProbeFinished(const ProbeResult &result);
    void handleRunFinished(bool cancelled);
    QString summaryLine() const;

    CliOptions m_options;
    Target m_target;
    ProbeEngine m_engine;
    Report m_report;
    QTextStream m_out;
    QTextStream m_err;
    bool m_verifyCertificates = true;
};

#endif // CDOC_HEADLESSRUN_H
