#ifndef CDOC_CHECKCATALOG_H
#define CDOC_CHECKCATALOG_H

#include "checkcontext.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QStringList>

class Check;
class QObject;

// The environment checks by group, in the order the wizard's pages and the
// report show them.
class CheckCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CheckCatalog)

public:
    // connectivity, firewall, vpn, proxy, counters, experiments
    static QStringList groups();
    // What "all" means on the command line: every group but the
    // experiments, which load the target and take minutes (--diagnose).
    static QStringList environmentGroups();
    // The check ids of a group, without creating anything.
    static QStringList checkIds(const QString &group);
    // A short plain name for a check, as the wizard's rows show it.
    static QString displayName(const QString &checkId);
    static QList<Check *> create(const QString &group, const CheckContext &context, QObject *parent);
    // Parses "connectivity,firewall"; unknown names give an error message.
    static QStringList parseGroups(const QString &list, QString *error);
};

#endif // CDOC_CHECKCATALOG_H
