// The wizard as assistive technology sees it, through QAccessibleInterface:
// every control on every page has a name and a description, status icons
// have words, a finished check is announced, the whole wizard works from
// the keyboard alone, and the status colours keep their contrast.

#include "checks/checkcatalog.h"
#include "checks/checkcontext.h"
#include "cli/checkcontextloader.h"
#include "lab/faultlab.h"
#include "labcontext.h"
#include "report/exportdialog.h"
#include "report/reportwording.h"
#include "samplereport.h"
#include "session/diagnosissession.h"
#include "wizard/diagnosiswizard.h"
#include "wizard/pageid.h"
#include "widgets/announcer.h"

#include <QtGui/QAccessible>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>

#include <cmath>

using Lab::Scenario;

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlHasANameAndDescription();
    void statusIconsHaveWords();
    void finishedChecksAreAnnounced();
    void keyboardAloneReachesTheResults();
    void statusColoursKeepTheirContrast_data();
    void statusColoursKeepTheirContrast();
    void exportDialogIsLabelled();

private:
    CheckContext labContext() const;
    QStringList unlabelled(QWidget *root) const;

    FaultLab m_lab;
};

void tst_Accessibility::initTestCase()
{
    QVERIFY2(m_lab.start(), qPrintable(m_lab.errorString()));
}

CheckContext tst_Accessibility::labContext() const
{
    return labCheckContext(m_lab);
}

QStringList tst_Accessibility::unlabelled(QWidget *root) const
{
    QStringList missing;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface) {
            missing << QStringLiteral("%1 (%2): no interface").arg(w->objectName(), QLatin1String(w->metaObject()->className()));
            continue;
        }
        if (iface->text(QAccessible::Name).trimmed().isEmpty() || iface->text(QAccessible::Description).trimmed().isEmpty()) {
            missing << QStringLiteral("%1 (%2) name=\"%3\" description=\"%4\"")
                           .arg(w->objectName(), QLatin1String(w->metaObject()->className()), iface->text(QAccessible::Name),
                                iface->text(QAccessible::Description));
        }
    }
    return missing;
}

void tst_Accessibility::everyControlHasANameAndDescription()
{
    DiagnosisSession session;
    session.setContext(labContext());
    DiagnosisWizard wizard(&session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit *>(QStringLiteral("targetEdit"))->setText(QStringLiteral("127.0.0.1:%1").arg(m_lab.port(Scenario::Healthy)));
    for (int id = PageId::Welcome; id <= PageId::Results; ++id) {
        QCOMPARE(wizard.currentId(), id);
        const QStringList missing = unlabelled(&wizard);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("page %1: ").arg(id) + missing.join(QLatin1String("; "))));
        if (id == PageId::Results)
            break;
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);
        wizard.next();
    }
    session.cancel();
}

void tst_Accessibility::statusIconsHaveWords()
{
    DiagnosisSession session;
    session.setContext(labContext());
    DiagnosisWizard wizard(&session);
    wizard.setTargetText(QStringLiteral("127.0.0.1:%1").arg(m_lab.port(Scenario::Healthy)));
    wizard.show();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), 60000);
    const QList<QFrame *> rows = wizard.currentPage()->findChildren<QFrame *>(QRegularExpression(QStringLiteral("^checkRow_")));
    QVERIFY(!rows.isEmpty());
    const QStringList words{ReportWording::statusText(Vocabulary::CheckStatus::Pass), ReportWording::statusText(Vocabulary::CheckStatus::Warn),
                            ReportWording::statusText(Vocabulary::CheckStatus::Fail), ReportWording::statusText(Vocabulary::CheckStatus::Skip)};
    for (QFrame *row : rows) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(row);
        const QString name = iface->text(QAccessible::Name);
        QVERIFY2(std::any_of(words.cbegin(), words.cend(), [&name](const QString &w) { return name.startsWith(w); }), qPrintable(name));
        QVERIFY(!iface->text(QAccessible::Description).isEmpty());
    }
}

