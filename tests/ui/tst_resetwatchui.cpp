// The monitor's "All programs" view, as a user sees it, with the real reset
// watch helper watching a client namespace (ResetWatchLab) where curl and a
// python client are reset by the server and by a router. Also the view
// without permission: one sentence and the system's counters. With
// CDOC_SCREENSHOT_DIR set (scripts/screenshots.sh), saves the page.

#include "resetwatchlab.h"

#include "chart/programresetsview.h"
#include "chart/resetchartview.h"
#include "chart/resetrowsmodel.h"
#include "i18n/translations.h"
#include "pages/monitorpage.h"
#include "resetwatch/resetwording.h"
#include "session/diagnosissession.h"
#include "wizard/diagnosiswizard.h"
#include "wizard/pageid.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCore/QDir>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTableView>

class tst_ResetWatchUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyProgramsResetsByProgramAndServer();
    void withoutTheHelperTheCountersAndOneSentence();

private:
    void showAllPrograms(DiagnosisWizard &wizard);
    void screenshot(QWidget &window, const QString &name);

    ResetWatchLab m_lab;
    QString m_whyNoLab;
    QTemporaryDir m_config;
    Translations m_translations;
};

void tst_ResetWatchUi::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    qputenv("XDG_DATA_HOME", m_config.filePath(QStringLiteral("data")).toUtf8());
    m_translations.use(qEnvironmentVariableIsSet("CDOC_SCREENSHOT_LANG") ? qEnvironmentVariable("CDOC_SCREENSHOT_LANG")
                                                                         : QStringLiteral("en"));
    // Without root there is no lab: the first test skips, saying why.
    if (m_lab.create(QFINDTESTDATA("../integration/resetwatch/peers.py"), &m_whyNoLab))
        m_whyNoLab.clear();
}

void tst_ResetWatchUi::showAllPrograms(DiagnosisWizard &wizard)
{
    wizard.show();
    wizard.setStartId(PageId::Monitor);
    wizard.restart();
    QCOMPARE(wizard.currentId(), int(PageId::Monitor));
    auto *view = wizard.findChild<QComboBox *>(QStringLiteral("viewChoice"));
    view->setCurrentIndex(1); // "All programs on this computer"
}

