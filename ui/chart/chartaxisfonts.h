#ifndef CDOC_CHARTAXISFONTS_H
#define CDOC_CHARTAXISFONTS_H

#include <QtCore/QStringList>
#include <QtGui/QFont>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

// Fits a chart's axis fonts to the text the axes draw, so that Qt Charts
// does not elide a title or tick label in a script the application's font
// lacks (Japanese, Chinese, Korean), and keeps the view tall enough for its
// time axis.
class ChartAxisFonts
{
public:
    // Call after an axis's title, label format or range changes.
    static void fit(QChartView *view);
    // `font` on the application's family, with the family that draws the
    // tallest line of `texts` put first when that is another one.
    static QFont fitted(const QFont &font, const QStringList &texts);

private:
    // The height of the tallest of `texts` as Qt Charts measures it: a
    // text document with its margin.
    static qreal textHeight(const QFont &font, const QStringList &texts);
};

#endif // CDOC_CHARTAXISFONTS_H
