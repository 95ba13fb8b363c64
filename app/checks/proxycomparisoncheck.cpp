#include "proxycomparisoncheck.h"

#include "proxyhandshake.h"

using Vocabulary::CheckStatus;
using Vocabulary::Outcome;

void ProxyComparisonCheck::run()
{
    if (!context().target) {
        finish(result(CheckStatus::Skip, tr("No service was given, so the proxy was not compared.")));
        return;
    }
    m_choice = SystemProxy::forTarget(context(), *context().target);
    if (!m_choice.usesProxy()) {
        finish(result(CheckStatus::Skip, tr("No proxy is used for this service, so there is nothing to compare.")));
        return;
    }
    ProbeSpec direct = spec(Vocabulary::ProbeKind::Exchange, *context().target);
    ProbeSpec proxied = direct;
    proxied.proxy = m_choice.proxy;
    runProbes({direct, proxied}, ProbeSchedule{2, 0});
}

void ProxyComparisonCheck::probesFinished(const QList<ProbeResult> &results)
{
    m_direct = results.value(0);
    m_proxied = results.value(1);
    if (m_proxied.isOk()) {
        conclude({});
        return;
    }
    // Hear what the proxy itself says about this target.
    auto *handshake = new ProxyHandshake(this);
    connect(handshake, &ProxyHandshake::finished, this, [this](bool, const QString &answer) { conclude(answer); });
    handshake->start(m_choice.proxy, context().target->host(), context().target->port(), context().probeTimeoutMs);
}

void ProxyComparisonCheck::conclude(const QString &proxyAnswer)
{
    const QString proxyName = SystemProxy::describe(m_choice.proxy);
    QStringList details{
        QStringLiteral("proxy %1 (from %2)").arg(proxyName, m_choice.source),
        QStringLiteral("direct: %1 in %2 after %3 ms").arg(Vocabulary::wireName(m_direct.outcome), Vocabulary::wireName(m_direct.phase)).arg(m_direct.elapsedMs, 0, 'f', 1),
        QStringLiteral("through the proxy: %1 in %2 after %3 ms").arg(Vocabulary::wireName(m_proxied.outcome), Vocabulary::wireName(m_proxied.phase)).arg(m_proxied.elapsedMs, 0, 'f', 1)};
    if (!proxyAnswer.isEmpty())
        details << QStringLiteral("the proxy's answer: %1").arg(proxyAnswer);

    CheckResult r;
    if (m_direct.isOk() && m_proxied.isOk()) {
        r = result(CheckStatus::Pass, tr("Your service works both directly and through the proxy server."), details);
    } else if (m_direct.isOk()) {
        const QString how = m_proxied.outcome == Outcome::ProxyFailure
            ? tr("The proxy server refuses connections to your service")
            : tr("Connections to your service break when they go through the proxy server");
        r = result(CheckStatus::Fail,
                   proxyAnswer.isEmpty() ? how + QLatin1Char('.')
                                         : tr("%1; it answered \"%2\".").arg(how, proxyAnswer),
                   details);
    } else if (m_proxied.isOk()) {
        r = result(CheckStatus::Warn,
                   tr("Your service works only through the proxy server: programs that do not use the proxy will fail."),
                   details);
    } else {
        r = result(CheckStatus::Warn,
                   tr("Your service fails both directly and through the proxy server, so the proxy is not the only problem."),
                   details);
    }
    r.data.insert(QStringLiteral("proxy"), proxyName);
    r.data.insert(QStringLiteral("direct_outcome"), Vocabulary::wireName(m_direct.outcome));
    r.data.insert(QStringLiteral("proxied_outcome"), Vocabulary::wireName(m_proxied.outcome));
    r.data.insert(QStringLiteral("proxy_answer"), proxyAnswer);
    finish(r);
}
