// The monitor's "All programs" view opening on the background watch's log:
// a log directory written as the helper writes it (docs/reset-watch.md),
// read through the page in the last hour, day or week; the plain sentence
// where there is no log; and the "Keep watching in the background" switch,
// run against stand-in systemctl programs. With CDOC_SCREENSHOT_DIR set
// (scripts/screenshots.sh), saves the page.

#include "standinprogram.h"

#include "chart/programresetsview.h"
#include "chart/resetrowsmodel.h"
#include "i18n/translations.h"
#include "resetwatch/resetwording.h"
#include "session/diagnosissession.h"
#include "wizard/diagnosiswizard.h"
#include "wizard/pageid.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTableView>

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

QString fileName(qint64 startMs)
{
    return QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).toString(QStringLiteral("'resets-'yyyyMMdd'T'HHmmss'Z.jsonl'"));
}

QByteArray hello(qint64 startedMs)
{
    return QStringLiteral(R"({"type":"hello","version":1,"kernel_events":true,"kernel_why_not":"","packet_capture":true,)"
                          R"("capture_why_not":"","pid":811,"mode":"background","started_ms":%1})")
        .arg(startedMs)
        .toUtf8();
}

// A received reset, with the RST's TTL against the server's SYN-ACK's: 52
// against 52 is the server; 61 against 52 a device 4 hops away (docs/reset-watch.md).
QByteArray reset(qint64 atMs, const QString &program, int port, const QString &remote, const QString &name, int rstTtl, qint64 idleMs)
{
    const QString names = name.isEmpty() ? QString() : QStringLiteral(R"("remote_name":"%1","remote_name_from":"tls",)").arg(name);
    return QStringLiteral(R"({"type":"reset","at_ms":%1,"direction":"received","local":"192.168.1.23:%2","remote":"%3",%4)"
                          R"("tcp_state":"established","pid":%5,"program":"%6","exe":"/usr/bin/%6","owner":"connect",)"
                          R"("capture":true,"packet":{"ttl":%7,"ip_id":%8,"df":false,"window":0,"ack":false,"seq_expected":true,)"
                          R"("timestamps":false,"payload_bytes":0,"text":"","at_ms":%1},)"
                          R"("peer":{"syn_ttl":52,"ttl_min":52,"ttl_max":52,"packets":40,"ip_id_zero":false,"df":true,"timestamps":true},)"
                          R"("host_ttl":52,"idle_ms":%9,"burst":1,"burst_seq_varied":false})")
        .arg(atMs)
        .arg(port)
        .arg(remote, names)
        .arg(3000 + port % 100)
        .arg(program)
        .arg(rstTtl)
        .arg(rstTtl == 52 ? 4711 : 0)
        .arg(idleMs)
        .toUtf8();
}

QByteArray stats(qint64 atMs)
{
    return QStringLiteral(R"({"type":"stats","at_ms":%1,"kernel_lost":0,"packets_dropped":0,"resets":0,"sockets":41,"flows":12,)"
                          R"("log_dropped":0,"log_removed_files":0})")
        .arg(atMs)
        .toUtf8();
}

} // namespace

class tst_ResetHistoryUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensOnTheLog_data();
    void opensOnTheLog();
    void withoutALogItSaysWhyAndHow_data();
    void withoutALogItSaysWhyAndHow();
    void theBackgroundSwitch_data();
    void theBackgroundSwitch();

private:
    void writeLog(const QString &dir);
    void showAllPrograms(DiagnosisWizard &wizard);
    void screenshot(QWidget &window, const QString &name);

    QTemporaryDir m_config;
    QTemporaryDir m_log;
    Translations m_translations;
};

void tst_ResetHistoryUi::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    qputenv("XDG_DATA_HOME", m_config.filePath(QStringLiteral("data")).toUtf8());
    // The live watch without its helper: only the system's counters, so
    // what the view shows of programs comes from the log alone.
    qputenv("CDOC_RESET_HELPER", "/nonexistent/cdoc-reset-helper");
    m_translations.use(qEnvironmentVariableIsSet("CDOC_SCREENSHOT_LANG") ? qEnvironmentVariable("CDOC_SCREENSHOT_LANG")
                                                                         : QStringLiteral("en"));
    writeLog(m_log.path());
}

