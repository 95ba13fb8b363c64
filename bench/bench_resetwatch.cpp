// Reset watch benchmarks (see docs/benchmarks.md). As root, loopback only.
//  1. Idle cost: the helper's CPU time over a quiet minute (nothing is
//     reset on purpose; whatever the machine does goes on).
//  2. A reset storm: a generator thread makes connections to a local
//     server that resets each one (SO_LINGER 0) at --rate per second for
//     --seconds, while the wizard shows the monitor's "All programs" view
//     of the watch. Counts the resets the watch reported against those
//     made (each loopback connection is reset once each way: two events),
//     the kernel's and the capture's losses, and the GUI thread's lag (a
//     5 ms timer's lateness) while the view redraws.
// Usage: CDOC_RESET_HELPER=build/app/cdoc-reset-helper
//        bench_resetwatch [--idle SECONDS] [--rate N] [--seconds N]

#include "resetwatch/resetwatch.h"
#include "session/diagnosissession.h"
#include "wizard/diagnosiswizard.h"
#include "wizard/pageid.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace {

// utime + stime of a process, in clock ticks.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong(); // fields 14 and 15
}

qint64 helperPid()
{
    // The helper is our child: find it by its name among our children.
    const QByteArray self = QByteArray::number(QCoreApplication::applicationPid());
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        if (text.contains("(cdoc-reset-help") && text.mid(text.lastIndexOf(')') + 2).split(' ').value(1) == self)
            return entry.toLongLong();
    }
    return -1;
}

// Makes `rate` connections a second to a loopback server that resets each.
class StormThread : public QThread
{
public:
    StormThread(int rate, int seconds)
        : m_rate(rate)
        , m_seconds(seconds)
    {
    }
    std::atomic<int> made{0};

protected:
    void run() override
    {
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(listener, 128);
        socklen_t length = sizeof address;
        ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length);
        QElapsedTimer clock;
        clock.start();
        const qint64 total = qint64(m_rate) * m_seconds;
        for (qint64 i = 0; i < total; ++i) {
            // Keep the pace: connection i at i / rate seconds.
            const qint64 due = i * 1000 / m_rate;
            if (due > clock.elapsed())
                QThread::msleep(quint64(due - clock.elapsed()));
            const int client = ::socket(AF_INET, SOCK_STREAM, 0);
            if (::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
                ::close(client);
                continue;
            }
            const int served = ::accept(listener, nullptr, nullptr);
            const linger reset{1, 0};
            ::setsockopt(served, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
            ::close(served); // RST to the client
            char byte;
            ::recv(client, &byte, 1, 0); // ECONNRESET
            ::close(client);
            ++made;
        }
        ::close(listener);
    }

private:
    int m_rate;
    int m_seconds;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption idle(QStringLiteral("idle"), QStringLiteral("Seconds of quiet to measure (default 60)."), QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Resets a second (default 100)."), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Storm length (default 60)."), QStringLiteral("s"), QStringLiteral("60"));
    parser.addOptions({idle, rate, seconds});
    parser.process(app);

    DiagnosisSession session;
    DiagnosisWizard wizard(&session);
    wizard.resize(900, 720);
    wizard.show();
    wizard.setStartId(PageId::Monitor);
    wizard.restart();
    wizard.findChild<QComboBox *>(QStringLiteral("viewChoice"))->setCurrentIndex(1); // All programs: starts the watch
    ResetWatch &watch = session.resetWatch();
    QElapsedTimer wait;
    wait.start();
    while (watch.state() != ResetWatch::State::Running && wait.elapsed() < 15000)
        app.processEvents(QEventLoop::AllEvents, 50);
    std::printf("watch: %s%s%s\n", qPrintable(Vocabulary::wireName(watch.source())), watch.whyNot().isEmpty() ? "" : ": ",
                qPrintable(watch.whyNot()));
    if (watch.source() == Vocabulary::WatchSource::CountersOnly)
        return 1;

    // 1. Idle.
    const qint64 pid = helperPid();
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    const qint64 before = cpuTicks(pid);
    QElapsedTimer idleClock;
    idleClock.start();
    while (idleClock.elapsed() < parser.value(idle).toInt() * 1000LL)
        app.processEvents(QEventLoop::AllEvents, 100);
    const double idleCpu = double(cpuTicks(pid) - before) / ticksPerSecond;
    std::printf("idle: helper used %.2f s of CPU in %.0f s: %.3f%% of a core (%d resets seen meanwhile)\n", idleCpu,
                idleClock.elapsed() / 1000.0, 100.0 * idleCpu / (idleClock.elapsed() / 1000.0), watch.log().total());

    // 2. The storm, charted.
    const int seenBefore = watch.log().total();
    QList<double> lateness;
    QElapsedTimer tick;
    QTimer probe;
    probe.setInterval(5);
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (tick.isValid())
            lateness << qMax(0.0, tick.nsecsElapsed() / 1e6 - 5.0);
        tick.restart();
    });
    StormThread storm(parser.value(rate).toInt(), parser.value(seconds).toInt());
    const qint64 helperBefore = cpuTicks(pid);
    QElapsedTimer stormClock;
    stormClock.start();
    probe.start();
    storm.start();
    while (!storm.isFinished())
        app.processEvents(QEventLoop::AllEvents, 50);
    // The last resets wait up to a second for their packets.
    const int expected = 2 * storm.made;
    QElapsedTimer drain;
    drain.start();
    while (watch.log().total() - seenBefore < expected && drain.elapsed() < 5000)
        app.processEvents(QEventLoop::AllEvents, 50);
    probe.stop();
    const double stormSeconds = stormClock.elapsed() / 1000.0;
    const double helperCpu = double(cpuTicks(pid) - helperBefore) / ticksPerSecond;
    // The p99 of ticks hides a stall that swallows many ticks (they are
    // coalesced into one late tick): also the share of the time the GUI
    // thread was late at all, and the longest stall.
    double lateTotal = 0;
    for (double l : lateness)
        lateTotal += l;
    std::sort(lateness.begin(), lateness.end());
    auto quantile = [&](double q) { return lateness.isEmpty() ? 0.0 : lateness.at(qMin(int(lateness.size()) - 1, int(q * lateness.size()))); };
    std::printf("storm: %d connections reset in %.1f s (%.0f a minute); the watch reported %d of the %d resets (each connection is reset "
                "once each way), lost %lld\n",
                int(storm.made), stormSeconds, storm.made * 60.0 / stormSeconds, watch.log().total() - seenBefore, expected,
                watch.lostEvents());
    std::printf("storm: helper CPU %.1f%% of a core; GUI lag while charted: median %.2f ms, p99 %.2f ms, longest stall %.2f ms, "
                "late %.2f%% of the time (%lld ticks)\n",
                100.0 * helperCpu / stormSeconds, quantile(0.5), quantile(0.99), lateness.isEmpty() ? 0.0 : lateness.constLast(),
                100.0 * lateTotal / (stormSeconds * 1000.0), qint64(lateness.size()));
    watch.stop();
    return 0;
}
