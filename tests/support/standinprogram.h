#ifndef CDOC_STANDINPROGRAM_H
#define CDOC_STANDINPROGRAM_H

#include <QtCore/QString>
#include <QtCore/QStringList>

// Stand-ins for system programs (systemctl, pkexec) in a directory of the
// test's own: each appends its name and arguments to calls.log, then
// answers as answer() told it for its first argument (exit 0, silent, by
// default). The code under test runs them for real, through QProcess.
namespace StandInProgram {
bool write(const QString &directory, const QString &name);
// What NAME FIRST-ARGUMENT prints and exits with.
bool answer(const QString &directory, const QString &name, const QString &firstArgument, const QString &out, int exitCode,
            const QString &err = QString());
// Each call, "name arg1 arg2", in order.
QStringList calls(const QString &directory);
} // namespace StandInProgram

#endif // CDOC_STANDINPROGRAM_H
