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
        return {QStringLiteral("203.0.113.53"), QStringLiteral("198.51.100.7"), QStringLiteral("2001:db8:85a3::8a2e:370:7334")};
    case Redactor::PrivateAddresses:
        return {QStringLiteral("192.168.1.20"), QStringLiteral("10.0.0.53"), QStringLiteral("10.44.0.7"),
                QStringLiteral("fe80::1c22:fbff:fe12:3456"), QStringLiteral("100.64.1.2")};
    case Redactor::HostNames:
        return {QStringLiteral("intranet.corp-example.test"), QStringLiteral("proxy.corp-example.test")};
    case Redactor::UserAndMachineNames:
        return {QStringLiteral("alice-laptop"), QStringLiteral("alice")};
    case Redactor::MacAddresses:
        return {QStringLiteral("3C:22:FB:12:34:56"), QStringLiteral("3c-22-fb-ab-cd-ef")};
    case Redactor::FilePaths:
        return {QStringLiteral("/home/alice/.local/share/connection-doctor/monitor.jsonl"),
                QStringLiteral("C:\\Users\\alice\\AppData\\Local\\Temp\\ports.log")};
    }
    return {};
}

QStringList fragments()
{
    return {QStringLiteral("alice"), QStringLiteral("corp-example"), QStringLiteral("3c:22:fb"), QStringLiteral("3c-22-fb"),
            QStringLiteral("AppData"), QStringLiteral("monitor.jsonl"), QStringLiteral("2001:db8"), QStringLiteral("fe80::1c22"),
            QStringLiteral("198.51.100"), QStringLiteral("203.0.113"), QStringLiteral("192.168.1"), QStringLiteral("10.0.0.53"),
            QStringLiteral("10.44.0"), QStringLiteral("100.64.1")};
}

QStringList harmless()
{
    return {QStringLiteral("127.0.0.1"), QStringLiteral("/etc/resolv.conf"), QStringLiteral("HTTP/1.1 200"),
            QStringLiteral("java.net.SocketException"), QStringLiteral("connectivity.interfaces"), QStringLiteral("monitor.patterns"),
            QStringLiteral("Debian GNU/Linux 12"), QStringLiteral("6.4.2"), QStringLiteral("tun0"), QStringLiteral("8443")};
}

} // namespace SampleReport
