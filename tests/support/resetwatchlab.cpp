#include "resetwatchlab.h"

#include <QtCore/QFile>
#include <QtCore/QStandardPaths>

ResetWatchLab::ResetWatchLab() = default;

ResetWatchLab::~ResetWatchLab()
{
    m_peers.kill();
    m_peers.waitForFinished(5000);
}

bool ResetWatchLab::create(const QString &peersScript, QString *whyNot)
{
    for (TestNamespace *ns : {&m_client, &m_router, &m_server}) {
        if (!ns->create(whyNot))
            return false;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
        *whyNot = QStringLiteral("needs curl (scripts/setup.sh installs it)");
        return false;
    }
    // The kernel's TCP tracepoints are read through tracefs.
    if (!QFile::exists(QStringLiteral("/sys/kernel/tracing/events/tcp")))
        QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tracefs"), QStringLiteral("nodev"),
                                                    QStringLiteral("/sys/kernel/tracing")});
    auto veth = [](const QString &a, const QString &nsA, const QString &b, const QString &nsB) {
        return QProcess::execute(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("add"), a, QStringLiteral("netns"), nsA,
                                                        QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"),
                                                        QStringLiteral("name"), b, QStringLiteral("netns"), nsB}) == 0;
    };
    auto sh = [](const TestNamespace &ns, const QString &line) {
        return ns.exec({QStringLiteral("sh"), QStringLiteral("-c"), line}) == 0;
    };
    if (!veth(QStringLiteral("wc0"), m_client.name(), QStringLiteral("wr0"), m_router.name())
        || !veth(QStringLiteral("wr1"), m_router.name(), QStringLiteral("ws0"), m_server.name())
        || !sh(m_client, QStringLiteral("ip addr add 10.91.1.2/24 dev wc0 && ip addr add fd00:91:1::2/64 dev wc0 nodad && ip link set wc0 up"
                                        " && ip route add default via 10.91.1.1 && ip -6 route add default via fd00:91:1::1"))
        || !sh(m_router, QStringLiteral("ip addr add 10.91.1.1/24 dev wr0 && ip addr add fd00:91:1::1/64 dev wr0 nodad && ip link set wr0 up"
                                        " && ip addr add 10.91.2.1/24 dev wr1 && ip addr add fd00:91:2::1/64 dev wr1 nodad && ip link set wr1 up"
                                        " && sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=1"))
        || !sh(m_server, QStringLiteral("ip addr add 10.91.2.2/24 dev ws0 && ip addr add fd00:91:2::2/64 dev ws0 nodad && ip link set ws0 up"
                                        " && ip route add default via 10.91.2.1 && ip -6 route add default via fd00:91:2::1"))) {
        *whyNot = QStringLiteral("cannot wire the client, router and server namespaces");
        return false;
    }
    if (!m_router.nft(QStringLiteral("table inet cdoc {\n"
                                     "  chain forward {\n"
                                     "    type filter hook forward priority 0;\n"
                                     "    tcp dport 8002 tcp flags & psh == psh reject with tcp reset\n"
                                     "    tcp dport 8004 tcp flags & (syn | ack) == syn reject with tcp reset\n"
                                     "  }\n"
                                     "}\n"))) {
        *whyNot = QStringLiteral("nft refused the router's rules");
        return false;
    }
    m_script = m_dir.filePath(QStringLiteral("peers.py"));
    if (!QFile::copy(peersScript, m_script)) {
        *whyNot = QStringLiteral("cannot copy ") + peersScript;
        return false;
    }
    m_peers.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), m_server.name(), QStringLiteral("python3"),
                                         m_script, QStringLiteral("server"), ServerV4, ServerV6});
    if (!m_peers.waitForStarted(5000) || !m_peers.waitForReadyRead(10000) || m_peers.readLine().trimmed() != "ready") {
        *whyNot = QStringLiteral("the test server did not start: ") + QString::fromLocal8Bit(m_peers.readAllStandardError());
        return false;
    }
    return true;
}

QByteArray ResetWatchLab::inClient(const QStringList &command, int boundMs) const
{
    // curl (56) and the app's probes (1) end with a failure status here:
    // the resets are what the tests are about.
    QByteArray output;
    m_client.exec(command, &output, boundMs);
    return output;
}

QStringList ResetWatchLab::clientCommand(const QString &mode, const QString &host, int port, int count) const
{
    return {QStringLiteral("python3"), m_script, QStringLiteral("client"), mode, host, QString::number(port), QString::number(count)};
}

QByteArray ResetWatchLab::python(const QString &mode, const QString &host, int port, int count) const
{
    return inClient(clientCommand(mode, host, port, count)).trimmed();
}

QByteArray ResetWatchLab::pythonFromServer(const QString &mode, const QString &host, int port, int count) const
{
    QByteArray output;
    m_server.exec(clientCommand(mode, host, port, count), &output, 120000);
    return output.trimmed();
}

void ResetWatchLab::curl(const QString &host, int port, int count) const
{
    for (int i = 0; i < count; ++i)
        inClient({QStringLiteral("curl"), QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("--max-time"),
                  QStringLiteral("5"), QStringLiteral("http://%1:%2/").arg(host).arg(port)});
}

QString ResetWatchLab::helperInClient(const QString &helper) const
{
    const QString path = m_dir.filePath(QStringLiteral("helper-in-client"));
    QFile wrapper(path);
    if (!wrapper.open(QIODevice::WriteOnly))
        return {};
    wrapper.write(QStringLiteral("#!/bin/sh\nexec ip netns exec %1 %2 \"$@\"\n").arg(m_client.name(), helper).toUtf8());
    wrapper.close();
    wrapper.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}
