#include "testnamespace.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>

#include <unistd.h>

namespace {
int runCommand(const QString &program, const QStringList &arguments, QByteArray *output,
               int boundMs, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(5000))
        return -1;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(boundMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
} // namespace

TestNamespace::TestNamespace(const QString &role)
    : m_name(QStringLiteral("cdoc-%1-%2").arg(role).arg(QCoreApplication::applicationPid()))
{
}

TestNamespace::~TestNamespace()
{
    if (!m_created)
        return;
    runCommand(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("delete"), m_name}, nullptr, 10000);
    QDir(QStringLiteral("/etc/netns/") + m_name).removeRecursively();
}

bool TestNamespace::create(QString *whyNot)
{
#if defined(Q_OS_LINUX)
    if (::geteuid() != 0) {
        *whyNot = QStringLiteral("needs root to create a network namespace (CI runs as root)");
        return false;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty()) {
        *whyNot = QStringLiteral("needs the ip command (iproute2)");
        return false;
    }
    QByteArray output;
    if (runCommand(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), m_name}, &output, 10000) != 0) {
        *whyNot = QStringLiteral("ip netns add failed: ") + QString::fromLocal8Bit(output).trimmed();
        return false;
    }
    m_created = true;
    // `ip netns exec` mounts /etc/netns/NAME/resolv.conf over the real one:
    // name lookups inside go to a local port where nothing answers.
    const QString etc = QStringLiteral("/etc/netns/") + m_name;
    QDir().mkpath(etc);
    QFile resolv(etc + QStringLiteral("/resolv.conf"));
    if (!resolv.open(QIODevice::WriteOnly)
        || resolv.write("nameserver 127.0.0.1\noptions timeout:1 attempts:1\n") < 0) {
        *whyNot = QStringLiteral("cannot write ") + resolv.fileName();
        return false;
    }
    resolv.close();
    if (!ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")})) {
        *whyNot = QStringLiteral("cannot bring loopback up in the namespace");
        return false;
    }
    return true;
#else
    *whyNot = QStringLiteral("network namespaces are Linux only");
    return false;
#endif
}

int TestNamespace::exec(const QStringList &command, QByteArray *output, int boundMs) const
{
    return runCommand(QStringLiteral("ip"),
                      QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_name} + command,
                      output, boundMs);
}

bool TestNamespace::ip(const QStringList &arguments) const
{
    return exec(QStringList{QStringLiteral("ip")} + arguments, nullptr, 10000) == 0;
}

bool TestNamespace::nft(const QString &ruleset) const
{
    return runCommand(QStringLiteral("ip"),
                      {QStringLiteral("netns"), QStringLiteral("exec"), m_name, QStringLiteral("nft"), QStringLiteral("-f"), QStringLiteral("-")},
                      nullptr, 10000, ruleset.toUtf8()) == 0;
}
