// The diagnosis rules on plain evidence: which finding ranks first for
// each pattern of checks, experiments and probes.

#include "diagnosis/diagnosis.h"
#include "diagnosis/findingtext.h"

#include <QtTest/QTest>

using namespace Vocabulary;

namespace {

CheckResult check(const QString &id, CheckStatus status, const QJsonObject &data = {},
                  std::optional<ResetOrigin> origin = std::nullopt)
{
    CheckResult c;
    c.id = id;
    c.status = status;
    c.summary = QStringLiteral("summary of %1").arg(id);
    c.data = data;
    c.resetOrigin = origin;
    return c;
}

QList<ProbeResult> probes(Outcome outcome, Phase phase, int count = 5)
{
    QList<ProbeResult> list;
    for (int i = 0; i < count; ++i) {
        ProbeResult p;
        p.id = i;
        p.outcome = outcome;
        p.phase = phase;
        list << p;
    }
    return list;
}

const QJsonObject blockedRefused{{QStringLiteral("target_port_blocked"), true}, {QStringLiteral("other_ports_open"), true},
                                 {QStringLiteral("target_refused"), true}};
const QJsonObject blockedDropped{{QStringLiteral("target_port_blocked"), true}, {QStringLiteral("other_ports_open"), true},
                                 {QStringLiteral("target_refused"), false}};

} // namespace

Q_DECLARE_METATYPE(QList<CheckResult>)

class tst_Diagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstFinding_data();
    void firstFinding();
    void everyFindingHasWordsAndSteps();
    void headlineNamesCauseAndFirstStep();
};

void tst_Diagnosis::firstFinding_data()
{
    QTest::addColumn<QList<CheckResult>>("checks");
    QTest::addColumn<QList<ProbeResult>>("probeResults");
    QTest::addColumn<FindingId>("expected");
    QTest::addColumn<Side>("side");

    const QList<ProbeResult> allOk = probes(Outcome::Ok, Phase::Done);
    QTest::newRow("everything works") << QList<CheckResult>{check("connectivity.interfaces", CheckStatus::Pass)} << allOk
                                      << FindingId::NoProblemFound << Side::TheServer;
    QTest::newRow("no interface up") << QList<CheckResult>{check("connectivity.interfaces", CheckStatus::Fail)} << probes(Outcome::Unreachable, Phase::Connect)
                                     << FindingId::NoConnectivity << Side::YourDevice;
    QTest::newRow("no default route") << QList<CheckResult>{check("connectivity.route", CheckStatus::Fail)} << QList<ProbeResult>{}
                                      << FindingId::NoConnectivity << Side::YourDevice;
    QTest::newRow("resolver broken") << QList<CheckResult>{check("connectivity.dns-resolution", CheckStatus::Fail, {{"reference_resolves", false}, {"target_resolves", false}})}
                                     << probes(Outcome::DnsFailure, Phase::Dns) << FindingId::DnsFailure << Side::YourNetwork;
    QTest::newRow("name does not exist") << QList<CheckResult>{check("connectivity.dns-resolution", CheckStatus::Fail, {{"reference_resolves", true}, {"target_resolves", false}})}
                                         << probes(Outcome::DnsFailure, Phase::Dns) << FindingId::DnsFailure << Side::TheServer;
    QTest::newRow("captive portal") << QList<CheckResult>{check("connectivity.captive-portal", CheckStatus::Fail)} << probes(Outcome::Reset, Phase::Receive)
                                    << FindingId::CaptivePortal << Side::YourNetwork;
    QTest::newRow("refusal near the client") << QList<CheckResult>{check("firewall.port-matrix", CheckStatus::Fail, blockedRefused, ResetOrigin::NearClient)}
                                             << probes(Outcome::Refused, Phase::Connect) << FindingId::FirewallBlock << Side::Firewall;
    QTest::newRow("refusal near the server") << QList<CheckResult>{check("firewall.port-matrix", CheckStatus::Fail, blockedRefused, ResetOrigin::NearServer)}
                                             << probes(Outcome::Refused, Phase::Connect) << FindingId::PortClosed << Side::TheServer;
    QTest::newRow("refusal of unknown origin") << QList<CheckResult>{check("firewall.port-matrix", CheckStatus::Fail, blockedRefused, ResetOrigin::Unknown)}
                                               << probes(Outcome::Refused, Phase::Connect) << FindingId::PortClosed << Side::TheServer;
    QTest::newRow("port silently dropped") << QList<CheckResult>{check("firewall.port-matrix", CheckStatus::Fail, blockedDropped, ResetOrigin::Unknown)}
                                           << probes(Outcome::Timeout, Phase::Connect) << FindingId::FirewallBlock << Side::Firewall;
    QTest::newRow("only refusals, no matrix") << QList<CheckResult>{} << probes(Outcome::Refused, Phase::Connect) << FindingId::PortClosed << Side::TheServer;
    QTest::newRow("proxy refuses") << QList<CheckResult>{check("proxy.comparison", CheckStatus::Fail)} << allOk << FindingId::ProxyInterference << Side::Proxy;
    QTest::newRow("mtu black hole") << QList<CheckResult>{check("vpn.path-mtu", CheckStatus::Fail)} << probes(Outcome::Timeout, Phase::Send) << FindingId::VpnInterference << Side::Vpn;
    QTest::newRow("reset after idle") << QList<CheckResult>{check("experiments.idle-timeout", CheckStatus::Fail, {{"idle_timeout_ms", 60000}, {"end", "reset"}, {"immediate", false}, {"keepalive_interval_s", 30}})}
                                      << allOk << FindingId::IdleTimeout << Side::TheServer;
    QTest::newRow("silent drop after idle") << QList<CheckResult>{check("experiments.idle-timeout", CheckStatus::Fail, {{"idle_timeout_ms", 300000}, {"end", "silent-drop"}, {"immediate", false}})}
                                            << allOk << FindingId::IdleTimeout << Side::YourNetwork;
    QTest::newRow("reset at once is not an idle timeout") << QList<CheckResult>{check("experiments.idle-timeout", CheckStatus::Fail, {{"idle_timeout_ms", 2}, {"end", "reset"}, {"immediate", true}})}
                                                          << probes(Outcome::Reset, Phase::Receive) << FindingId::ApplicationReset << Side::TheServer;
    QTest::newRow("upload limit") << QList<CheckResult>{check("experiments.payload-limit", CheckStatus::Fail, {{"payload_limit_bytes", 1048576}})}
                                  << allOk << FindingId::PayloadLimit << Side::TheServer;
    QTest::newRow("resets grow with load") << QList<CheckResult>{check("experiments.intermittent-resets", CheckStatus::Fail, {{"pattern", "grows-with-load"}})}
                                           << allOk << FindingId::ServerOverload << Side::TheServer;
    QTest::newRow("resets at random") << QList<CheckResult>{check("experiments.intermittent-resets", CheckStatus::Fail, {{"pattern", "random"}})}
                                      << allOk << FindingId::NetworkInterruption << Side::YourNetwork;
    QTest::newRow("name filtered in TLS") << QList<CheckResult>{check("experiments.tls-sni", CheckStatus::Fail, {{"name_filtered", true}})}
                                          << probes(Outcome::Reset, Phase::Tls) << FindingId::TlsInterference << Side::Firewall;
    QTest::newRow("no experiment, resets after the request") << QList<CheckResult>{} << probes(Outcome::Reset, Phase::Receive)
                                                             << FindingId::ApplicationReset << Side::TheServer;
    QTest::newRow("random resets blur an upload limit") << QList<CheckResult>{check("experiments.payload-limit", CheckStatus::Fail, {{"payload_limit_bytes", 1048576}}),
                                                                              check("experiments.intermittent-resets", CheckStatus::Fail, {{"pattern", "grows-with-load"}})}
                                                        << allOk << FindingId::ServerOverload << Side::TheServer;
    QTest::newRow("the monitor saw bursts") << QList<CheckResult>{check("monitor.patterns", CheckStatus::Warn, {{"bursts", 2}, {"resets", 14}})}
                                            << allOk << FindingId::ServerOverload << Side::TheServer;
    QTest::newRow("the monitor saw resets on a timer") << QList<CheckResult>{check("monitor.patterns", CheckStatus::Warn, {{"periodic", true}, {"resets", 6}})}
                                                       << allOk << FindingId::NetworkInterruption << Side::YourNetwork;
    QTest::newRow("an orderly close alone is no finding") << QList<CheckResult>{} << probes(Outcome::Closed, Phase::Receive)
                                                          << FindingId::NoProblemFound << Side::TheServer;
}

