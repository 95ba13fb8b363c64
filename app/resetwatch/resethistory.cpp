#include "resethistory.h"

#include "helperstreamparser.h"
#include "resetsenderjudge.h"
#include "resetwatch.h"
#include "probe/target.h"
#include "report/report.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

#include <algorithm>
#include <climits>

namespace {

// "resets-20260101T000000Z.jsonl": the UTC time the file was started.
const QRegularExpression &fileNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^resets-(\\d{8}T\\d{6})Z\\.jsonl$"));
    return re;
}

qint64 fileStartMs(const QString &name)
{
    const QRegularExpressionMatch m = fileNamePattern().match(name);
    if (!m.hasMatch())
        return -1;
    // Read as UTC from the start: read as local time first, a name in the
    // local zone's daylight-saving gap would not exist.
    const QString stamp = m.captured(1);
    const QDateTime at(QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd")),
                       QTime::fromString(stamp.mid(9), QStringLiteral("HHmmss")), Qt::UTC);
    return at.isValid() ? at.toMSecsSinceEpoch() : -1;
}

int clamped(qint64 n)
{
    return int(qBound(qint64(0), n, qint64(INT_MAX)));
}

} // namespace

// One run of the background helper: its counters are totals since it
// started, written on its stats lines. What it lost within the window is
// its last total less its last total before the window.
struct ResetHistory::Run
{
    qint64 lostBefore = 0, droppedBefore = 0;
    qint64 lost = 0, dropped = 0;
};

QString ResetHistory::defaultDirectory()
{
    return QStringLiteral("/var/lib/connection-doctor");
}

QStringList ResetHistory::windowNames()
{
    return {QStringLiteral("1h"), QStringLiteral("24h"), QStringLiteral("7d")};
}

std::optional<qint64> ResetHistory::windowMs(const QString &name)
{
    constexpr qint64 Hour = 3600 * 1000;
    if (name == QLatin1String("1h"))
        return Hour;
    if (name == QLatin1String("24h"))
        return 24 * Hour;
    if (name == QLatin1String("7d"))
        return 7 * 24 * Hour;
    return std::nullopt;
}

ResetHistory::ResetHistory(const QString &directory, int maxEvents)
    : m_directory(directory)
    , m_maxEvents(qMax(1, maxEvents))
{
}

QString ResetHistory::notReadableReason(const QString &path) const
{
    // The unit makes the directory 0750 and the files 0640 for its group.
    const QString group = QFileInfo(path).group();
    return tr("The background watch's log (%1) is readable only by root and members of the %2 group: ask an administrator "
              "to add you to it (sudo adduser YOUR-NAME %2), then log in again.")
        .arg(path, group.isEmpty() ? QStringLiteral("connection-doctor") : group);
}

bool ResetHistory::read(qint64 sinceMs)
{
    *this = ResetHistory(m_directory, m_maxEvents);
    m_sinceMs = sinceMs;
    const QFileInfo dir(m_directory);
    if (!dir.exists()) {
        m_status = Status::NoLog;
        m_whyNot = tr("There is no background watch log in %1: the background watch (connection-doctor-watch.service) "
                      "has not run on this computer, or its log was removed.")
                       .arg(m_directory);
        return false;
    }
    if (!dir.isDir()) {
        m_status = Status::NotReadable;
        m_whyNot = tr("%1 is not a directory, so it holds no background watch log.").arg(m_directory);
        return false;
    }
    if (!dir.isReadable() || !dir.isExecutable()) {
        m_status = Status::NotReadable;
        m_whyNot = notReadableReason(m_directory);
        return false;
    }
    QStringList names;
    // Names sort by the time each file was started.
    for (const QString &name : QDir(m_directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System, QDir::Name)) {
        if (fileNamePattern().match(name).hasMatch())
            names << name;
    }
    if (names.isEmpty()) {
        m_status = Status::NoLog;
        m_whyNot = tr("The background watch has written no log in %1 yet.").arg(m_directory);
        return false;
    }

    QHash<QString, Run> runs;
    QString firstError;
    qint64 lastWriteMs = -1;
    for (const QString &name : std::as_const(names)) {
        const QString path = QDir(m_directory).filePath(name);
        QFile file(path);
        const QFileInfo info(path);
        if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
            ++m_filesNotRead;
            if (firstError.isEmpty()) {
                firstError = info.isFile() && !info.isReadable() ? notReadableReason(path)
                                                                 : tr("%1: %2").arg(path, info.isFile() ? file.errorString() : tr("not a file"));
            }
            continue;
        }
        file.close();
        const qint64 startMs = fileStartMs(name);
        if (m_fromMs < 0 || startMs < m_fromMs)
            m_fromMs = startMs;
        lastWriteMs = qMax(lastWriteMs, info.lastModified().toMSecsSinceEpoch());
        readFile(path, sinceMs, startMs, &runs);
        ++m_filesRead;
    }
    if (m_filesRead == 0) {
        m_status = Status::NotReadable;
        m_whyNot = firstError;
        return false;
    }
    m_status = Status::Read;
    if (m_filesNotRead > 0)
        m_whyNot = tr("%n of the log's files could not be read (%1).", nullptr, m_filesNotRead).arg(firstError);
    for (const Run &run : std::as_const(runs)) {
        m_lostEvents += qMax<qint64>(0, run.lost - run.lostBefore);
        m_logDropped += qMax<qint64>(0, run.dropped - run.droppedBefore);
    }
    trimTo(m_maxEvents);
    for (ResetEvent &e : m_events)
        ResetSenderJudge::judge(&e);
    m_fromMs = qMax(m_fromMs, sinceMs);
    m_toMs = lastWriteMs;
    for (const ResetEvent &e : std::as_const(m_events))
        m_toMs = qMax(m_toMs, e.atMs);
    return true;
}

