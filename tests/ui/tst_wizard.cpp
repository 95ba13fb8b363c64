// The real wizard, driven through its widgets as a user (or a helpdesk on
// the phone) would, against the fault lab: type an address, go through
// every page, and read the cause on the Results page. With
// CDOC_SCREENSHOT_DIR set (scripts/screenshots.sh, under Xvfb), the tour
// also saves every page as a PNG for docs/screenshots/.

#include "checks/checkcontext.h"
#include "cli/checkcontextloader.h"
#include "lab/faultlab.h"
#include "labcontext.h"
#include "session/diagnosissession.h"
#include "wizard/diagnosiswizard.h"
#include "wizard/pageid.h"
#include "chart/resetchartview.h"
#include "i18n/translations.h"
#include "pages/resultspage.h"
#include "report/exportdialog.h"
#include "report/reportview.h"
#include "report/reportwindow.h"
#include "widgets/collapsiblesection.h"

#include <QtCharts/QLineSeries>

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtGui/QClipboard>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtGui/QPalette>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QToolButton>
#include <QtCore/QRegularExpression>

using Lab::Scenario;

Q_DECLARE_METATYPE(Lab::Scenario)

namespace {
Lab::Config labConfig()
{
    Lab::Config c;
    c.idleResetMs = 2000;
    return c;
}
} // namespace

class tst_Wizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void badAddressKeepsNextDisabled_data();
    void badAddressKeepsNextDisabled();
    void pastedErrorIsExplainedAndFillsTheAddress();
    void everyPageSaysItsStep();
    void throughEveryPageToTheCause_data();
    void throughEveryPageToTheCause();
    void backAndNextKeepResults();
    void stopEndsTheWorkAtOnce();
    void copySummaryWorksFromAnyPage();
    void monitorPageShowsResetsLive();

private:
    CheckContext labContext() const;
    QString address(Scenario s) const { return QStringLiteral("127.0.0.1:%1").arg(m_lab.port(s)); }
    void next(DiagnosisWizard &wizard);
    void waitForGroup(DiagnosisSession &session);
    void screenshot(DiagnosisWizard &wizard, const QString &name);

    FaultLab m_lab{labConfig()};
    Translations m_translations;
    QTemporaryDir m_config;
};

void tst_Wizard::initTestCase()
{
    // scripts/screenshots.sh --dark: the same pages in a dark palette.
    if (qEnvironmentVariableIsSet("CDOC_SCREENSHOT_DARK")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
        dark.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xff));
        QApplication::setPalette(dark);
    }
    QVERIFY2(m_lab.start(), qPrintable(m_lab.errorString()));
    // scripts/screenshots.sh --lang de: the same pages in another language.
    m_translations.use(qEnvironmentVariableIsSet("CDOC_SCREENSHOT_LANG") ? qEnvironmentVariable("CDOC_SCREENSHOT_LANG")
                                                                         : QStringLiteral("en"));
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // settings of its own
    qputenv("XDG_DATA_HOME", m_config.filePath(QStringLiteral("data")).toUtf8()); // and monitor logs
}

void tst_Wizard::init()
{
    QDir(m_config.path()).removeRecursively();
}

CheckContext tst_Wizard::labContext() const
{
    return labCheckContext(m_lab);
}

void tst_Wizard::next(DiagnosisWizard &wizard)
{
    QAbstractButton *nextButton = wizard.button(QWizard::NextButton);
    QTRY_VERIFY(nextButton->isEnabled());
    QTest::mouseClick(nextButton, Qt::LeftButton);
}

void tst_Wizard::waitForGroup(DiagnosisSession &session)
{
    QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), 60000);
}

void tst_Wizard::screenshot(DiagnosisWizard &wizard, const QString &name)
{
    const QString dir = qEnvironmentVariable("CDOC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(100); // let the last rows lay out
    QVERIFY(wizard.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void tst_Wizard::badAddressKeepsNextDisabled_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("a space in the name") << "my server" << "space";
    QTest::newRow("a port out of range") << "example.net:70000" << "out of range";
    QTest::newRow("a web address without a server") << "https://" << "no server name";
}

void tst_Wizard::badAddressKeepsNextDisabled()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    DiagnosisSession session;
    session.setContext(labContext());
    DiagnosisWizard wizard(&session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("targetEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, typed);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    auto *error = wizard.findChild<QLabel *>(QStringLiteral("targetError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(message, Qt::CaseInsensitive), qPrintable(error->text()));
    // Fixing it enables Next and clears the message.
    edit->clear();
    QTest::keyClicks(edit, address(Scenario::Healthy));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!error->isVisible());
}

void tst_Wizard::pastedErrorIsExplainedAndFillsTheAddress()
{
    DiagnosisSession session;
    session.setContext(labContext());
    DiagnosisWizard wizard(&session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *pasted = wizard.findChild<QPlainTextEdit *>(QStringLiteral("pastedError"));
    pasted->setPlainText(QStringLiteral("curl: (7) Failed to connect to 127.0.0.1 port %1 after 0 ms: Connection refused")
                             .arg(m_lab.port(Scenario::Refused)));
    auto *explanation = wizard.findChild<QLabel *>(QStringLiteral("pastedExplanation"));
    QVERIFY(!explanation->text().isEmpty());
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("targetEdit"))->text(), address(Scenario::Refused));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void tst_Wizard::everyPageSaysItsStep()
{
    DiagnosisSession session;
    DiagnosisWizard wizard(&session);
    for (int id = PageId::Welcome; id <= PageId::Results; ++id)
        QVERIFY2(wizard.page(id)->title().startsWith(QStringLiteral("Step %1 of 8: ").arg(id)), qPrintable(wizard.page(id)->title()));
}

void tst_Wizard::throughEveryPageToTheCause_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("cause"); // in English
    QTest::newRow("an upload limit") << Scenario::HttpBodyLimit << "payload-limit" << "Uploads larger than";
    QTest::newRow("a reset after idle") << Scenario::ResetAfterIdle << "idle-timeout" << "Idle connections are cut off after about 2 seconds";
    QTest::newRow("a closed port") << Scenario::Refused << "port-closed" << "not running";
}

