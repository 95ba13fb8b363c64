#include "reportfilewriter.h"

#include "reporthtmlwriter.h"
#include "reportjsonwriter.h"
#include "reporttextwriter.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>

QByteArray ReportFileWriter::contents(const Report &report, ReportFormat::Format format)
{
    switch (format) {
    case ReportFormat::Html: return ReportHtmlWriter::toHtml(report).toUtf8();
    case ReportFormat::Json: return ReportJsonWriter::toBytes(report);
    case ReportFormat::Text: return ReportTextWriter::document(report).toUtf8();
    case ReportFormat::Csv: return report.timeline.toCsv();
    case ReportFormat::Pdf: break;
    }
    return {};
}

bool ReportFileWriter::write(const Report &report, const QString &path, ReportFormat::Format format, QString *error)
{
    if (format == ReportFormat::Pdf) {
        *error = tr("PDF reports are written by the app's export library.");
        return false;
    }
    return writeBytes(contents(report, format), path, error);
}

bool ReportFileWriter::write(const Report &report, const QString &path, QString *error)
{
    const std::optional<ReportFormat::Format> format = ReportFormat::fromPath(path);
    if (!format) {
        *error = ReportFormat::unknownFormatError(path);
        return false;
    }
    return write(report, path, *format, error);
}

bool ReportFileWriter::writeBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write the report to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