void tst_Accessibility::finishedChecksAreAnnounced()
{
    DiagnosisSession session;
    session.setContext(labContext());
    DiagnosisWizard wizard(&session);
    wizard.setTargetText(QStringLiteral("127.0.0.1:%1").arg(m_lab.port(Scenario::Healthy)));
    wizard.show();
    QSignalSpy announced(Announcer::instance(), &Announcer::announced);
    // What a screen reader reads from the source at the moment of the alert.
    QStringList read;
    connect(Announcer::instance(), &Announcer::announced, this, [&read](QWidget *source, const QString &) {
        read << QAccessible::queryAccessibleInterface(source)->text(QAccessible::Description);
    });
    wizard.next(); // the connectivity checks start
    QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), 60000);
    // One announcement per check, each naming it, read by a screen reader
    // from the status line's accessible description.
    QCOMPARE(announced.size(), CheckCatalog::checkIds(QStringLiteral("connectivity")).size());
    const QString interfaces = CheckCatalog::displayName(QStringLiteral("connectivity.interfaces"));
    bool heard = false;
    for (const QList<QVariant> &args : std::as_const(announced)) {
        auto *source = args.at(0).value<QWidget *>();
        QVERIFY(source && source->isVisible());
        heard = heard || args.at(1).toString().startsWith(interfaces);
    }
    QVERIFY(heard);
    QCOMPARE(read.size(), announced.size());
    for (qsizetype i = 0; i < read.size(); ++i)
        QCOMPARE(read.at(i), announced.at(i).at(1).toString());
    disconnect(Announcer::instance(), nullptr, this, nullptr);
}

void tst_Accessibility::keyboardAloneReachesTheResults()
{
    DiagnosisSession session;
    session.setContext(labContext());
    DiagnosisWizard wizard(&session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    // Tab to the address field, type, then Alt+N (the Next button's
    // mnemonic) page after page.
    QLineEdit *target = wizard.findChild<QLineEdit *>(QStringLiteral("targetEdit"));
    for (int i = 0; i < 10 && QApplication::focusWidget() != target; ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &wizard, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), target);
    QTest::keyClicks(target, QStringLiteral("127.0.0.1:%1").arg(m_lab.port(Scenario::ResetOnAccept)));
    while (wizard.currentId() != PageId::Results) {
        const int before = wizard.currentId();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(wizard.currentId() != before);
    }
    QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("headline"))->text().isEmpty());
    session.cancel();
}

void tst_Accessibility::statusColoursKeepTheirContrast_data()
{
    QTest::addColumn<QString>("foreground");
    QTest::addColumn<QString>("background");
    QTest::addColumn<double>("minimum");
    // White words on the status badges (WCAG AA for text: 4.5:1).
    for (auto s : {Vocabulary::CheckStatus::Pass, Vocabulary::CheckStatus::Warn, Vocabulary::CheckStatus::Fail, Vocabulary::CheckStatus::Skip})
        QTest::addRow("white on %s", qPrintable(Vocabulary::wireName(s))) << "#ffffff" << ReportWording::statusColor(s) << 4.5;
    // Chart lines against the white chart and report background (graphics: 3:1).
    for (Vocabulary::Outcome o : Vocabulary::allOutcomes())
        QTest::addRow("%s line on white", qPrintable(Vocabulary::wireName(o))) << ReportWording::outcomeColor(o) << "#ffffff" << 3.0;
    // The palettes the app is shown in: text and links on the window.
    const QPalette light = QApplication::palette();
    QTest::newRow("text in the light palette") << light.color(QPalette::WindowText).name() << light.color(QPalette::Window).name() << 4.5;
    QTest::newRow("links in the light palette") << light.color(QPalette::Link).name() << light.color(QPalette::Window).name() << 4.5;
    QTest::newRow("text in a dark palette") << "#eeeeee" << "#2b2b2b" << 4.5;
    QTest::newRow("links in a dark palette") << "#7cb8ff" << "#2b2b2b" << 4.5;
}

void tst_Accessibility::statusColoursKeepTheirContrast()
{
    QFETCH(QString, foreground);
    QFETCH(QString, background);
    QFETCH(double, minimum);
    const double ratio = contrast(QColor(foreground), QColor(background));
    QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 on %2: %3").arg(foreground, background).arg(ratio)));
}

void tst_Accessibility::exportDialogIsLabelled()
{
    ExportDialog dialog(SampleReport::make());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList missing = unlabelled(&dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("; "))));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
