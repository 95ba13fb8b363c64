#include "reportexporter.h"

#include "reportpdfwriter.h"
#include "report/reportfilewriter.h"
#include "report/reportformat.h"

bool ReportExporter::exportTo(const Report &report, const QString &path, Redactor::Categories redact, QString *error)
{
    Redactor redactor(redact);
    return write(redactor.redact(report), path, error);
}

bool ReportExporter::write(const Report &report, const QString &path, QString *error)
{
    if (ReportFormat::fromPath(path) == ReportFormat::Pdf)
        return ReportPdfWriter::write(report, path, error);
    return ReportFileWriter::write(report, path, error);
}
