#include "resetevent.h"

#include <QtCore/QCoreApplication>

QString ResetEvent::remoteHost() const
{
    const int colon = remote.lastIndexOf(QLatin1Char(':'));
    QString host = colon > 0 ? remote.left(colon) : remote;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return host;
}

QString ResetEvent::programOrUnknown() const
{
    return program.isEmpty() ? QCoreApplication::translate("ResetEvent", "unknown program") : program;
}
