#include "tlssniexperiment.h"

#include <QtNetwork/QSslSocket>

using Vocabulary::CheckStatus;
using Vocabulary::Outcome;
using Vocabulary::Phase;

void TlsSniExperiment::run()
{
    if (!context().target || !context().target->usesTls()) {
        finish(result(CheckStatus::Skip, tr("The service does not use a secure (TLS) connection, so this test does not apply.")));
        return;
    }
    if (!QSslSocket::supportsSsl()) {
        finish(result(CheckStatus::Skip, tr("Secure connections are not available on this computer.")));
        return;
    }
    ProbeSpec own = spec(Vocabulary::ProbeKind::Tls, *context().target);
    own.verifyCertificate = false; // the question is the reset, not the certificate
    ProbeSpec neutral = own;
    neutral.serverName = neutralName();
    runProbes({own, neutral});
}

void TlsSniExperiment::probesFinished(const QList<ProbeResult> &results)
{
    const ProbeResult own = results.value(0);
    const ProbeResult neutral = results.value(1);
    const QStringList details{
        QStringLiteral("with the name %1: %2 in %3").arg(context().target->host(), Vocabulary::wireName(own.outcome), Vocabulary::wireName(own.phase)),
        QStringLiteral("with the name %1: %2 in %3").arg(neutralName(), Vocabulary::wireName(neutral.outcome), Vocabulary::wireName(neutral.phase))};
    const bool ownCut = own.outcome == Outcome::Reset && own.phase == Phase::Tls;
    // The neutral name got past the point where the own one was cut: it
    // completed, or failed on its merits (a certificate for another name).
    const bool neutralThrough = neutral.isOk() || neutral.outcome == Outcome::TlsFailure;
    CheckResult r;
    if (ownCut && neutralThrough) {
        r = result(CheckStatus::Fail,
                   tr("Secure connections are cut off because of the site's name: something between you and the server filters it."),
                   details);
    } else if (ownCut) {
        r = result(CheckStatus::Warn, tr("Secure connections are cut off during setup, whatever the site name."), details);
    } else if (own.isOk()) {
        r = result(CheckStatus::Pass, tr("Secure connections to your service are set up normally."), details);
    } else {
        r = result(CheckStatus::Warn, tr("Secure connections to your service fail (%1).").arg(Vocabulary::wireName(own.outcome)), details);
    }
    r.data.insert(QStringLiteral("own_name_outcome"), Vocabulary::wireName(own.outcome));
    r.data.insert(QStringLiteral("neutral_name_outcome"), Vocabulary::wireName(neutral.outcome));
    r.data.insert(QStringLiteral("name_filtered"), ownCut && neutralThrough);
    finish(r);
}
