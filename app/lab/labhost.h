#ifndef CDOC_LABHOST_H
#define CDOC_LABHOST_H

#include "labscenario.h"
#include "noanswerlistener.h"

#include <QtCore/QHash>
#include <QtCore/QObject>

#include <atomic>
#include <memory>

class LabServer;

// Owns the fault lab's listeners inside the lab's thread.
class LabHost : public QObject
{
    Q_OBJECT

public:
    LabHost(const Lab::Config &config, std::atomic<int> *openConnections);
    ~LabHost() override;

    // Opens every scenario; returns the ports, or an empty hash on failure.
    QHash<Lab::Scenario, quint16> open(QString *error);

private:
    Lab::Config m_config;
    std::atomic<int> *m_openConnections;
    std::unique_ptr<NoAnswerListener> m_noAnswer;
};

#endif // CDOC_LABHOST_H
