// Probe engine benchmarks (see docs/benchmarks.md):
//  1. connect probes per second against a loopback listener, and per
//     second of the worker thread's CPU time (what one core sustains);
//  2. latency from an RST leaving the peer to its classified outcome
//     reaching the caller's (GUI) thread;
//  3. time from cancel() until the peer has seen every connection close.
// Loopback only.

#include "lab/faultlab.h"
#include "probe/probeengine.h"
#include "resetserver.h"
#include "threadcpu.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QTextStream>
#include <QtCore/QThread>

#include <algorithm>
#include <cstdio>

namespace {

QTextStream out(stdout);

ProbeSpec specFor(quint16 port, Vocabulary::ProbeKind kind)
{
    ProbeSpec spec;
    spec.kind = kind;
    spec.target = Target::parse(QStringLiteral("127.0.0.1:%1").arg(port)).target;
    spec.timeoutMs = 5000;
    return spec;
}

void connectRate(const FaultLab &lab, int count, int concurrency)
{
    ProbeEngine engine;
    int ok = 0;
    QObject::connect(&engine, &ProbeEngine::probeFinished,
                     [&ok](const ProbeResult &r) { ok += r.isOk(); });
    QEventLoop loop;
    QObject::connect(&engine, &ProbeEngine::finished, &loop, &QEventLoop::quit);
    // The worker thread takes its name when it starts; wait for that.
    double cpuBefore = -1;
    for (int i = 0; i < 1000 && cpuBefore < 0; ++i) {
        QThread::msleep(1);
        cpuBefore = threadCpuSeconds(QStringLiteral("ProbeWorker"));
    }
    QElapsedTimer clock;
    clock.start();
    engine.start(QList<ProbeSpec>(count, specFor(lab.port(Lab::Scenario::Healthy), Vocabulary::ProbeKind::Connect)),
                 ProbeSchedule{concurrency, 0});
    loop.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    const double cpu = threadCpuSeconds(QStringLiteral("ProbeWorker")) - cpuBefore;
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
               .arg(concurrency)
               .arg(count)
               .arg(ok)
               .arg(count / seconds, 0, 'f', 0)
               .arg(cpu > 0 && cpuBefore >= 0 ? QString::number(count / cpu, 'f', 0) : QStringLiteral("n/a"))
        << Qt::endl;
}

void resetLatency(int rounds)
{
    using Clock = ResetServer::Clock;
    std::atomic<Clock::rep> resetAt{0};
    QThread serverThread;
    auto *server = new ResetServer(&resetAt);
    server->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(server, [&] { server->listen(QHostAddress::LocalHost, 0); port = server->serverPort(); },
                              Qt::BlockingQueuedConnection);

    ProbeEngine engine;
    ProbeSpec hold = specFor(port, Vocabulary::ProbeKind::Hold);
    hold.holdMs = 10000;
    QList<double> latenciesUs;
    int misclassified = 0;
    QEventLoop loop;
    QObject::connect(&engine, &ProbeEngine::probeFinished, [&](const ProbeResult &r) {
        const auto arrived = Clock::now().time_since_epoch().count();
        latenciesUs.append(std::chrono::duration<double, std::micro>(Clock::duration(arrived - resetAt.load())).count());
        misclassified += r.outcome != Vocabulary::Outcome::Reset;
    });
    QObject::connect(&engine, &ProbeEngine::finished, &loop, [&] {
        if (latenciesUs.size() < rounds)
            engine.start({hold});
        else
            loop.quit();
    });
    engine.start({hold});
    loop.exec();
    serverThread.quit();
    serverThread.wait();

    std::sort(latenciesUs.begin(), latenciesUs.end());
    auto percentile = [&](double p) { return latenciesUs.at(std::min<qsizetype>(latenciesUs.size() - 1, qsizetype(p * latenciesUs.size()))); };
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
               .arg(rounds)
               .arg(misclassified)
               .arg(percentile(0.5), 0, 'f', 0)
               .arg(percentile(0.99), 0, 'f', 0)
               .arg(latenciesUs.constLast(), 0, 'f', 0)
        << Qt::endl;
}

void cancelLatency(const FaultLab &lab, int probes)
{
    ProbeEngine engine;
    ProbeSpec hold = specFor(lab.port(Lab::Scenario::Healthy), Vocabulary::ProbeKind::Hold);
    hold.holdMs = 60000;
    engine.start(QList<ProbeSpec>(probes, hold), ProbeSchedule{probes, 0});
    QElapsedTimer wait;
    wait.start();
    while (lab.openConnections() < probes && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QElapsedTimer clock;
    clock.start();
    engine.cancel();
    while (lab.openConnections() > 0 && clock.elapsed() < 10000)
        QThread::usleep(100);
    out << QStringLiteral("| %1 | %2 |").arg(probes).arg(clock.nsecsElapsed() / 1e6, 0, 'f', 1) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    FaultLab lab;
    if (!lab.start()) {
        out << "The fault lab did not start: " << lab.errorString() << Qt::endl;
        return 1;
    }

    out << "Connect probes against a loopback listener\n\n"
        << "| concurrency | probes | ok | probes/s (wall) | probes/s of worker CPU |\n"
        << "|---|---|---|---|---|" << Qt::endl;
    for (int concurrency : {1, 16, 64})
        connectRate(lab, 4000, concurrency);

    out << "\nRST to classified outcome on the caller's thread (microseconds)\n\n"
        << "| rounds | not classified as reset | median | p99 | max |\n"
        << "|---|---|---|---|---|" << Qt::endl;
    resetLatency(500);

    out << "\ncancel() until the peer has seen every connection closed\n\n"
        << "| open probes | ms |\n|---|---|" << Qt::endl;
    for (int probes : {50, 200})
        cancelLatency(lab, probes);
    return 0;
}
