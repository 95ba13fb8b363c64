#include "outcometext.h"

using Vocabulary::Outcome;
using Vocabulary::Phase;

QString OutcomeText::meaning(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return tr("Every connection worked.");
    case Outcome::Reset:
        return tr("Connections were cut off abruptly (\"connection reset by peer\"): by the server or by something between you and it.");
    case Outcome::Refused:
        return tr("The server turned the connection away: nothing accepts connections on that port.");
    case Outcome::Closed:
        return tr("The server ended connections politely before answering.");
    case Outcome::Timeout:
        return tr("The server did not answer in time.");
    case Outcome::DnsFailure:
        return tr("The server's name could not be looked up.");
    case Outcome::Unreachable:
        return tr("There is no network path to the server.");
    case Outcome::TlsFailure:
        return tr("The secure (TLS) connection could not be set up.");
    case Outcome::ProxyFailure:
        return tr("The proxy server refused or failed the connection.");
    case Outcome::EndlessReply:
        return tr("The answer never ended: it went on until the test had to stop reading.");
    case Outcome::InvalidReply:
        return tr("Something answered, but not in the language the service should speak.");
    }
    return {};
}

QString OutcomeText::phaseText(Phase phase)
{
    switch (phase) {
    case Phase::Dns: return tr("while looking up the name");
    case Phase::Connect: return tr("while connecting");
    case Phase::Tls: return tr("during the secure handshake");
    case Phase::Send: return tr("while sending");
    case Phase::Receive: return tr("while waiting for the answer");
    case Phase::Idle: return tr("while the connection was idle");
    case Phase::Done: return tr("at the end");
    }
    return {};
}

QString OutcomeText::oneLine(const ProbeResult &r)
{
    const QString outcome = Vocabulary::wireName(r.outcome);
    QString line;
    if (r.outcome == Outcome::Ok) {
        line = tr("%1 in %2 ms").arg(outcome).arg(r.elapsedMs, 0, 'f', 1);
    } else {
        line = tr("%1 %2, after %3 ms").arg(outcome, phaseText(r.phase)).arg(r.elapsedMs, 0, 'f', 1);
    }
    line += QLatin1Char(' ')
        + tr("(%1 bytes sent, %2 received)").arg(r.bytesAcked >= 0 ? r.bytesAcked : r.bytesSent).arg(r.bytesReceived);
    return line;
}
