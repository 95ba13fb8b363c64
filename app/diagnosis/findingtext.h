#ifndef CDOC_FINDINGTEXT_H
#define CDOC_FINDINGTEXT_H

#include "finding.h"

#include <QtCore/QCoreApplication>

// The words of every finding: a title and an explanation for someone who is
// not technical, and fix steps for the user and for the helpdesk or the
// server's administrator. Kept apart from the rules that decide, so the
// texts can be read (and translated) in one place.
class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(FindingText)

public:
    // Fills title, explanation and steps of `finding` from its id and data.
    static void fill(Finding *finding);
};

#endif // CDOC_FINDINGTEXT_H
