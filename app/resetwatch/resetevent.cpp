#include "resetevent.h"

#include <QtCore/QCoreApplication>

QString ResetEvent::remoteHost() const
{
    return hostOf(remote);
}

QString ResetEvent::endpoint(const QString &address, quint16 port)
{
    return (address.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(address).arg(port);
}

QString ResetEvent::hostOf(const QString &endpoint)
{
    const int colon = endpoint.lastIndexOf(QLatin1Char(':'));
    QString host = colon > 0 ? endpoint.left(colon) : endpoint;
    // "[2001:db8::1]" is an IPv6 address; a redacted "[public-ip-3]" stays as it is.
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')) && host.contains(QLatin1Char(':')))
        host = host.mid(1, host.size() - 2);
    return host;
}

QString ResetEvent::programName(const QString &program)
{
    return program.isEmpty() ? QCoreApplication::translate("ResetEvent", "unknown program") : program;
}
