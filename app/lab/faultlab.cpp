#include "faultlab.h"

#include "probe/tlsbackend.h"

#include "labhost.h"

FaultLab::FaultLab(const Lab::Config &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    TlsBackend::loadFirst(); // before the thread: see there
    m_thread.setObjectName(QStringLiteral("FaultLab"));
}

FaultLab::~FaultLab()
{
    stop();
}

bool FaultLab::start()
{
    if (m_host)
        return true;
    m_host = new LabHost(m_config, &m_openConnections);
    m_host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    m_thread.start();
    // Opening loopback listeners takes microseconds; waiting for it keeps
    // start() simple for every caller (tests, the demo, the benchmark).
    QHash<Lab::Scenario, quint16> ports;
    QString error;
    QMetaObject::invokeMethod(m_host, [&] { ports = m_host->open(&error); },
                              Qt::BlockingQueuedConnection);
    m_ports = ports;
    m_error = error;
    if (m_ports.isEmpty()) {
        stop();
        return false;
    }
    return true;
}

void FaultLab::stop()
{
    if (!m_host)
        return;
    m_thread.quit();
    m_thread.wait();
    m_host = nullptr;
    m_ports.clear();
}
