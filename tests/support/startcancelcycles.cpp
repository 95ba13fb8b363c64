#include "startcancelcycles.h"

#include "checks/checkcatalog.h"
#include "processstatus.h"
#include "session/diagnosissession.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QRandomGenerator>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// Lets the event loop run for `ms`, as the GUI's would while the user waits.
void spin(int ms)
{
    const QDeadlineTimer deadline(ms);
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    } while (!deadline.hasExpired());
}

} // namespace

bool StartCancelCycles::runSessionCycles(int cycles)
{
    const QStringList groups = CheckCatalog::groups();
    for (int i = 0; i < cycles; ++i, ++m_cycle) {
        QRandomGenerator random(m_seed + m_cycle);
        m_session->runGroup(groups.at(int(m_cycle % groups.size())));
        spin(random.bounded(100));
        m_session->cancel();
        if (!waitUntilStopped("the session"))
            return false;
    }
    return true;
}

bool StartCancelCycles::runMonitorCycles(int cycles)
{
    for (int i = 0; i < cycles; ++i, ++m_cycle) {
        QRandomGenerator random(m_seed + m_cycle);
        QString error;
        if (!m_session->startMonitor(50, &error)) {
            m_error = QStringLiteral("the monitor would not start: %1").arg(error);
            return false;
        }
        spin(random.bounded(150));
        m_session->monitor().stop();
        if (!waitUntilStopped("the monitor"))
            return false;
    }
    return true;
}

bool StartCancelCycles::waitUntilStopped(const char *what)
{
    const QDeadlineTimer deadline(1000);
    while (m_session->isRunning() || m_session->monitor().isRunning()) {
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("%1 still ran a second after cycle %2 was cancelled").arg(QLatin1String(what)).arg(m_cycle);
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    // Objects deleted later go now, so memory is counted fairly.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}

qint64 StartCancelCycles::residentKiB()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    return ProcessStatus::kib("VmRSS");
}
