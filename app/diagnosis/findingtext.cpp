#include "findingtext.h"

#include "resetwatch/resetwording.h"
#include "statistics/proportion.h"

#include <QtCore/QJsonArray>
#include <QtCore/QLocale>

using Vocabulary::FindingId;
using Vocabulary::IdleEnd;
using Vocabulary::Rejection;

namespace {

// Who sent the resets a finding is about, in one sentence, from its data's
// "sender" (the reset watch's packets): a device, the server, or, when no
// packet was seen, both possibilities.
QString senderSentence(const QJsonObject &d)
{
    const QString sender = d.value(QLatin1String("sender")).toString();
    const int hops = d.value(QLatin1String("sender_hops")).toInt();
    if (sender == QLatin1String("middlebox"))
        return hops > 0 ? FindingText::tr("The packets show that a device %n hop(s) from you, not the server, sent the resets.", nullptr, hops)
                        : FindingText::tr("The packets show that a device on the way, not the server, sent the resets.");
    if (sender == QLatin1String("server"))
        return FindingText::tr("The packets show that the server itself sent the resets.");
    return FindingText::tr("Whether the server or a device on the way (a firewall or filter) sent the resets is not known.");
}

bool senderIsServer(const QJsonObject &d)
{
    return d.value(QLatin1String("sender")).toString() == QLatin1String("server");
}

} // namespace


