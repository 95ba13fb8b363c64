#ifndef CDOC_REPORTTEXTWRITER_H
#define CDOC_REPORTTEXTWRITER_H

#include "report.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

// The report as plain text, for a ticket, an email or a chat: what the
// wizard's "Copy summary" puts on the clipboard.
class ReportTextWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportTextWriter)

public:
    // Short: the likely cause, what to do, and every check's status line.
    static QString summary(const Report &report);
};

#endif // CDOC_REPORTTEXTWRITER_H
