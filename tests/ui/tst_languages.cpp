// The app in every language it speaks: the language button switches the
// open wizard at once without losing results, Qt's own buttons follow,
// nothing is cut off at the default window size, and reports are written
// in the user's language with the same JSON keys and ids.

#include "checks/checkcontext.h"
#include "cli/checkcontextloader.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/findingtext.h"
#include "i18n/translations.h"
#include "lab/faultlab.h"
#include "labcontext.h"
#include "report/reportjsonwriter.h"
#include "report/reporttextwriter.h"
#include "report/reportwording.h"
#include "samplereport.h"
#include "session/diagnosissession.h"
#include "wizard/diagnosiswizard.h"
#include "wizard/pageid.h"

#include <QtCore/QJsonArray>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>

using Lab::Scenario;

class tst_Languages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyLanguageIsCompiledIn();
    void switchingRetranslatesTheOpenWizard();
    void nothingIsCutOff_data();
    void nothingIsCutOff();
    void reportIsWrittenInTheUsersLanguage_data();
    void reportIsWrittenInTheUsersLanguage();
    void countsTakeTheirPluralForm_data();
    void countsTakeTheirPluralForm();

private:
    CheckContext labContext() const;
    // Every text a user reads on the current page and the buttons.
    static QStringList visibleTexts(QWidget *root);
    static QStringList jsonKeys(const QJsonValue &value, const QString &prefix = QString());

    FaultLab m_lab;
    Translations m_translations;
};

void tst_Languages::initTestCase()
{
    QVERIFY2(m_lab.start(), qPrintable(m_lab.errorString()));
}

void tst_Languages::cleanup()
{
    m_translations.use(QStringLiteral("en"));
}

CheckContext tst_Languages::labContext() const
{
    return labCheckContext(m_lab);
}

QStringList tst_Languages::visibleTexts(QWidget *root)
{
    QStringList texts;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
            texts << b->text();
        if (auto *l = qobject_cast<QLabel *>(w); l && !l->text().isEmpty() && l->textFormat() != Qt::RichText)
            texts << l->text();
    }
    if (auto *wizard = qobject_cast<QWizard *>(root)) {
        texts << wizard->currentPage()->title() << wizard->currentPage()->subTitle();
    }
    return texts;
}

void tst_Languages::everyLanguageIsCompiledIn()
{
    for (const QString &code : Translations::languages()) {
        QVERIFY2(m_translations.use(code), qPrintable(code));
        QCOMPARE(m_translations.current(), code);
        if (code != QLatin1String("en")) {
            // A word every page shows, in that language.
            QVERIFY2(DiagnosisWizard::tr("Welcome") != QLatin1String("Welcome") || code == QLatin1String("en"), qPrintable(code));
            QVERIFY(!Translations::nativeName(code).isEmpty());
        }
    }
    QVERIFY(!m_translations.use(QStringLiteral("tlh"))); // Klingon: not ours
}