void tst_Diagnosis::firstFinding()
{
    QFETCH(QList<CheckResult>, checks);
    QFETCH(QList<ProbeResult>, probeResults);
    Diagnosis::Evidence evidence;
    for (const CheckResult &c : checks)
        evidence.checks.insert(c.id, c);
    evidence.probes = probeResults;
    const QList<Finding> findings = Diagnosis::diagnose(evidence);
    QVERIFY(!findings.isEmpty());
    QTEST(findings.constFirst().id, "expected");
    QTEST(findings.constFirst().side, "side");
    for (qsizetype i = 1; i < findings.size(); ++i)
        QVERIFY(findings.at(i - 1).confidence >= findings.at(i).confidence);
}

void tst_Diagnosis::everyFindingHasWordsAndSteps()
{
    for (FindingId id : allFindingIds()) {
        Finding f;
        f.id = id;
        f.data = {{"idle_timeout_ms", 60000}, {"keepalive_interval_s", 30}, {"end", "reset"}, {"payload_limit_bytes", 1048576}};
        FindingText::fill(&f);
        QVERIFY2(!f.title.isEmpty() && !f.explanation.isEmpty(), qPrintable(wireName(id)));
        QVERIFY2(!f.userSteps.isEmpty() && !f.adminSteps.isEmpty(), qPrintable(wireName(id)));
        // The user's words are free of jargon; the administrator's may not be.
        for (const QString &text : QStringList{f.title, f.explanation} + f.userSteps) {
            for (const char *jargon : {"RST", "SYN", "MTU", "TCP", "errno", "socket"})
                QVERIFY2(!text.contains(QLatin1String(jargon)), qPrintable(wireName(id) + QStringLiteral(": ") + text));
        }
    }
}

void tst_Diagnosis::headlineNamesCauseAndFirstStep()
{
    Diagnosis::Evidence evidence;
    CheckResult limit = check("experiments.payload-limit", CheckStatus::Fail, {{"payload_limit_bytes", 1048576}});
    evidence.checks.insert(limit.id, limit);
    const QList<Finding> findings = Diagnosis::diagnose(evidence);
    const QString headline = Diagnosis::headline(findings);
    QVERIFY(headline.contains(findings.constFirst().title));
    QVERIFY(headline.contains(findings.constFirst().userSteps.constFirst()));
}

QTEST_GUILESS_MAIN(tst_Diagnosis)
#include "tst_diagnosis.moc"
