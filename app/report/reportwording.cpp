#include "reportwording.h"

#include "checks/checkcatalog.h"
#include "report.h"
#include "resetwatch/resethistory.h"
#include "resetwatch/resetwording.h"
#include "statistics/proportion.h"

#include <QtCore/QHash>
#include <QtCore/QLocale>

#include <algorithm>
#include <climits>
#include <limits>

using Vocabulary::CheckStatus;
using Vocabulary::Outcome;

namespace {

// A reset's moment with the date, as a watch can run for days, and to the
// millisecond, to find the same reset in a server's or firewall's log.
QString resetTime(qint64 atMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs);
    return QLocale().toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') + at.toString(QStringLiteral("HH:mm:ss.zzz"));
}

// %n takes an int; counts from a file can be larger.
int clampedCount(qint64 n)
{
    return int(qBound(qint64(0), n, qint64(std::numeric_limits<int>::max())));
}

} // namespace

QString ReportWording::statusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return tr("Passed");
    case CheckStatus::Warn: return tr("Warning");
    case CheckStatus::Fail: return tr("Problem");
    case CheckStatus::Skip: return tr("Skipped");
    }
    return {};
}

QString ReportWording::statusColor(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("#1e7e34");
    case CheckStatus::Warn: return QStringLiteral("#8a5300");
    case CheckStatus::Fail: return QStringLiteral("#c01c28");
    case CheckStatus::Skip: return QStringLiteral("#5c636a");
    }
    return {};
}

QString ReportWording::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok: return tr("Worked");
    case Outcome::Reset: return tr("Cut off (reset)");
    case Outcome::Refused: return tr("Refused");
    case Outcome::Closed: return tr("Closed");
    case Outcome::Timeout: return tr("No answer");
    case Outcome::DnsFailure: return tr("Name not found");
    case Outcome::Unreachable: return tr("Unreachable");
    case Outcome::TlsFailure: return tr("Secure connection failed");
    case Outcome::ProxyFailure: return tr("Proxy failed");
    case Outcome::EndlessReply: return tr("Answer without end");
    case Outcome::InvalidReply: return tr("Garbled answer");
    }
    return Vocabulary::wireName(outcome);
}

QString ReportWording::outcomeColor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok: return QStringLiteral("#1e7e34");
    case Outcome::Reset: return QStringLiteral("#c01c28");
    case Outcome::Refused: return QStringLiteral("#8e44ad");
    case Outcome::Closed: return QStringLiteral("#1f6fb2");
    case Outcome::Timeout: return QStringLiteral("#b36b00");
    case Outcome::DnsFailure: return QStringLiteral("#6c4f00");
    case Outcome::Unreachable: return QStringLiteral("#444444");
    case Outcome::TlsFailure: return QStringLiteral("#a0306a");
    case Outcome::ProxyFailure: return QStringLiteral("#0b6e6e");
    case Outcome::EndlessReply: return QStringLiteral("#7a5200");
    case Outcome::InvalidReply: return QStringLiteral("#5b3f8c");
    }
    return QStringLiteral("#000000");
}

QString ReportWording::eventText(const QString &kind, const QString &subject)
{
    QString what;
    if (kind == QLatin1String("interface-up"))
        what = tr("Network connection came up");
    else if (kind == QLatin1String("interface-down"))
        what = tr("Network connection went down");
    else if (kind == QLatin1String("vpn-up"))
        what = tr("VPN connected");
    else if (kind == QLatin1String("vpn-down"))
        what = tr("VPN disconnected");
    else if (kind == QLatin1String("proxy-changed"))
        what = tr("Proxy settings changed");
    else if (kind == QLatin1String("wake"))
        what = tr("Computer woke from sleep");
    else
        what = kind;
    return subject.isEmpty() ? what : tr("%1: %2").arg(what, subject);
}

ReportWording::Rows ReportWording::runRows(const Report &report)
{
    const QLocale locale;
    Rows rows;
    if (!report.target.isEmpty())
        rows << qMakePair(tr("Service"), report.target);
    if (report.startedAt.isValid())
        rows << qMakePair(tr("Started"), locale.toString(report.startedAt, QLocale::LongFormat));
    if (report.finishedAt.isValid())
        rows << qMakePair(tr("Ended"), locale.toString(report.finishedAt, QLocale::LongFormat));
    if (report.cancelled)
        rows << qMakePair(tr("Note"), tr("The run was stopped before the end."));
    if (!report.id.isEmpty())
        rows << qMakePair(tr("Report id"), report.id);
    return rows;
}

