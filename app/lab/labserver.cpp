#include "labserver.h"

#include "labsession.h"
#include "snigate.h"
#include "probe/nativesocket.h"

#include <QtCore/QFile>
#include <QtNetwork/QSslSocket>

using Lab::Scenario;

namespace {
// Small enough that what the client's kernel reports as acknowledged stays
// within a few kilobytes of what the lab has read (see Probe's bytesAcked).
constexpr int LabReceiveBuffer = 4096;

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

LabServer::LabServer(Scenario scenario, const Lab::Config &config,
                     std::atomic<int> *openConnections, QObject *parent)
    : QTcpServer(parent)
    , m_scenario(scenario)
    , m_config(config)
    , m_openConnections(openConnections)
    , m_random(config.overloadSeed)
{
    if (scenario == Scenario::TlsResetOnSni) {
        Q_INIT_RESOURCE(lab);
        m_certificate = QSslCertificate(readResource(QStringLiteral(":/lab/lab-cert.pem")));
        m_key = QSslKey(readResource(QStringLiteral(":/lab/lab-key.pem")), QSsl::Rsa);
    }
}

bool LabServer::listenOnLabAddress()
{
    m_clock.start();
    // Bursts of probes must not overflow the accept queue: a dropped SYN
    // costs the client a one-second retransmission, which is not a fault
    // this scenario means to show.
    setListenBacklogSize(1024);
    if (!listen(m_config.address, 0))
        return false;
    if (m_scenario == Scenario::ResetAfterBytes || m_scenario == Scenario::HttpBodyLimit)
        NativeSocket::setReceiveBufferSize(socketDescriptor(), LabReceiveBuffer);
    return true;
}

void LabServer::incomingConnection(qintptr descriptor)
{
    ++m_active;
    m_openConnections->fetch_add(1);
    if (m_scenario == Scenario::TlsResetOnSni) {
        startTlsSession(descriptor);
        return;
    }
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        NativeSocket::closeDescriptor(descriptor);
        sessionEnded();
        return;
    }
    startSession(socket);
}

void LabServer::startSession(QTcpSocket *socket)
{
    ++m_served;
    bool doomed = false;
    switch (m_scenario) {
    case Scenario::Overloaded:
        doomed = m_active > m_config.overloadCapacity || m_random.generateDouble() < m_config.overloadResetShare;
        break;
    case Scenario::EveryNthReset:
        doomed = m_config.everyNth > 0 && m_served % m_config.everyNth == 0;
        break;
    case Scenario::ResetBursts:
        doomed = m_clock.elapsed() % qMax(1, m_config.burstCycleMs) < m_config.burstLengthMs;
        break;
    default:
        break;
    }
    auto *session = new LabSession(m_scenario, m_config, socket, doomed, this);
    connect(session, &LabSession::ended, this, &LabServer::sessionEnded);
    session->begin();
}

void LabServer::startTlsSession(qintptr descriptor)
{
    auto *gate = new SniGate(descriptor, m_config.blockedServerName, this);
    connect(gate, &SniGate::blocked, this, [this, gate, descriptor] {
        NativeSocket::setResetOnClose(descriptor);
        NativeSocket::closeDescriptor(descriptor);
        gate->deleteLater();
        sessionEnded();
    });
    connect(gate, &SniGate::passed, this, [this, gate, descriptor] {
        gate->deleteLater();
        auto *socket = new QSslSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            NativeSocket::closeDescriptor(descriptor);
            sessionEnded();
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->startServerEncryption();
        startSession(socket);
    });
    gate->start();
}

void LabServer::sessionEnded()
{
    --m_active;
    m_openConnections->fetch_sub(1);
}
