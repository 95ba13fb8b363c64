#include "checkcontextloader.h"

#include "checks/proxyenvironment.h"

#include <QtCore/QSettings>

bool CheckContextLoader::load(const CliOptions &options, const std::optional<Target> &target,
                              CheckContext *context, QString *error, const Profile *profile)
{
    context->target = target;
    context->probeTimeoutMs = options.timeoutMs;
    if (profile && profile->probeTimeoutMs && !options.timeoutGiven)
        context->probeTimeoutMs = *profile->probeTimeoutMs;
    context->verifyCertificates = !options.demo;
    const int budgetSeconds = profile && profile->budgetSeconds && !options.budgetGiven ? *profile->budgetSeconds
                                                                                         : options.budgetSeconds;
    if (options.diagnose) {
        // The whole run within the budget; the idle-timeout experiment, the
        // one that takes as long as the timeout it looks for, gets half.
        context->checkBudgetMs = budgetSeconds * 1000;
        context->experimentBudgetMs = qMax(10000, budgetSeconds * 500);
    }
    if (profile)
        context->onlyChecks = profile->checks;

    QSettings settings;
    if (!context->endpoints.applySettings(settings, error)) {
        *error = tr("In the settings file %1: %2").arg(settings.fileName(), *error);
        return false;
    }
    if (!context->endpoints.applyEnvironment(error))
        return false;
    const QStringList overrides = (profile ? profile->endpointOverrides : QStringList()) + options.endpointOverrides;
    for (const QString &assignment : overrides) {
        if (!context->endpoints.applyOverride(assignment, error))
            return false;
    }
    if (!options.proxy.isEmpty()) {
        const std::optional<QNetworkProxy> proxy = ProxyEnvironment::parseProxyUrl(options.proxy);
        if (!proxy) {
            *error = tr("--proxy takes http://host:port or socks5://host:port, not \"%1\".").arg(options.proxy);
            return false;
        }
        context->proxy = proxy;
    }
    return true;
}

void CheckContextLoader::useLab(const FaultLab &lab, CheckContext *context)
{
    const quint16 healthy = lab.port(Lab::Scenario::Healthy);
    Endpoints &e = context->endpoints;
    e.reachability = {QStringLiteral("127.0.0.1:%1").arg(healthy)};
    e.referenceName = QStringLiteral("localhost");
    e.referencePorts = {healthy};
    // The lab's healthy server answers 200 to everything.
    e.captivePortalUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/generate_204").arg(healthy));
    e.captivePortalStatus = 200;
    context->verifyCertificates = false;
}