void tst_Languages::switchingRetranslatesTheOpenWizard()
{
    DiagnosisSession session;
    session.setContext(labContext());
    DiagnosisWizard wizard(&session);
    wizard.setTranslations(&m_translations);
    m_translations.use(QStringLiteral("en"));
    wizard.setDemoTargets({{Scenario::Healthy, QStringLiteral("127.0.0.1:%1").arg(m_lab.port(Scenario::Healthy))}});
    auto *practice = wizard.findChild<QComboBox *>(QStringLiteral("demoTargets"));
    const QString englishPractice = practice->itemText(0);
    wizard.setTargetText(QStringLiteral("127.0.0.1:%1").arg(m_lab.port(Scenario::Healthy)));
    wizard.show();
    wizard.next(); // Connectivity: its checks run, and stay
    QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), 60000);
    const int found = session.results(QStringLiteral("connectivity")).size();
    QVERIFY(found > 0);
    const QStringList english = visibleTexts(&wizard);
    const QString englishNext = wizard.button(QWizard::NextButton)->text();

    // The user picks Deutsch from the language button on the page.
    auto *button = wizard.findChild<QPushButton *>(QStringLiteral("languageButton"));
    QVERIFY(button && button->isVisible());
    QAction *german = button->menu()->findChild<QAction *>(QStringLiteral("language_de"));
    QVERIFY(german);
    german->trigger();
    QCOMPARE(m_translations.current(), QStringLiteral("de"));
    QTRY_COMPARE(button->text(), QStringLiteral("Deutsch"));

    // The same page, the same results, in German: the step title, the
    // buttons (Qt's Back and Next too) and the check rows' names.
    QCOMPARE(wizard.currentId(), int(PageId::Connectivity));
    QCOMPARE(session.results(QStringLiteral("connectivity")).size(), found);
    QVERIFY2(wizard.currentPage()->title().startsWith(QLatin1String("Schritt 2 von 8")), qPrintable(wizard.currentPage()->title()));
    QVERIFY2(wizard.button(QWizard::NextButton)->text() != englishNext, qPrintable(wizard.button(QWizard::NextButton)->text()));
    const QStringList german1 = visibleTexts(&wizard);
    int unchanged = 0;
    for (const QString &text : german1)
        unchanged += english.contains(text);
    QVERIFY2(unchanged <= german1.size() / 4, qPrintable(german1.join(QLatin1String(" | "))));

    // Every other page was retranslated too, not only the one on screen,
    // down to the practice examples' names.
    QVERIFY2(practice->itemText(0) != englishPractice, qPrintable(practice->itemText(0)));
    QCOMPARE(practice->itemText(0), Lab::describe(Scenario::Healthy));
    for (int id : {int(PageId::Welcome), int(PageId::Firewall), int(PageId::DeeperTests), int(PageId::Monitor), int(PageId::Results)})
        QVERIFY2(wizard.page(id)->title().startsWith(QLatin1String("Schritt")), qPrintable(wizard.page(id)->title()));

    // And back, as a helpdesk on the phone might ask.
    button->menu()->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QTRY_COMPARE(wizard.button(QWizard::NextButton)->text(), englishNext);
    QVERIFY(wizard.currentPage()->title().startsWith(QLatin1String("Step 2 of 8")));
    session.cancel();
}

void tst_Languages::nothingIsCutOff_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : Translations::languages())
        QTest::newRow(qPrintable(code)) << code;
}

void tst_Languages::nothingIsCutOff()
{
    QFETCH(QString, code);
    m_translations.use(code);
    DiagnosisSession session;
    session.setContext(labContext());
    DiagnosisWizard wizard(&session);
    wizard.setTranslations(&m_translations);
    wizard.resize(760, 620); // the default size
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit *>(QStringLiteral("targetEdit"))->setText(QStringLiteral("127.0.0.1:%1").arg(m_lab.port(Scenario::Healthy)));
    for (int id = PageId::Welcome; id <= PageId::Results; ++id) {
        QCOMPARE(wizard.currentId(), id);
        QApplication::processEvents();
        QStringList cut;
        QCOMPARE(wizard.width(), 760); // the wizard did not have to grow
        for (QWidget *w : wizard.findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            // A button or a one-line label narrower than its text is cut off.
            const bool oneLine = (qobject_cast<QAbstractButton *>(w) && !static_cast<QAbstractButton *>(w)->text().isEmpty())
                || (qobject_cast<QLabel *>(w) && !static_cast<QLabel *>(w)->wordWrap() && !static_cast<QLabel *>(w)->text().isEmpty());
            // A wrapping label lower than its lines need is cut off too.
            auto *label = qobject_cast<QLabel *>(w);
            if (label && label->wordWrap() && !label->text().isEmpty() && label->hasHeightForWidth()
                && label->height() < label->heightForWidth(label->width()) - 1) {
                cut << QStringLiteral("%1 \"%2\" %3 px high < %4")
                           .arg(w->objectName(), label->text().left(60))
                           .arg(label->height())
                           .arg(label->heightForWidth(label->width()));
            }
            if (oneLine && w->width() < w->sizeHint().width() - 1 && w->width() < w->minimumSizeHint().width())
                cut << QStringLiteral("%1 \"%2\" %3 < %4")
                           .arg(w->objectName(),
                                qobject_cast<QAbstractButton *>(w) ? static_cast<QAbstractButton *>(w)->text() : static_cast<QLabel *>(w)->text())
                           .arg(w->width())
                           .arg(w->sizeHint().width());
        }
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("page %1: %2").arg(id).arg(cut.join(QLatin1String("; ")))));
        if (id == PageId::Results)
            break;
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);
        wizard.next();
    }
    session.cancel();
}

QStringList tst_Languages::jsonKeys(const QJsonValue &value, const QString &prefix)
{
    QStringList keys;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            keys << prefix + it.key() << jsonKeys(it.value(), prefix + it.key() + QLatin1Char('.'));
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            keys << jsonKeys(item, prefix);
    }
    keys.removeDuplicates();
    return keys;
}

