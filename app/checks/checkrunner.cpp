#include "checkrunner.h"

#include "check.h"
#include "checkcatalog.h"

#include <algorithm>

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
    QList<CheckResult> leftOut;
    for (const QString &group : groups) {
        for (Check *check : CheckCatalog::create(group, context, this)) {
            if (!context.onlyChecks || context.onlyChecks->contains(check->id())) {
                m_running << check;
                continue;
            }
            // Said, not silently dropped: the page and the report show it.
            CheckResult skipped;
            skipped.id = check->id();
            skipped.status = Vocabulary::CheckStatus::Skip;
            skipped.summary = tr("Left out by your helpdesk's profile.");
            leftOut << skipped;
            delete check;
        }
    }
    for (const CheckResult &result : std::as_const(leftOut))
        Q_EMIT checkFinished(result);
    if (m_running.isEmpty()) {
        Q_EMIT runFinished(false);
        return;
    }
    for (Check *check : std::as_const(m_running)) {
        connect(check, &Check::finished, this,
                [this, check](const CheckResult &result) { handleFinished(check, result); });
        connect(check, &Check::progressChanged, this,
                [this, check](double fraction) { Q_EMIT checkProgress(check->id(), fraction); });
    }
    m_budget.start(qMax(1, context.checkBudgetMs));
    startDue();
}

void CheckRunner::startDue()
{
    auto unfinished = [this](Check::Schedule schedule) {
        return std::count_if(m_running.cbegin(), m_running.cend(),
                             [schedule](const Check *c) { return c->schedule() == schedule; });
    };
    auto startedOf = [this](Check::Schedule schedule) {
        return std::count_if(m_started.cbegin(), m_started.cend(),
                             [schedule](const Check *c) { return c->schedule() == schedule; });
    };
    const QList<Check *> candidates = m_running;
    for (Check *check : candidates) {
        if (m_started.contains(check))
            continue;
        bool due = false;
        switch (check->schedule()) {
        case Check::Schedule::Concurrent:
            due = true;
            break;
        case Check::Schedule::Exclusive:
            due = unfinished(Check::Schedule::Concurrent) == 0 && startedOf(Check::Schedule::Exclusive) == 0;
            break;
        case Check::Schedule::Quiet:
            due = unfinished(Check::Schedule::Concurrent) == 0 && unfinished(Check::Schedule::Exclusive) == 0;
            break;
        }
        if (!due)
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