void ResetHistory::readFile(const QString &path, qint64 sinceMs, qint64 fileStartMs, QHash<QString, Run> *runs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    // A run is known by its hello; lines before any (a file whose start
    // was lost) count for a run of their own.
    QString run = path;
    qint64 latestMs = fileStartMs; // for stats lines that do not say when
    while (!file.atEnd()) {
        QByteArray line = file.readLine(HelperStreamParser::MaxLineBytes + 2);
        if (!line.endsWith('\n') && !file.atEnd()) {
            // Longer than any line the helper writes: skipped unread.
            while (!file.atEnd() && !file.readLine(HelperStreamParser::MaxLineBytes + 2).endsWith('\n')) {
            }
            ++m_skippedLines;
            continue;
        }
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        // A torn last line (a crash, a power cut) or garbage: skipped.
        const HelperStreamParser::Message m = HelperStreamParser::parseLine(line);
        switch (m.type) {
        case HelperStreamParser::Message::Type::Invalid:
            ++m_skippedLines;
            break;
        case HelperStreamParser::Message::Type::Hello: {
            run = m.startedMs >= 0 ? QString::number(m.startedMs) : path;
            const qint64 helloMs = m.startedMs >= 0 ? m.startedMs : fileStartMs;
            if (helloMs >= m_latestHelloMs) {
                m_latestHelloMs = helloMs;
                ResetEventSource::Capabilities capabilities;
                capabilities.kernelEvents = m.kernelEvents;
                capabilities.packetCapture = m.packetCapture;
                capabilities.kernelWhyNot = m.kernelWhyNot;
                capabilities.captureWhyNot = m.captureWhyNot;
                if (m.kernelEvents || m.packetCapture) {
                    m_source = ResetWatch::sourceOf(capabilities, &m_sourceWhyNot);
                } else {
                    m_source = Vocabulary::WatchSource::CountersOnly;
                    m_sourceWhyNot = tr("The background watch could see no resets: %1; %2").arg(m.kernelWhyNot, m.captureWhyNot);
                }
            }
            break;
        }
        case HelperStreamParser::Message::Type::Stats: {
            const qint64 at = m.atMs >= 0 ? m.atMs : latestMs;
            Run &r = (*runs)[run];
            r.lost = m.kernelLost + m.packetsDropped;
            r.dropped = m.logDropped;
            if (at < sinceMs) {
                r.lostBefore = r.lost;
                r.droppedBefore = r.dropped;
            }
            break;
        }
        case HelperStreamParser::Message::Type::Reset:
            // Times are not trusted to grow: each line is judged by its own.
            latestMs = qMax(latestMs, m.reset.atMs);
            if (m.reset.atMs >= sinceMs)
                keep(m.reset);
            break;
        }
    }
}

void ResetHistory::keep(const ResetEvent &event)
{
    m_events.append(event);
    // Twice the bound at most in memory: then the newest are kept.
    if (m_events.size() >= 2 * qsizetype(m_maxEvents))
        trimTo(m_maxEvents);
}

