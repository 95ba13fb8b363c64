#ifndef CDOC_TRANSLATIONS_H
#define CDOC_TRANSLATIONS_H

#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTranslator>

// The languages the app speaks and the one it speaks now: its own
// translations (compiled in from translations/*.ts) and Qt's, so the
// wizard's Back, Next and Cancel and the standard dialogs match. Switching
// takes effect at once: every widget gets a LanguageChange event.
class Translations : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    // "en", "de", "fr", "es", "pt_BR", "ja"
    static QStringList languages();
    // The language's name in itself: "Deutsch", "Português (Brasil)", "日本語"
    static QString nativeName(const QString &code);
    // The best of ours for the system's preferred languages; "en" if none.
    static QString systemLanguage();
    // The one the user chose in the app, if any (QSettings).
    static QString savedLanguage();
    static void saveLanguage(const QString &code);

    // Installs `code`'s translations; false (and nothing changed) for a
    // language we do not have.
    bool use(const QString &code);
    QString current() const { return m_current; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_current;
};

#endif // CDOC_TRANSLATIONS_H