// Three days of a laptop's log: firefox cut off by a device 4 hops away
// after 5 minutes of quiet (in the last hour and before), curl reset by its
// server (today), ssh to an address whose name nobody asked (2 days ago).
void tst_ResetHistoryUi::writeLog(const QString &dir)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day0 = now - 3 * 24 * Hour;
    const qint64 day2 = now - 20 * Hour;
    const QString web = QStringLiteral("203.0.113.10:443");
    const QString api = QStringLiteral("198.51.100.7:443");
    const QString ssh = QStringLiteral("192.0.2.20:22");
    QByteArray first = hello(day0) + '\n';
    for (int i = 0; i < 3; ++i)
        first += reset(now - 50 * Hour + i * 7 * Minute, QStringLiteral("ssh"), 41000 + i, ssh, QString(), 61, 900000) + '\n';
    first += stats(now - 49 * Hour) + '\n';
    QByteArray second = hello(day2) + '\n';
    for (int i = 0; i < 6; ++i)
        second += reset(now - 18 * Hour + i * 40 * Minute, QStringLiteral("firefox"), 50000 + i, web, QStringLiteral("web.example.test"), 61,
                        300000)
            + '\n';
    for (int i = 0; i < 4; ++i)
        second += reset(now - 5 * Hour + i * 13 * Minute, QStringLiteral("curl"), 52000 + i, api, QStringLiteral("api.example.test"), 52, 40)
            + '\n';
    for (int i = 0; i < 2; ++i)
        second += reset(now - 40 * Minute + i * 11 * Minute, QStringLiteral("firefox"), 53000 + i, web, QStringLiteral("web.example.test"),
                        61, 300000)
            + '\n';
    second += stats(now - 10 * Minute) + '\n';
    second += R"({"type":"reset","at_ms":)"; // torn by a power cut
    for (const auto &[start, bytes] : {std::pair{day0, first}, std::pair{day2, second}}) {
        QFile file(QDir(dir).filePath(fileName(start)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
}

void tst_ResetHistoryUi::showAllPrograms(DiagnosisWizard &wizard)
{
    wizard.resize(960, 760);
    wizard.show();
    wizard.setStartId(PageId::Monitor);
    wizard.restart();
    QCOMPARE(wizard.currentId(), int(PageId::Monitor));
    wizard.findChild<QComboBox *>(QStringLiteral("viewChoice"))->setCurrentIndex(1); // "All programs on this computer"
}

void tst_ResetHistoryUi::screenshot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("CDOC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(300);
    QVERIFY(window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void tst_ResetHistoryUi::opensOnTheLog_data()
{
    QTest::addColumn<int>("window"); // -1: as it opens
    QTest::addColumn<int>("resets");
    QTest::addColumn<QStringList>("programs"); // the table's rows, most resets first

    QTest::newRow("it opens on the last 24 hours") << -1 << 12 << QStringList{QStringLiteral("firefox"), QStringLiteral("curl")};
    QTest::newRow("the last hour") << 0 << 2 << QStringList{QStringLiteral("firefox")};
    QTest::newRow("the last 7 days") << 2 << 15
                                     << QStringList{QStringLiteral("firefox"), QStringLiteral("curl"), QStringLiteral("ssh")};
}

void tst_ResetHistoryUi::opensOnTheLog()
{
    QFETCH(int, window);
    QFETCH(int, resets);
    QFETCH(QStringList, programs);
    DiagnosisSession session;
    session.setHistoryDirectory(m_log.path());
    session.backgroundWatch().setTools({}); // no systemd: nothing asked of this system
    DiagnosisWizard wizard(&session);
    showAllPrograms(wizard);
    auto *choice = wizard.findChild<QComboBox *>(QStringLiteral("historyWindowChoice"));
    QVERIFY(choice->isVisible());
    QVERIFY(!wizard.findChild<QComboBox *>(QStringLiteral("windowChoice"))->isVisible());
    QCOMPARE(choice->currentIndex(), 1);
    QTRY_COMPARE(session.resetHistory().status(), ResetHistory::Status::Read);
    if (window >= 0 && window != choice->currentIndex()) {
        const qint64 before = session.resetHistory().sinceMs();
        choice->setCurrentIndex(window);
        QTRY_VERIFY(session.resetHistory().sinceMs() != before);
    }

    auto *programsView = wizard.findChild<ProgramResetsView *>(QStringLiteral("programResets"));
    QTRY_COMPARE(wizard.findChild<QStackedWidget *>()->currentWidget(), static_cast<QWidget *>(programsView));
    QTableView *table = programsView->table();
    QTRY_COMPARE(table->model()->rowCount(), programs.size());
    auto cell = [table](int row, int column) { return table->model()->index(row, column).data().toString(); };
    int total = 0;
    for (int row = 0; row < programs.size(); ++row) {
        QCOMPARE(cell(row, ResetRowsModel::Program), programs.at(row));
        total += cell(row, ResetRowsModel::Resets).toInt();
    }
    QCOMPARE(total, resets);
    // The server as people know it, its address beside the name.
    QCOMPARE(cell(0, ResetRowsModel::Server), ResetWording::serverText(QStringLiteral("web.example.test"), QStringLiteral("203.0.113.10")));
    QCOMPARE(cell(0, ResetRowsModel::Sender), ResetWording::senderText(Vocabulary::ResetSender::Middlebox, 4));
    if (programs.contains(QLatin1String("ssh")))
        QCOMPARE(cell(programs.indexOf(QLatin1String("ssh")), ResetRowsModel::Server), QStringLiteral("192.0.2.20"));
    // The chart: one line per program and server, named "program → server".
    QStringList lines;
    for (QAbstractSeries *s : programsView->chartView()->chart()->series()) {
        if (s->type() == QAbstractSeries::SeriesTypeLine)
            lines << s->name();
    }
    QCOMPARE(lines.size(), programs.size());
    QVERIFY2(lines.contains(QStringLiteral("firefox → web.example.test (203.0.113.10)")), qPrintable(lines.join(QLatin1String(" | "))));
    // What the log covers, in words: its resets, and the torn line.
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("historyStatus"));
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), ResetHistory::summary(session.resetHistory().watchInfo(), resets));
    if (qEnvironmentVariableIsEmpty("CDOC_SCREENSHOT_LANG")) {
        QVERIFY2(status->text().contains(QStringLiteral("It holds %1 resets").arg(resets)), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QLatin1String("1 line of the log could not be read")), qPrintable(status->text()));
    }
    if (window < 0)
        screenshot(wizard, QStringLiteral("reset-history-7-last-24-hours"));
    else if (window == 2)
        screenshot(wizard, QStringLiteral("reset-history-7-last-7-days"));
}

