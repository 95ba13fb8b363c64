#include "reportformat.h"

#include <QtCore/QFileInfo>

QList<ReportFormat::Format> ReportFormat::all()
{
    return {Html, Pdf, Json, Text, Csv};
}

std::optional<ReportFormat::Format> ReportFormat::fromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Html;
    if (suffix == QLatin1String("pdf"))
        return Pdf;
    if (suffix == QLatin1String("json"))
        return Json;
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return Text;
    if (suffix == QLatin1String("csv"))
        return Csv;
    return std::nullopt;
}

QString ReportFormat::suffix(Format format)
{
    switch (format) {
    case Html: return QStringLiteral("html");
    case Pdf: return QStringLiteral("pdf");
    case Json: return QStringLiteral("json");
    case Text: return QStringLiteral("txt");
    case Csv: return QStringLiteral("csv");
    }
    return {};
}

QString ReportFormat::nameFilter(Format format)
{
    switch (format) {
    case Html: return tr("Web page, for anyone (*.html *.htm)");
    case Pdf: return tr("PDF document, for printing (*.pdf)");
    case Json: return tr("JSON, for the helpdesk to open in Connection Doctor (*.json)");
    case Text: return tr("Plain text, for a ticket or an email (*.txt)");
    case Csv: return tr("CSV, the counts over time for a spreadsheet (*.csv)");
    }
    return {};
}

QStringList ReportFormat::nameFilters()
{
    QStringList filters;
    for (Format f : all())
        filters << nameFilter(f);
    return filters;
}

QString ReportFormat::unknownFormatError(const QString &path)
{
    return tr("Cannot tell which format to write \"%1\" in: end the file name with .html, .pdf, .json, .txt or .csv.")
        .arg(QFileInfo(path).fileName());
}
