// The engine as the GUI sees it: results arrive on the caller's thread by
// queued signals, probes run concurrently at a given pace, and cancel stops
// everything at once, closing every connection.

#include "lab/faultlab.h"
#include "probewaiter.h"

#include <QtCore/QThread>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using Lab::Scenario;
using namespace Vocabulary;

class tst_ProbeEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resultsArriveOnTheCallersThread();
    void concurrencyIsRespected();
    void intervalPacesTheStarts();
    void cancelStopsEveryProbeAndClosesConnections();
    void destroyingARunningEngineIsSafe();
    void overloadedServerResetsMoreUnderLoad();

private:
    ProbeSpec spec(Scenario scenario, ProbeKind kind) const;
    FaultLab m_lab;
};

void tst_ProbeEngine::initTestCase()
{
    QVERIFY2(m_lab.start(), qPrintable(m_lab.errorString()));
}

ProbeSpec tst_ProbeEngine::spec(Scenario scenario, ProbeKind kind) const
{
    ProbeSpec s;
    s.kind = kind;
    s.target = Target::parse(QStringLiteral("127.0.0.1:%1").arg(m_lab.port(scenario))).target;
    s.timeoutMs = 3000;
    return s;
}

void tst_ProbeEngine::resultsArriveOnTheCallersThread()
{
    ProbeEngine engine;
    QThread *resultThread = nullptr;
    connect(&engine, &ProbeEngine::probeFinished, this,
            [&resultThread](const ProbeResult &) { resultThread = QThread::currentThread(); });
    QSignalSpy progress(&engine, &ProbeEngine::progressChanged);
    QSignalSpy finished(&engine, &ProbeEngine::finished);
    engine.start({spec(Scenario::Healthy, ProbeKind::Exchange), spec(Scenario::Refused, ProbeKind::Connect)});
    QVERIFY(engine.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QCOMPARE(resultThread, QThread::currentThread());
    QCOMPARE(progress.size(), 2);
    QCOMPARE(progress.constLast().at(0).toInt(), 2);
    QCOMPARE(progress.constLast().at(1).toInt(), 2);
    QVERIFY(!engine.isRunning());
}

void tst_ProbeEngine::concurrencyIsRespected()
{
    // 6 holds of 300 ms, 3 at a time: two waves.
    ProbeSpec hold = spec(Scenario::Healthy, ProbeKind::Hold);
    hold.holdMs = 300;
    QList<ProbeResult> results = ProbeWaiter::run(QList<ProbeSpec>(6, hold), ProbeSchedule{3, 0});
    QCOMPARE(results.size(), 6);
    std::sort(results.begin(), results.end(), [](const ProbeResult &a, const ProbeResult &b) {
        return a.startedAt < b.startedAt;
    });
    const QDateTime first = results.constFirst().startedAt;
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(results.at(i).outcome, Outcome::Ok);
        const qint64 offset = first.msecsTo(results.at(i).startedAt);
        if (i < 3)
            QVERIFY2(offset < 250, qPrintable(QStringLiteral("probe %1 of the first wave started after %2 ms").arg(i).arg(offset)));
        else
            QVERIFY2(offset >= 290, qPrintable(QStringLiteral("probe %1 of the second wave started after %2 ms").arg(i).arg(offset)));
    }
}

void tst_ProbeEngine::intervalPacesTheStarts()
{
    const QList<ProbeResult> results = ProbeWaiter::run(
        QList<ProbeSpec>(4, spec(Scenario::Healthy, ProbeKind::Connect)), ProbeSchedule{4, 100});
    QCOMPARE(results.size(), 4);
    for (int i = 1; i < results.size(); ++i) {
        const qint64 gap = results.at(i - 1).startedAt.msecsTo(results.at(i).startedAt);
        QVERIFY2(gap >= 95, qPrintable(QStringLiteral("probes %1 and %2 started %3 ms apart").arg(i - 1).arg(i).arg(gap)));
    }
}

void tst_ProbeEngine::cancelStopsEveryProbeAndClosesConnections()
{
    ProbeSpec hold = spec(Scenario::Healthy, ProbeKind::Hold);
    hold.holdMs = 60000;
    ProbeEngine engine;
    int resultsAfterCancel = 0;
    bool cancelled = false;
    connect(&engine, &ProbeEngine::probeFinished, this, [&](const ProbeResult &) {
        if (cancelled)
            ++resultsAfterCancel;
    });
    QSignalSpy finished(&engine, &ProbeEngine::finished);
    engine.start(QList<ProbeSpec>(40, hold), ProbeSchedule{40, 0});
    QTRY_COMPARE_WITH_TIMEOUT(m_lab.openConnections(), 40, 10000);

    engine.cancel();
    cancelled = true;
    QCOMPARE(finished.size(), 1); // at once, from cancel() itself
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QVERIFY(!engine.isRunning());
    // The worker closes every socket; the lab sees every connection go.
    QTRY_COMPARE_WITH_TIMEOUT(m_lab.openConnections(), 0, 5000);
    QTest::qWait(50);
    QCOMPARE(resultsAfterCancel, 0);
    QCOMPARE(finished.size(), 1);

    // The engine is ready for the next run.
    QSignalSpy again(&engine, &ProbeEngine::finished);
    engine.start({spec(Scenario::Healthy, ProbeKind::Exchange)});
    QVERIFY(again.wait(10000));
    QCOMPARE(again.constFirst().constFirst().toBool(), false);
}

void tst_ProbeEngine::destroyingARunningEngineIsSafe()
{
    ProbeSpec hold = spec(Scenario::Healthy, ProbeKind::Hold);
    hold.holdMs = 60000;
    {
        ProbeEngine engine;
        engine.start(QList<ProbeSpec>(10, hold), ProbeSchedule{10, 0});
        QTRY_COMPARE_WITH_TIMEOUT(m_lab.openConnections(), 10, 10000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_lab.openConnections(), 0, 5000);
}

void tst_ProbeEngine::overloadedServerResetsMoreUnderLoad()
{
    const ProbeSpec exchange = spec(Scenario::Overloaded, ProbeKind::Exchange);
    auto resetShare = [&](int concurrency) {
        const QList<ProbeResult> results = ProbeWaiter::run(QList<ProbeSpec>(40, exchange),
                                                            ProbeSchedule{concurrency, 0});
        int resets = 0;
        for (const ProbeResult &r : results)
            resets += r.outcome == Outcome::Reset;
        return results.size() == 40 ? resets / 40.0 : -1.0;
    };
    const double alone = resetShare(1);
    const double crowded = resetShare(16);
    QVERIFY(alone >= 0 && crowded >= 0);
    QVERIFY2(alone < 0.3, qPrintable(QString::number(alone)));
    QVERIFY2(crowded > alone + 0.3, qPrintable(QStringLiteral("%1 alone, %2 crowded").arg(alone).arg(crowded)));
}

QTEST_GUILESS_MAIN(tst_ProbeEngine)
#include "tst_probeengine.moc"
