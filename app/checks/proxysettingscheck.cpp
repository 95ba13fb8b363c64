#include "proxysettingscheck.h"

#include "systemproxy.h"

void ProxySettingsCheck::run()
{
    const Target target = context().target.value_or(Target::parse(QStringLiteral("https://") + context().endpoints.referenceName).target);
    const SystemProxy::Choice choice = SystemProxy::forTarget(context(), target);
    m_details = choice.details;
    m_data.insert(QStringLiteral("proxy"), SystemProxy::describe(choice.proxy));
    m_data.insert(QStringLiteral("source"), choice.source);
    m_data.insert(QStringLiteral("bypassed"), choice.bypassed);
    m_data.insert(QStringLiteral("pac_url"), choice.pacUrl);

    if (!choice.problem.isEmpty()) {
        m_status = Vocabulary::CheckStatus::Warn;
        m_summary = tr("A proxy setting on this computer cannot be understood; programs may fail to connect.");
        m_details << choice.problem;
    } else if (choice.usesProxy()) {
        m_summary = tr("Connections to %1 go through the proxy server %2 (set by %3).")
                        .arg(target.host(), choice.proxy.hostName(), choice.source);
    } else if (choice.bypassed) {
        m_summary = tr("A proxy is set, but connections to %1 go directly (an exception is set for it).").arg(target.host());
    } else {
        m_summary = tr("No proxy server is set: connections go directly.");
    }

    const QUrl pac(choice.pacUrl);
    const Target::ParseResult pacTarget = Target::parse(choice.pacUrl);
    if (choice.pacUrl.isEmpty() || !pac.isValid() || !pacTarget.ok()) {
        if (!choice.pacUrl.isEmpty()) {
            m_status = Vocabulary::CheckStatus::Warn;
            m_summary = tr("The automatic proxy configuration address is not valid, so programs may not find their proxy.");
        }
        finish(summarise());
        return;
    }
    runProbes({spec(Vocabulary::ProbeKind::Exchange, pacTarget.target)});
}

void ProxySettingsCheck::probesFinished(const QList<ProbeResult> &results)
{
    const ProbeResult pac = results.value(0);
    m_details << QStringLiteral("PAC script: %1, HTTP status %2").arg(Vocabulary::wireName(pac.outcome)).arg(pac.httpStatus);
    m_data.insert(QStringLiteral("pac_loads"), pac.isOk() && pac.httpStatus == 200);
    if (!pac.isOk() || pac.httpStatus != 200) {
        m_status = Vocabulary::CheckStatus::Warn;
        m_summary = tr("The automatic proxy configuration script cannot be loaded, so programs may not find their proxy.");
    }
    finish(summarise());
}

CheckResult ProxySettingsCheck::summarise() const
{
    CheckResult r = result(m_status, m_summary, m_details);
    r.data = m_data;
    return r;
}
