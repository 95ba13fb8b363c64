#ifndef CDOC_RESETLOGCSV_H
#define CDOC_RESETLOGCSV_H

#include "resetwatch/resetevent.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>

// The reset watch's log as CSV for a spreadsheet (`--watch-resets --csv
// FILE`): a header line, then one line per reset, oldest first, quoted as
// RFC 4180 says. The columns are the JSON report's keys for a reset
// (docs/report-schema.md).
class ResetLogCsv
{
public:
    static QByteArray toCsv(const QList<ResetEvent> &events);
};

#endif // CDOC_RESETLOGCSV_H