void tst_ResetWatchUi::screenshot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("CDOC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(200);
    QVERIFY(window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void tst_ResetWatchUi::everyProgramsResetsByProgramAndServer()
{
    if (!m_whyNoLab.isEmpty())
        QSKIP(qPrintable(m_whyNoLab));
    const QString helper = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/cdoc-reset-helper");
    QVERIFY(QFile::exists(helper));
    qputenv("CDOC_RESET_HELPER", m_lab.helperInClient(QFileInfo(helper).canonicalFilePath()).toUtf8());

    DiagnosisSession session;
    DiagnosisWizard wizard(&session);
    wizard.resize(900, 720);
    showAllPrograms(wizard);
    ResetWatch &watch = session.resetWatch();
    QTRY_COMPARE_WITH_TIMEOUT(watch.state(), ResetWatch::State::Running, 15000);
    QCOMPARE(watch.source(), Vocabulary::WatchSource::KernelEvents);

    // curl reset by the server, python by the router (IPv4 and IPv6).
    m_lab.curl(ResetWatchLab::ServerV4, 8001, 12);
    QCOMPARE(m_lab.python(QStringLiteral("send"), ResetWatchLab::ServerV4, 8002, 8), QByteArray("reset=8"));
    QCOMPARE(m_lab.python(QStringLiteral("send"), ResetWatchLab::ServerV6, 8001, 4), QByteArray("reset=4"));
    QTRY_COMPARE_WITH_TIMEOUT(watch.log().total(), 24, 10000);

    auto *programs = wizard.findChild<ProgramResetsView *>(QStringLiteral("programResets"));
    auto *stack = wizard.findChild<QStackedWidget *>();
    QTRY_COMPARE_WITH_TIMEOUT(stack->currentWidget(), static_cast<QWidget *>(programs), 5000);
    QTableView *table = programs->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 5000);
    // Most resets first: curl -> the server, 12, sent by the server.
    auto cell = [table](int row, int column) { return table->model()->index(row, column).data().toString(); };
    QCOMPARE(cell(0, ResetRowsModel::Program), QStringLiteral("curl"));
    QCOMPARE(cell(0, ResetRowsModel::Server), ResetWatchLab::ServerV4);
    QCOMPARE(cell(0, ResetRowsModel::Resets), QStringLiteral("12"));
    // In the words of the language shown (screenshots are made in several).
    QCOMPARE(cell(0, ResetRowsModel::Sender), ResetWording::senderText(Vocabulary::ResetSender::Server, 2));
    QVERIFY(cell(1, ResetRowsModel::Program).startsWith(QLatin1String("python3")));
    // The python client's request says "Host: test": the name it asked for,
    // beside the address (curl's Host is the address itself, so no name).
    QCOMPARE(cell(1, ResetRowsModel::Server), ResetWording::serverText(QStringLiteral("test"), ResetWatchLab::ServerV4));
    QCOMPARE(cell(1, ResetRowsModel::Resets), QStringLiteral("8"));
    QCOMPARE(cell(1, ResetRowsModel::Sender), ResetWording::senderText(Vocabulary::ResetSender::Middlebox, 1));
    if (qEnvironmentVariableIsEmpty("CDOC_SCREENSHOT_LANG"))
        QCOMPARE(cell(1, ResetRowsModel::Sender), QStringLiteral("a device 1 hop away"));
    QCOMPARE(cell(2, ResetRowsModel::Server), ResetWording::serverText(QStringLiteral("test"), ResetWatchLab::ServerV6));

    // One line per row in the chart; a click shows that row alone, a second click all again.
    auto lines = [programs] {
        int n = 0;
        for (QAbstractSeries *s : programs->chartView()->chart()->series())
            n += s->type() == QAbstractSeries::SeriesTypeLine;
        return n;
    };
    QCOMPARE(lines(), 3);
    auto *sentence = wizard.findChild<QLabel *>(QStringLiteral("patternSentence"));
    QVERIFY2(sentence->text().contains(QLatin1String("24")), qPrintable(sentence->text()));
    screenshot(wizard, QStringLiteral("reset-watch-7-all-programs"));
    const QRect row1 = table->visualRect(table->model()->index(1, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row1.center());
    QCOMPARE(programs->filterKey(), table->model()->index(1, 0).data(ResetRowsModel::KeyRole).toString());
    QCOMPARE(lines(), 1);
    const QString only = static_cast<QLineSeries *>(programs->chartView()->chart()->series().constLast())->name();
    QVERIFY2(only.startsWith(QLatin1String("python3")) && only.contains(ResetWatchLab::ServerV4), qPrintable(only));
    screenshot(wizard, QStringLiteral("reset-watch-7-one-program"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row1.center());
    QVERIFY(programs->filterKey().isEmpty());
    QCOMPARE(lines(), 3);

    // The report carries the same log.
    const Report report = session.report();
    QVERIFY(report.resetWatch.ran);
    QCOMPARE(report.resetEvents.size(), 24);
    watch.stop();
    QTRY_COMPARE(watch.state(), ResetWatch::State::Stopped);
    qunsetenv("CDOC_RESET_HELPER");
}

void tst_ResetWatchUi::withoutTheHelperTheCountersAndOneSentence()
{
    qputenv("CDOC_RESET_HELPER", "/nonexistent/cdoc-reset-helper");
    DiagnosisSession session;
    DiagnosisWizard wizard(&session);
    showAllPrograms(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(session.resetWatch().state(), ResetWatch::State::Running, 5000);
    QCOMPARE(session.resetWatch().source(), Vocabulary::WatchSource::CountersOnly);
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("watchStatus"));
    QTRY_VERIFY(status->text().contains(QLatin1String("is not installed")));
    QVERIFY(status->isVisible());
    // The counters' chart, not the programs' table; no button that cannot help.
    auto *stack = wizard.findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(wizard.findChild<ResetChartView *>(QStringLiteral("resetChart"))));
    QVERIFY(!wizard.findChild<QPushButton *>(QStringLiteral("allowWatchButton"))->isVisible());
    // Nothing else lost: "Your service" is still the monitor's own view.
    wizard.findChild<QComboBox *>(QStringLiteral("viewChoice"))->setCurrentIndex(0);
    QVERIFY(!status->isVisible());
    const Report report = session.report();
    QCOMPARE(report.resetWatch.source, Vocabulary::WatchSource::CountersOnly);
    QVERIFY(report.resetWatch.whyNot.contains(QLatin1String("is not installed")));
    qunsetenv("CDOC_RESET_HELPER");
}

QTEST_MAIN(tst_ResetWatchUi)
#include "tst_resetwatchui.moc"
