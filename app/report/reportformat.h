#ifndef CDOC_REPORTFORMAT_H
#define CDOC_REPORTFORMAT_H

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

// The formats a report is exported in, chosen by the file's extension.
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    enum Format {
        Html, // one self-contained page, the chart embedded
        Pdf,
        Json, // the documented schema; the app opens it again
        Text, // for a ticket, an email or a chat
        Csv,  // the monitor's timeline
    };

    static QList<Format> all();
    // ".html"/".htm", ".pdf", ".json", ".txt", ".csv"; case does not matter.
    static std::optional<Format> fromPath(const QString &path);
    static QString suffix(Format format);
    // "Web page (*.html *.htm)", for a file dialog.
    static QString nameFilter(Format format);
    static QStringList nameFilters();
    // "Cannot tell the report's format from "x.doc": use .html, .pdf, ..."
    static QString unknownFormatError(const QString &path);
};

#endif // CDOC_REPORTFORMAT_H
