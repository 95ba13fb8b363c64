// The wizard as a user walks it, against peers that never let a connection
// end well (the same peers as tst_hostilepeers: one byte a second, a 1 GiB
// header line, an endless body, binary junk, accept-and-hang, an RST in the
// TLS handshake, a proxy that answers CONNECT with junk or not at all).
// Every page's checks, the deeper tests and the monitor must end, every
// probe within its total deadline plus a second, and the app must stay
// under 200 MB.

#include "checks/checkcontext.h"
#include "hostilepeer.h"
#include "lab/faultlab.h"
#include "labcontext.h"
#include "processstatus.h"
#include "profile/profile.h"
#include "session/diagnosissession.h"
#include "wizard/diagnosiswizard.h"
#include "wizard/pageid.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMutex>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

namespace {

[[maybe_unused]] constexpr qint64 MemoryBoundKiB = 200 * 1024; // not checked under ASan
constexpr int TimeoutMs = 1000;
constexpr int BudgetSeconds = 20; // the shortest a profile may set

// The probes' own log lines (cdoc.probe), from whichever thread ran them.
QMutex probeLogMutex;
QStringList probeLog;
QtMessageHandler previousHandler = nullptr;

void keepProbeLines(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("probe ended:"))) {
        QMutexLocker lock(&probeLogMutex);
        probeLog.append(message);
        return;
    }
    previousHandler(type, context, message);
}

QStringList takeProbeLog()
{
    QMutexLocker lock(&probeLogMutex);
    return std::exchange(probeLog, {});
}

} // namespace

class tst_HostileWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    // Two halves, so that ctest can run them side by side.
    void peersThatKeepSending_data();
    void peersThatKeepSending() { everyPageEndsInTime(); }
    void peersThatCutOffOrHang_data();
    void peersThatCutOffOrHang() { everyPageEndsInTime(); }

private:
    void addColumns();
    void everyPageEndsInTime();
    quint16 startPeer(HostilePeer *peer, const QString &mode);
    void next(DiagnosisWizard &wizard);

    FaultLab m_lab;
    QTemporaryDir m_config;
    HostilePeer m_peer;
    HostilePeer m_secondPeer;
};

void tst_HostileWizard::initTestCase()
{
    QVERIFY2(m_lab.start(), qPrintable(m_lab.errorString()));
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    qputenv("XDG_DATA_HOME", m_config.filePath(QStringLiteral("data")).toUtf8());
    QLoggingCategory::setFilterRules(QStringLiteral("cdoc.probe.debug=true"));
    previousHandler = qInstallMessageHandler(keepProbeLines);
}

void tst_HostileWizard::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void tst_HostileWizard::cleanup()
{
    m_peer.stop();
    m_secondPeer.stop();
}

quint16 tst_HostileWizard::startPeer(HostilePeer *peer, const QString &mode)
{
    return peer->start(QFINDTESTDATA("../integration/hostile/hostilepeer.py"), mode);
}

void tst_HostileWizard::next(DiagnosisWizard &wizard)
{
    QAbstractButton *nextButton = wizard.button(QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton->isEnabled(), 60000);
    QTest::mouseClick(nextButton, Qt::LeftButton);
}

void tst_HostileWizard::addColumns()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("target"); // %1: the peer's port
    QTest::addColumn<bool>("viaProxy");  // the peer is the proxy; the service hangs
}

void tst_HostileWizard::peersThatKeepSending_data()
{
    addColumns();
    const QString plain = QStringLiteral("127.0.0.1:%1");
    QTest::newRow("one byte a second") << "trickle" << plain << false;
    QTest::newRow("a 1 GiB header line") << "endless-header" << plain << false;
    QTest::newRow("an endless body") << "endless-body" << plain << false;
    QTest::newRow("binary junk") << "junk" << plain << false;
    QTest::newRow("a greeting, then a flood") << "greeting-flood" << QStringLiteral("ssh://127.0.0.1:%1") << false;
}

