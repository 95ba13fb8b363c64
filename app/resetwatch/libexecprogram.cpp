#include "libexecprogram.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QStringList>

QString libexecProgramPath(const QString &name, bool executable)
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        appDir + QLatin1Char('/') + name,
        appDir + QLatin1String("/../libexec/connection-doctor/") + name,
        QStringLiteral(CDOC_LIBEXEC_DIR "/connection-doctor/") + name,
    };
    for (const QString &path : candidates) {
        const QFileInfo file(path);
        if (file.isFile() && (!executable || file.isExecutable()))
            return file.canonicalFilePath();
    }
    return {};
}
