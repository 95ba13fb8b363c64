// The helpdesk's side of the wizard, driven through the real widgets: a
// user's session exported and opened again looks the same, a profile
// prepares the wizard, the export dialog shows what will be shared, and a
// saved report's text is never taken for markup.

#include "chart/resetchartview.h"
#include "lab/faultlab.h"
#include "labcontext.h"
#include "pages/resultspage.h"
#include "profile/profile.h"
#include "report/exportdialog.h"
#include "report/reportview.h"
#include "report/reportwindow.h"
#include "samplereport.h"
#include "session/diagnosissession.h"
#include "widgets/collapsiblesection.h"
#include "wizard/diagnosiswizard.h"
#include "wizard/pageid.h"

#include <QtCharts/QLineSeries>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QToolButton>

using Lab::Scenario;

Q_DECLARE_METATYPE(Report)

class tst_HelpdeskUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void savedReportLooksTheSame();
    void profilePreparesTheWizard();
    void theServersHistoryIsInTheReportOnlyWhenAllowed_data();
    void theServersHistoryIsInTheReportOnlyWhenAllowed();
    void exportDialogPreviewsWhatIsShared();
    void savedReportTextIsNeverMarkup();
    void aReportWithoutACauseSaysWhatItHolds_data();
    void aReportWithoutACauseSaysWhatItHolds();

private:
    CheckContext labContext() const { return labCheckContext(m_lab); }
    QString address(Scenario s) const { return QStringLiteral("127.0.0.1:%1").arg(m_lab.port(s)); }
    void next(DiagnosisWizard &wizard)
    {
        QAbstractButton *nextButton = wizard.button(QWizard::NextButton);
        QTRY_VERIFY(nextButton->isEnabled());
        QTest::mouseClick(nextButton, Qt::LeftButton);
    }
    static void waitForGroup(DiagnosisSession &session) { QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), 60000); }

    FaultLab m_lab;
    QTemporaryDir m_config;
};

void tst_HelpdeskUi::initTestCase()
{
    QVERIFY2(m_lab.start(), qPrintable(m_lab.errorString()));
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // settings of its own
    qputenv("XDG_DATA_HOME", m_config.filePath(QStringLiteral("data")).toUtf8()); // and monitor logs
}

void tst_HelpdeskUi::init()
{
    // Each test starts from no settings: the export dialog remembers what
    // was hidden last time.
    QDir(m_config.path()).removeRecursively();
}

void tst_HelpdeskUi::savedReportLooksTheSame()
{
    // A user's session with resets over time and a failed check...
    DiagnosisSession session;
    session.setContext(labContext());
    QString error;
    QVERIFY(session.setTarget(address(Scenario::ResetBursts), &error));
    QVERIFY(session.startMonitor(100, &error));
    QTRY_VERIFY_WITH_TIMEOUT(session.monitor().timeline().total(Vocabulary::Outcome::Reset) >= 5, 15000);
    session.monitor().stop();
    session.runGroup(QStringLiteral("firewall"));
    waitForGroup(session);
    DiagnosisWizard wizard(&session);
    wizard.show();
    wizard.setStartId(PageId::Results);
    wizard.restart();
    auto *results = qobject_cast<ResultsPage *>(wizard.currentPage());
    QVERIFY(results);
    results->view()->chart()->setFixedWidth(600);
    results->initializePage();

    // ...exported as JSON and opened by the helpdesk...
    const QString path = m_config.filePath(QStringLiteral("sent.json"));
    QVERIFY(QDir().mkpath(m_config.path()));
    ExportDialog dialog(results->view()->report());
    dialog.setCategories({});
    QVERIFY2(dialog.save(path, &error), qPrintable(error));
    ReportWindow window;
    window.view()->chart()->setFixedWidth(600);
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    window.show();

    // ...shows the same cause, the same findings and the same chart.
    auto text = [](QWidget *w, const char *name) { return w->findChild<QLabel *>(QLatin1String(name))->text(); };
    QCOMPARE(text(window.view(), "headline"), text(results->view(), "headline"));
    QVERIFY(!text(window.view(), "headline").isEmpty());
    QCOMPARE(text(window.view(), "firstSteps"), text(results->view(), "firstSteps"));
    auto sections = [](QWidget *w) {
        QStringList titles;
        for (auto *s : w->findChildren<CollapsibleSection *>()) {
            if (s->objectName().startsWith(QLatin1String("finding_")))
                titles << s->objectName() + QLatin1Char(' ') + s->toggleButton()->text();
        }
        return titles;
    };
    QVERIFY(!sections(results->view()).isEmpty());
    QCOMPARE(sections(window.view()), sections(results->view()));
    QVERIFY(window.view()->findChild<CollapsibleSection *>(QStringLiteral("chartSection"))->isVisibleTo(window.view()));
    for (Vocabulary::Outcome o : ResetChartView::shownOutcomes())
        QCOMPARE(window.view()->chart()->series(o)->points(), results->view()->chart()->series(o)->points());
    QVERIFY(!window.view()->chart()->series(Vocabulary::Outcome::Reset)->points().isEmpty());
    QCOMPARE(text(window.view(), "chartSummary"), text(results->view(), "chartSummary"));
    QVERIFY(text(&window, "savedReportBanner").contains(session.reportId()));
}

