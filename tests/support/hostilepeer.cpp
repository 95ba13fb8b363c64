#include "hostilepeer.h"

#include <QtCore/QDeadlineTimer>

quint16 HostilePeer::start(const QString &script, const QString &mode)
{
    stop();
    m_process.start(QStringLiteral("python3"), {script, mode});
    if (!m_process.waitForStarted(5000))
        return 0;
    // Its first line says where it listens.
    const QDeadlineTimer deadline(10000);
    while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(100);
    if (!m_process.canReadLine()) {
        qWarning("hostile peer %s did not start: %s", qPrintable(mode), m_process.readAllStandardError().constData());
        return 0;
    }
    return quint16(m_process.readLine().trimmed().split(' ').value(1).toUInt());
}

void HostilePeer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}
