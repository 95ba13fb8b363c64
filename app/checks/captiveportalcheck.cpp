#include "captiveportalcheck.h"

void CaptivePortalCheck::run()
{
    const QUrl url = context().endpoints.captivePortalUrl;
    const Target::ParseResult parsed = Target::parse(url.toString());
    if (!url.isValid() || !parsed.ok()) {
        finish(result(Vocabulary::CheckStatus::Skip, tr("No sign-in page test address is configured, so this step was skipped.")));
        return;
    }
    runProbes({spec(Vocabulary::ProbeKind::Exchange, parsed.target)});
}

void CaptivePortalCheck::probesFinished(const QList<ProbeResult> &results)
{
    const ProbeResult p = results.value(0);
    const int expected = context().endpoints.captivePortalStatus;
    const QStringList details{
        QStringLiteral("GET %1").arg(context().endpoints.captivePortalUrl.toString()),
        QStringLiteral("outcome %1 in %2, HTTP status %3 (expected %4)")
            .arg(Vocabulary::wireName(p.outcome), Vocabulary::wireName(p.phase))
            .arg(p.httpStatus).arg(expected)};
    CheckResult r;
    if (p.isOk() && p.httpStatus == expected) {
        r = result(Vocabulary::CheckStatus::Pass, tr("No sign-in page (captive portal) is in the way."), details);
    } else if (p.isOk() && p.httpStatus > 0) {
        r = result(Vocabulary::CheckStatus::Fail,
                   tr("A sign-in page is in the way, as in hotels, trains or guest networks: open a web browser and sign in first."),
                   details);
    } else {
        r = result(Vocabulary::CheckStatus::Warn,
                   tr("Whether a sign-in page is in the way could not be tested."), details);
    }
    r.data.insert(QStringLiteral("captive_portal"), p.isOk() && p.httpStatus > 0 && p.httpStatus != expected);
    r.data.insert(QStringLiteral("http_status"), p.httpStatus);
    finish(r);
}
