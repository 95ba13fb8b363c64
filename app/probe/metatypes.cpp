#include "metatypes.h"

#include "probeworker.h"
#include "probespec.h"
#include "proberesult.h"

#include <QtCore/QMetaType>

void registerCoreMetaTypes()
{
    qRegisterMetaType<ProbeSpec>();
    qRegisterMetaType<ProbeResult>();
    qRegisterMetaType<QList<ProbeSpec>>();
    qRegisterMetaType<ProbeSchedule>();
    qRegisterMetaType<Target>();
}