void tst_HostileWizard::peersThatCutOffOrHang_data()
{
    addColumns();
    const QString plain = QStringLiteral("127.0.0.1:%1");
    QTest::newRow("accepts and never answers") << "hang" << plain << false;
    QTest::newRow("a reset in the TLS handshake") << "tls-reset" << QStringLiteral("https://127.0.0.1:%1/") << false;
    QTest::newRow("a proxy that answers CONNECT with junk") << "proxy-junk" << plain << true;
    QTest::newRow("a proxy that never answers") << "proxy-hang" << plain << true;
}

void tst_HostileWizard::everyPageEndsInTime()
{
    QFETCH(QString, mode);
    QFETCH(QString, target);
    QFETCH(bool, viaProxy);
    const quint16 peerPort = startPeer(&m_peer, mode);
    QVERIFY(peerPort != 0);
    CheckContext context = labCheckContext(m_lab);
    context.probeTimeoutMs = TimeoutMs;
    quint16 servicePort = peerPort;
    if (viaProxy) {
        servicePort = startPeer(&m_secondPeer, QStringLiteral("hang"));
        QVERIFY(servicePort != 0);
        context.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), peerPort);
    }
    // Peak memory from here on (writing 5 to clear_refs resets VmHWM).
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    QVERIFY(clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1);
    clearRefs.close();
    takeProbeLog();

    DiagnosisSession session;
    session.setContext(context);
    DiagnosisWizard wizard(&session);
    Profile profile; // as a helpdesk's profile sets it: short deeper tests
    profile.budgetSeconds = BudgetSeconds;
    wizard.setProfile(profile);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("targetEdit")), target.arg(servicePort));
    next(wizard);
    // Each page's checks end within the step budget, plus a second.
    const qint64 pageBoundMs = session.context().checkBudgetMs + 1000;
    QElapsedTimer clock;
    for (int page = 0; page < 4; ++page) { // connection, firewall, VPN, proxy
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), pageBoundMs + 30000);
        QVERIFY2(clock.elapsed() <= pageBoundMs, qPrintable(QStringLiteral("page %1 took %2 ms").arg(page + 2).arg(clock.elapsed())));
        next(wizard);
    }
    QCOMPARE(wizard.currentId(), int(PageId::DeeperTests));
    clock.start();
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QVERIFY(session.isRunning());
    // The whole group is bounded by its budget; a probe still running then
    // is stopped with it. A second for the rest.
    const qint64 experimentsBoundMs = BudgetSeconds * 1000 + 1000;
    QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), experimentsBoundMs + 30000);
    QVERIFY2(clock.elapsed() <= experimentsBoundMs, qPrintable(QStringLiteral("deeper tests took %1 ms").arg(clock.elapsed())));
    next(wizard);
    QCOMPARE(wizard.currentId(), int(PageId::Monitor));
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("watchButton")), Qt::LeftButton);
    QVERIFY(session.monitor().isRunning());
    QTest::qWait(3000);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(PageId::Results));
    clock.restart();
    session.monitor().stop();
    QVERIFY(!session.monitor().isRunning());
    QVERIFY(clock.elapsed() < 1000); // stopping does not wait for a peer
    QTest::qWait(6 * TimeoutMs);   // the monitor's last probes end, and log
    // A result is shown, whatever it is.
    QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("headline"))->text().isEmpty());

#ifndef CDOC_UNDER_SANITIZER // ASan's quarantine keeps freed memory resident
    const qint64 peak = ProcessStatus::kib("VmHWM");
    QVERIFY2(peak > 0 && peak < MemoryBoundKiB, qPrintable(QStringLiteral("%1 KiB at the most").arg(peak)));
#endif
    static const QRegularExpression line(QStringLiteral("after (\\d+) ms of (\\d+) ms allowed"));
    const QStringList probes = takeProbeLog();
    QVERIFY(probes.size() > 10);
    for (const QString &p : probes) {
        const QRegularExpressionMatch m = line.match(p);
        QVERIFY2(m.hasMatch(), qPrintable(p));
        QVERIFY2(m.captured(1).toLongLong() <= m.captured(2).toLongLong() + 1000, qPrintable(p));
    }
}

QTEST_MAIN(tst_HostileWizard)
#include "tst_hostilewizard.moc"
