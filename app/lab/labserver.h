#ifndef CDOC_LABSERVER_H
#define CDOC_LABSERVER_H

#include "labscenario.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QTcpServer>

#include <atomic>

// A loopback listener for one fault-lab scenario. Each accepted connection
// becomes a LabSession; for the TLS scenario an SniGate first reads the
// ClientHello and either resets the connection or hands it to QSslSocket.
class LabServer : public QTcpServer
{
    Q_OBJECT

public:
    LabServer(Lab::Scenario scenario, const Lab::Config &config,
              std::atomic<int> *openConnections, QObject *parent = nullptr);

    bool listenOnLabAddress();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void startSession(QTcpSocket *socket);
    void startTlsSession(qintptr descriptor);
    void sessionEnded();

    Lab::Scenario m_scenario;
    Lab::Config m_config;
    std::atomic<int> *m_openConnections; // shared by all of the lab's servers
    int m_active = 0;                    // this server's open connections
    quint64 m_served = 0;                // connections accepted so far
    QElapsedTimer m_clock;               // since the server started
    QRandomGenerator m_random;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

#endif // CDOC_LABSERVER_H
