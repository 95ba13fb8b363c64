#include "samplereport.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

using namespace Vocabulary;

namespace SampleReport {

Report make()
{
    Report r;
    r.id = QStringLiteral("5d0c3b8e-2f41-4c55-9a57-2b9d0f6c1e01");
    r.target = QStringLiteral("intranet.corp-example.test:8443");
    r.startedAt = QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::OffsetFromUTC, 3600);
    r.finishedAt = r.startedAt.addSecs(180);

    CheckResult interfaces;
    interfaces.id = QStringLiteral("connectivity.interfaces");
    interfaces.status = CheckStatus::Pass;
    interfaces.summary = QStringLiteral("eth0 is up with 192.168.1.20.");
    interfaces.details = {QStringLiteral("eth0 192.168.1.20/24 mac 3C:22:FB:12:34:56 mtu 1500"),
                          QStringLiteral("wlan0 fe80::1c22:fbff:fe12:3456%wlan0 and 10.44.0.7, mac 3c-22-fb-ab-cd-ef"),
                          QStringLiteral("lo 127.0.0.1/8 and ::1")};
    interfaces.data = QJsonObject{{QStringLiteral("addresses"), QJsonArray{QStringLiteral("192.168.1.20"),
                                                                            QStringLiteral("2001:db8:85a3::8a2e:370:7334")}},
                                  {QStringLiteral("10.44.0.7"), QStringLiteral("wlan0")}};
    CheckResult dns;
    dns.id = QStringLiteral("connectivity.dns-servers");
    dns.status = CheckStatus::Warn;
    dns.summary = QStringLiteral("Name server 10.0.0.53 did not answer.");
    dns.details = {QStringLiteral("/etc/resolv.conf names 10.0.0.53 and 203.0.113.53 (search corp-example.test)")};
    CheckResult ports;
    ports.id = QStringLiteral("firewall.port-matrix");
    ports.status = CheckStatus::Fail;
    ports.summary = QStringLiteral("Port 8443 on intranet.corp-example.test is refused; port 443 works.");
    ports.details = {QStringLiteral("443 at [2001:db8:85a3::8a2e:370:7334]:443 answered HTTP/1.1 200 in 2.1 ms"),
                     QStringLiteral("Saved to C:\\Users\\alice\\AppData\\Local\\Temp\\ports.log")};
    ports.resetOrigin = ResetOrigin::NearClient;
    CheckResult proxy;
    proxy.id = QStringLiteral("proxy.settings");
    proxy.status = CheckStatus::Warn;
    proxy.summary = QStringLiteral("A proxy is set: http://proxy.corp-example.test:3128");
    proxy.details = {QStringLiteral("From https_proxy; java.net.SocketException seen by the app")};
    r.checks = {interfaces, dns, ports, proxy};

    for (int i = 0; i < 3; ++i) {
        ProbeResult p;
        p.id = i;
        p.kind = ProbeKind::Exchange;
        p.outcome = i == 1 ? Outcome::Ok : Outcome::Reset;
        p.phase = i == 1 ? Phase::Done : Phase::Receive;
        p.startedAt = r.startedAt.addSecs(i);
        p.elapsedMs = 12.5 + i;
        p.connectMs = 1.25;
        p.bytesSent = 120;
        p.bytesAcked = 120;
        p.bytesReceived = i == 1 ? 512 : 0;
        p.peerAddress = QStringLiteral("198.51.100.7");
        p.localPort = quint16(50400 + i);
        p.peerPort = 8443;
        if (p.outcome == Outcome::Reset) {
            p.resetSender = ResetSender::Middlebox;
            p.resetSenderHops = 3;
        }
        p.httpStatus = i == 1 ? 200 : 0;
        p.detail = i == 1 ? QString() : QStringLiteral("The remote host closed the connection");
        r.probes << p;
    }

    Finding idle;
    idle.id = FindingId::IdleTimeout;
    idle.confidence = 0.9;
    idle.side = Side::TheServer;
    idle.title = QStringLiteral("Idle connections are cut off after about 30 seconds");
    idle.explanation = QStringLiteral("When a connection to intranet.corp-example.test stays quiet, something cuts it off.");
    idle.evidence = {QStringLiteral("Connections from alice-laptop to intranet.corp-example.test were cut after 30 s"),
                     QStringLiteral("Log written to /home/alice/.local/share/connection-doctor/monitor.jsonl")};
    idle.userSteps = {QStringLiteral("Switch on keep-alive in the program.")};
    idle.adminSteps = {QStringLiteral("Check the idle timeout of the load balancer at 198.51.100.7.")};
    idle.data = QJsonObject{{QStringLiteral("idle_timeout_ms"), 30000}};
    Finding overload;
    overload.id = FindingId::ServerOverload;
    overload.confidence = 0.3;
    overload.title = QStringLiteral("The server may be overloaded");
    overload.explanation = QStringLiteral("Some resets came in bursts.");
    overload.evidence = {QStringLiteral("monitor.patterns: bursts of resets")};
    r.findings = {idle, overload};
    r.headline = QStringLiteral("Most likely cause: idle connections to intranet.corp-example.test are cut off after about 30 seconds.");

