#include "checkrunner.h"

#include "check.h"
#include "checkcatalog.h"

CheckRunner::CheckRunner(QObject *parent)
    : QObject(parent)
    , m_budget(this)
{
    m_budget.setSingleShot(true);
    connect(&m_budget, &QTimer::timeout, this, &CheckRunner::expireAll);
}

CheckRunner::~CheckRunner()
{
    for (Check *check : std::as_const(m_running))
        check->cancel();
}

void CheckRunner::run(const QStringList &groups, const CheckContext &context)
{
    if (!m_running.isEmpty()) {
        clear();
        Q_EMIT runFinished(true);
    }
    for (const QString &group : groups)
        m_running += CheckCatalog::create(group, context, this);
    if (m_running.isEmpty()) {
        Q_EMIT runFinished(false);
        return;
    }
    for (Check *check : std::as_const(m_running)) {
        connect(check, &Check::finished, this,
                [this, check](const CheckResult &result) { handleFinished(check, result); });
    }
    m_budget.start(qMax(1, context.checkBudgetMs));
    startDue();
}

void CheckRunner::startDue()
{
    // Checks that send traffic first, all at once; those that watch the
    // system's counters once every sender is done.
    const bool sendersLeft = std::any_of(m_running.cbegin(), m_running.cend(),
                                         [](const Check *c) { return !c->watchesTraffic(); });
    const QList<Check *> candidates = m_running;
    for (Check *check : candidates) {
        if (m_started.contains(check) || (check->watchesTraffic() && sendersLeft))
            continue;
        m_started.insert(check);
        check->start();
    }
}

void CheckRunner::handleFinished(Check *check, const CheckResult &result)
{
    if (!m_running.removeOne(check))
        return;
    m_started.remove(check);
    check->deleteLater(); // finished() comes from inside the check's handlers
    Q_EMIT checkFinished(result);
    if (m_running.isEmpty()) {
        m_budget.stop();
        Q_EMIT runFinished(false);
        return;
    }
    startDue();
}

void CheckRunner::expireAll()
{
    const QList<Check *> late = m_running;
    for (Check *check : late)
        check->expire();
}

void CheckRunner::cancel()
{
    if (m_running.isEmpty())
        return;
    clear();
    Q_EMIT runFinished(true);
}

void CheckRunner::clear()
{
    m_budget.stop();
    for (Check *check : std::as_const(m_running)) {
        check->disconnect(this);
        check->cancel();
        check->deleteLater();
    }
    m_running.clear();
    m_started.clear();
}
