#include "standinprogram.h"

#include <QtCore/QDir>
#include <QtCore/QFile>

namespace StandInProgram {

bool write(const QString &directory, const QString &name)
{
    QFile file(QDir(directory).filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("#!/bin/sh\n"
               "dir=$(dirname \"$0\")\n"
               "echo \"$(basename \"$0\") $*\" >> \"$dir/calls.log\"\n"
               "key=$(basename \"$0\")-$1\n"
               "[ -f \"$dir/$key.out\" ] && cat \"$dir/$key.out\"\n"
               "[ -f \"$dir/$key.err\" ] && cat \"$dir/$key.err\" >&2\n"
               "[ -f \"$dir/$key.exit\" ] && exit \"$(cat \"$dir/$key.exit\")\"\n"
               "exit 0\n");
    file.close();
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

bool answer(const QString &directory, const QString &name, const QString &firstArgument, const QString &out, int exitCode,
            const QString &err)
{
    const QString key = QDir(directory).filePath(name + QLatin1Char('-') + firstArgument);
    bool ok = true;
    for (const auto &[suffix, bytes] : {std::pair{".out", out.toUtf8()}, std::pair{".err", err.toUtf8()},
                                        std::pair{".exit", QByteArray::number(exitCode)}}) {
        QFile f(key + QLatin1String(suffix));
        ok = f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && ok;
    }
    return ok;
}

QStringList calls(const QString &directory)
{
    QFile log(QDir(directory).filePath(QStringLiteral("calls.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace StandInProgram