    Timeline timeline;
    const qint64 start = r.startedAt.toMSecsSinceEpoch();
    for (int s = 0; s < 120; ++s) {
        timeline.add(start + s * 1000, Outcome::Ok, 4);
        if (s % 30 == 29)
            timeline.add(start + s * 1000, Outcome::Reset, 3);
        if (s == 60)
            timeline.add(start + s * 1000, Outcome::Timeout, 1);
    }
    r.timeline = timeline;
    r.events = {NetworkEvent{start + 40000, QStringLiteral("vpn-up"), QStringLiteral("tun0")},
                NetworkEvent{start + 80000, QStringLiteral("proxy-changed"), QStringLiteral("http://proxy.corp-example.test:3128")}};

    // The reset watch: every kind of sender, and secrets in the addresses,
    // the programs' paths (one naming a user the report names nowhere
    // else) and the text inside a reset.
    r.resetWatch.ran = true;
    r.resetWatch.source = WatchSource::KernelEvents;
    r.resetWatch.whyNot = QStringLiteral("Packets were not captured on tun0, so resets there cannot be judged.");
    r.resetWatch.lostEvents = 2;
    auto reset = [start](qint64 afterMs, ResetDirection direction, const QString &program, qint64 pid, const QString &exe,
                         const QString &local, const QString &remote, const QString &state, ResetSender sender,
                         int senderHops, int serverHops, qint64 idleMs, const QStringList &evidence) {
        ResetEvent e;
        e.atMs = start + afterMs;
        e.direction = direction;
        e.program = program;
        e.pid = pid;
        e.exe = exe;
        e.local = local;
        e.remote = remote;
        e.tcpState = state;
        e.owner = program.isEmpty() ? QStringLiteral("not_found") : QStringLiteral("connect");
        e.captured = true;
        e.sender = sender;
        e.senderHops = senderHops;
        e.serverHops = serverHops;
        e.idleMs = idleMs;
        e.evidence = evidence;
        return e;
    };
    const QStringList middlebox{
        QStringLiteral("The reset arrived with TTL 61, from 3 hops away; the server's packets (SYN-ACK) arrive with TTL 53, "
                       "from 11 hops away: a device between you and the server sent it."),
        QStringLiteral("NAT routers and load balancers can change TTLs, and a device can copy the server's: this is strong "
                       "evidence, not proof.")};
    r.resetEvents = {
        reset(29500, ResetDirection::Received, QStringLiteral("curl"), 4242, QStringLiteral("/usr/bin/curl"),
              QStringLiteral("192.168.1.20:50412"), QStringLiteral("198.51.100.7:8443"), QStringLiteral("established"),
              ResetSender::Middlebox, 3, 11, 30000, middlebox),
        reset(59500, ResetDirection::Received, QStringLiteral("curl"), 4242, QStringLiteral("/usr/bin/curl"),
              QStringLiteral("192.168.1.20:50413"), QStringLiteral("198.51.100.7:8443"), QStringLiteral("established"),
              ResetSender::Middlebox, 3, 11, 30010, middlebox),
        reset(89500, ResetDirection::Received, QStringLiteral("sync-tool"), 5120, QStringLiteral("/home/alice/.local/bin/sync-tool"),
              QStringLiteral("192.168.1.20:50600"), QStringLiteral("198.51.100.7:8443"), QStringLiteral("established"),
              ResetSender::Middlebox, 3, 11, 29990,
              {QStringLiteral("Unlike the server's own packets: text inside the reset, \"Blocked, see "
                              "https://files.corp-example.test/policy\".")}),
        reset(100000, ResetDirection::Sent, QStringLiteral("firefox-esr"), 5100, QStringLiteral("/usr/lib/firefox-esr/firefox-esr"),
              QStringLiteral("192.168.1.20:50500"), QStringLiteral("192.0.2.44:443"), QStringLiteral("close_wait"),
              ResetSender::Local, -1, -1, -1,
              {QStringLiteral("This computer sent the reset: firefox-esr ended the connection abruptly.")}),
        reset(120000, ResetDirection::Received, QStringLiteral("ssh"), 6001, QStringLiteral("/usr/bin/ssh"),
              QStringLiteral("10.44.0.7:53122"), QStringLiteral("172.16.5.9:22"), QStringLiteral("established"),
              ResetSender::Server, 2, 2, 600000,
              {QStringLiteral("The reset came from the same distance as the server's packets (SYN-ACK): TTL 62, 2 hops away.")}),
        reset(150000, ResetDirection::Received, QString(), -1, QString(),
              QStringLiteral("[2001:db8:85a3::8a2e:370:7334]:41000"), QStringLiteral("[2001:db8:aaaa::5]:443"),
              QStringLiteral("established"), ResetSender::Unknown, -1, -1, -1,
              {QStringLiteral("The reset's packet was not seen, so who sent it cannot be told.")}),
        reset(160000, ResetDirection::Received, QStringLiteral("backup-agent"), 7007, QStringLiteral("/home/marguerite/bin/backup-agent"),
              QStringLiteral("192.168.1.20:50700"), QStringLiteral("192.0.2.44:443"), QStringLiteral("fin_wait1"),
              ResetSender::Unknown, -1, -1, 1500, {}),
    };
    r.resetEvents[3].kernelReason = QStringLiteral("TCP_ABORT_ON_CLOSE"); // firefox-esr's own reset
    Timeline systemResets;
    for (const ResetEvent &e : std::as_const(r.resetEvents))
        systemResets.add(e.atMs, Outcome::Reset);
    r.systemResets = systemResets;

