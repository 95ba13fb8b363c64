#ifndef CDOC_SYSTEMRESETCOUNTER_H
#define CDOC_SYSTEMRESETCOUNTER_H

#include "timeline.h"

#include <QtCore/QObject>
#include <QtCore/QTimer>

// The system's own count of reset connections (Tcp.EstabResets), over every
// program on this computer, sampled once a second into a Timeline of
// resets: all the app can see of other programs without the reset watch's
// helper.
class SystemResetCounter : public QObject
{
    Q_OBJECT

public:
    explicit SystemResetCounter(QObject *parent = nullptr);

    void start();
    void stop();
    const Timeline &timeline() const { return m_timeline; }

private:
    void sample();

    QTimer m_timer;
    Timeline m_timeline;
    qint64 m_last = -1;
};

#endif // CDOC_SYSTEMRESETCOUNTER_H
