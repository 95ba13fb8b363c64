#include "resetwording.h"

#include <QtCore/QHash>
#include <QtCore/QtMath>

#include <climits>

using Vocabulary::ResetSender;

QString ResetWording::senderText(ResetSender sender, int hops)
{
    switch (sender) {
    case ResetSender::Server:
        return tr("the server");
    case ResetSender::Middlebox:
        return hops > 0 ? tr("a device %n hop(s) away", nullptr, hops) : tr("a device between you and the server");
    case ResetSender::Local:
        return tr("this computer");
    case ResetSender::Unknown:
        break;
    }
    return tr("unknown");
}

QString ResetWording::sourceText(Vocabulary::WatchSource source)
{
    switch (source) {
    case Vocabulary::WatchSource::KernelEvents:
        return tr("every program's connections, from the system's own events");
    case Vocabulary::WatchSource::PacketCapture:
        return tr("packets only, without the programs behind them");
    case Vocabulary::WatchSource::CountersOnly:
        break;
    }
    return tr("the system's count of resets only");
}

QString ResetWording::directionText(Vocabulary::ResetDirection direction)
{
    return direction == Vocabulary::ResetDirection::Sent ? tr("sent") : tr("received");
}

QString ResetWording::quietTime(qint64 ms)
{
    if (ms < InUseMs)
        return tr("none: it was in use");
    if (ms < 1000)
        return tr("about %n ms", nullptr, int(ms));
    if (ms < 120000)
        return tr("about %n s", nullptr, int(qRound(ms / 1000.0)));
    // A crafted report's quiet time can be any 64-bit number.
    return tr("about %n min", nullptr, int(qMin<qint64>(qRound64(ms / 60000.0), INT_MAX)));
}

QString ResetWording::kernelReasonText(const QString &reason)
{
    // The names of enum sk_rst_reason (include/net/rstreason.h) whose
    // meaning a user can act on; the rest answer packets that did not fit
    // the connection, and are shown as the kernel names them.
    static const QHash<QString, const char *> words{
        {QStringLiteral("NOT_SPECIFIED"), QT_TR_NOOP("the kernel gave no particular reason")},
        {QStringLiteral("NO_SOCKET"), QT_TR_NOOP("nothing on this computer listens on that port any more, or the connection was already gone")},
        {QStringLiteral("TCP_ABORT_ON_DATA"), QT_TR_NOOP("the program closed the connection before reading all that had arrived")},
        {QStringLiteral("TCP_ABORT_ON_CLOSE"), QT_TR_NOOP("the program closed the connection with data still unread")},
        {QStringLiteral("TCP_ABORT_ON_LINGER"), QT_TR_NOOP("the program had closed the connection, and the other side did not finish closing it in time")},
        {QStringLiteral("TCP_ABORT_ON_MEMORY"), QT_TR_NOOP("the computer was out of memory for connections")},
        {QStringLiteral("TCP_KEEPALIVE_TIMEOUT"), QT_TR_NOOP("the other side stopped answering keep-alive checks")},
        {QStringLiteral("TCP_STATE"), QT_TR_NOOP("the program cut the connection off at once instead of closing it")},
        {QStringLiteral("TCP_DISCONNECT_WITH_DATA"), QT_TR_NOOP("the program disconnected with data still unread")},
    };
    const char *text = words.value(reason);
    return text ? tr(text) : reason;
}

QString ResetWording::serverText(const QString &name, const QString &address)
{
    return name.isEmpty() ? address : tr("%1 (%2)", "a server's name, then its address").arg(name, address);
}

QString ResetWording::remoteText(const ResetEvent &event)
{
    return serverText(event.remoteName, event.remote);
}

QString ResetWording::serverText(const ResetLog::Row &row)
{
    const QString names = row.remoteNames.join(QLatin1String(", "));
    return serverText(row.moreRemoteNames ? tr("%1 and other names").arg(names) : names, row.server);
}

QString ResetWording::resetLine(const ResetEvent &e)
{
    const QString state = e.tcpState.isEmpty() ? tr("unknown state") : e.tcpState;
    const QString line = tr("%1 %2 → %3 (%4): %5, sent by %6")
                             .arg(e.programOrUnknown(), e.local, remoteText(e), state, directionText(e.direction),
                                  senderText(e.sender, e.senderHops));
    if (e.kernelReason.isEmpty())
        return line;
    return tr("%1; why: %2 (%3)").arg(line, kernelReasonText(e.kernelReason), e.kernelReason);
}

QString ResetWording::rowLine(const ResetLog::Row &row)
{
    const QString program = ResetEvent::programName(row.program);
    const ResetSender sender = row.mainSender();
    const int hops = row.typicalSenderHops();
    // "sent by" only when every one was; else "mostly".
    const bool all = row.senders.value(sender) == row.resets;
    QString line = (all ? tr("%1 → %2: %n reset(s), sent by %3", nullptr, row.resets)
                        : tr("%1 → %2: %n reset(s), mostly sent by %3", nullptr, row.resets))
                       .arg(program, serverText(row), senderText(sender, hops));
    const qint64 idle = row.medianIdleMs();
    if (idle >= InUseMs)
        line += tr(", typically after %1 of quiet").arg(quietTime(idle));
    else if (idle >= 0)
        line += tr(", typically while in use");
    return line;
}
