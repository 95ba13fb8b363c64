// 1,000 start/cancel cycles of a diagnosis session (every group of checks
// in turn, cancelled at a random moment in its first 100 ms) and 1,000 of
// the monitor, against the fault lab in this process. Prints resident
// memory after a warm-up and after all cycles: growth would be a leak or
// a cache without bound.
//   build/bench/bench_cycles [CYCLES [session|monitor]]   default: 1000 of both

#include "labcontext.h"
#include "lab/faultlab.h"
#include "session/diagnosissession.h"
#include "startcancelcycles.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>

#include <cstdio>

namespace {

bool measure(const char *what, int cycles, StartCancelCycles &runner, bool (StartCancelCycles::*run)(int))
{
    const int warmUp = qMax(1, cycles / 20);
    if (!(runner.*run)(warmUp))
        return false;
    const qint64 before = StartCancelCycles::residentKiB();
    QElapsedTimer clock;
    clock.start();
    if (!(runner.*run)(cycles))
        return false;
    const qint64 after = StartCancelCycles::residentKiB();
    std::printf("%s: %d cycles in %.1f s; resident memory %lld KiB after %d warm-up cycles, %lld KiB after (%+lld KiB, %+.1f%%)\n",
                what, cycles, clock.elapsed() / 1000.0, static_cast<long long>(before), warmUp,
                static_cast<long long>(after), static_cast<long long>(after - before), 100.0 * (after - before) / before);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int cycles = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toUtf8());
    FaultLab lab;
    if (!lab.start()) {
        std::fprintf(stderr, "lab: %s\n", qPrintable(lab.errorString()));
        return 1;
    }
    DiagnosisSession session;
    session.setContext(labCheckContext(lab));
    QString error;
    session.setTarget(QStringLiteral("127.0.0.1:%1").arg(lab.port(Lab::Scenario::EveryNthReset)), &error);
    StartCancelCycles runner(&session, 20261130);
    const QByteArray only = argc > 2 ? QByteArray(argv[2]) : QByteArray();
    if ((only != "monitor" && !measure("diagnosis session", cycles, runner, &StartCancelCycles::runSessionCycles))
        || (only != "session" && !measure("monitor", cycles, runner, &StartCancelCycles::runMonitorCycles))) {
        std::fprintf(stderr, "%s\n", qPrintable(runner.error()));
        return 1;
    }
    return 0;
}