void tst_Languages::countsTakeTheirPluralForm_data()
{
    // Issue 13, 7: "about 1 seconds", "nach etwa 1 Sekunden". One second
    // must read as one in every language, and no "(s)" may show.
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("one");   // "1 second" in that language
    QTest::addColumn<QString>("wrong"); // the plural form after a 1
    QTest::newRow("en") << "en" << "1 second" << "1 seconds";
    QTest::newRow("de") << "de" << "1 Sekunde" << "1 Sekunden";
    QTest::newRow("fr") << "fr" << "1 seconde" << "1 secondes";
    QTest::newRow("es") << "es" << "1 segundo" << "1 segundos";
    QTest::newRow("pt_BR") << "pt_BR" << "1 segundo" << "1 segundos";
    QTest::newRow("ja") << "ja" << "1 秒" << "(s)";
}

void tst_Languages::countsTakeTheirPluralForm()
{
    QFETCH(QString, code);
    QFETCH(QString, one);
    QFETCH(QString, wrong);
    QVERIFY(m_translations.use(code));
    for (const char *end : {"reset", "reset-on-resume", "silent-drop", "closed"}) {
        Finding f = Finding::make(Vocabulary::FindingId::IdleTimeout, 0.9, Vocabulary::Side::TheServer, {},
                                  {{QStringLiteral("idle_timeout_ms"), 1000}, {QStringLiteral("keepalive_interval_s"), 1},
                                   {QStringLiteral("end"), QLatin1String(end)}});
        FindingText::fill(&f);
        const QString words = QStringList{f.title, f.explanation, f.adminSteps.join(QLatin1Char(' '))}.join(QLatin1Char(' '));
        QVERIFY2(code == QLatin1String("ja") || words.contains(one, Qt::CaseInsensitive), qPrintable(words));
        QVERIFY2(!words.contains(wrong, Qt::CaseInsensitive), qPrintable(words));
        QVERIFY2(!words.contains(QLatin1String("(s)")), qPrintable(words));
    }
}

void tst_Languages::reportIsWrittenInTheUsersLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("heading"); // a section heading in that language
    QTest::newRow("de") << "de" << "ZUSAMMENFASSUNG";
    QTest::newRow("fr") << "fr" << "RÉSUMÉ";
    QTest::newRow("es") << "es" << "RESUMEN";
    QTest::newRow("pt_BR") << "pt_BR" << "RESUMO";
    QTest::newRow("ja") << "ja" << "概要";
}

void tst_Languages::reportIsWrittenInTheUsersLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, heading);
    // The findings come from the diagnosis, in the language it runs in.
    Report report = SampleReport::make();
    m_translations.use(QStringLiteral("en"));
    report.findings = Diagnosis::diagnose(Diagnosis::Evidence::from(report));
    const QJsonObject english = ReportJsonWriter::toJson(report);
    const QString englishTitle = report.findings.constFirst().title;

    m_translations.use(code);
    report.findings = Diagnosis::diagnose(Diagnosis::Evidence::from(report));
    const QString text = ReportTextWriter::document(report);
    QVERIFY2(text.contains(heading), qPrintable(text.left(400)));
    QVERIFY(report.findings.constFirst().title != englishTitle);
    // The computer's facts too: the report's words for them, in the reader's.
    QVERIFY(ReportWording::interfaceTypeText(QStringLiteral("unknown")) != QLatin1String("unknown"));
    QVERIFY(text.contains(ReportWording::interfaceTypeText(QStringLiteral("loopback")) + QLatin1Char(';')));
    const QJsonObject translated = ReportJsonWriter::toJson(report);
    // The same keys and the same ids in every language.
    QCOMPARE(jsonKeys(translated), jsonKeys(english));
    QCOMPARE(translated.value(QLatin1String("findings")).toArray().at(0).toObject().value(QLatin1String("id")),
             english.value(QLatin1String("findings")).toArray().at(0).toObject().value(QLatin1String("id")));
    QCOMPARE(translated.value(QLatin1String("checks")).toArray().at(0).toObject().value(QLatin1String("status")),
             english.value(QLatin1String("checks")).toArray().at(0).toObject().value(QLatin1String("status")));
}

QTEST_MAIN(tst_Languages)
#include "tst_languages.moc"