void tst_HelpdeskUi::profilePreparesTheWizard()
{
    Profile profile;
    profile.target = address(Scenario::Healthy);
    profile.message = QStringLiteral("Hello from the helpdesk: press Next on every page.");
    profile.sendReportTo = QStringLiteral("helpdesk@example.org");
    profile.checks = QSet<QString>{QStringLiteral("firewall.port-matrix")};
    profile.budgetSeconds = 45;
    DiagnosisSession session;
    CheckContext context = labContext();
    context.onlyChecks = profile.checks;
    session.setContext(context);
    DiagnosisWizard wizard(&session);
    wizard.setProfile(profile);
    wizard.show();
    auto *message = wizard.findChild<QLabel *>(QStringLiteral("helpdeskMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(profile.message));
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("targetEdit"))->text(), profile.target);
    // The helpdesk's budget holds: the user's choice of duration is not offered.
    QCOMPARE(session.experimentBudget(), 45);
    for (auto *choice : wizard.page(PageId::DeeperTests)->findChildren<QRadioButton *>())
        QVERIFY(!choice->isEnabled());
    auto *sendTo = wizard.findChild<QLabel *>(QStringLiteral("sendReportTo"));
    QVERIFY(sendTo->text().contains(QLatin1String("mailto:helpdesk@example.org")));
    // The checks the profile leaves out are said to be left out.
    next(wizard); // Welcome -> Connectivity: everything there is left out
    waitForGroup(session);
    for (const CheckResult &r : session.results(QStringLiteral("connectivity")))
        QCOMPARE(r.status, Vocabulary::CheckStatus::Skip);
    next(wizard); // -> Firewall
    waitForGroup(session);
    const QList<CheckResult> firewall = session.results(QStringLiteral("firewall"));
    QCOMPARE(firewall.size(), 2);
    QCOMPARE(firewall.at(0).id, QStringLiteral("firewall.local"));
    QCOMPARE(firewall.at(0).status, Vocabulary::CheckStatus::Skip);
    QVERIFY(firewall.at(0).summary.contains(QLatin1String("profile")));
    QVERIFY(firewall.at(1).status != Vocabulary::CheckStatus::Skip);
}

void tst_HelpdeskUi::theServersHistoryIsInTheReportOnlyWhenAllowed_data()
{
    QTest::addColumn<int>("profile"); // -1: no say, 0: off, 1: on
    QTest::addColumn<bool>("userTicks");
    QTest::addColumn<bool>("included");
    QTest::newRow("off by default") << -1 << false << false;
    QTest::newRow("the user turns it on") << -1 << true << true;
    QTest::newRow("the helpdesk's profile turns it on") << 1 << false << true;
    QTest::newRow("the helpdesk's profile leaves it off") << 0 << false << false;
}

void tst_HelpdeskUi::theServersHistoryIsInTheReportOnlyWhenAllowed()
{
    QFETCH(int, profile);
    QFETCH(bool, userTicks);
    QFETCH(bool, included);
    // The background watch's log: one reset of the target's server (the
    // lab, on loopback) by name, one of another server.
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QFile log(dir.filePath(QDateTime::fromMSecsSinceEpoch(now - 3600000, Qt::UTC).toString(QStringLiteral("'resets-'yyyyMMdd'T'HHmmss'Z.jsonl'"))));
    QVERIFY(log.open(QIODevice::WriteOnly));
    const QString port = address(Scenario::Healthy).section(QLatin1Char(':'), -1);
    log.write(QStringLiteral(R"({"type":"hello","version":1,"kernel_events":true,"kernel_why_not":"","packet_capture":true,"capture_why_not":"","mode":"background","started_ms":%1})"
                             "\n"
                             R"({"type":"reset","at_ms":%2,"direction":"received","local":"127.0.0.1:50000","remote":"127.0.0.1:%3","remote_name":"lab.example.test","remote_name_from":"dns","program":"firefox-esr"})"
                             "\n"
                             R"({"type":"reset","at_ms":%2,"direction":"received","local":"10.0.0.2:50000","remote":"10.0.0.9:443","program":"curl"})"
                             "\n")
                  .arg(now - 3600000)
                  .arg(now - 600000)
                  .arg(port)
                  .toUtf8());
    log.close();

    Profile p;
    p.target = address(Scenario::Healthy);
    if (profile >= 0)
        p.includeResetHistory = profile == 1;
    DiagnosisSession session;
    session.setContext(labContext());
    session.setHistoryDirectory(dir.path());
    DiagnosisWizard wizard(&session);
    wizard.setProfile(p);
    wizard.show();
    QString error;
    QVERIFY2(session.setTarget(p.target, &error), qPrintable(error));
    auto *box = wizard.findChild<QCheckBox *>(QStringLiteral("includeServerHistory"));
    QVERIFY(box);
    QCOMPARE(box->isChecked(), profile == 1);
    if (userTicks)
        box->click();
    QCOMPARE(session.includeServerHistory(), included);
    const Report report = session.report();
    QCOMPARE(report.serverHistory.included, included);
    auto *results = qobject_cast<ResultsPage *>(wizard.page(PageId::Results));
    results->view()->setReport(report);
    auto *shown = results->view()->findChild<QLabel *>(QStringLiteral("serverHistory"));
    QVERIFY(shown);
    QCOMPARE(shown->isVisibleTo(results->view()), included);
    if (!included)
        return;
    QCOMPARE(report.serverHistory.events.size(), 1);
    QCOMPARE(report.serverHistory.events.constFirst().remoteName, QStringLiteral("lab.example.test"));
    QVERIFY2(shown->text().contains(QStringLiteral("firefox-esr → lab.example.test (127.0.0.1)")), qPrintable(shown->text()));
    QVERIFY2(!shown->text().contains(QLatin1String("10.0.0.9")), qPrintable(shown->text()));
}

