#ifndef CDOC_REPORTJSONWRITER_H
#define CDOC_REPORTJSONWRITER_H

#include "report.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>

// Writes a Report as the JSON document described in docs/report-schema.md.
class ReportJsonWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportJsonWriter)

public:
    static QJsonObject toJson(const Report &report);
    static QJsonObject toJson(const ProbeResult &probe);
    static QJsonObject toJson(const CheckResult &check);
    static QJsonObject toJson(const Finding &finding);
    static QByteArray toBytes(const Report &report);
    // Writes atomically (QSaveFile): a crash never leaves half a report.
    static bool writeFile(const Report &report, const QString &path, QString *error);
};

#endif // CDOC_REPORTJSONWRITER_H
