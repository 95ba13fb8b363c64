#ifndef CDOC_REPORTTEXTWRITER_H
#define CDOC_REPORTTEXTWRITER_H

#include "report.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

// The report as plain text: a short summary made for pasting into a
// ticket, an email or a chat ("Copy summary"), and the whole report as a
// text file, in the same order as the HTML and PDF reports.
class ReportTextWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportTextWriter)

public:
    // Short: the likely cause, what the helpdesk can do, the checks that
    // found something, and the report id to refer to.
    static QString summary(const Report &report);
    // Everything: summary, findings with evidence, checks, connections
    // tried, the timeline in words, the resets the reset watch saw, and
    // this computer.
    static QString document(const Report &report);
    // At most this many connections are listed; the JSON keeps them all.
    static constexpr int MaxProbeRows = 500;
    // The same for the reset watch's rows by program and server, and for
    // its single resets: a watch left running can see thousands.
    static constexpr int MaxResetRows = 500;
};

#endif // CDOC_REPORTTEXTWRITER_H
