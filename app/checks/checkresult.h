#ifndef CDOC_CHECKRESULT_H
#define CDOC_CHECKRESULT_H

#include "vocabulary/vocabulary.h"

#include <QtCore/QJsonObject>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

// What one environment check found: a status, one plain sentence for the
// user, technical lines for a helpdesk, and machine-readable data for the
// diagnosis and the report.
struct CheckResult
{
    QString id; // "<group>.<name>", e.g. "firewall.port-matrix"
    Vocabulary::CheckStatus status = Vocabulary::CheckStatus::Skip;
    QString summary;
    QStringList details;
    QJsonObject data;
    std::optional<Vocabulary::ResetOrigin> resetOrigin; // firewall.port-matrix
    double elapsedMs = 0;

    QString group() const { return id.section(QLatin1Char('.'), 0, 0); }
};

Q_DECLARE_METATYPE(CheckResult)

#endif // CDOC_CHECKRESULT_H
