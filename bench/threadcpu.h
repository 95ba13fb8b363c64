#ifndef CDOC_THREADCPU_H
#define CDOC_THREADCPU_H

#include <QtCore/QString>

// CPU time a named thread of this process has used, in seconds (Linux:
// /proc/self/task/*/stat); -1 where it cannot be read. Qt names its threads
// after their objectName, so "ProbeWorker" is the engine's worker.
double threadCpuSeconds(const QString &threadName);

#endif // CDOC_THREADCPU_H
