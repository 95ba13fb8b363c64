#ifndef CDOC_REPORTJSONREADER_H
#define CDOC_REPORTJSONREADER_H

#include "report.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>

// Reads a JSON report that ReportJsonWriter wrote, so a helpdesk can open
// what a user sent and see it as the user did. A file that is not such a
// report (not JSON, another schema, wrong types, far too big) is refused
// with a message that says what is wrong.
class ReportJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(ReportJsonReader)

public:
    // Reports with a day of monitoring are about 15 MB; nothing real is
    // near this.
    static constexpr qint64 MaxFileBytes = 128 * 1024 * 1024;

    static bool read(const QByteArray &json, Report *report, QString *error);
    static bool readFile(const QString &path, Report *report, QString *error);

    // Whether a parsed document says it is a report (by its "schema").
    static bool isReport(const QJsonObject &document);
};

#endif // CDOC_REPORTJSONREADER_H
