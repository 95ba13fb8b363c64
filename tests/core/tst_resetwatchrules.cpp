// The diagnosis's rules over the reset watch's log: each row a log a user's
// computer could produce, the finding it must lead to (or none), and the
// words' claim: "each" only when every reset fit.

#include "diagnosis/diagnosis.h"
#include "diagnosis/resetwatchrules.h"
#include "i18n/translations.h"

#include <QtTest/QTest>

using Vocabulary::FindingId;
using Vocabulary::ResetSender;

namespace {

struct Spec
{
    QString program;
    QString remote;
    ResetSender sender;
    int senderHops;
    qint64 idleMs;
    qint64 atMs;
    QString state = QStringLiteral("established");
    QString kernelReason = QString(); // set: a reset this computer sent, for that reason
};

QList<ResetEvent> events(const QList<Spec> &specs)
{
    QList<ResetEvent> list;
    for (const Spec &s : specs) {
        ResetEvent e;
        e.atMs = s.atMs;
        e.direction = Vocabulary::ResetDirection::Received;
        e.local = QStringLiteral("192.0.2.10:50000");
        e.remote = s.remote;
        e.program = s.program;
        e.sender = s.sender;
        e.senderHops = s.senderHops;
        e.serverHops = 4;
        e.idleMs = s.idleMs;
        e.tcpState = s.state;
        if (!s.kernelReason.isEmpty()) {
            e.direction = Vocabulary::ResetDirection::Sent;
            e.kernelReason = s.kernelReason;
            e.pid = 7000;
        }
        list << e;
    }
    return list;
}

QList<Spec> repeated(int n, const Spec &spec, qint64 stepMs = 60000, qint64 idleJitterMs = 0)
{
    QList<Spec> specs;
    for (int i = 0; i < n; ++i) {
        Spec s = spec;
        s.atMs = spec.atMs + i * stepMs;
        s.idleMs = spec.idleMs < 0 ? -1 : spec.idleMs + (i % 2 ? idleJitterMs : -idleJitterMs);
        specs << s;
    }
    return specs;
}

const qint64 T0 = 1796000000000;
const QString Mail = QStringLiteral("198.51.100.7:993");

} // namespace

class tst_ResetWatchRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_translations.use(QStringLiteral("en")); } // English plural forms
    void topFinding_data();
    void topFinding();

private:
    Translations m_translations;
};

