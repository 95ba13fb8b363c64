// Every way a connection can end, served for real by the fault lab on
// loopback, and what the probe engine makes of it: outcome and phase, the
// byte count at which a payload was reset, and how long a hold lasted.

#include "lab/faultlab.h"
#include "probewaiter.h"

#include <QtNetwork/QSslSocket>
#include <QtTest/QTest>

using Lab::Scenario;
using namespace Vocabulary;

Q_DECLARE_METATYPE(Lab::Scenario)

namespace {
Lab::Config testConfig()
{
    Lab::Config config;
    config.idleResetMs = 600;
    config.idleCloseMs = 600;
    config.slowReplyMs = 400;
    config.resetAfterBytes = 64 * 1024;
    config.bodyLimitBytes = 512 * 1024;
    return config;
}
} // namespace

class tst_ProbeOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void outcome_data();
    void outcome();
    void payloadResetComesAtTheLimit_data();
    void payloadResetComesAtTheLimit();
    void holdDiesAfterTheIdleTimeout_data();
    void holdDiesAfterTheIdleTimeout();
    void resetAndCloseAreNeverConfused();
    void brokenProxyIsAProxyFailure_data();
    void brokenProxyIsAProxyFailure();

private:
    ProbeSpec spec(Scenario scenario, ProbeKind kind, bool https = false) const;
    FaultLab m_lab{testConfig()};
};

void tst_ProbeOutcomes::initTestCase()
{
    QVERIFY2(m_lab.start(), qPrintable(m_lab.errorString()));
}

ProbeSpec tst_ProbeOutcomes::spec(Scenario scenario, ProbeKind kind, bool https) const
{
    ProbeSpec s;
    s.kind = kind;
    const QString text = https ? QStringLiteral("https://127.0.0.1:%1/") : QStringLiteral("127.0.0.1:%1");
    s.target = Target::parse(text.arg(m_lab.port(scenario))).target;
    s.timeoutMs = 3000;
    s.verifyCertificate = false;
    return s;
}