void tst_ResetHistoryUi::withoutALogItSaysWhyAndHow_data()
{
    QTest::addColumn<QString>("directory");
    QTest::addColumn<QStringList>("says");

    QTest::newRow("no directory: the background watch has not run")
        << QStringLiteral("missing") << QStringList{QStringLiteral("has not run"), QStringLiteral("Keep watching in the background")};
    QTest::newRow("a file, not a directory") << QStringLiteral("a-file") << QStringList{QStringLiteral("is not a directory")};
    QTest::newRow("a directory without a log yet")
        << QStringLiteral("empty") << QStringList{QStringLiteral("no log"), QStringLiteral("Keep watching in the background")};
}

void tst_ResetHistoryUi::withoutALogItSaysWhyAndHow()
{
    QFETCH(QString, directory);
    QFETCH(QStringList, says);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("empty")));
    QFile file(dir.filePath(QStringLiteral("a-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    DiagnosisSession session;
    session.setHistoryDirectory(dir.filePath(directory));
    session.backgroundWatch().setTools({});
    DiagnosisWizard wizard(&session);
    showAllPrograms(wizard);
    QTRY_VERIFY(session.resetHistory().status() != ResetHistory::Status::NotRead);
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("historyStatus"));
    QTRY_VERIFY(status->text().contains(says.first()));
    for (const QString &words : says)
        QVERIFY2(status->text().contains(words), qPrintable(status->text()));
    // No log and no live programs: the system's counters, as before.
    QCOMPARE(wizard.findChild<QStackedWidget *>()->currentWidget()->objectName(), QStringLiteral("resetChart"));
}

void tst_ResetHistoryUi::theBackgroundSwitch_data()
{
    QTest::addColumn<bool>("systemd");
    QTest::addColumn<QString>("enabledAfter");
    QTest::addColumn<int>("switchExit");
    QTest::addColumn<bool>("checkedAfter");
    QTest::addColumn<QString>("says");

    QTest::newRow("without systemd it cannot be ticked, and says why") << false << QString() << 0 << false << "not started by systemd";
    QTest::newRow("ticked: enabled, and says so") << true << "enabled" << 0 << true << "keeps a log";
    QTest::newRow("permission not given: unticked again") << true << "disabled" << 126 << false << "Permission was not given";
}

void tst_ResetHistoryUi::theBackgroundSwitch()
{
    QFETCH(bool, systemd);
    QFETCH(QString, enabledAfter);
    QFETCH(int, switchExit);
    QFETCH(bool, checkedAfter);
    QFETCH(QString, says);
    QTemporaryDir bin;
    QVERIFY(StandInProgram::write(bin.path(), QStringLiteral("systemctl")));
    QVERIFY(StandInProgram::write(bin.path(), QStringLiteral("pkexec")));
    QVERIFY(StandInProgram::answer(bin.path(), QStringLiteral("systemctl"), QStringLiteral("is-enabled"), QStringLiteral("disabled\n"), 1));
    QVERIFY(StandInProgram::answer(bin.path(), QStringLiteral("systemctl"), QStringLiteral("is-active"), QStringLiteral("inactive\n"), 3));
    QVERIFY(StandInProgram::answer(bin.path(), QStringLiteral("pkexec"), QStringLiteral("ACTION"), QString(), switchExit));
    BackgroundWatchService::Tools tools;
    tools.systemctl = QDir(bin.path()).filePath(QStringLiteral("systemctl"));
    tools.pkexec = QDir(bin.path()).filePath(QStringLiteral("pkexec"));
    tools.action = QStringLiteral("ACTION");
    tools.systemdRunning = systemd;
    DiagnosisSession session;
    session.setHistoryDirectory(m_log.path());
    session.backgroundWatch().setTools(tools);
    DiagnosisWizard wizard(&session);
    showAllPrograms(wizard);
    auto *box = wizard.findChild<QCheckBox *>(QStringLiteral("keepWatchingCheck"));
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("backgroundWatchStatus"));
    QVERIFY(box->isVisible());
    QTRY_VERIFY(session.backgroundWatch().state() != BackgroundWatchService::State::Unknown && !session.backgroundWatch().isBusy());
    QVERIFY(!box->isChecked());
    if (!systemd) {
        QVERIFY(!box->isEnabled());
        QVERIFY2(status->text().contains(says), qPrintable(status->text()));
        QVERIFY(StandInProgram::calls(bin.path()).isEmpty()); // nothing was run
        return;
    }
    QTRY_VERIFY(box->isEnabled());
    // What systemd says once the switch has run.
    QVERIFY(StandInProgram::answer(bin.path(), QStringLiteral("systemctl"), QStringLiteral("is-enabled"), enabledAfter + QLatin1Char('\n'),
                                   enabledAfter == QLatin1String("enabled") ? 0 : 1));
    QVERIFY(StandInProgram::answer(bin.path(), QStringLiteral("systemctl"), QStringLiteral("is-active"),
                                   enabledAfter == QLatin1String("enabled") ? QStringLiteral("active\n") : QStringLiteral("inactive\n"),
                                   enabledAfter == QLatin1String("enabled") ? 0 : 3));
    QTest::mouseClick(box, Qt::LeftButton);
    QTRY_VERIFY(StandInProgram::calls(bin.path()).contains(QStringLiteral("pkexec ACTION on")));
    QTRY_VERIFY2(status->text().contains(says), qPrintable(status->text()));
    QTRY_COMPARE(box->isChecked(), checkedAfter);
    QVERIFY(box->isEnabled());
}

QTEST_MAIN(tst_ResetHistoryUi)
#include "tst_resethistoryui.moc"
