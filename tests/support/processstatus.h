#ifndef CDOC_PROCESSSTATUS_H
#define CDOC_PROCESSSTATUS_H

#include <QtCore/QtGlobal>

// A figure from /proc/PID/status, in KiB: "VmRSS" (resident now) or
// "VmHWM" (the most it was resident). pid 0 is this process. -1 when
// unreadable.
namespace ProcessStatus {
qint64 kib(const char *field, qint64 pid = 0);
}

#endif // CDOC_PROCESSSTATUS_H
