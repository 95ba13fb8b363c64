#include "check.h"

#include <QtCore/QTimer>

Check::Check(const CheckContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void Check::start()
{
    m_clock.start();
    // Checks that read a file answer at once; running them from the event
    // loop keeps "finished() never from inside start()" true for all.
    QTimer::singleShot(0, this, [this] {
        if (!m_finished)
            run();
    });
}

void Check::cancel()
{
    m_finished = true;
}

void Check::finish(CheckResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    result.id = id();
    result.elapsedMs = m_clock.isValid() ? m_clock.nsecsElapsed() / 1e6 : 0;
    Q_EMIT finished(result);
}

CheckResult Check::result(Vocabulary::CheckStatus status, const QString &summary,
                          const QStringList &details) const
{
    CheckResult r;
    r.id = id();
    r.status = status;
    r.summary = summary;
    r.details = details;
    return r;
}

void Check::expire()
{
    if (m_finished)
        return;
    CheckResult r = resultSoFar();
    cancel();
    r.id = id();
    r.elapsedMs = m_clock.isValid() ? m_clock.nsecsElapsed() / 1e6 : 0;
    Q_EMIT finished(r);
}

CheckResult Check::resultSoFar() const
{
    return result(Vocabulary::CheckStatus::Skip,
                  tr("This step took too long and was stopped after %n seconds.", nullptr,
                     m_context.checkBudgetMs / 1000));
}
