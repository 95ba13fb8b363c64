#ifndef CDOC_REDACTOR_H
#define CDOC_REDACTOR_H

#include "report.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFlags>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QRegularExpression>
#include <QtCore/QString>

// Hides what a user may not want to share before a report leaves the
// computer: IP addresses (public and private), host names, user and
// machine names, MAC addresses and file paths. The same value always
// becomes the same placeholder ("[host-1]") in every part and every format
// of the report, so it still reads as evidence. Values the report names in
// known places (the target, the computer's name and user) are learnt
// first and then found in any text; the rest is found by their shape.
// Loopback addresses (127.0.0.1, ::1) say nothing about anyone and stay,
// and so do the names of programs in the reset log (curl, firefox-esr).
class Redactor
{
    Q_DECLARE_TR_FUNCTIONS(Redactor)

public:
    enum Category {
        PublicAddresses = 0x01,
        PrivateAddresses = 0x02,
        HostNames = 0x04,
        UserAndMachineNames = 0x08,
        MacAddresses = 0x10,
        FilePaths = 0x20,
    };
    Q_DECLARE_FLAGS(Categories, Category)
    static constexpr Categories All = Categories(0x3f);
    static QList<Category> allCategories();

    // "public-ip", "private-ip", "host", "user", "mac", "path"
    static QString wireName(Category category);
    // A comma list of wire names, or "all" or "none"; unknown names give
    // an error that lists the known ones.
    static bool parseCategories(const QString &list, Categories *categories, QString *error);
    // "Public IP addresses", for the export dialog's check boxes.
    static QString label(Category category);

    struct Replacement
    {
        Category category;
        QString original;
        QString placeholder;
    };

    explicit Redactor(Categories categories);

    // The report with every chosen kind of value replaced, everywhere.
    Report redact(const Report &report);
    QString redact(const QString &text);
    // What was replaced so far, in the order first met.
    const QList<Replacement> &replacements() const { return m_replacements; }

    // Calls `visit` on every text a report holds (JSON data too, keys and
    // values), so nothing is missed by a writer that shows more of it.
    static void forEachText(Report *report, const std::function<void(QString &)> &visit);

private:
    struct Span
    {
        qsizetype start;
        qsizetype length;
        Category category;
        QString key; // the value, normalised: the same key, the same placeholder
    };
    // Reads the names out of `report` (visited, not changed).
    void learn(Report &report);
    QList<Span> findSpans(const QString &text) const;
    QString placeholder(Category category, const QString &key, const QString &original);

    Categories m_categories;
    // Names learnt from the report (lower case), and one pattern for all.
    static constexpr int MaxLearntNames = 200;
    QHash<QString, Category> m_knownNames;
    QRegularExpression m_knownPattern;
    QString m_machineName;
    QHash<QString, QString> m_placeholders; // "<category>|<key>" -> placeholder
    QHash<QString, int> m_counters;
    QList<Replacement> m_replacements;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Redactor::Categories)

#endif // CDOC_REDACTOR_H
