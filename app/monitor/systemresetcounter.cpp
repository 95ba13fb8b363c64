#include "systemresetcounter.h"

#include "checks/tcpcounters.h"

SystemResetCounter::SystemResetCounter(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &SystemResetCounter::sample);
}

void SystemResetCounter::start()
{
    sample();
    m_timer.start();
}

void SystemResetCounter::stop()
{
    m_timer.stop();
}

void SystemResetCounter::sample()
{
    TcpCounterSnapshot snapshot;
    QString error;
    if (!TcpCounters::readSystem(SystemFiles{}, &snapshot, &error))
        return; // not readable here: the view stays empty
    const qint64 now = snapshot.value(QStringLiteral("Tcp.EstabResets"));
    const quint32 delta = m_last >= 0 && now >= m_last ? quint32(now - m_last) : 0;
    m_timeline.add(snapshot.takenAt.toMSecsSinceEpoch(), Vocabulary::Outcome::Reset, delta);
    m_last = now;
}
