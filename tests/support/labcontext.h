#ifndef CDOC_LABCONTEXT_H
#define CDOC_LABCONTEXT_H

#include "checks/checkcontext.h"
#include "lab/faultlab.h"

// The checks' context the UI tests use: every endpoint on the fault lab,
// short bounds, and no question to the OS (QNetworkInformation) that a test
// machine may not answer.
CheckContext labCheckContext(const FaultLab &lab);

#endif // CDOC_LABCONTEXT_H