void ResetHistory::trimTo(int most)
{
    std::stable_sort(m_events.begin(), m_events.end(), [](const ResetEvent &a, const ResetEvent &b) { return a.atMs < b.atMs; });
    if (m_events.size() > most) {
        const qsizetype excess = m_events.size() - most;
        m_events.remove(0, excess);
        m_leftOut += excess;
    }
}

QList<ResetEvent> ResetHistory::eventsOf(const QStringList &servers) const
{
    const QSet<QString> wanted(servers.cbegin(), servers.cend());
    QList<ResetEvent> found;
    for (const ResetEvent &e : m_events) {
        if (wanted.contains(e.remoteHost()) || (!e.remoteName.isEmpty() && wanted.contains(e.remoteName)))
            found.append(e);
    }
    return found;
}

QStringList ResetHistory::serversOf(const Report &report)
{
    QStringList servers;
    const Target::ParseResult target = Target::parse(report.target);
    if (target.ok())
        servers << target.target.host().toLower();
    for (const ProbeResult &probe : report.probes) {
        if (!probe.peerAddress.isEmpty() && !servers.contains(probe.peerAddress))
            servers << probe.peerAddress;
    }
    return servers;
}

ServerHistory ResetHistory::serverHistory(const Report &report) const
{
    ServerHistory h;
    h.included = true;
    h.servers = serversOf(report);
    h.watch = watchInfo();
    h.events = eventsOf(h.servers);
    return h;
}

ResetWatchInfo ResetHistory::watchInfo() const
{
    ResetWatchInfo info;
    info.ran = true;
    info.source = m_status == Status::Read ? m_source : Vocabulary::WatchSource::CountersOnly;
    QStringList why;
    if (!m_whyNot.isEmpty())
        why << m_whyNot;
    if (m_status == Status::Read && !m_sourceWhyNot.isEmpty())
        why << m_sourceWhyNot;
    info.whyNot = why.join(QLatin1Char(' '));
    info.lostEvents = m_lostEvents;
    info.droppedFromLog = clamped(m_leftOut);
    info.history.read = m_status == Status::Read;
    info.history.sinceMs = m_sinceMs;
    info.history.fromMs = m_fromMs;
    info.history.toMs = m_toMs;
    info.history.files = m_filesRead;
    info.history.skippedLines = m_skippedLines;
    info.history.logDropped = m_logDropped;
    return info;
}

void ResetHistory::fillReport(Report *report) const
{
    report->resetWatch = watchInfo();
    report->resetEvents = m_events;
}

QString ResetHistory::endedBefore(const ResetHistoryInfo &h)
{
    const QLocale locale;
    return tr("The background watch wrote nothing after %1; its log ends at %2.")
        .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(h.sinceMs), QLocale::ShortFormat),
             locale.toString(QDateTime::fromMSecsSinceEpoch(h.toMs), QLocale::ShortFormat));
}

QString ResetHistory::summary(const ResetWatchInfo &info, qsizetype resets)
{
    const ResetHistoryInfo &h = info.history;
    if (!h.read)
        return info.whyNot;
    const QLocale locale;
    auto time = [&locale](qint64 ms) { return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat); };
    QStringList sentences;
    if (h.toMs < h.fromMs)
        sentences << endedBefore(h);
    else
        sentences << tr("The background watch's log covers %1 to %2.").arg(time(h.fromMs), time(h.toMs));
    sentences << tr("It holds %n reset(s) in that time.", nullptr, clamped(resets + info.droppedFromLog));
    if (info.droppedFromLog > 0)
        sentences << tr("The oldest %n were left out to keep the list to a bounded size.", nullptr, info.droppedFromLog);
    if (info.lostEvents > 0)
        sentences << tr("The system dropped %n event(s) the watch could not take in time, so some resets may be missing.", nullptr,
                        clamped(info.lostEvents));
    if (h.logDropped > 0)
        sentences << tr("The background watch did not write %n reset(s), to keep its log to a bounded size.", nullptr, clamped(h.logDropped));
    if (h.skippedLines > 0)
        sentences << tr("%n line(s) of the log could not be read (cut off by a crash or a power cut) and were skipped.", nullptr,
                        clamped(h.skippedLines));
    if (!info.whyNot.isEmpty())
        sentences << info.whyNot;
    return sentences.join(QLatin1Char(' '));
}
