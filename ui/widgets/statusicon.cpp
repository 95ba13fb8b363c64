#include "statusicon.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

namespace StatusIcon {

QPixmap pixmap(Vocabulary::CheckStatus status, int size, qreal ratio)
{
    QPixmap pm(QSize(size, size) * ratio);
    pm.setDevicePixelRatio(ratio);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    // Colours dark enough for white marks (WCAG contrast > 3:1) and
    // distinct for the common kinds of colour blindness by shape as well.
    QColor fill;
    switch (status) {
    case Vocabulary::CheckStatus::Pass: fill = QColor(0x1e, 0x7e, 0x34); break;
    case Vocabulary::CheckStatus::Warn: fill = QColor(0xb3, 0x6b, 0x00); break;
    case Vocabulary::CheckStatus::Fail: fill = QColor(0xc0, 0x1c, 0x28); break;
    case Vocabulary::CheckStatus::Skip: fill = QColor(0x6c, 0x75, 0x7d); break;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    QPen mark(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(mark);
    p.setBrush(Qt::NoBrush);
    const qreal s = size;
    switch (status) {
    case Vocabulary::CheckStatus::Pass: {
        QPainterPath tick;
        tick.moveTo(s * 0.28, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.68);
        tick.lineTo(s * 0.72, s * 0.34);
        p.drawPath(tick);
        break;
    }
    case Vocabulary::CheckStatus::Warn:
        p.drawLine(QPointF(s * 0.5, s * 0.25), QPointF(s * 0.5, s * 0.58));
        p.drawPoint(QPointF(s * 0.5, s * 0.74));
        break;
    case Vocabulary::CheckStatus::Fail:
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case Vocabulary::CheckStatus::Skip:
        p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        break;
    }
    return pm;
}

QString text(Vocabulary::CheckStatus status)
{
    switch (status) {
    case Vocabulary::CheckStatus::Pass: return QCoreApplication::translate("StatusIcon", "Passed");
    case Vocabulary::CheckStatus::Warn: return QCoreApplication::translate("StatusIcon", "Warning");
    case Vocabulary::CheckStatus::Fail: return QCoreApplication::translate("StatusIcon", "Problem");
    case Vocabulary::CheckStatus::Skip: return QCoreApplication::translate("StatusIcon", "Skipped");
    }
    return {};
}

} // namespace StatusIcon
