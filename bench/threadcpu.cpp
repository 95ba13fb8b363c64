#include "threadcpu.h"

#include <QtCore/QDir>
#include <QtCore/QFile>

double threadCpuSeconds(const QString &threadName)
{
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || QString::fromUtf8(comm.readAll()).trimmed() != threadName)
            continue;
        // schedstat's first field is the time spent on a CPU, in
        // nanoseconds: finer than stat's clock ticks.
        QFile schedstat(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!schedstat.open(QIODevice::ReadOnly))
            return -1;
        bool ok = false;
        const double ns = schedstat.readAll().split(' ').value(0).toDouble(&ok);
        return ok ? ns / 1e9 : -1;
    }
    return -1;
}
