#include "labcontext.h"

#include "cli/checkcontextloader.h"

CheckContext labCheckContext(const FaultLab &lab)
{
    CheckContext c;
    CheckContextLoader::useLab(lab, &c);
    c.osVerdict.why = QStringLiteral("not asked in tests");
    c.verifyCertificates = false;
    c.probeTimeoutMs = 1500;
    c.counterSamples = 2;
    c.counterIntervalMs = 100;
    return c;
}
