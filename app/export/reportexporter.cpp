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
    const std::optional<ReportFormat::Format> format = ReportFormat::fromPath(path);
    if (!format) {
        *error = ReportFormat::unknownFormatError(path);
        return false;
    }
    if (*format == ReportFormat::Pdf)
        return ReportPdfWriter::write(report, path, error);
    return ReportFileWriter::write(report, path, *format, error);
}