    EnvironmentInfo &env = r.environment;
    env.os = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    env.kernel = QStringLiteral("linux 6.1.0-13-amd64");
    env.appVersion = QStringLiteral("0.1.0");
    env.qtVersion = QStringLiteral("6.4.2");
    env.hostName = QStringLiteral("alice-laptop.corp-example.test");
    env.userName = QStringLiteral("alice");
    env.timeZone = QStringLiteral("Europe/Berlin (UTC+01:00)");
    env.interfaces = {
        {QStringLiteral("lo"), QStringLiteral("loopback"), false, 65536, true, {QStringLiteral("127.0.0.1/8"), QStringLiteral("::1/128")}, QStringLiteral("00:00:00:00:00:00")},
        {QStringLiteral("eth0"), QStringLiteral("ethernet"), false, 1500, true,
         {QStringLiteral("192.168.1.20/24"), QStringLiteral("2001:db8:85a3::8a2e:370:7334/64")}, QStringLiteral("3C:22:FB:12:34:56")},
        {QStringLiteral("tun0"), QStringLiteral("virtual"), true, 1380, true, {QStringLiteral("100.64.1.2/32")}, QString()},
    };
    env.proxy = {QStringLiteral("https_proxy=http://proxy.corp-example.test:3128")};
    env.dnsServers = {QStringLiteral("10.0.0.53"), QStringLiteral("203.0.113.53")};
    return r;
}

QStringList secrets(Redactor::Category category)
{
    switch (category) {
    case Redactor::PublicAddresses:
        return {QStringLiteral("203.0.113.53"), QStringLiteral("198.51.100.7"), QStringLiteral("2001:db8:85a3::8a2e:370:7334"),
                QStringLiteral("192.0.2.44"), QStringLiteral("2001:db8:aaaa::5")};
    case Redactor::PrivateAddresses:
        return {QStringLiteral("192.168.1.20"), QStringLiteral("10.0.0.53"), QStringLiteral("10.44.0.7"),
                QStringLiteral("fe80::1c22:fbff:fe12:3456"), QStringLiteral("100.64.1.2"), QStringLiteral("172.16.5.9")};
    case Redactor::HostNames:
        return {QStringLiteral("intranet.corp-example.test"), QStringLiteral("proxy.corp-example.test"),
                QStringLiteral("files.corp-example.test")};
    case Redactor::UserAndMachineNames:
        return {QStringLiteral("alice-laptop"), QStringLiteral("alice"), QStringLiteral("marguerite")};
    case Redactor::MacAddresses:
        return {QStringLiteral("3C:22:FB:12:34:56"), QStringLiteral("3c-22-fb-ab-cd-ef")};
    case Redactor::FilePaths:
        return {QStringLiteral("/home/alice/.local/share/connection-doctor/monitor.jsonl"),
                QStringLiteral("C:\\Users\\alice\\AppData\\Local\\Temp\\ports.log"),
                QStringLiteral("/home/alice/.local/bin/sync-tool"), QStringLiteral("/home/marguerite/bin/backup-agent")};
    }
    return {};
}

QStringList fragments()
{
    return {QStringLiteral("alice"), QStringLiteral("corp-example"), QStringLiteral("3c:22:fb"), QStringLiteral("3c-22-fb"),
            QStringLiteral("AppData"), QStringLiteral("monitor.jsonl"), QStringLiteral("2001:db8"), QStringLiteral("fe80::1c22"),
            QStringLiteral("198.51.100"), QStringLiteral("203.0.113"), QStringLiteral("192.168.1"), QStringLiteral("10.0.0.53"),
            QStringLiteral("10.44.0"), QStringLiteral("100.64.1"), QStringLiteral("192.0.2"), QStringLiteral("172.16.5"),
            QStringLiteral("bin/sync-tool"), QStringLiteral("bin/backup-agent")};
}

QStringList harmless()
{
    return {QStringLiteral("127.0.0.1"), QStringLiteral("/etc/resolv.conf"), QStringLiteral("HTTP/1.1 200"),
            QStringLiteral("java.net.SocketException"), QStringLiteral("connectivity.interfaces"), QStringLiteral("monitor.patterns"),
            QStringLiteral("Debian GNU/Linux 12"), QStringLiteral("6.4.2"), QStringLiteral("tun0"), QStringLiteral("8443"),
            // The reset log's program names and system paths say nothing about the user.
            QStringLiteral("curl"), QStringLiteral("firefox-esr"), QStringLiteral("/usr/bin/curl"), QStringLiteral(":50412")};
}

} // namespace SampleReport
