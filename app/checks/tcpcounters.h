#ifndef CDOC_TCPCOUNTERS_H
#define CDOC_TCPCOUNTERS_H

#include "systemfiles.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QMap>
#include <QtCore/QString>

// The operating system's own TCP counters of resets and failed connection
// attempts, over all programs, read without sending anything. Names follow
// Linux ("Tcp.EstabResets", "TcpExt.TCPAbortOnData"); other systems map
// their counters onto the same names where the meaning matches.
// docs/checks.md says what each one counts.
struct TcpCounterSnapshot
{
    QDateTime takenAt;
    QMap<QString, qint64> values;

    qint64 value(const QString &name) const { return values.value(name, -1); }
};

class TcpCounters
{
public:
    // The counters this app reads and reports, in the order reports list them.
    static QStringList names();

    // Linux: the "Tcp:" lines of /proc/net/snmp and the "TcpExt:" lines of
    // /proc/net/netstat (each a header line and a value line).
    static QMap<QString, qint64> parseProcTable(const QByteArray &text, const QByteArray &prefix);
    static bool readSystem(const SystemFiles &files, TcpCounterSnapshot *snapshot, QString *error);
};

#endif // CDOC_TCPCOUNTERS_H
