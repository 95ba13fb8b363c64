#ifndef CDOC_OUTCOMETEXT_H
#define CDOC_OUTCOMETEXT_H

#include "probe/proberesult.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

// Words for people about probe outcomes, shared by the headless summary and
// the demo tour (and later the wizard), so each outcome is explained once.
class OutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeText)

public:
    // What an outcome means, in one plain sentence.
    static QString meaning(Vocabulary::Outcome outcome);
    // "reset while receiving, after 12 ms (3 B sent, 0 B received)"
    static QString oneLine(const ProbeResult &result);
    static QString phaseText(Vocabulary::Phase phase);
};

#endif // CDOC_OUTCOMETEXT_H
