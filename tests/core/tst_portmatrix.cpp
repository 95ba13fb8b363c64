#include "checks/portmatrix.h"

#include <QtTest/QTest>

using namespace Vocabulary;

class tst_PortMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resetOrigin_data();
    void resetOrigin();
    void verdict_data();
    void verdict();
};

void tst_PortMatrix::resetOrigin_data()
{
    QTest::addColumn<double>("refusalMs");
    QTest::addColumn<double>("roundTripMs");
    QTest::addColumn<bool>("serverIsThisComputer");
    QTest::addColumn<ResetOrigin>("origin");
    QTest::newRow("instant refusal, far server") << 0.2 << 40.0 << false << ResetOrigin::NearClient;
    QTest::newRow("refusal after a round trip") << 41.0 << 40.0 << false << ResetOrigin::NearServer;
    QTest::newRow("refusal after most of a round trip") << 25.0 << 40.0 << false << ResetOrigin::NearServer;
    QTest::newRow("refusal in a third of the round trip") << 12.0 << 40.0 << false << ResetOrigin::NearClient;
    QTest::newRow("round trip too short to tell") << 0.05 << 0.1 << false << ResetOrigin::Unknown;
    QTest::newRow("no successful connection") << 0.2 << -1.0 << false << ResetOrigin::Unknown;
    // A loaded loopback (a sanitizer build on two cores) can take longer than
    // the minimum round trip and look like a far server: never placed.
    QTest::newRow("the server is this computer") << 3.0 << 2.5 << true << ResetOrigin::Unknown;
    QTest::newRow("nothing refused") << -1.0 << 40.0 << false << ResetOrigin::Unknown;
}

void tst_PortMatrix::resetOrigin()
{
    QFETCH(double, refusalMs);
    QFETCH(double, roundTripMs);
    QFETCH(bool, serverIsThisComputer);
    QString reasoning;
    QTEST(PortMatrix::resetOrigin(refusalMs, roundTripMs, &reasoning, serverIsThisComputer), "origin");
    QVERIFY(!reasoning.isEmpty());
}

void tst_PortMatrix::verdict_data()
{
    QTest::addColumn<QList<PortMatrix::Cell>>("cells");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<bool>("targetBlocked");
    QTest::addColumn<bool>("othersOpen");
    QTest::addColumn<ResetOrigin>("origin");

    using C = PortMatrix::Cell;
    const Outcome ok = Outcome::Ok, refused = Outcome::Refused, timeout = Outcome::Timeout;
    QTest::newRow("target open") << QList<C>{{8443, ok, 40}, {8443, ok, 41}, {443, ok, 40}} << CheckStatus::Pass << false << true << ResetOrigin::Unknown;
    QTest::newRow("target blocked near the client") << QList<C>{{8443, refused, 0.3}, {8443, refused, 0.2}, {443, ok, 40}, {80, ok, 42}} << CheckStatus::Fail << true << true << ResetOrigin::NearClient;
    QTest::newRow("target closed at the server") << QList<C>{{8443, refused, 40.5}, {8443, refused, 41}, {443, ok, 40}} << CheckStatus::Fail << true << true << ResetOrigin::NearServer;
    QTest::newRow("target silently dropped") << QList<C>{{8443, timeout, 3000}, {443, ok, 40}} << CheckStatus::Fail << true << true << ResetOrigin::Unknown;
    QTest::newRow("whole host refuses") << QList<C>{{8443, refused, 0.3}, {443, refused, 0.3}} << CheckStatus::Fail << true << false << ResetOrigin::Unknown;
    QTest::newRow("target flaky") << QList<C>{{8443, ok, 40}, {8443, refused, 40}, {443, ok, 40}} << CheckStatus::Warn << false << true << ResetOrigin::NearServer;
}

void tst_PortMatrix::verdict()
{
    QFETCH(QList<PortMatrix::Cell>, cells);
    const PortMatrix::Verdict v = PortMatrix::analyse(8443, cells);
    QTEST(v.status, "status");
    QTEST(v.targetPortBlocked, "targetBlocked");
    QTEST(v.otherPortsOpen, "othersOpen");
    QTEST(v.origin, "origin");
    QVERIFY(!v.summary.isEmpty());
}

QTEST_GUILESS_MAIN(tst_PortMatrix)
#include "tst_portmatrix.moc"