ReportWording::Rows ReportWording::environmentRows(const EnvironmentInfo &e)
{
    Rows rows;
    auto add = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows << qMakePair(label, value);
    };
    add(tr("Operating system"), e.os);
    add(tr("Kernel"), e.kernel);
    add(tr("Connection Doctor version"), e.appVersion);
    add(tr("Qt version"), e.qtVersion);
    add(tr("Computer name"), e.hostName);
    add(tr("User name"), e.userName);
    add(tr("Time zone"), e.timeZone);
    for (const EnvironmentInfo::Interface &i : e.interfaces) {
        QStringList parts{interfaceTypeText(i.type)};
        if (i.vpn)
            parts << tr("VPN");
        parts << (i.up ? tr("up") : tr("down"));
        if (i.mtu > 0)
            parts << tr("MTU %1").arg(i.mtu);
        if (!i.hardwareAddress.isEmpty())
            parts << tr("MAC %1").arg(i.hardwareAddress);
        if (!i.addresses.isEmpty())
            parts << i.addresses.join(QLatin1String(", "));
        add(tr("Interface %1").arg(i.name), parts.join(QLatin1String("; ")));
    }
    // "none" is the report's word for no proxy; said in the reader's language.
    add(tr("Proxy"), e.proxy == QStringList{QStringLiteral("none")} ? tr("none") : e.proxy.join(QLatin1String("; ")));
    add(tr("DNS servers"), e.dnsServers.join(QLatin1String(", ")));
    return rows;
}

QString ReportWording::timelineSummary(const Report &report)
{
    const Timeline &timeline = report.timeline;
    if (timeline.isEmpty())
        return {};
    // Summed in 64 bits: a saved report's counts can be anything up to
    // 2^32 - 1 a bucket, and a wrapped sum would show more resets than
    // connections.
    quint64 all = 0;
    quint64 resets = 0;
    for (const Timeline::Bucket &b : timeline.buckets()) {
        for (quint32 count : b.counts)
            all += count;
        resets += b.count(Outcome::Reset);
    }
    const qint64 spanMs = timeline.spanMs();
    const QLocale locale;
    // Under a minute in whole seconds ("0.3 minutes" says little); longer
    // in minutes with a decimal, which stay a plain number.
    const QString span = spanMs < 60000 ? tr("%n second(s)", nullptr, int(spanMs / 1000))
                                        : tr("%1 minutes").arg(locale.toString(spanMs / 60000.0, 'f', 1));
    // The share cut off is read from what was watched: its interval says
    // how far the true share may be from it (a few minutes of watching tell
    // less than a day).
    if (all == 0)
        return tr("Watched for %1: no connection was tried.").arg(span);
    // (More than INT_MAX connections is a crafted file: a day at the
    // monitor's fastest is 8.6 million.)
    const int trials = int(qMin<quint64>(all, INT_MAX));
    const Proportion cutOff{int(qMin<quint64>(resets, quint64(trials))), trials};
    const Proportion::Interval likely = cutOff.wilson();
    QString text = tr("Watched for %1: %n connection(s), %2 of them cut off (%3%; the true share is likely between %4% and %5%).",
                      nullptr, trials)
                       .arg(span)
                       .arg(cutOff.events)
                       .arg(Proportion::percentText(cutOff.share()), Proportion::percentText(likely.low),
                            Proportion::percentText(likely.high));
    // The worst minute, so a helpdesk can look in the server's logs there.
    const qsizetype perMinute = qMax<qsizetype>(1, 60000 / timeline.bucketMs());
    quint32 worst = 0;
    qint64 worstStart = 0;
    const QList<Timeline::Bucket> &buckets = timeline.buckets();
    for (qsizetype i = 0; i < buckets.size(); i += perMinute) {
        quint32 n = 0;
        for (qsizetype j = i; j < qMin(buckets.size(), i + perMinute); ++j)
            n += buckets.at(j).count(Outcome::Reset);
        if (n > worst) {
            worst = n;
            worstStart = buckets.at(i).startMs;
        }
    }
    if (worst > 0) {
        text += QLatin1Char(' ')
            + tr("Most cut off in one minute: %1, from %2.")
                  .arg(worst)
                  .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(worstStart), QLocale::ShortFormat));
    }
    if (!report.events.isEmpty())
        text += QLatin1Char(' ') + tr("Network changes while watching: %1.").arg(report.events.size());
    return text;
}

QString ReportWording::checkName(const QString &checkId)
{
    const QString name = CheckCatalog::displayName(checkId);
    return name.isEmpty() || name == checkId ? checkId : QStringLiteral("%1 (%2)").arg(name, checkId);
}

QString ReportWording::interfaceTypeText(const QString &type)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("ethernet"), QT_TR_NOOP("Ethernet")}, {QStringLiteral("wifi"), QT_TR_NOOP("Wi-Fi")},
        {QStringLiteral("loopback"), QT_TR_NOOP("loopback")}, {QStringLiteral("virtual"), QT_TR_NOOP("virtual")},
        {QStringLiteral("ppp"), QT_TR_NOOP("PPP")},           {QStringLiteral("can"), QT_TR_NOOP("CAN bus")},
        {QStringLiteral("wimax"), QT_TR_NOOP("WiMAX")},       {QStringLiteral("other"), QT_TR_NOOP("other")},
        {QStringLiteral("unknown"), QT_TR_NOOP("unknown")},
    };
    const auto it = words.constFind(type);
    return it == words.cend() ? type : tr(*it); // a saved report's own word stays as it is
}

