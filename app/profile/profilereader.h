#ifndef CDOC_PROFILEREADER_H
#define CDOC_PROFILEREADER_H

#include "profile.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>

// Reads a helpdesk's profile and refuses a bad one with a message that
// names the part that is wrong: a file that is not JSON or is far too big,
// another kind of document, an unknown setting, a value of the wrong type,
// a target that does not parse, an unknown check, a budget out of range.
class ProfileReader
{
    Q_DECLARE_TR_FUNCTIONS(ProfileReader)

public:
    // Real profiles are a few hundred bytes.
    static constexpr qint64 MaxFileBytes = 64 * 1024;
    static constexpr int MaxMessageLength = 2000;

    static bool read(const QByteArray &json, Profile *profile, QString *error);
    static bool readFile(const QString &path, Profile *profile, QString *error);
    static bool isProfile(const QJsonObject &document);
};

#endif // CDOC_PROFILEREADER_H
