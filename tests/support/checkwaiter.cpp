#include "checkwaiter.h"

#include <QtTest/QSignalSpy>

QHash<QString, CheckResult> CheckWaiter::run(const QStringList &groups, const CheckContext &context, int boundMs)
{
    CheckEngine engine;
    QHash<QString, CheckResult> results;
    QObject::connect(&engine, &CheckEngine::checkFinished,
                     [&results](const CheckResult &r) { results.insert(r.id, r); });
    QSignalSpy finished(&engine, &CheckEngine::finished);
    engine.start(groups, context);
    if (!finished.wait(boundMs))
        return {};
    return results;
}