void tst_ProbeOutcomes::outcome_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<ProbeKind>("kind");
    QTest::addColumn<bool>("https");
    QTest::addColumn<int>("holdMs");
    QTest::addColumn<qint64>("payloadBytes");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<bool>("verifyCertificate");
    QTest::addColumn<Outcome>("expectedOutcome");
    QTest::addColumn<QList<Phase>>("expectedPhases");

    const QString none;
    auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    row("a healthy server answers") << Scenario::Healthy << ProbeKind::Exchange << false << 0 << qint64(0) << 3000 << none << false << Outcome::Ok << QList<Phase>{Phase::Done};
    row("connecting to a healthy server works") << Scenario::Healthy << ProbeKind::Connect << false << 0 << qint64(0) << 3000 << none << false << Outcome::Ok << QList<Phase>{Phase::Done};
    row("a reset on accept is seen while idle") << Scenario::ResetOnAccept << ProbeKind::Hold << false << 3000 << qint64(0) << 3000 << none << false << Outcome::Reset << QList<Phase>{Phase::Idle};
    row("a reset on accept breaks an exchange") << Scenario::ResetOnAccept << ProbeKind::Exchange << false << 0 << qint64(0) << 3000 << none << false << Outcome::Reset << QList<Phase>{Phase::Send, Phase::Receive};
    row("a small request passes a byte limit") << Scenario::ResetAfterBytes << ProbeKind::Exchange << false << 0 << qint64(0) << 3000 << none << false << Outcome::Ok << QList<Phase>{Phase::Done};
    row("a large payload is reset while sending") << Scenario::ResetAfterBytes << ProbeKind::Payload << false << 0 << qint64(1024 * 1024) << 3000 << none << false << Outcome::Reset << QList<Phase>{Phase::Send};
    row("a hold longer than the idle timeout is reset") << Scenario::ResetAfterIdle << ProbeKind::Hold << false << 2000 << qint64(0) << 3000 << none << false << Outcome::Reset << QList<Phase>{Phase::Idle};
    row("a hold shorter than the idle timeout survives") << Scenario::ResetAfterIdle << ProbeKind::Hold << false << 200 << qint64(0) << 3000 << none << false << Outcome::Ok << QList<Phase>{Phase::Done};
    row("an idle close is closed, not reset") << Scenario::CloseAfterIdle << ProbeKind::Hold << false << 2000 << qint64(0) << 3000 << none << false << Outcome::Closed << QList<Phase>{Phase::Idle};
    row("a closed port refuses") << Scenario::Refused << ProbeKind::Connect << false << 0 << qint64(0) << 3000 << none << false << Outcome::Refused << QList<Phase>{Phase::Connect};
    row("a closed port refuses an exchange") << Scenario::Refused << ProbeKind::Exchange << false << 0 << qint64(0) << 3000 << none << false << Outcome::Refused << QList<Phase>{Phase::Connect};
    row("unanswered SYNs time out, not refused") << Scenario::NoAnswer << ProbeKind::Connect << false << 0 << qint64(0) << 500 << none << false << Outcome::Timeout << QList<Phase>{Phase::Connect};
    row("a slow reply times out while receiving") << Scenario::SlowReply << ProbeKind::Exchange << false << 0 << qint64(0) << 150 << none << false << Outcome::Timeout << QList<Phase>{Phase::Receive};
    row("a slow reply within the timeout is ok") << Scenario::SlowReply << ProbeKind::Exchange << false << 0 << qint64(0) << 3000 << none << false << Outcome::Ok << QList<Phase>{Phase::Done};
    row("an upload under the body limit is ok") << Scenario::HttpBodyLimit << ProbeKind::Payload << false << 0 << qint64(256 * 1024) << 3000 << none << false << Outcome::Ok << QList<Phase>{Phase::Done};
    row("an upload over the body limit is reset") << Scenario::HttpBodyLimit << ProbeKind::Payload << false << 0 << qint64(1024 * 1024) << 3000 << none << false << Outcome::Reset << QList<Phase>{Phase::Send};
    row("TLS to an allowed name works") << Scenario::TlsResetOnSni << ProbeKind::Tls << false << 0 << qint64(0) << 3000 << "lab.test" << false << Outcome::Ok << QList<Phase>{Phase::Done};
    row("TLS to the filtered name is reset in the handshake") << Scenario::TlsResetOnSni << ProbeKind::Tls << false << 0 << qint64(0) << 3000 << "blocked.lab.test" << false << Outcome::Reset << QList<Phase>{Phase::Tls};
    row("an untrusted certificate is a TLS failure") << Scenario::TlsResetOnSni << ProbeKind::Tls << false << 0 << qint64(0) << 3000 << "lab.test" << true << Outcome::TlsFailure << QList<Phase>{Phase::Tls};
    row("an https exchange works") << Scenario::TlsResetOnSni << ProbeKind::Exchange << true << 0 << qint64(0) << 3000 << "lab.test" << false << Outcome::Ok << QList<Phase>{Phase::Done};
    row("an https exchange to the filtered name is reset") << Scenario::TlsResetOnSni << ProbeKind::Exchange << true << 0 << qint64(0) << 3000 << "blocked.lab.test" << false << Outcome::Reset << QList<Phase>{Phase::Tls};
}

void tst_ProbeOutcomes::outcome()
{
    QFETCH(Scenario, scenario);
    QFETCH(ProbeKind, kind);
    QFETCH(bool, https);
    QFETCH(QList<Phase>, expectedPhases);
    if ((scenario == Scenario::TlsResetOnSni) && !QSslSocket::supportsSsl())
        QSKIP("No TLS backend available");

    ProbeSpec s = spec(scenario, kind, https);
    QFETCH(int, holdMs);
    QFETCH(qint64, payloadBytes);
    QFETCH(int, timeoutMs);
    QFETCH(QString, serverName);
    QFETCH(bool, verifyCertificate);
    s.holdMs = holdMs;
    s.payloadBytes = payloadBytes;
    s.timeoutMs = timeoutMs;
    s.serverName = serverName;
    s.verifyCertificate = verifyCertificate;

    const ProbeResult result = ProbeWaiter::runOne(s);
    QVERIFY2(result.id == 0, qPrintable(result.detail));
    QTEST(result.outcome, "expectedOutcome");
    // Where the system does not say what the peer acknowledged (Wine has
    // no SIO_TCP_INFO), an upload handed over whole is no longer "sending"
    // for the probe: it waits for the answer.
    if (expectedPhases.contains(Phase::Send) && result.bytesAcked < 0)
        expectedPhases << Phase::Receive;
    QVERIFY2(expectedPhases.contains(result.phase),
             qPrintable(QStringLiteral("phase %1").arg(wireName(result.phase))));
    if (result.outcome == Outcome::Ok && kind != ProbeKind::Connect && kind != ProbeKind::Tls)
        QCOMPARE(result.httpStatus, 200);
}

