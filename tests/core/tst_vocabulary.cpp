#include "vocabulary/vocabulary.h"

#include <QtTest/QTest>

using namespace Vocabulary;

class tst_Vocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcomeNames_data();
    void outcomeNames();
    void everyNameRoundTrips();
    void unknownNamesAreRejected();
};

void tst_Vocabulary::outcomeNames_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("name");
    QTest::newRow("ok") << Outcome::Ok << "ok";
    QTest::newRow("reset") << Outcome::Reset << "reset";
    QTest::newRow("refused") << Outcome::Refused << "refused";
    QTest::newRow("closed") << Outcome::Closed << "closed";
    QTest::newRow("timeout") << Outcome::Timeout << "timeout";
    QTest::newRow("dns failure") << Outcome::DnsFailure << "dns_failure";
    QTest::newRow("unreachable") << Outcome::Unreachable << "unreachable";
    QTest::newRow("tls failure") << Outcome::TlsFailure << "tls_failure";
    QTest::newRow("proxy failure") << Outcome::ProxyFailure << "proxy_failure";
    QTest::newRow("endless reply") << Outcome::EndlessReply << "endless_reply";
    QTest::newRow("invalid reply") << Outcome::InvalidReply << "invalid_reply";
}

void tst_Vocabulary::outcomeNames()
{
    QFETCH(Outcome, outcome);
    QFETCH(QString, name);
    QCOMPARE(wireName(outcome), name);
    QCOMPARE(outcomeFromWireName(name), outcome);
}

void tst_Vocabulary::everyNameRoundTrips()
{
    QCOMPARE(allOutcomes().size(), 11);
    for (Outcome o : allOutcomes())
        QCOMPARE(outcomeFromWireName(wireName(o)), o);
    for (Phase p : {Phase::Dns, Phase::Connect, Phase::Tls, Phase::Send, Phase::Receive, Phase::Idle, Phase::Done})
        QCOMPARE(phaseFromWireName(wireName(p)), p);
    for (ProbeKind k : {ProbeKind::Connect, ProbeKind::Exchange, ProbeKind::Hold, ProbeKind::Payload, ProbeKind::Tls})
        QCOMPARE(probeKindFromWireName(wireName(k)), k);
    for (IdleEnd end : {IdleEnd::Reset, IdleEnd::ResetOnResume, IdleEnd::Closed, IdleEnd::SilentDrop, IdleEnd::Inconsistent})
        QCOMPARE(idleEndFromWireName(wireName(end)), end);
    for (Rejection r : {Rejection::Http413, Rejection::Reset, Rejection::Closed})
        QCOMPARE(rejectionFromWireName(wireName(r)), r);
    QCOMPARE(allActivities().size(), 5);
    for (Activity a : allActivities())
        QCOMPARE(activityFromWireName(wireName(a)), a);
    // The names reports already carry stay as they were.
    QCOMPARE(wireName(IdleEnd::SilentDrop), QStringLiteral("silent-drop"));
    QCOMPARE(wireName(IdleEnd::ResetOnResume), QStringLiteral("reset-on-resume"));
    QCOMPARE(wireName(Rejection::Http413), QStringLiteral("http-413"));
}

void tst_Vocabulary::unknownNamesAreRejected()
{
    QVERIFY(!outcomeFromWireName(QStringLiteral("RESET")));
    QVERIFY(!outcomeFromWireName(QString()));
    QVERIFY(!phaseFromWireName(QStringLiteral("handshake")));
}

QTEST_GUILESS_MAIN(tst_Vocabulary)
#include "tst_vocabulary.moc"
