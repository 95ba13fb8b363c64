#include "chartaxisfonts.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCore/QDateTime>
#include <QtGui/QGlyphRun>
#include <QtGui/QGuiApplication>
#include <QtGui/QRawFont>
#include <QtGui/QFontMetricsF>
#include <QtGui/QTextDocument>
#include <QtGui/QTextLayout>
#include <QtWidgets/QGraphicsLayout>

#include <cmath>

namespace {
// Qt Charts 6.4's own figures (chartaxiselement_p.h, chartpresenter_p.h,
// cartesianchartlayout.cpp): the padding of labels and, twice, of titles,
// the document margin around each text, and the largest share of the
// chart's height the horizontal axes get before they are squeezed.
constexpr qreal LabelPadding = 4.0;
constexpr qreal TitlePadding = 2.0;
constexpr qreal TextMargin = 0.5;
constexpr qreal MaxAxisPortion = 0.4;
} // namespace

// Why: Qt Charts reserves an axis's room by measuring "..." in the axis
// fonts (the Minimum size hints of verticalaxis.cpp, horizontalaxis.cpp and
// chartvalueaxisy.cpp; the "minimumLabelWidth/Height" their updateGeometry()
// subtracts) and ChartPresenter::truncatedText() elides whatever does not
// fit, down to "..." itself. Text in a script the font lacks is drawn in a
// fallback font (Noto Sans CJK for Japanese) whose lines are a quarter
// taller than DejaVu Sans's: "..." measures one height, the text another,
// and the text loses. With the fallback family first, "..." and the text
// are drawn, and measured, in the same font, in every language.
QFont ChartAxisFonts::fitted(const QFont &font, const QStringList &texts)
{
    QFont base(font);
    base.setFamily(QGuiApplication::font().family());
    const QFontMetricsF metrics(base);
    qreal tallest = metrics.ascent() + metrics.descent();
    QString family;
    for (const QString &text : texts) {
        QTextLayout layout(text, base);
        layout.beginLayout();
        layout.createLine().setNumColumns(int(text.size()));
        layout.endLayout();
        for (const QGlyphRun &run : layout.glyphRuns()) {
            const QRawFont raw = run.rawFont();
            if (raw.ascent() + raw.descent() > tallest) {
                tallest = raw.ascent() + raw.descent();
                family = raw.familyName();
            }
        }
    }
    if (!family.isEmpty())
        base.setFamilies({family, base.family()});
    return base;
}

qreal ChartAxisFonts::textHeight(const QFont &font, const QStringList &texts)
{
    QTextDocument document;
    document.setDocumentMargin(TextMargin);
    document.setDefaultFont(font);
    qreal height = 0;
    for (const QString &text : texts) {
        document.setPlainText(text);
        height = qMax(height, document.size().height());
    }
    return height;
}

void ChartAxisFonts::fit(QChartView *view)
{
    QChart *chart = view->chart();
    qreal bottomAxis = 0;
    for (QAbstractAxis *axis : chart->axes()) {
        // Labels are numbers or times: digits, and the day and month names
        // of the chart's locale when the format shows them.
        QStringList labels{QStringLiteral("0123456789")};
        if (auto *time = qobject_cast<QDateTimeAxis *>(axis)) {
            const QDateTime monday(QDate(2024, 1, 1), QTime(12, 0));
            for (int day = 0; day < 7; ++day)
                labels << chart->locale().toString(monday.addDays(day), time->format());
        }
        axis->setLabelsFont(fitted(axis->labelsFont(), labels));
        axis->setTitleFont(fitted(axis->titleFont(), {axis->titleText()}));
        if (axis->alignment() == Qt::AlignBottom) {
            bottomAxis = textHeight(axis->labelsFont(), labels) + textHeight(axis->titleFont(), {axis->titleText()})
                + LabelPadding + 2 * TitlePadding + 1;
        }
    }
    // Past MaxAxisPortion of the chart the time axis is squeezed and its
    // labels are elided: two lines of CJK need a taller chart than two of
    // Latin. Around the axes: the layout's and the chart's margins, and
    // the legend.
    const QMargins margins = chart->margins();
    const qreal layoutMargins = chart->size().height() - chart->layout()->contentsRect().height();
    const qreal legend = chart->legend()->isVisible() ? chart->legend()->size().height() : 0;
    view->setMinimumHeight(int(std::ceil(bottomAxis / MaxAxisPortion + margins.top() + margins.bottom() + layoutMargins + legend)));
}
