#include "resetevent.h"

#include <QtCore/QCoreApplication>

QString ResetEvent::remoteHost() const
{
    return hostOf(remote);
}

bool ResetEvent::sentByItsProgram() const
{
    // The reasons Linux gives when the program's own close or disconnect
    // made the reset (net/ipv4/tcp.c: tcp_close, tcp_disconnect; the
    // FIN-WAIT-2 linger of a closed socket); not NO_SOCKET, the keep-alive
    // timeout or memory pressure, which the program did not choose.
    static const QStringList programs{QStringLiteral("TCP_ABORT_ON_DATA"), QStringLiteral("TCP_ABORT_ON_CLOSE"),
                                      QStringLiteral("TCP_ABORT_ON_LINGER"), QStringLiteral("TCP_STATE"),
                                      QStringLiteral("TCP_DISCONNECT_WITH_DATA")};
    return direction == Vocabulary::ResetDirection::Sent && programs.contains(kernelReason);
}

QString ResetEvent::kernelReasonFrom(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return {};
    for (QChar c : name) {
        if (!(c.isDigit() || c == QLatin1Char('_') || (c.unicode() < 128 && c.isLetter())))
            return {};
    }
    return name;
}

QString ResetEvent::remoteNameFrom(const QString &name)
{
    // What the helper may write (docs/reset-watch.md, "remote_name"). A name that breaks
    // the rules is dropped whole, not mended: a mended name would be a guess.
    if (name.isEmpty() || name.size() > 253 || name.endsWith(QLatin1Char('.')))
        return {};
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '.' || u == '-' || u == '_';
        if (!allowed)
            return {};
    }
    return name;
}

QString ResetEvent::remoteNameSourceFrom(const QString &source)
{
    static const QStringList sources{QStringLiteral("tls"), QStringLiteral("http"), QStringLiteral("dns")};
    return sources.contains(source) ? source : QString();
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
