#include "portmatrixcheck.h"

#include "portmatrix.h"

#include <QtCore/QJsonArray>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QNetworkInterface>

void PortMatrixCheck::run()
{
    if (!context().target) {
        finish(result(Vocabulary::CheckStatus::Skip, tr("No service was given, so its port was not tested.")));
        return;
    }
    const Target target = *context().target;
    QList<quint16> ports{target.port()};
    for (quint16 p : context().endpoints.referencePorts) {
        if (!ports.contains(p))
            ports << p;
    }
    QList<ProbeSpec> specs;
    for (quint16 port : std::as_const(ports)) {
        for (int i = 0; i < ProbesPerPort; ++i) {
            specs << spec(Vocabulary::ProbeKind::Connect, target.withPort(port));
            m_ports << port;
        }
    }
    // One at a time: concurrent handshakes would blur the round trips.
    runProbes(specs, ProbeSchedule{1, 0});
}

void PortMatrixCheck::probesFinished(const QList<ProbeResult> &results)
{
    QList<PortMatrix::Cell> cells;
    QJsonArray matrix;
    QStringList details;
    bool serverIsThisComputer = false;
    const QList<QHostAddress> ownAddresses = QNetworkInterface::allAddresses();
    for (const ProbeResult &p : results) {
        const QHostAddress peer(p.peerAddress);
        serverIsThisComputer = serverIsThisComputer || peer.isLoopback() || (!peer.isNull() && ownAddresses.contains(peer));
        const quint16 port = m_ports.value(p.id);
        cells << PortMatrix::Cell{port, p.outcome, p.connectMs};
        matrix.append(QJsonObject{{QStringLiteral("port"), port},
                                  {QStringLiteral("outcome"), Vocabulary::wireName(p.outcome)},
                                  {QStringLiteral("connect_ms"), p.connectMs}});
        details << QStringLiteral("port %1: %2 after %3 ms").arg(port).arg(Vocabulary::wireName(p.outcome)).arg(p.connectMs, 0, 'f', 2);
    }
    const PortMatrix::Verdict v = PortMatrix::analyse(context().target->port(), cells, serverIsThisComputer);
    bool targetRefused = false;
    for (const PortMatrix::Cell &c : std::as_const(cells))
        targetRefused = targetRefused || (c.port == context().target->port() && c.outcome == Vocabulary::Outcome::Refused);
    details << QStringLiteral("reset origin: %1 (%2)").arg(Vocabulary::wireName(v.origin), v.originReasoning);
    CheckResult r = result(v.status, v.summary, details);
    r.resetOrigin = v.origin;
    r.data.insert(QStringLiteral("matrix"), matrix);
    r.data.insert(QStringLiteral("round_trip_ms"), v.roundTripMs);
    r.data.insert(QStringLiteral("refusal_ms"), v.refusalMs);
    r.data.insert(QStringLiteral("target_port_blocked"), v.targetPortBlocked);
    r.data.insert(QStringLiteral("other_ports_open"), v.otherPortsOpen);
    // Refused (an RST came back) rather than silently dropped.
    r.data.insert(QStringLiteral("target_refused"), targetRefused);
    r.data.insert(QStringLiteral("reset_origin_reasoning"), v.originReasoning);
    finish(r);
}
