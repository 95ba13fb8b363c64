#include "metatypes.h"

#include "probeworker.h"
#include "checks/checkcontext.h"
#include "checks/checkresult.h"
#include "probespec.h"
#include "proberesult.h"
#include "resetwatch/reseteventsource.h"

#include <QtCore/QMetaType>

void registerCoreMetaTypes()
{
    qRegisterMetaType<ProbeSpec>();
    qRegisterMetaType<ProbeResult>();
    qRegisterMetaType<QList<ProbeSpec>>();
    qRegisterMetaType<ProbeSchedule>();
    qRegisterMetaType<Target>();
    qRegisterMetaType<CheckResult>();
    qRegisterMetaType<CheckContext>();
    qRegisterMetaType<ResetEvent>();
    qRegisterMetaType<ResetEventSource::Capabilities>();
}
