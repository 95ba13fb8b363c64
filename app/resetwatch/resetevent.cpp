#include "resetevent.h"

#include <QtCore/QCoreApplication>

QString ResetEvent::remoteHost() const
{
    const int colon = remote.lastIndexOf(QLatin1Char(':'));
    QString host = colon > 0 ? remote.left(colon) : remote;
    // "[2001:db8::1]" is an IPv6 address; a redacted "[public-ip-3]" stays as it is.
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')) && host.contains(QLatin1Char(':')))
        host = host.mid(1, host.size() - 2);
    return host;
}

QString ResetEvent::programOrUnknown() const
{
    return program.isEmpty() ? QCoreApplication::translate("ResetEvent", "unknown program") : program;
}
