// Peers that never let a connection finish — one byte a second, or nothing
// at all after accepting — through the command line as a user runs it. Each probe must end within its total
// deadline plus a second, with an outcome that says what happened, in
// bounded memory; and a run stopped meanwhile must not claim that every
// connection worked.

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <signal.h>

namespace {

// The highest resident memory a process reached (VmHWM), in KiB.
qint64 peakKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class tst_HostilePeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyProbeEndsInTime_data();
    void everyProbeEndsInTime();
    void aStoppedRunDoesNotClaimSuccess();

private:
    quint16 startPeer(const QString &mode);

    QString m_executable;
    QTemporaryDir m_dir;
    QProcess m_peer;
};

void tst_HostilePeers::initTestCase()
{
    m_executable = qEnvironmentVariable("CDOC_EXECUTABLE");
    QVERIFY(QFile::exists(m_executable));
}

void tst_HostilePeers::cleanup()
{
    m_peer.kill();
    m_peer.waitForFinished(5000);
}

quint16 tst_HostilePeers::startPeer(const QString &mode)
{
    m_peer.start(QStringLiteral("python3"), {QFINDTESTDATA("hostile/hostilepeer.py"), mode});
    if (!m_peer.waitForStarted(5000) || !m_peer.waitForReadyRead(5000))
        return 0;
    return quint16(m_peer.readLine().trimmed().split(' ').value(1).toUInt());
}

void tst_HostilePeers::everyProbeEndsInTime_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("detail");
    // Each byte comes within the step's bound, so only the total deadline ends it.
    QTest::newRow("one byte a second") << "trickle" << 3000 << "timeout" << "receive" << "kept sending";
    QTest::newRow("accepts and never answers") << "hang" << 1000 << "timeout" << "receive" << "Nothing happened";
}

void tst_HostilePeers::everyProbeEndsInTime()
{
    QFETCH(QString, mode);
    QFETCH(int, timeoutMs);
    QFETCH(QString, outcome);
    QFETCH(QString, phase);
    QFETCH(QString, detail);
    const quint16 port = startPeer(mode);
    QVERIFY(port != 0);
    // The whole probe may take five steps at their bound.
    const int TimeoutMs = timeoutMs;
    const int DeadlineMs = 5 * TimeoutMs;
    const QString json = m_dir.filePath(mode + QStringLiteral(".json"));
    QProcess app;
    QElapsedTimer clock;
    clock.start();
    app.start(m_executable, {QStringLiteral("--headless"), QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(port),
                             QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--timeout"), QString::number(TimeoutMs),
                             QStringLiteral("--json"), json});
    QVERIFY(app.waitForStarted(5000));
    qint64 peak = 0;
    while (!app.waitForFinished(100) && clock.elapsed() < DeadlineMs + 10000)
        peak = qMax(peak, peakKiB(app.processId()));
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(app.state() == QProcess::NotRunning, "the probe did not end");
    QVERIFY2(elapsed <= DeadlineMs + 1000 + 1000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed))); // + start-up
    QVERIFY2(peak < 200 * 1024, qPrintable(QStringLiteral("%1 KiB").arg(peak)));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray probes = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("probes")).toArray();
    QCOMPARE(probes.size(), 1);
    const QJsonObject p = probes.at(0).toObject();
    QCOMPARE(p.value(QLatin1String("outcome")).toString(), outcome);
    QCOMPARE(p.value(QLatin1String("phase")).toString(), phase);
    QVERIFY2(p.value(QLatin1String("detail")).toString().contains(detail), qPrintable(p.value(QLatin1String("detail")).toString()));
}

void tst_HostilePeers::aStoppedRunDoesNotClaimSuccess()
{
    const quint16 port = startPeer(QStringLiteral("trickle"));
    QVERIFY(port != 0);
    QProcess app;
    app.start(m_executable, {QStringLiteral("--headless"), QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(port),
                             QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--timeout"), QStringLiteral("3000")});
    QVERIFY(app.waitForStarted(5000));
    QTest::qWait(1500); // the first probe is being trickled to
    ::kill(pid_t(app.processId()), SIGINT);
    QVERIFY(app.waitForFinished(10000));
    const QString said = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(!said.contains(QLatin1String("Every connection worked")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("Stopped before the end")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("No connection finished before the stop")), qPrintable(said));
}

QTEST_GUILESS_MAIN(tst_HostilePeers)
#include "tst_hostilepeers.moc"