void tst_Wizard::throughEveryPageToTheCause()
{
    QFETCH(Scenario, scenario);
    QFETCH(QString, finding);
    QFETCH(QString, cause);
    DiagnosisSession session;
    session.setContext(labContext());
    DiagnosisWizard wizard(&session);
    wizard.setTranslations(&m_translations);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));

    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("targetEdit")), address(scenario));
    screenshot(wizard, tag + QStringLiteral("-1-welcome"));
    next(wizard);
    const QStringList pages{QStringLiteral("2-connection"), QStringLiteral("3-firewall"), QStringLiteral("4-vpn"), QStringLiteral("5-proxy")};
    for (const QString &name : pages) {
        waitForGroup(session);
        screenshot(wizard, tag + QLatin1Char('-') + name);
        next(wizard);
    }
    QCOMPARE(wizard.currentId(), int(PageId::DeeperTests));
    wizard.findChild<QRadioButton *>(QStringLiteral("duration60"))->click();
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QVERIFY(session.isRunning());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // held here while tests run
    waitForGroup(session);
    screenshot(wizard, tag + QStringLiteral("-6-deeper-tests"));
    next(wizard);
    QCOMPARE(wizard.currentId(), int(PageId::Monitor));
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("watchButton")), Qt::LeftButton);
    QVERIFY(session.monitor().isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(session.monitor().timeline().buckets().size() >= 3, 10000);
    QTest::qWait(1100); // one refresh of the chart
    screenshot(wizard, tag + QStringLiteral("-7-monitor"));
    next(wizard);
    QCOMPARE(wizard.currentId(), int(PageId::Results));
    QVERIFY(session.monitor().isRunning()); // it goes on in the background
    auto *headline = wizard.findChild<QLabel *>(QStringLiteral("headline"));
    if (m_translations.current() == QLatin1String("en"))
        QVERIFY2(headline->text().contains(cause), qPrintable(headline->text()));
    const auto findings = wizard.currentPage()->findChildren<CollapsibleSection *>(QRegularExpression(QStringLiteral("^finding_")));
    QVERIFY(!findings.isEmpty());
    QCOMPARE(findings.constFirst()->objectName(), QStringLiteral("finding_") + finding);
    screenshot(wizard, tag + QStringLiteral("-8-results"));
    session.monitor().stop();

    // What the user shares, and what the helpdesk then sees.
    const Report report = qobject_cast<ResultsPage *>(wizard.currentPage())->view()->report();
    ExportDialog dialog(report, &wizard);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (!qEnvironmentVariableIsEmpty("CDOC_SCREENSHOT_DIR")) {
        QTest::qWait(100);
        QVERIFY(dialog.grab().save(QDir(qEnvironmentVariable("CDOC_SCREENSHOT_DIR")).filePath(tag + QStringLiteral("-9-export.png"))));
    }
    const QString path = m_config.filePath(tag + QStringLiteral(".json"));
    QVERIFY(QDir().mkpath(m_config.path()));
    QString error;
    QVERIFY2(dialog.save(path, &error), qPrintable(error));
    ReportWindow window;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.view()->findChild<QLabel *>(QStringLiteral("headline"))->text(), headline->text());
    if (!qEnvironmentVariableIsEmpty("CDOC_SCREENSHOT_DIR")) {
        QTest::qWait(100);
        QVERIFY(window.grab().save(QDir(qEnvironmentVariable("CDOC_SCREENSHOT_DIR")).filePath(tag + QStringLiteral("-10-saved-report.png"))));
    }
}

