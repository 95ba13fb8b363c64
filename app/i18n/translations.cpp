#include "translations.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>

Q_LOGGING_CATEGORY(lcTranslations, "cdoc.translations")

namespace {
const QString SettingsKey = QStringLiteral("language");
}

Translations::Translations(QObject *parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt_BR"),
            QStringLiteral("ja")};
}

QString Translations::nativeName(const QString &code)
{
    const QLocale locale(code);
    // "English", not CLDR's "American English": the app's English is not
    // any one country's.
    QString name = code == QLatin1String("en") ? QStringLiteral("English") : locale.nativeLanguageName();
    if (code == QLatin1String("pt_BR"))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper(); // "français" -> "Français", as a menu lists it
    return name;
}

QString Translations::systemLanguage()
{
    for (QString ui : QLocale::system().uiLanguages()) {
        ui.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (languages().contains(ui))
            return ui;
        // "pt_PT" reads Brazilian better than English; "de_AT" reads German.
        const QString base = ui.section(QLatin1Char('_'), 0, 0);
        for (const QString &code : languages()) {
            if (code.section(QLatin1Char('_'), 0, 0) == base)
                return code;
        }
    }
    return QStringLiteral("en");
}

QString Translations::savedLanguage()
{
    const QString saved = QSettings().value(SettingsKey).toString();
    return languages().contains(saved) ? saved : QString();
}

void Translations::saveLanguage(const QString &code)
{
    QSettings().setValue(SettingsKey, code);
}

bool Translations::use(const QString &code)
{
    if (!languages().contains(code))
        return false;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    // English too: its file holds the plural forms ("1 hop", "2 hops") of
    // the messages that count something.
    if (!m_app.load(QStringLiteral(":/i18n/connection-doctor_") + code))
        qCWarning(lcTranslations) << "no compiled translation for" << code;
    if (code != QLatin1String("en")) {
        // Qt's own words (Back, Next, Cancel, the file dialog), where the
        // system has them (qt6-translations-l10n on Debian).
        if (!m_qt.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qCInfo(lcTranslations) << "Qt's own translations for" << code << "are not installed";
        QCoreApplication::installTranslator(&m_qt);
    }
    QCoreApplication::installTranslator(&m_app);
    // Dates and numbers in reports follow the language too.
    QLocale::setDefault(code == systemLanguage() ? QLocale::system() : QLocale(code));
    m_current = code;
    Q_EMIT languageChanged(code);
    return true;
}
