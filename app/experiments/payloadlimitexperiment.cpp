#include "payloadlimitexperiment.h"

#include <QtCore/QLocale>

using Vocabulary::CheckStatus;
using Vocabulary::Outcome;

void PayloadLimitExperiment::run()
{
    if (!context().target) {
        finish(result(CheckStatus::Skip, tr("No service was given, so upload sizes were not tested.")));
        return;
    }
    m_trying = FirstBytes;
    tryNext();
}

void PayloadLimitExperiment::tryNext()
{
    ProbeSpec s = spec(Vocabulary::ProbeKind::Payload, *context().target);
    s.payloadBytes = m_trying;
    ++m_uploads;
    runProbes({s});
}

bool PayloadLimitExperiment::rejected(const ProbeResult &r) const
{
    // Cut off (or closed) while the body was still going out, or refused
    // with "413 Payload Too Large".
    return ((r.outcome == Outcome::Reset || r.outcome == Outcome::Closed) && r.bytesReceived == 0)
        || r.httpStatus == 413;
}

Vocabulary::Rejection PayloadLimitExperiment::rejectionOf(const ProbeResult &r)
{
    if (r.httpStatus == 413)
        return Vocabulary::Rejection::Http413;
    return r.outcome == Outcome::Closed ? Vocabulary::Rejection::Closed : Vocabulary::Rejection::Reset;
}

void PayloadLimitExperiment::probesFinished(const QList<ProbeResult> &results)
{
    const ProbeResult r = results.value(0);
    m_details << QStringLiteral("%1 bytes: %2 in %3%4, %5 of %6 bytes acknowledged")
                     .arg(m_trying).arg(Vocabulary::wireName(r.outcome), Vocabulary::wireName(r.phase))
                     .arg(r.httpStatus ? QStringLiteral(", HTTP %1").arg(r.httpStatus) : QString())
                     .arg(r.bytesAcked).arg(r.requestBytes);
    if (r.isOk() && !rejected(r) && !r.requestTaken()) {
        // Answered before the body was taken: this size was not tested,
        // and a larger one would not be either.
        m_answeredUntaken = true;
        finish(resultSoFar());
        return;
    }
    if (r.isOk() && !rejected(r)) {
        if (m_confirming)
            ++m_randomRejections; // refused once, accepted the second time
        m_confirming = false;
        m_largestAccepted = qMax(m_largestAccepted, m_trying);
    } else if (rejected(r) && !m_confirming) {
        m_confirming = true;
        tryNext();
        return;
    } else if (rejected(r)) {
        m_confirming = false;
        m_smallestRejected = m_trying;
        m_rejectedBy = rejectionOf(r);
    } else {
        // A timeout or refusal says nothing about size: stop here.
        finish(resultSoFar());
        return;
    }

    if (m_smallestRejected == 0) {
        if (m_trying >= MaxBytes) {
            finish(resultSoFar());
            return;
        }
        m_trying = qMin(MaxBytes, m_trying * 2);
    } else {
        if (m_smallestRejected == FirstBytes && m_largestAccepted == 0) {
            finish(resultSoFar());
            return;
        }
        if (m_smallestRejected - m_largestAccepted <= qint64(m_largestAccepted * Precision)) {
            finish(resultSoFar());
            return;
        }
        m_trying = (m_largestAccepted + m_smallestRejected) / 2;
    }
    Q_EMIT progressChanged(qMin(0.95, m_uploads / 14.0));
    tryNext();
}

CheckResult PayloadLimitExperiment::resultSoFar() const
{
    CheckResult r;
    if (m_smallestRejected > 0 && m_largestAccepted > 0) {
        const QString size = QLocale().formattedDataSize(m_largestAccepted);
        r = result(CheckStatus::Fail,
                   m_rejectedBy == Vocabulary::Rejection::Http413
                       ? tr("Uploads larger than about %1 are refused with the answer \"413 Payload Too Large\".").arg(size)
                   : m_rejectedBy == Vocabulary::Rejection::Closed
                       ? tr("Uploads larger than about %1 are stopped: the server closes the connection while they are sent.").arg(size)
                       : tr("Uploads larger than about %1 are cut off (reset) while they are sent.").arg(size),
                   m_details);
        r.data.insert(QStringLiteral("payload_limit_bytes"), m_largestAccepted);
        r.data.insert(QStringLiteral("smallest_rejected_bytes"), m_smallestRejected);
        r.data.insert(QStringLiteral("rejected_by"), Vocabulary::wireName(m_rejectedBy));
    } else if (m_smallestRejected > 0) {
        r = result(CheckStatus::Warn, tr("Even a small upload is cut off, so the cause is not its size."), m_details);
        r.data.insert(QStringLiteral("payload_limit_bytes"), QJsonValue::Null);
    } else if (m_answeredUntaken) {
        r = result(CheckStatus::Warn,
                   m_largestAccepted > 0
                       ? tr("Uploads of up to %1 go through; the service answered a larger one before it had taken it, so larger sizes were not tested.")
                             .arg(QLocale().formattedDataSize(m_largestAccepted))
                       : tr("The service answered before it had taken the upload, so upload sizes were not tested."),
                   m_details);
        r.data.insert(QStringLiteral("payload_limit_bytes"), QJsonValue::Null);
        r.data.insert(QStringLiteral("answered_before_taken"), true);
    } else if (m_largestAccepted > 0 && m_randomRejections > 0) {
        r = result(CheckStatus::Warn,
                   tr("Uploads of up to %1 go through, but some were cut off at random, whatever their size.")
                       .arg(QLocale().formattedDataSize(m_largestAccepted)),
                   m_details);
        r.data.insert(QStringLiteral("payload_limit_bytes"), QJsonValue::Null);
    } else if (m_largestAccepted > 0) {
        r = result(CheckStatus::Pass,
                   tr("Uploads of up to %1 go through.").arg(QLocale().formattedDataSize(m_largestAccepted)), m_details);
        r.data.insert(QStringLiteral("payload_limit_bytes"), QJsonValue::Null);
    } else {
        r = result(CheckStatus::Skip, tr("The service did not accept an upload, so sizes could not be tested."), m_details);
    }
    r.data.insert(QStringLiteral("largest_accepted_bytes"), m_largestAccepted);
    r.data.insert(QStringLiteral("uploads"), m_uploads);
    r.data.insert(QStringLiteral("random_rejections"), m_randomRejections);
    return r;
}