QString ReportWording::resetWatchSummary(const Report &report)
{
    const ResetWatchInfo &watch = report.resetWatch;
    // From the background watch's log: what it covers.
    if (watch.history.sinceMs >= 0)
        return ResetHistory::summary(watch, report.resetEvents.size());
    QStringList sentences;
    sentences << tr("The reset watch saw %1.").arg(ResetWording::sourceText(watch.source));
    if (!watch.whyNot.isEmpty())
        sentences << watch.whyNot;
    // With only the counters there is no log, but there is a count.
    if (watch.source == Vocabulary::WatchSource::CountersOnly && report.resetEvents.isEmpty())
        sentences << tr("The system counted %n reset(s) while watching.", nullptr,
                        clampedCount(report.systemResets.total(Outcome::Reset)));
    else
        sentences << tr("It recorded %n reset(s).", nullptr, int(report.resetEvents.size()));
    if (watch.lostEvents > 0)
        sentences << tr("The system dropped %n event(s) it could not hand over in time, so some resets may be missing.", nullptr,
                        clampedCount(watch.lostEvents));
    if (watch.droppedFromLog > 0)
        sentences << tr("The oldest %n were left out of the log to keep it to a bounded size.", nullptr, watch.droppedFromLog);
    return sentences.join(QLatin1Char(' '));
}

QString ReportWording::serverHistoryHeading()
{
    return tr("Resets of this server before the run");
}

QString ReportWording::serverHistorySummary(const ServerHistory &history)
{
    const ResetWatchInfo &watch = history.watch;
    const QString servers = history.servers.join(QLatin1String(", "));
    if (!watch.history.read)
        return tr("The background watch's log could not be read for the history of %1: %2").arg(servers, watch.whyNot);
    const QLocale locale;
    auto time = [&locale](qint64 ms) { return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat); };
    QStringList sentences;
    if (watch.history.toMs < watch.history.fromMs) {
        sentences << ResetHistory::endedBefore(watch.history);
    } else {
        sentences << tr("The background watch's log from %1 to %2 holds %n reset(s) of connections to %3.", nullptr,
                        clampedCount(history.events.size()))
                         .arg(time(watch.history.fromMs), time(watch.history.toMs), servers);
    }
    if (watch.droppedFromLog > 0)
        sentences << tr("The log's oldest %n reset(s), of every server, were left out to keep the list to a bounded size.", nullptr,
                        watch.droppedFromLog);
    if (watch.lostEvents > 0 || watch.history.logDropped > 0)
        sentences << tr("The background watch missed or did not write %n reset(s) of any server in that time, so some may be missing.",
                        nullptr, clampedCount(watch.lostEvents + watch.history.logDropped));
    if (!watch.whyNot.isEmpty())
        sentences << watch.whyNot;
    return sentences.join(QLatin1Char(' '));
}

QStringList ReportWording::resetTableHeader()
{
    return {tr("Program"), tr("Server"), tr("Resets"), tr("Last seen"), tr("Sent by"), tr("Quiet before the reset")};
}

QList<QStringList> ReportWording::resetTableRows(const QList<ResetLog::Row> &logRows, int most)
{
    const QLocale locale;
    QList<QStringList> rows;
    for (const ResetLog::Row &row : logRows) {
        if (rows.size() >= most)
            break;
        const int hops = row.typicalSenderHops();
        const qint64 idleMs = row.medianIdleMs();
        rows << QStringList{ResetEvent::programName(row.program),
                            ResetWording::serverText(row),
                            locale.toString(row.resets),
                            resetTime(row.lastAtMs),
                            ResetWording::senderText(row.mainSender(), hops),
                            idleMs < 0 ? tr("not known") : ResetWording::quietTime(idleMs)};
    }
    return rows;
}

QStringList ReportWording::resetEventHeader()
{
    return {tr("Time"), tr("Direction"), tr("Program"), tr("Connection"), tr("State"), tr("Sent by"), tr("Why we think so")};
}

QStringList ReportWording::resetEventCells(const ResetEvent &event)
{
    const QString program = event.pid >= 0 ? tr("%1 (process %2)").arg(event.programOrUnknown(), QString::number(event.pid))
                                           : event.programOrUnknown();
    return {resetTime(event.atMs),
            ResetWording::directionText(event.direction),
            program,
            tr("%1 → %2").arg(event.local, ResetWording::remoteText(event)),
            event.tcpState,
            ResetWording::senderText(event.sender, event.senderHops),
            event.evidence.value(0)};
}