void tst_ProbeOutcomes::payloadResetComesAtTheLimit_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<qint64>("limit");
    QTest::newRow("raw byte limit") << Scenario::ResetAfterBytes << m_lab.config().resetAfterBytes;
    QTest::newRow("HTTP body limit") << Scenario::HttpBodyLimit << m_lab.config().bodyLimitBytes;
}

void tst_ProbeOutcomes::payloadResetComesAtTheLimit()
{
    QFETCH(Scenario, scenario);
    QFETCH(qint64, limit);
    ProbeSpec s = spec(scenario, ProbeKind::Payload);
    s.payloadBytes = limit * 4;
    // Several tries: each must put the reset within 10% of the limit.
    for (int i = 0; i < 5; ++i) {
        const ProbeResult result = ProbeWaiter::runOne(s);
        QCOMPARE(result.outcome, Outcome::Reset);
        if (result.bytesAcked < 0)
            QSKIP("This system does not say what the peer acknowledged (Wine has no SIO_TCP_INFO).");
        QCOMPARE(result.phase, Phase::Send);
        QVERIFY2(result.bytesAcked >= limit && result.bytesAcked <= limit + limit / 10,
                 qPrintable(QStringLiteral("acknowledged %1 bytes for a limit of %2").arg(result.bytesAcked).arg(limit)));
        QVERIFY(result.bytesSent >= result.bytesAcked);
    }
}

void tst_ProbeOutcomes::holdDiesAfterTheIdleTimeout_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<Outcome>("expected");
    QTest::addColumn<int>("idleMs");
    QTest::newRow("reset after idle") << Scenario::ResetAfterIdle << Outcome::Reset << m_lab.config().idleResetMs;
    QTest::newRow("closed after idle") << Scenario::CloseAfterIdle << Outcome::Closed << m_lab.config().idleCloseMs;
}

void tst_ProbeOutcomes::holdDiesAfterTheIdleTimeout()
{
    QFETCH(Scenario, scenario);
    QFETCH(int, idleMs);
    ProbeSpec s = spec(scenario, ProbeKind::Hold);
    s.holdMs = idleMs * 3;
    const ProbeResult result = ProbeWaiter::runOne(s);
    QTEST(result.outcome, "expected");
    QCOMPARE(result.phase, Phase::Idle);
    QVERIFY2(qAbs(result.idleMs - idleMs) <= idleMs * 0.1,
             qPrintable(QStringLiteral("died after %1 ms idle, lab timeout %2 ms").arg(result.idleMs).arg(idleMs)));
}

void tst_ProbeOutcomes::resetAndCloseAreNeverConfused()
{
    QList<ProbeSpec> specs;
    for (int i = 0; i < 20; ++i) {
        ProbeSpec s = spec(i % 2 ? Scenario::CloseAfterIdle : Scenario::ResetAfterIdle, ProbeKind::Hold);
        s.holdMs = 5000;
        specs.append(s);
    }
    const QList<ProbeResult> results = ProbeWaiter::run(specs, ProbeSchedule{20, 0});
    QCOMPARE(results.size(), 20);
    for (const ProbeResult &r : results)
        QCOMPARE(r.outcome, r.id % 2 ? Outcome::Closed : Outcome::Reset);
}

void tst_ProbeOutcomes::brokenProxyIsAProxyFailure_data()
{
    QTest::addColumn<Scenario>("proxyScenario");
    QTest::addColumn<QNetworkProxy::ProxyType>("proxyType");
    QTest::newRow("HTTP proxy port closed") << Scenario::Refused << QNetworkProxy::HttpProxy;
    QTest::newRow("HTTP proxy resets") << Scenario::ResetOnAccept << QNetworkProxy::HttpProxy;
    QTest::newRow("SOCKS5 proxy port closed") << Scenario::Refused << QNetworkProxy::Socks5Proxy;
    QTest::newRow("SOCKS5 proxy resets") << Scenario::ResetOnAccept << QNetworkProxy::Socks5Proxy;
}

void tst_ProbeOutcomes::brokenProxyIsAProxyFailure()
{
    QFETCH(Scenario, proxyScenario);
    QFETCH(QNetworkProxy::ProxyType, proxyType);
    ProbeSpec s = spec(Scenario::Healthy, ProbeKind::Exchange);
    s.proxy = QNetworkProxy(proxyType, QStringLiteral("127.0.0.1"), m_lab.port(proxyScenario));
    const ProbeResult result = ProbeWaiter::runOne(s);
    QCOMPARE(result.outcome, Outcome::ProxyFailure);
    QCOMPARE(result.phase, Phase::Connect);
    QVERIFY(!result.detail.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ProbeOutcomes)
#include "tst_probeoutcomes.moc"