void tst_HelpdeskUi::exportDialogPreviewsWhatIsShared()
{
    ExportDialog dialog(SampleReport::make());
    dialog.show();
    auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("preview"));
    // By default the user's and computer's names, MACs and paths are hidden;
    // addresses stay, as a helpdesk usually needs them.
    QVERIFY(!preview->toPlainText().contains(QLatin1String("alice"), Qt::CaseInsensitive));
    QVERIFY(preview->toPlainText().contains(QLatin1String("192.168.1.20")));
    auto *hidePrivate = dialog.findChild<QCheckBox *>(QStringLiteral("hide_private-ip"));
    hidePrivate->setFocus();
    QTest::keyClick(hidePrivate, Qt::Key_Space); // as a keyboard user does
    QVERIFY(hidePrivate->isChecked());
    QVERIFY(!preview->toPlainText().contains(QLatin1String("192.168.1.20")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("hiddenCount"))->text().contains(QRegularExpression(QStringLiteral("[1-9]"))));
    // What is saved is what was shown.
    const QString path = m_config.filePath(QStringLiteral("shared.txt"));
    QVERIFY(QDir().mkpath(m_config.path()));
    QString error;
    QVERIFY2(dialog.save(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), preview->toPlainText());
}

void tst_HelpdeskUi::savedReportTextIsNeverMarkup()
{
    // A saved report comes from anywhere: markup in it is shown as text,
    // and nothing it names is loaded.
    Report report = SampleReport::make();
    const QString title = QStringLiteral("<img src=\"file:///dev/zero\"><b>Call 555-0100</b>");
    report.findings.first().title = title;
    report.checks.first().summary = title;
    ReportWindow window;
    window.setReport(report);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *headline = window.view()->findChild<QLabel *>(QStringLiteral("headline"));
    QCOMPARE(headline->textFormat(), Qt::PlainText);
    QCOMPARE(headline->text(), title);
}

void tst_HelpdeskUi::aReportWithoutACauseSaysWhatItHolds_data()
{
    QTest::addColumn<Report>("report");
    QTest::addColumn<QString>("headline");

    Report empty;
    empty.target = QStringLiteral("127.0.0.1:8080");
    QTest::newRow("nothing run") << empty << "Nothing has been tested yet.";

    // The command line's --monitor: a timeline, no checks, no findings.
    Report monitored = empty;
    const qint64 startMs = 1700000000000;
    for (int second = 0; second < 120; ++second)
        monitored.timeline.add(startMs + second * 1000, second % 10 ? Vocabulary::Outcome::Ok : Vocabulary::Outcome::Reset);
    QTest::newRow("the monitor alone") << monitored << "Not enough was tested to name a cause.";

    Report concluded = monitored;
    concluded.headline = QStringLiteral("Every connection worked.");
    QTest::newRow("its own headline") << concluded << "Every connection worked.";

    Report watched = empty;
    watched.resetWatch.ran = true;
    QTest::newRow("the reset watch alone") << watched << "Not enough was tested to name a cause.";
}

void tst_HelpdeskUi::aReportWithoutACauseSaysWhatItHolds()
{
    QFETCH(Report, report);
    QFETCH(QString, headline);

    ReportWindow window;
    window.setReport(report);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto text = [&window](const char *name) { return window.view()->findChild<QLabel *>(QLatin1String(name))->text(); };
    QCOMPARE(text("headline"), headline);
    if (!report.timeline.isEmpty()) {
        // 12 of 120 cut off: the share with its interval, as in every format.
        QVERIFY2(text("chartSummary").contains(QLatin1String("12 of them cut off (10%; the true share is likely between 6% and 17%)")),
                 qPrintable(text("chartSummary")));
    }
}

QTEST_MAIN(tst_HelpdeskUi)
#include "tst_helpdeskui.moc"
