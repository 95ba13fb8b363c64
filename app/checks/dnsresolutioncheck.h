#ifndef CDOC_DNSRESOLUTIONCHECK_H
#define CDOC_DNSRESOLUTIONCHECK_H

#include "check.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>

// connectivity.dns-resolution: do the reference name and the target's name resolve, and how fast?
class DnsResolutionCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    QString id() const override { return QStringLiteral("connectivity.dns-resolution"); }
    void cancel() override;

protected:
    void run() override;

private:
    void lookUpNext();
    QStringList m_names;
    QStringList m_failed;
    QStringList m_details;
    double m_slowestMs = 0;
    int m_lookupId = -1;
    qsizetype m_next = 0;
    QElapsedTimer m_lookupClock;
    QTimer m_deadline;
};

#endif // CDOC_DNSRESOLUTIONCHECK_H
