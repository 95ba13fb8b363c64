#ifndef CDOC_REPORTEXPORTER_H
#define CDOC_REPORTEXPORTER_H

#include "report/redactor.h"
#include "report/report.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

// Exports a report in the format its file name asks for, with the chosen
// kinds of values hidden first: what the wizard's "Export report" and the
// headless --report both call.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)

public:
    static bool exportTo(const Report &report, const QString &path, Redactor::Categories redact, QString *error);
    // Without redaction (the report is redacted already, or need not be).
    static bool write(const Report &report, const QString &path, QString *error);
};

#endif // CDOC_REPORTEXPORTER_H
