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
    static QJsonObject toJson(const ResetEvent &event);
    static QJsonObject toJson(const ResetWatchInfo &watch);
    static QByteArray toBytes(const Report &report);
    // Writes atomically (QSaveFile): a crash never leaves half a report.
    static bool writeFile(const Report &report, const QString &path, QString *error);

    // The names a reset's "tcp_state" can have: the kernel's own
    // (include/net/tcp_states.h) as the reset helper writes them, and
    // "unknown". docs/report-schema.md lists the same.
    static const QStringList &tcpStateNames();
};

#endif // CDOC_REPORTJSONWRITER_H