void tst_Wizard::backAndNextKeepResults()
{
    DiagnosisSession session;
    session.setContext(labContext());
    DiagnosisWizard wizard(&session);
    wizard.show();
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("targetEdit")), address(Scenario::Healthy));
    next(wizard);
    waitForGroup(session);
    const QWidget *connectivity = wizard.page(PageId::Connectivity);
    const int rows = connectivity->findChildren<QFrame *>(QRegularExpression(QStringLiteral("^checkRow_"))).size();
    QCOMPARE(rows, 7);
    next(wizard);
    waitForGroup(session);
    QSignalSpy reruns(&session, &DiagnosisSession::checkFinished);
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(PageId::Connectivity));
    QTest::qWait(200);
    QCOMPARE(reruns.size(), 0); // shown again, not run again
    QCOMPARE(connectivity->findChildren<QFrame *>(QRegularExpression(QStringLiteral("^checkRow_"))).size(), 7);
    // "Run again" does run again.
    QTest::mouseClick(connectivity->findChild<QPushButton *>(QStringLiteral("runAgainButton")), Qt::LeftButton);
    waitForGroup(session);
    QCOMPARE(reruns.size(), 7);
}

void tst_Wizard::stopEndsTheWorkAtOnce()
{
    CheckContext slow = labContext();
    slow.endpoints.reachability = {address(Scenario::NoAnswer)}; // a check that would take a minute
    slow.probeTimeoutMs = 60000;
    DiagnosisSession session;
    session.setContext(slow);
    DiagnosisWizard wizard(&session);
    wizard.show();
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("targetEdit")), address(Scenario::Healthy));
    next(wizard);
    QVERIFY(session.isRunning());
    QSignalSpy late(&session, &DiagnosisSession::checkFinished);
    QTest::mouseClick(wizard.page(PageId::Connectivity)->findChild<QPushButton *>(QStringLiteral("stopButton")), Qt::LeftButton);
    QVERIFY(!session.isRunning()); // at once, not after the minute
    QTest::qWait(300);
    QCOMPARE(late.size(), 0);
    QVERIFY(wizard.page(PageId::Connectivity)->findChild<QPushButton *>(QStringLiteral("runAgainButton"))->isEnabled());
    // Moving on while a page runs skips it, and stops it too.
    QTest::mouseClick(wizard.page(PageId::Connectivity)->findChild<QPushButton *>(QStringLiteral("runAgainButton")), Qt::LeftButton);
    QVERIFY(session.isRunning());
    next(wizard);
    QCOMPARE(wizard.currentId(), int(PageId::Firewall));
    QCOMPARE(session.runningGroup(), QStringLiteral("firewall"));
}

void tst_Wizard::copySummaryWorksFromAnyPage()
{
    DiagnosisSession session;
    session.setContext(labContext());
    DiagnosisWizard wizard(&session);
    wizard.show();
    QTest::mouseClick(wizard.button(QWizard::CustomButton1), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("Nothing has been tested yet")));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("targetEdit")), address(Scenario::Healthy));
    next(wizard);
    waitForGroup(session);
    QTest::mouseClick(wizard.button(QWizard::CustomButton1), Qt::LeftButton);
    const QString text = QGuiApplication::clipboard()->text();
    // Short, for a ticket: the service, the report id, and the count of
    // checks; only the ones that found something are listed.
    QVERIFY2(text.contains(address(Scenario::Healthy)) && text.contains(session.reportId())
                 && text.contains(QRegularExpression(QStringLiteral("Checks: \\d+ run, \\d+ passed"))),
             qPrintable(text));
    QVERIFY(text.split(QLatin1Char('\n')).size() < 40);
}

void tst_Wizard::monitorPageShowsResetsLive()
{
    DiagnosisSession session;
    session.setContext(labContext());
    QString error;
    QVERIFY(session.setTarget(address(Scenario::ResetOnAccept), &error));
    DiagnosisWizard wizard(&session);
    wizard.show();
    wizard.setStartId(PageId::Monitor);
    wizard.restart();
    QCOMPARE(wizard.currentId(), int(PageId::Monitor));
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("watchButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(session.monitor().timeline().total(Vocabulary::Outcome::Reset) >= 3, 10000);
    auto *chart = wizard.findChild<ResetChartView *>(QStringLiteral("resetChart"));
    QTRY_VERIFY_WITH_TIMEOUT(!chart->series(Vocabulary::Outcome::Reset)->points().isEmpty(), 5000);
    auto *sentence = wizard.findChild<QLabel *>(QStringLiteral("patternSentence"));
    QTRY_VERIFY(sentence->text().contains(QLatin1String("Cut off connections")));
    // Pause stops the tries; the monitor's resets reach the findings.
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("pauseButton")), Qt::LeftButton);
    QVERIFY(session.monitor().isPaused());
    const Report report = session.report();
    QVERIFY(!report.timeline.isEmpty());
    bool patterns = false;
    for (const CheckResult &c : report.checks)
        patterns = patterns || c.id == QLatin1String("monitor.patterns");
    QVERIFY(patterns);
    session.monitor().stop();
}

QTEST_MAIN(tst_Wizard)
#include "tst_wizard.moc"
