#include "dnsresolutioncheck.h"

#include <QtNetwork/QHostAddress>
#include <QtNetwork/QHostInfo>

void DnsResolutionCheck::run()
{
    m_names << context().endpoints.referenceName;
    if (context().target && QHostAddress(context().target->host()).isNull())
        m_names << context().target->host();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        m_failed << m_names.at(m_next);
        m_details << QStringLiteral("%1: no answer within %2 ms").arg(m_names.at(m_next)).arg(context().probeTimeoutMs);
        ++m_next;
        lookUpNext();
    });
    lookUpNext();
}

void DnsResolutionCheck::lookUpNext()
{
    if (isFinished())
        return;
    if (m_next < m_names.size()) {
        m_lookupClock.start();
        m_deadline.start(context().probeTimeoutMs);
        m_lookupId = QHostInfo::lookupHost(m_names.at(m_next), this, [this](const QHostInfo &info) {
            m_deadline.stop();
            m_lookupId = -1;
            const double ms = m_lookupClock.nsecsElapsed() / 1e6;
            const QString name = m_names.at(m_next);
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                m_failed << name;
                m_details << QStringLiteral("%1: %2 (%3 ms)").arg(name, info.errorString()).arg(ms, 0, 'f', 1);
            } else {
                QStringList addresses;
                for (const QHostAddress &a : info.addresses())
                    addresses << a.toString();
                m_details << QStringLiteral("%1: %2 (%3 ms)").arg(name, addresses.join(QLatin1String(", "))).arg(ms, 0, 'f', 1);
                m_slowestMs = qMax(m_slowestMs, ms);
            }
            ++m_next;
            lookUpNext();
        });
        return;
    }

    const QString reference = context().endpoints.referenceName;
    const bool referenceFailed = m_failed.contains(reference);
    const bool targetFailed = context().target && m_failed.contains(context().target->host());
    CheckResult r;
    if (referenceFailed && (targetFailed || m_names.size() == 1)) {
        r = result(Vocabulary::CheckStatus::Fail,
                   tr("Web addresses cannot be looked up: the name service (DNS) does not answer."), m_details);
    } else if (targetFailed) {
        r = result(Vocabulary::CheckStatus::Fail,
                   tr("The name %1 cannot be found, although other names can: check that it is spelled right.")
                       .arg(context().target->host()),
                   m_details);
    } else if (referenceFailed) {
        r = result(Vocabulary::CheckStatus::Warn,
                   tr("Your service's name was found, but a well-known name was not: the name service may be filtered."),
                   m_details);
    } else if (m_slowestMs > 1000) {
        r = result(Vocabulary::CheckStatus::Warn,
                   tr("Names are found, but slowly (%1 seconds).").arg(m_slowestMs / 1000, 0, 'f', 1), m_details);
    } else {
        r = result(Vocabulary::CheckStatus::Pass, tr("Web addresses are looked up correctly."), m_details);
    }
    r.data.insert(QStringLiteral("slowest_ms"), m_slowestMs);
    r.data.insert(QStringLiteral("target_resolves"), !targetFailed);
    r.data.insert(QStringLiteral("reference_resolves"), !referenceFailed);
    finish(r);
}

void DnsResolutionCheck::cancel()
{
    Check::cancel();
    m_deadline.stop();
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
}
