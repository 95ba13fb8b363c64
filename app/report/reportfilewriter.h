#ifndef CDOC_REPORTFILEWRITER_H
#define CDOC_REPORTFILEWRITER_H

#include "report.h"
#include "reportformat.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

// Writes a report to a file in the formats the core can make on its own:
// HTML, JSON, text and CSV. PDF needs Qt GUI's text layout and lives in
// the export library (ReportExporter), which hands the rest to this class.
class ReportFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportFileWriter)

public:
    static QByteArray contents(const Report &report, ReportFormat::Format format);
    // Atomically (QSaveFile): a crash or a full disk never leaves half a
    // report behind.
    static bool write(const Report &report, const QString &path, ReportFormat::Format format, QString *error);
    // In the format the file's extension names (an error for an unknown one).
    static bool write(const Report &report, const QString &path, QString *error);
    static bool writeBytes(const QByteArray &bytes, const QString &path, QString *error);
};

#endif // CDOC_REPORTFILEWRITER_H
