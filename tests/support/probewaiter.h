#ifndef CDOC_PROBEWAITER_H
#define CDOC_PROBEWAITER_H

#include "probe/probeengine.h"

#include <QtCore/QList>

// Runs probes on a real ProbeEngine and waits, with a bound, for all of
// their results: the tests' one way to ask "what did the engine make of it".
class ProbeWaiter
{
public:
    // Empty list when the run did not finish within `boundMs`.
    static QList<ProbeResult> run(const QList<ProbeSpec> &specs, const ProbeSchedule &schedule = {},
                                  int boundMs = 30000);
    static ProbeResult runOne(const ProbeSpec &spec, int boundMs = 30000);
};

#endif // CDOC_PROBEWAITER_H
