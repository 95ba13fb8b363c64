#ifndef CDOC_TIMELINESVG_H
#define CDOC_TIMELINESVG_H

#include "monitor/networkeventwatcher.h"
#include "monitor/timeline.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>

// The monitor's chart as an SVG image, for reports: the same lines as the
// wizard's chart (resets thick and on top, a spike never averaged away),
// with network changes marked. Plain SVG Tiny, so a browser shows it and
// QSvgRenderer draws it into a PDF.
class TimelineSvg
{
    Q_DECLARE_TR_FUNCTIONS(TimelineSvg)

public:
    static QByteArray render(const Timeline &timeline, const QList<NetworkEvent> &events,
                             int width = 720, int height = 300);
};

#endif // CDOC_TIMELINESVG_H
