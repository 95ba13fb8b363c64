#include "osverdictcheck.h"

void OsVerdictCheck::run()
{
    const OsNetworkVerdict &v = context().osVerdict;
    if (!v.available) {
        finish(result(Vocabulary::CheckStatus::Skip,
                      tr("The operating system does not report on connectivity here, so this step was skipped."),
                      {v.why}));
        return;
    }
    const QStringList details{
        QStringLiteral("backend %1").arg(v.backend),
        QStringLiteral("reachability %1").arg(v.reachability),
        QStringLiteral("behind captive portal: %1")
            .arg(v.behindCaptivePortal ? (*v.behindCaptivePortal ? QStringLiteral("yes") : QStringLiteral("no"))
                                       : QStringLiteral("unknown")),
        QStringLiteral("transport %1").arg(v.transport)};
    CheckResult r;
    if (v.behindCaptivePortal.value_or(false)) {
        r = result(Vocabulary::CheckStatus::Fail,
                   tr("Your system says a sign-in page is in the way: open a web browser and sign in."), details);
    } else if (v.reachability == QLatin1String("disconnected")) {
        r = result(Vocabulary::CheckStatus::Fail, tr("Your system says it is not connected to a network."), details);
    } else if (v.reachability == QLatin1String("local") || v.reachability == QLatin1String("site")) {
        r = result(Vocabulary::CheckStatus::Warn,
                   tr("Your system says it reaches the local network but not the internet."), details);
    } else if (v.reachability == QLatin1String("online")) {
        r = result(Vocabulary::CheckStatus::Pass, tr("Your system says it is online."), details);
    } else {
        r = result(Vocabulary::CheckStatus::Skip, tr("Your system does not know whether it is online."), details);
    }
    r.data.insert(QStringLiteral("reachability"), v.reachability);
    finish(r);
}
