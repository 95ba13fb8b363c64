#include "labhost.h"

#include "labserver.h"

#include <QtNetwork/QTcpServer>

using Lab::Scenario;

LabHost::LabHost(const Lab::Config &config, std::atomic<int> *openConnections)
    : m_config(config)
    , m_openConnections(openConnections)
{
}

LabHost::~LabHost() = default;

QHash<Scenario, quint16> LabHost::open(QString *error)
{
    QHash<Scenario, quint16> ports;
    for (Scenario scenario : Lab::allScenarios()) {
        switch (scenario) {
        case Scenario::Refused: {
            // A port that was free a moment ago and is closed again: the
            // kernel answers its SYNs with RST.
            QTcpServer probe;
            if (!probe.listen(m_config.address, 0)) {
                *error = probe.errorString();
                return {};
            }
            ports.insert(scenario, probe.serverPort());
            break;
        }
        case Scenario::NoAnswer:
            m_noAnswer = std::make_unique<NoAnswerListener>();
            if (!m_noAnswer->start(m_config.address)) {
                *error = tr("Could not open the unanswering listener.");
                return {};
            }
            ports.insert(scenario, m_noAnswer->port());
            break;
        default: {
            auto *server = new LabServer(scenario, m_config, m_openConnections, this);
            if (!server->listenOnLabAddress()) {
                *error = server->errorString();
                return {};
            }
            ports.insert(scenario, server->serverPort());
            break;
        }
        }
    }
    return ports;
}
