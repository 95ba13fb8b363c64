#include "resetwording.h"

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

QString ResetWording::resetLine(const ResetEvent &e)
{
    const QString state = e.tcpState.isEmpty() ? tr("unknown state") : e.tcpState;
    return tr("%1 %2 → %3 (%4): %5, sent by %6")
        .arg(e.programOrUnknown(), e.local, e.remote, state, directionText(e.direction),
             senderText(e.sender, e.senderHops));
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
                       .arg(program, row.server, senderText(sender, hops));
    const qint64 idle = row.medianIdleMs();
    if (idle >= InUseMs)
        line += tr(", typically after %1 of quiet").arg(quietTime(idle));
    else if (idle >= 0)
        line += tr(", typically while in use");
    return line;
}