void tst_ResetWatchRules::topFinding_data()
{
    QTest::addColumn<QList<ResetEvent>>("resets");
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<bool>("allThroughVpn");
    QTest::addColumn<FindingId>("expected");
    QTest::addColumn<QString>("wording");

    QTest::newRow("the same 4 minutes of quiet, from a device 3 hops away")
        << events(repeated(14, {QStringLiteral("thunderbird"), Mail, ResetSender::Middlebox, 3, 240000, T0}, 600000, 3000))
        << QString() << false << FindingId::IdleTimeout << "each after";
    QList<Spec> mostly = repeated(9, {QStringLiteral("thunderbird"), Mail, ResetSender::Server, -1, 240000, T0}, 600000);
    mostly << Spec{QStringLiteral("thunderbird"), Mail, ResetSender::Server, -1, 5000, T0 + 9 * 600000};
    QTest::newRow("nine of ten after the same quiet: not 'each'") << events(mostly) << QString() << false << FindingId::IdleTimeout << "9 of them";
    QTest::newRow("quiet times all over the place: no timeout")
        << events({{QStringLiteral("curl"), Mail, ResetSender::Unknown, -1, 2000, T0},
                   {QStringLiteral("curl"), Mail, ResetSender::Unknown, -1, 90000, T0 + 100000},
                   {QStringLiteral("curl"), Mail, ResetSender::Unknown, -1, 30000, T0 + 200000}})
        << QString() << false << FindingId::NoProblemFound << "";
    QTest::newRow("a device on the way, connections in use")
        << events(repeated(6, {QStringLiteral("java"), QStringLiteral("203.0.113.5:443"), ResetSender::Middlebox, 2, 0, T0}))
        << QString() << false << FindingId::FirewallBlock << "2 hop";
    QList<Spec> everywhere;
    for (int i = 0; i < 8; ++i)
        everywhere << Spec{QStringLiteral("firefox"), QStringLiteral("203.0.113.%1:443").arg(10 + i % 6), ResetSender::Unknown, -1, 0, T0 + i * 500};
    QTest::newRow("many servers at the same moment") << events(everywhere) << QString() << false << FindingId::NetworkInterruption
                                                     << "6 different servers";
    QTest::newRow("three servers in five seconds are not a network failure")
        << events({{QStringLiteral("firefox"), QStringLiteral("203.0.113.5:443"), ResetSender::Unknown, -1, 0, T0},
                   {QStringLiteral("thunderbird"), Mail, ResetSender::Unknown, -1, 0, T0 + 800},
                   {QStringLiteral("ssh"), QStringLiteral("192.0.2.99:22"), ResetSender::Unknown, -1, 0, T0 + 1500}})
        << QString() << false << FindingId::NoProblemFound << "";
    QTest::newRow("the server itself, in use")
        << events(repeated(5, {QStringLiteral("curl"), QStringLiteral("203.0.113.9:80"), ResetSender::Server, 4, 0, T0}))
        << QString() << false << FindingId::ApplicationReset << "Each of the 5 resets";
    QTest::newRow("only connections to the proxy")
        << events(repeated(4, {QStringLiteral("firefox"), QStringLiteral("10.1.1.1:3128"), ResetSender::Unknown, -1, 0, T0}))
        << QStringLiteral("http://10.1.1.1:3128") << false << FindingId::ProxyInterference << "proxy server (10.1.1.1)";
    QTest::newRow("through the VPN, from devices on the way")
        << events(repeated(4, {QStringLiteral("teams"), QStringLiteral("203.0.113.5:443"), ResetSender::Middlebox, 5, 0, T0}))
        << QString() << true << FindingId::VpnInterference << "through the VPN";
    const QString established = QStringLiteral("established");
    QTest::newRow("a program closes its own connections with data unread")
        << events(repeated(4, {QStringLiteral("python3"), QStringLiteral("203.0.113.9:80"), ResetSender::Local, 0, 0, T0, established,
                               QStringLiteral("TCP_ABORT_ON_CLOSE")}))
        << QString() << false << FindingId::ApplicationReset << "the program closed the connection with data still unread (TCP_ABORT_ON_CLOSE)";
    QTest::newRow("nothing listens on a port here: not a program's doing")
        << events(repeated(4, {QString(), QStringLiteral("203.0.113.9:51000"), ResetSender::Local, 0, 0, T0, QStringLiteral("unknown"),
                               QStringLiteral("NO_SOCKET")}))
        << QString() << false << FindingId::NoProblemFound << "";
    QTest::newRow("two resets are not a pattern")
        << events(repeated(2, {QStringLiteral("curl"), QStringLiteral("203.0.113.9:80"), ResetSender::Middlebox, 1, 240000, T0}))
        << QString() << false << FindingId::NoProblemFound << "";
}

void tst_ResetWatchRules::topFinding()
{
    QFETCH(QList<ResetEvent>, resets);
    QFETCH(QString, proxy);
    QFETCH(bool, allThroughVpn);
    QFETCH(FindingId, expected);
    QFETCH(QString, wording);

    Diagnosis::Evidence e;
    e.resets = resets;
    if (!proxy.isEmpty()) {
        CheckResult c;
        c.id = QStringLiteral("proxy.settings");
        c.data.insert(QStringLiteral("proxy"), proxy);
        e.checks.insert(c.id, c);
    }
    if (allThroughVpn) {
        CheckResult c;
        c.id = QStringLiteral("vpn.interfaces");
        c.data.insert(QStringLiteral("default_route_through_vpn"), true);
        e.checks.insert(c.id, c);
    }
    const QList<Finding> findings = Diagnosis::diagnose(e);
    QVERIFY(!findings.isEmpty());
    const Finding &top = findings.constFirst();
    QVERIFY2(top.id == expected, qPrintable(Vocabulary::wireName(top.id) + QLatin1String(": ") + top.evidence.join(QLatin1String(" | "))));
    // A program's own resets point at this computer, not the network.
    if (resets.value(0).direction == Vocabulary::ResetDirection::Sent && expected == FindingId::ApplicationReset)
        QCOMPARE(top.side, Vocabulary::Side::YourDevice);
    const QString said = top.evidence.join(QLatin1Char(' '));
    if (!wording.isEmpty()) // no-problem-found: its own words
        QVERIFY2(said.contains(wording), qPrintable(said));
    if (expected == FindingId::IdleTimeout) {
        QVERIFY(qAbs(top.data.value(QLatin1String("idle_timeout_ms")).toDouble() - 240000) <= 240000 * 0.05);
        // "each" only where each one did.
        QCOMPARE(said.contains(QLatin1String("each after")), wording == QLatin1String("each after"));
    }
    // No two findings name the same cause.
    QSet<FindingId> ids;
    for (const Finding &f : findings) {
        QVERIFY(!ids.contains(f.id));
        ids.insert(f.id);
    }
}

QTEST_GUILESS_MAIN(tst_ResetWatchRules)
#include "tst_resetwatchrules.moc"
