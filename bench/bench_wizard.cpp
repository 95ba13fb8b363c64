// Wizard benchmarks (see docs/benchmarks.md):
//  1. time from the start of the process's Qt setup to the Welcome page
//     shown, and memory in use (VmRSS) on it;
//  2. the GUI thread's event-loop lag while the probe engine runs at full
//     speed against the fault lab and the wizard shows its results: a 5 ms
//     timer on the GUI thread, and how late each of its ticks comes.
// Runs under any platform plugin; the figures in the docs come from xcb on
// Xvfb. Loopback only.

#include "cli/checkcontextloader.h"
#include "lab/faultlab.h"
#include "probe/probeengine.h"
#include "session/diagnosissession.h"
#include "wizard/diagnosiswizard.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>
#include <QtGui/QWindow>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLineEdit>

#include <algorithm>

namespace {

QElapsedTimer processClock;

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Starts the clock before anything of Qt's exists.
struct ClockStarter
{
    ClockStarter() { processClock.start(); }
} clockStarter;

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    FaultLab lab;
    if (!lab.start())
        return 1;

    DiagnosisSession session;
    CheckContext context;
    CheckContextLoader::useLab(lab, &context);
    const quint16 healthy = lab.port(Lab::Scenario::Healthy);
    context.osVerdict.why = QStringLiteral("benchmark");
    session.setContext(context);
    DiagnosisWizard wizard(&session);
    wizard.show();
    // Shown: once the first paint has gone through the event loop.
    QElapsedTimer shownClock;
    while (!wizard.isVisible() || !wizard.windowHandle() || !wizard.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::processEvents();
    const double startupMs = processClock.nsecsElapsed() / 1e6;
    const qint64 rss = residentKiB();
    out << "| launch to Welcome page shown | " << QString::number(startupMs, 'f', 0) << " ms |\n"
        << "| memory in use on the Welcome page (VmRSS) | " << rss / 1024 << " MiB |\n" << Qt::endl;

    // Full speed: 20,000 connect probes, 64 at a time, plus the wizard
    // running its connectivity page's checks and showing their rows.
    wizard.findChild<QLineEdit *>(QStringLiteral("targetEdit"))->setText(QStringLiteral("127.0.0.1:%1").arg(healthy));
    wizard.button(QWizard::NextButton)->click();
    ProbeEngine engine;
    ProbeSpec spec;
    spec.kind = Vocabulary::ProbeKind::Connect;
    spec.target = Target::parse(QStringLiteral("127.0.0.1:%1").arg(healthy)).target;
    int results = 0;
    QObject::connect(&engine, &ProbeEngine::probeFinished, [&results](const ProbeResult &) { ++results; });

    QList<double> lagMs;
    QElapsedTimer tick;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (tick.isValid())
            lagMs.append(qMax(0.0, tick.nsecsElapsed() / 1e6 - 5.0));
        tick.restart();
    });
    QEventLoop loop;
    QObject::connect(&engine, &ProbeEngine::finished, &loop, &QEventLoop::quit);
    QElapsedTimer runClock;
    runClock.start();
    timer.start();
    engine.start(QList<ProbeSpec>(20000, spec), ProbeSchedule{64, 0});
    loop.exec();
    timer.stop();
    const double seconds = runClock.nsecsElapsed() / 1e9;

    std::sort(lagMs.begin(), lagMs.end());
    auto at = [&lagMs](double p) { return lagMs.at(std::min<qsizetype>(lagMs.size() - 1, qsizetype(p * lagMs.size()))); };
    out << "| GUI event-loop lag while " << results << " probes ran in " << QString::number(seconds, 'f', 1)
        << " s (" << lagMs.size() << " ticks) | median " << QString::number(at(0.5), 'f', 2) << " ms, p99 "
        << QString::number(at(0.99), 'f', 2) << " ms, max " << QString::number(lagMs.constLast(), 'f', 2) << " ms |" << Qt::endl;
    session.cancel();
    return 0;
}
