#ifndef CDOC_REPORTPDFWRITER_H
#define CDOC_REPORTPDFWRITER_H

#include "report/report.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

// The report as a PDF: the HTML report laid out by QTextDocument on A4
// pages, with the chart drawn from the same SVG the HTML embeds. Needs a
// QGuiApplication (fonts); the headless mode makes one, offscreen, when
// asked for a PDF.
class ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)

public:
    static bool write(const Report &report, const QString &path, QString *error);
};

#endif // CDOC_REPORTPDFWRITER_H
