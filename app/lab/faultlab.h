#ifndef CDOC_FAULTLAB_H
#define CDOC_FAULTLAB_H

#include "labscenario.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QThread>

#include <atomic>

class LabHost;

// Serves, on loopback, every way a connection can end (see Lab::Scenario),
// for the tests, the benchmarks and the demo that works without internet.
// Its servers run on a thread of their own, so that a client on the caller's
// thread can be measured without the lab's work in its way.
class FaultLab : public QObject
{
    Q_OBJECT

public:
    explicit FaultLab(const Lab::Config &config = {}, QObject *parent = nullptr);
    ~FaultLab() override;

    // Opens every scenario's port; false (and errorString()) if one failed.
    bool start();
    void stop();

    quint16 port(Lab::Scenario scenario) const { return m_ports.value(scenario); }
    const Lab::Config &config() const { return m_config; }
    QString errorString() const { return m_error; }
    // Connections the lab holds open right now, over all scenarios.
    int openConnections() const { return m_openConnections.load(); }

private:
    Lab::Config m_config;
    QThread m_thread;
    LabHost *m_host = nullptr; // lives in m_thread
    QHash<Lab::Scenario, quint16> m_ports;
    std::atomic<int> m_openConnections{0};
    QString m_error;
};

#endif // CDOC_FAULTLAB_H