void FindingText::fill(Finding *f)
{
    const QJsonObject &d = f->data;
    switch (f->id) {
    case FindingId::NoConnectivity:
        f->title = tr("This computer is not connected to the internet");
        f->explanation = tr("Your computer has no working connection to the internet at the moment, so no service can be reached. This is not a fault of the service you were using.");
        f->userSteps = {tr("Check that Wi-Fi is switched on and connected, or that the network cable is plugged in."),
                        tr("Restart your router, wait two minutes, and try again."),
                        tr("If other devices on the same network cannot reach the internet either, call your internet provider.")};
        f->adminSteps = {tr("Check the interface state, the default route and the gateway listed in the report's connectivity checks."),
                         tr("Check DHCP leases and the upstream link.")};
        break;
    case FindingId::DnsFailure:
        f->title = d.value(QLatin1String("name_missing")).toBool() ? tr("The server's name cannot be found")
                                                                   : tr("Web addresses cannot be looked up");
        f->explanation = d.value(QLatin1String("name_missing")).toBool()
            ? tr("Other names can be looked up, but this one cannot: it may be misspelled, or it may no longer exist.")
            : tr("Your computer cannot turn names like www.example.com into addresses, because the name service (DNS) it uses does not answer. Every connection by name fails.");
        f->userSteps = d.value(QLatin1String("name_missing")).toBool()
            ? QStringList{tr("Check the spelling of the address."), tr("Ask whoever gave you the address whether it is still valid.")}
            : QStringList{tr("Restart your router and your computer."), tr("If you use a VPN, switch it off and try again.")};
        f->adminSteps = {tr("Check the DNS servers listed in the report and that they answer on port 53."),
                         tr("Check the zone of the name; query it directly with dig or nslookup.")};
        break;
    case FindingId::CaptivePortal:
        f->title = tr("A sign-in page is in the way");
        f->explanation = tr("The network you are on (in a hotel, on a train, a guest network) wants you to sign in or accept terms on a web page first. Until then it cuts off or redirects connections.");
        f->userSteps = {tr("Open a web browser and go to any web site: the sign-in page should appear. Sign in, then try again.")};
        f->adminSteps = {tr("Whitelist the service in the captive portal, or let the device authenticate before use.")};
        break;
    case FindingId::PortClosed:
        f->title = tr("The service is not running, or not on this port");
        f->explanation = tr("The server itself answers that nothing accepts connections on this port. The service may be stopped, crashed, or moved to another port.");
        f->userSteps = {tr("Check that the address and port are right."), tr("Tell the service's administrator that it refuses connections.")};
        f->adminSteps = {tr("Check that the service is running and listening on the port (ss -ltnp, netstat -an)."),
                         tr("Check the server's own firewall and any security group in front of it.")};
        break;
    case FindingId::FirewallBlock:
        f->title = tr("A firewall blocks this connection");
        if (d.contains(QLatin1String("middlebox_resets"))) {
            // From the reset watch: the packets said who, not the ports.
            f->title = tr("A device on the way cuts your connections");
            const int hops = d.value(QLatin1String("middlebox_hops")).toInt();
            const int serverHops = d.value(QLatin1String("server_hops")).toInt();
            f->explanation = hops > 0 && serverHops > 0
                ? tr("The connections are cut off by a device %n hop(s) from you — a firewall, filter, proxy or security appliance on the way — not by the server, which is %1 hops away.", nullptr, hops)
                      .arg(serverHops)
                : tr("The connections are cut off by a device on the way — a firewall, filter, proxy or security appliance — not by the server.");
            f->userSteps = {tr("If you have a security program or firewall, allow the program you use, or pause the security program briefly to test."),
                            tr("Try from another network (a phone hotspot): if it works there, a device on your network cuts the connections.")};
            f->adminSteps = {tr("Find the device at that distance (traceroute to the server) and look in its logs for the resets; firewalls, intrusion prevention and web filters send them."),
                             tr("Adjust the rule that resets these connections, then watch again.")};
            break;
        }
        f->explanation = d.value(QLatin1String("near_client")).toBool()
            ? tr("The connection is turned away by something close to you — a firewall or security program on this computer, or your network's firewall — before it reaches the server. Other ports on the same server work.")
            : tr("Connections to this port are blocked on the way while other ports on the same server work: a firewall rule for this port.");
        f->userSteps = {tr("If you have a security program or firewall, allow the program you use, or pause the security program briefly to test."),
                        tr("Try from another network (a phone hotspot): if it works there, your network blocks it.")};
        f->adminSteps = {tr("Look for a rule that rejects or drops the port in the local firewall (nft list ruleset, Windows Defender Firewall) and on the network's firewall."),
                         tr("Adjust the firewall rule to allow the destination port, then run the diagnosis again.")};
        break;
    case FindingId::ProxyInterference:
        f->title = tr("The proxy server blocks or breaks the connection");
        f->explanation = tr("Your connections go through a proxy server, and the proxy refuses or cuts off connections to this service, while a direct connection works.");
        f->userSteps = {tr("Ask your IT department to allow this service through the proxy."),
                        tr("To test, bypass the proxy for this address (add it to the proxy exceptions).")};
        f->adminSteps = {tr("Check the proxy's access rules and allowed ports for this destination (for HTTP CONNECT, the allowed ports list)."),
                         tr("Check the proxy's logs for the refusal quoted in the evidence.")};
        break;
    case FindingId::VpnInterference:
        f->title = d.value(QLatin1String("mtu")).toBool() ? tr("Large packets get lost in the VPN or tunnel")
                                                           : tr("The VPN may be cutting the connection");
        f->explanation = d.value(QLatin1String("mtu")).toBool()
            ? tr("Small messages get through, but large ones get stuck: the VPN or tunnel cannot carry full-sized packets and drops them. Uploads and downloads stall and then break.")
            : tr("A VPN is switched on and carries your traffic; VPNs often end idle or busy connections on their own.");
        f->userSteps = {tr("Switch the VPN off and try again; if it works, tell the VPN's provider or your IT department.")};
        f->adminSteps = {tr("Lower the tunnel's MTU (for example to 1400), or enable MSS clamping on the VPN gateway."),
                         tr("Check that ICMP \"fragmentation needed\" messages are not blocked on the path.")};
        break;
    case FindingId::IdleTimeout: {
        const int seconds = qMax(1, qRound(d.value(QLatin1String("idle_timeout_ms")).toDouble() / 1000.0));
        const int keepAlive = d.value(QLatin1String("keepalive_interval_s")).toInt();
        const IdleEnd end = Vocabulary::idleEndFromWireName(d.value(QLatin1String("end")).toString()).value_or(IdleEnd::Reset);
        const int senderHops = d.value(QLatin1String("sender_hops")).toInt();
        switch (end) {
        case IdleEnd::Closed:
            f->title = tr("Idle connections are closed after about %n second(s)", nullptr, seconds);
            f->explanation = tr("When a connection stays quiet for about %n second(s), the server or a load balancer in front of it closes it politely. "
                                "A program that uses such a connection again gets an error, or a reset from a device that has lost track of it.", nullptr, seconds);
            break;
        case IdleEnd::ResetOnResume:
            f->title = tr("Idle connections are forgotten after about %n second(s)", nullptr, seconds);
            f->explanation = tr("When a connection stays quiet for about %n second(s), something on the way (a firewall or NAT router) or the server forgets it. "
                                "Nothing happens during the pause; the first message sent after it is answered with a reset.", nullptr, seconds);
            break;
        case IdleEnd::SilentDrop:
        case IdleEnd::Inconsistent:
            f->title = tr("Idle connections are silently dropped after about %n second(s)", nullptr, seconds);
            f->explanation = tr("When a connection stays quiet for about %n second(s), something on the way (a router or firewall) forgets it without telling anyone. "
                                "The first message sent after the pause gets no answer at all, and the program waits until it gives up.", nullptr, seconds);
            break;
        case IdleEnd::Reset:
            f->title = tr("Idle connections are cut off after about %n second(s)", nullptr, seconds);
            f->explanation = d.value(QLatin1String("sender")).toString() == QLatin1String("middlebox") && senderHops > 0
                ? tr("When a connection stays quiet for about %1, a device %n hop(s) from you (a router, NAT or firewall) — not the server — cuts it off with a reset.",
                     nullptr, senderHops).arg(tr("%n second(s)", nullptr, seconds))
                : tr("When a connection stays quiet for about %n second(s), the server or a device in front of it (a load balancer or firewall) cuts it off with a reset, during the pause.",
                     nullptr, seconds);
            break;
        }
        f->userSteps = {tr("This happens after pauses: if the program has a \"keep alive\" or \"reconnect\" setting, switch it on."),
                        tr("Tell the service's support the number above: it is the cause.")};
        f->adminSteps = {tr("Enable TCP keep-alive (or application pings) every %n second(s) or less, below the idle timeout of about %1.", nullptr, keepAlive)
                             .arg(tr("%n second(s)", nullptr, seconds)),
                         tr("Or raise the idle timeout on the server, load balancer or firewall (for example nginx keepalive_timeout, an AWS ELB idle timeout, a NAT or firewall session timeout)."),
                         tr("Make clients reconnect and retry, with exponential backoff, when a pooled connection turns out dead.")};
        break;
    }
    case FindingId::PayloadLimit: {
        const QString limit = QLocale().formattedDataSize(d.value(QLatin1String("payload_limit_bytes")).toInteger());
        const Rejection by = Vocabulary::rejectionFromWireName(d.value(QLatin1String("rejected_by")).toString()).value_or(Rejection::Reset);
        const QString raise = tr("Raise the request size limit: nginx client_max_body_size, Apache LimitRequestBody, IIS maxAllowedContentLength, or the limit of the proxy or web application firewall in front.");
        switch (by) {
        case Rejection::Http413:
            f->title = tr("Uploads larger than about %1 are refused").arg(limit);
            f->explanation = tr("The server accepts requests up to about %1 and answers larger ones with \"413 Payload Too Large\": it says no, and the connection is not cut off. Smaller requests work.").arg(limit);
            f->adminSteps = {raise};
            break;
        case Rejection::Closed:
            f->title = tr("Uploads larger than about %1 are stopped").arg(limit);
            f->explanation = tr("The server (or something in front of it) accepts requests up to about %1 and closes the connection while a larger one is still being sent, without an answer. Smaller requests work.").arg(limit);
            f->adminSteps = {raise, tr("Prefer answering 413 Payload Too Large to closing the connection, so clients can say why.")};
            break;
        case Rejection::Reset:
            f->title = tr("Uploads larger than about %1 are cut off").arg(limit);
            f->explanation = tr("The server (or something in front of it) accepts requests up to about %1 and cuts off anything larger with a reset, halfway through sending. Smaller requests work.").arg(limit);
            f->adminSteps = {raise, tr("Prefer answering 413 Payload Too Large to cutting the connection, so clients can say why.")};
            break;
        }
        f->userSteps = {tr("Try with a smaller file or fewer items at once."),
                        tr("Tell the service's administrator the size limit above.")};
        break;
    }
    case FindingId::ServerOverload: {
        const QJsonArray levels = d.value(QLatin1String("levels")).toArray();
        f->title = tr("The server is overloaded");
        const QString kind = d.value(QLatin1String("grown_kind")).toString();
        const bool resets = d.value(QLatin1String("grown_by")).toString() != QLatin1String("abnormal");
        const QLatin1String rate = resets ? QLatin1String("reset_rate") : QLatin1String("abnormal_rate");
        if (levels.size() >= 2) {
            const QJsonObject first = levels.first().toObject(), last = levels.last().toObject();
            const int most = last.value(QLatin1String("concurrency")).toInt();
            const QString alone = Proportion::percentText(first.value(rate).toDouble());
            const QString busy = Proportion::percentText(last.value(rate).toDouble());
            QString what;
            if (resets)
                what = tr("The more connections there are at the same time, the more of them the server cuts off: %1% alone, %2% with %n at once.", nullptr, most);
            else if (kind == QLatin1String("closed"))
                what = tr("The more connections there are at the same time, the more of them the server closes without an answer (no reset): %1% alone, %2% with %n at once.", nullptr, most);
            else if (kind == QLatin1String("timeout"))
                what = tr("The more connections there are at the same time, the more of them get no answer in time: %1% alone, %2% with %n at once.", nullptr, most);
            else
                what = tr("The more connections there are at the same time, the more of them end without a normal answer: %1% alone, %2% with %n at once.", nullptr, most);
            f->explanation = what.arg(alone, busy) + QLatin1Char(' ') + tr("It is overloaded or limits how many clients it serves at once.");
        } else {
            f->explanation = tr("The more connections there are at the same time, the more of them the server cuts off: it is overloaded or limits how many clients it serves at once.");
        }
        f->userSteps = {tr("Try again later, outside busy hours."), tr("If your program makes many connections at once, reduce them.")};
        f->adminSteps = {tr("Check the server's load, connection limits and accept queue (listen backlog, worker count, rate limits)."),
                         tr("Add capacity, or raise the limits; make clients retry with exponential backoff.")};
        break;
    }
    case FindingId::NetworkInterruption:
        if (d.contains(QLatin1String("reset_share"))) {
            const QJsonArray ci = d.value(QLatin1String("reset_share_ci")).toArray();
            f->title = tr("About %1% of connections are cut off at random").arg(Proportion::percentText(d.value(QLatin1String("reset_share")).toDouble()));
            f->explanation = (d.value(QLatin1String("load_decided")).toBool(true)
                                  ? tr("%1 of %n connection(s) were cut off (the true share is likely between %2% and %3%), whether few or many were open at once: not a load problem.",
                                       nullptr, d.value(QLatin1String("connections")).toInt())
                                  : tr("%1 of %n connection(s) were cut off (the true share is likely between %2% and %3%). Whether more are cut off under load could not be told in the time allowed.",
                                       nullptr, d.value(QLatin1String("connections")).toInt()))
                                 .arg(d.value(QLatin1String("resets")).toInt())
                                 .arg(Proportion::percentText(ci.at(0).toDouble()), Proportion::percentText(ci.at(1).toDouble()))
                + QLatin1Char(' ') + senderSentence(d);
        } else {
            f->title = tr("The network connection may be unstable");
            f->explanation = tr("This computer's counters show connections being reset while the tests ran: the network between you and the servers may drop them now and then.");
        }
        f->userSteps = {tr("If you are on Wi-Fi, move closer to the router or try a cable."),
                        tr("Restart your router; if it keeps happening, call your internet provider.")};
        f->adminSteps = {tr("Check the path for loss and flapping links (mtr, interface error counters), and the server's logs at the times of the resets."),
                         tr("Make clients retry with exponential backoff.")};
        break;
    case FindingId::TlsInterference:
        f->title = tr("Secure connections to this site are being filtered");
        f->explanation = tr("When your computer asks for a secure connection to this site by name, something on the way cuts it off; the same request with another name goes through. A filter (security software, a company or country firewall) is reading the name.");
        f->userSteps = {tr("If you have security software that checks web traffic, switch that feature off briefly to test."),
                        tr("Try from another network (a phone hotspot).")};
        f->adminSteps = {tr("Check web filtering and TLS inspection rules for this host name on firewalls and security software.")};
        break;
    case FindingId::ApplicationReset:
        if (d.contains(QLatin1String("sent_resets"))) {
            // From the reset watch: the program on this computer ended its
            // own connections, by the system's reason.
            const QString program = d.value(QLatin1String("program")).toString();
            f->title = tr("%1 on this computer ends its own connections").arg(program);
            f->explanation = tr("The resets that ended %1's connections to %2 came from this computer, because the program itself ended them: %3. That is an error or a habit of the program, not of the network or the server.")
                                 .arg(program, d.value(QLatin1String("server")).toString(),
                                      ResetWording::kernelReasonText(d.value(QLatin1String("kernel_reason")).toString()));
            f->userSteps = {tr("Update %1, or try another program for the same task.").arg(program),
                            tr("Tell whoever supports %1 when it happened: the times are in the report.").arg(program)};
            f->adminSteps = {tr("Look at how the program closes its connections: closing a socket with received data unread, or with a zero linger time, makes the system send a reset (the report names the system's reason for each)."),
                             tr("Check the program's logs at the times of the resets for errors that made it give up on the connection.")};
            break;
        }
        if (d.contains(QLatin1String("server_resets"))) {
            // From the reset watch: the user's own program's connections.
            f->title = tr("The server itself resets %1's connections").arg(d.value(QLatin1String("program")).toString());
            f->explanation = tr("The resets come from the server (%1) itself, not from a device on the way: its software, or something on the server, ends these connections.")
                                 .arg(d.value(QLatin1String("server")).toString());
            f->userSteps = {tr("Tell the service's administrator when the resets happened: the times are in the report.")};
            f->adminSteps = {tr("Check the application's logs at the times of the resets; look for crashes, restarts, timeouts, or access rules that reject this client."),
                             tr("Check connection limits (per-IP limits, fail2ban, rate limiting).")};
            break;
        }
        {
            const bool every = d.value(QLatin1String("reset_share")).toDouble() >= 1.0;
            const int connections = d.value(QLatin1String("connections")).toInt();
            const QJsonArray ci = d.value(QLatin1String("reset_share_ci")).toArray();
            const QString share = Proportion::percentText(d.value(QLatin1String("reset_share")).toDouble());
            if (senderIsServer(d)) {
                f->title = every ? tr("The server cuts off every connection right away")
                                 : tr("The server cuts off about %1% of connections right away").arg(share);
            } else {
                // Nobody saw who sent them: the words name both.
                f->title = every ? tr("Every connection is cut off right away, by the server or a device on the way")
                                 : tr("About %1% of connections are cut off right away, by the server or a device on the way").arg(share);
            }
            f->explanation = (every ? tr("All %n connection(s) opened and were then cut off at once.", nullptr, connections)
                                    : tr("%1 of %n connection(s) opened and were then cut off (the true share is likely between %2% and %3%); the others worked.",
                                         nullptr, connections)
                                          .arg(d.value(QLatin1String("resets")).toInt())
                                          .arg(Proportion::percentText(ci.at(0).toDouble()), Proportion::percentText(ci.at(1).toDouble())))
                + QLatin1Char(' ') + senderSentence(d);
            if (senderIsServer(d)) {
                f->userSteps = {tr("Try again in a few minutes."), tr("Tell the service's administrator: connections are reset as soon as they open.")};
                f->adminSteps = {tr("Check the application's logs at the time of the test; look for crashes, restarts, or access rules that reject this client."),
                                 tr("Check connection limits (per-IP limits, fail2ban, rate limiting).")};
            } else {
                f->userSteps = {tr("Try from another network (a phone hotspot): if it works there, a device on your network cuts the connections."),
                                tr("Tell the service's administrator: connections are reset as soon as they open.")};
                f->adminSteps = {tr("Check the application's logs at the time of the test; look for crashes, restarts, or access rules that reject this client."),
                                 tr("Look in the logs of firewalls and intrusion-prevention systems on the way for resets of this address; run the diagnosis with the reset watch to see who sends them.")};
            }
        }
        break;
    case FindingId::UnexpectedAnswer: {
        const int connections = d.value(QLatin1String("connections")).toInt();
        const int answers = d.value(QLatin1String("answers")).toInt();
        const bool every = connections > 0 && answers == connections;
        if (d.value(QLatin1String("answer")).toString() == QLatin1String("endless")) {
            f->title = tr("The service's answers never end");
            f->explanation = (every ? tr("Every connection to the service (%n in all) got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.",
                                         nullptr, connections)
                                    : tr("%1 of %n connection(s) to the service got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.",
                                         nullptr, connections)
                                          .arg(answers))
                + QLatin1Char(' ')
                + tr("A program that waits for the end of such an answer waits for ever, or gives up and cuts the connection. A server stuck in a loop, or a device on the way that holds connections open, does this.");
            f->userSteps = {tr("Tell the service's administrator that its answers never end, and send them this report."),
                            tr("Try from another network (a phone hotspot): if the answers end there, a device on your network holds the connections open.")};
            f->adminSteps = {tr("Look in the service's logs for requests that never complete, and at any proxy or load balancer in front of it (response buffering, streaming, keep-alive settings)."),
                             tr("Fetch the address with curl -v and watch where the answer stalls or repeats.")};
            break;
        }
        f->title = tr("Something other than the service answers at this address");
        f->explanation = (every ? tr("Every connection to the service (%n in all) was answered, but not as a web service answers.", nullptr, connections)
                                : tr("%1 of %n connection(s) to the service were answered, but not as a web service answers.", nullptr, connections).arg(answers))
            + QLatin1Char(' ')
            + tr("Either another kind of service listens at this address and port, or something on the way (a security device, a filter, a proxy) answers in the service's place.");
        f->userSteps = {tr("Check that the address and port are right: another kind of service may listen on this port."),
                        tr("Try from another network (a phone hotspot): if the service answers normally there, something on your network answers in its place.")};
        f->adminSteps = {tr("Check what listens on the port (ss -ltnp) and that it speaks what the clients expect (HTTP, or TLS on 443)."),
                         tr("Read the first bytes of the answer in the evidence: another protocol's greeting (SSH, SMTP) means another service on the port; unreadable bytes may be an encrypted (TLS) service asked in plain text, or a device in between.")};
        break;
    }
    case FindingId::PathMtuBlackHole: {
        const int pathMtu = d.value(QLatin1String("path_mtu_bytes")).toInt();
        const int linkMtu = d.value(QLatin1String("interface_mtu")).toInt();
        const QString interface = d.value(QLatin1String("interface")).toString();
        const bool vpn = d.value(QLatin1String("through_vpn")).toBool();
        f->title = pathMtu > 0 ? tr("Large packets vanish on the way: only packets up to %1 bytes get through").arg(pathMtu)
                               : tr("Large packets vanish on the way to the service");
        f->explanation = (pathMtu > 0 && linkMtu > pathMtu
                              ? tr("Packets of up to %1 bytes reach the service; larger ones (this computer sends up to %2 bytes) are lost on the way, and nothing says so.")
                                    .arg(pathMtu).arg(linkMtu)
                              : tr("Small packets reach the service, full-sized ones are lost on the way, and nothing says so."))
            + QLatin1Char(' ')
            + (vpn ? tr("The VPN or tunnel carries this route: its packets do not fit the network under it, and the \"packet too big\" messages that would fix this are blocked.")
                   : tr("A link on the way (a VPN, PPPoE or a tunnel) carries smaller packets, and the \"packet too big\" messages that would fix this are blocked."))
            + QLatin1Char(' ') + tr("Small requests work; uploads and large answers stall, then break or are reset.");
        f->userSteps = {vpn ? tr("Switch the VPN off and try again; if it works, tell the VPN's provider or your IT department the packet size above.")
                            : tr("Tell your network administrator or internet provider the packet size above: larger packets are lost on the way.")};
        if (pathMtu > 0) {
            f->adminSteps = {tr("Set the MTU of %1 to %2 or less, or clamp the TCP MSS to %3 on the router or VPN gateway (iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss %3).")
                                 .arg(interface.isEmpty() ? tr("the interface that carries this route") : interface)
                                 .arg(pathMtu).arg(d.value(QLatin1String("mss_bytes")).toInt(pathMtu - 40))};
        } else {
            f->adminSteps = {tr("Lower the tunnel's MTU (for example to 1400), or enable MSS clamping on the VPN gateway.")};
        }
        f->adminSteps << tr("Let ICMP \"fragmentation needed\" (type 3, code 4) and ICMPv6 \"packet too big\" through on every firewall on the path.");
        break;
    }
    case FindingId::ContentFilter: {
        const QString trigger = d.value(QLatin1String("trigger")).toString();
        const QString sender = d.value(QLatin1String("sender")).toString();
        f->title = senderIsServer(d)                 ? tr("A filter on the server cuts off these requests")
            : sender == QLatin1String("middlebox") ? tr("Something on the way reads your requests and cuts them off")
                                                   : tr("A filter reads your requests and cuts them off");
        QString what;
        if (trigger == QLatin1String("path"))
            what = tr("The address's path (%1) sets it off: the same request for another path is answered.").arg(d.value(QLatin1String("path")).toString());
        else if (trigger == QLatin1String("host"))
            what = tr("The server name in the request (%1) sets it off: the same request with another name is answered.").arg(d.value(QLatin1String("host")).toString());
        else if (trigger == QLatin1String("both"))
            what = tr("Both the path and the server name in the request set it off.");
        else
            what = tr("Neither the path nor the server name sets it off alone: only the two together do.");
        f->explanation = tr("Requests for this address are cut off, while the same server and port answer a neutral request: a content filter or intrusion-prevention system reads what is sent.")
            + QLatin1Char(' ') + what + QLatin1Char(' ') + senderSentence(d);
        f->userSteps = {tr("Try from another network (a phone hotspot): if it works there, a filter on your network cuts these requests."),
                        tr("Tell your IT department which address is cut off: the report says which part of the request sets the filter off.")};
        f->adminSteps = {tr("Look in the logs of firewalls, intrusion-prevention systems and web application firewalls for the rule that matches this request, and adjust it.")};
        break;
    }
    case FindingId::UnexplainedFailure: {
        const QJsonArray failed = d.value(QLatin1String("failed_checks")).toArray();
        QStringList what;
        for (const QJsonValue &v : failed)
            what << v.toString();
        const int connections = d.value(QLatin1String("connections")).toInt();
        const int failedConnections = d.value(QLatin1String("failed_connections")).toInt();
        if (what.isEmpty() && failedConnections > 0)
            what << tr("%1 of %n connection(s) to the service did not work.", nullptr, connections).arg(failedConnections);
        f->title = tr("A test failed, and no known cause fits");
        f->explanation = tr("What failed: %1 No cause the app knows explains it; the report's details say what happened.").arg(what.join(QLatin1Char(' ')));
        f->userSteps = {tr("Run the diagnosis again when the error appears, and send the report to your helpdesk.")};
        f->adminSteps = {tr("Read the failed tests in the report's details, and compare them with the service's logs at that time.")};
        break;
    }
    case FindingId::NoProblemFound:
        f->title = tr("No problem found");
        f->explanation = d.value(QLatin1String("every_test_succeeded")).toBool(true)
            ? tr("Every test we ran succeeded: the connection works right now. If the problem comes and goes, let the monitor run while you work to catch it.")
            : tr("Nothing we saw explains a reset. Some tests found something worth knowing (below), but not a cause of the connections being cut off. If the problem comes and goes, let the monitor run while you work to catch it.");
        f->userSteps = {tr("Keep the monitor running, and run the diagnosis again as soon as the error appears.")};
        f->adminSteps = {tr("Compare the server's logs with the times the user saw the error.")};
        break;
    }
}
