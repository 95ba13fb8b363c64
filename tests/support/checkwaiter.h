#ifndef CDOC_CHECKWAITER_H
#define CDOC_CHECKWAITER_H

#include "checks/checkengine.h"

#include <QtCore/QHash>

// Runs environment checks on a real CheckEngine and waits, with a bound,
// for every result, keyed by check id.
class CheckWaiter
{
public:
    static QHash<QString, CheckResult> run(const QStringList &groups, const CheckContext &context,
                                           int boundMs = 60000);
};

#endif // CDOC_CHECKWAITER_H
