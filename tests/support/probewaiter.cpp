#include "probewaiter.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

QList<ProbeResult> ProbeWaiter::run(const QList<ProbeSpec> &specs, const ProbeSchedule &schedule,
                                    int boundMs)
{
    ProbeEngine engine;
    QList<ProbeResult> results;
    QObject::connect(&engine, &ProbeEngine::probeFinished,
                     [&results](const ProbeResult &r) { results.append(r); });
    QSignalSpy finished(&engine, &ProbeEngine::finished);
    engine.start(specs, schedule);
    if (!finished.wait(boundMs))
        return {};
    std::sort(results.begin(), results.end(),
              [](const ProbeResult &a, const ProbeResult &b) { return a.id < b.id; });
    return results;
}

ProbeResult ProbeWaiter::runOne(const ProbeSpec &spec, int boundMs)
{
    const QList<ProbeResult> results = run({spec}, {}, boundMs);
    if (results.isEmpty()) {
        ProbeResult none;
        none.detail = QStringLiteral("the engine did not finish within %1 ms").arg(boundMs);
        return none;
    }
    return results.constFirst();
}
