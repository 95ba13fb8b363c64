#ifndef CDOC_REPORTHTMLWRITER_H
#define CDOC_REPORTHTMLWRITER_H

#include "report.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

// The report as one self-contained HTML file a helpdesk opens anywhere: the
// chart embedded as an image, readable on a phone, printing cleanly.
// Written as well-formed XHTML (every element closed, only XML's own
// entities), so XML tools read it too, and simple enough for QTextDocument,
// which lays out the PDF from the same text.
class ReportHtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtmlWriter)

public:
    struct Options
    {
        // Where the chart image comes from; empty embeds it as an SVG
        // data URL. The PDF writer names a resource it renders itself.
        QString chartSource;
        int chartWidth = 720;
        int chartHeight = 300;
    };

    static QString toHtml(const Report &report, const Options &options);
    static QString toHtml(const Report &report) { return toHtml(report, Options{}); }
};

#endif // CDOC_REPORTHTMLWRITER_H
