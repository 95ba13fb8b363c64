#include "reportpdfwriter.h"

#include "report/reportfilewriter.h"
#include "report/reporthtmlwriter.h"
#include "report/timelinesvg.h"

#include <QtCore/QBuffer>
#include <QtCore/QUrl>
#include <QtGui/QImage>
#include <QtGui/QPageLayout>
#include <QtGui/QPageSize>
#include <QtGui/QPainter>
#include <QtGui/QPdfWriter>
#include <QtGui/QTextDocument>
#include <QtSvg/QSvgRenderer>

namespace {

constexpr int ChartWidth = 560;
constexpr int ChartHeight = 260;

QImage chartImage(const Report &report)
{
    // Twice the size it is shown at, so it stays sharp on paper.
    QSvgRenderer renderer(TimelineSvg::render(report.timeline, report.events, ChartWidth, ChartHeight));
    QImage image(ChartWidth * 2, ChartHeight * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    image.setDevicePixelRatio(2);
    return image;
}

} // namespace

bool ReportPdfWriter::write(const Report &report, const QString &path, QString *error)
{
    ReportHtmlWriter::Options options;
    options.chartSource = QStringLiteral("cdoc-chart.png");
    options.chartWidth = ChartWidth;
    options.chartHeight = ChartHeight;

    QTextDocument document;
    document.setDocumentMargin(0);
    if (!report.timeline.isEmpty())
        document.addResource(QTextDocument::ImageResource, QUrl(options.chartSource), chartImage(report));
    document.setHtml(ReportHtmlWriter::toHtml(report, options));

    // Written to memory first, then saved atomically like every report.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setTitle(report.target.isEmpty() ? tr("Connection Doctor report")
                                             : tr("Connection Doctor report for %1").arg(report.target));
        pdf.setCreator(QStringLiteral("Connection Doctor %1").arg(QCoreApplication::applicationVersion()));
        document.print(&pdf);
    }
    return ReportFileWriter::writeBytes(buffer.data(), path, error);
}
