#include "tcpcounters.h"

#include <QtCore/QFile>

#if defined(Q_OS_WIN)
#  include <winsock2.h>
#  include <iphlpapi.h>
#elif defined(Q_OS_MACOS)
#  include <sys/types.h>
#  include <sys/sysctl.h>
#  include <netinet/in.h>
#  include <netinet/tcp_var.h>
#endif

QStringList TcpCounters::names()
{
    return {
        QStringLiteral("Tcp.EstabResets"),         // established connections ended by RST, either way
        QStringLiteral("Tcp.OutRsts"),             // RSTs this computer sent
        QStringLiteral("Tcp.AttemptFails"),        // connection attempts that failed
        QStringLiteral("Tcp.InErrs"),              // segments received with errors
        QStringLiteral("Tcp.RetransSegs"),         // segments sent again
        QStringLiteral("TcpExt.TCPAbortOnData"),   // we reset: data arrived after close
        QStringLiteral("TcpExt.TCPAbortOnClose"),  // we reset: closed with unread data
        QStringLiteral("TcpExt.TCPAbortOnTimeout"),// gave up after retransmissions
        QStringLiteral("TcpExt.TCPAbortOnLinger"), // reset by SO_LINGER 0
        QStringLiteral("TcpExt.TCPAbortOnMemory"), // reset for lack of memory
        QStringLiteral("TcpExt.TCPTimeouts"),      // retransmission timeouts
        QStringLiteral("TcpExt.ListenOverflows"),  // a listener's accept queue was full
        QStringLiteral("TcpExt.ListenDrops"),      // SYNs dropped by a listener
    };
}

QMap<QString, qint64> TcpCounters::parseProcTable(const QByteArray &text, const QByteArray &prefix)
{
    QMap<QString, qint64> values;
    const QByteArray tag = prefix + ':';
    QList<QByteArray> header;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith(tag))
            continue;
        const QList<QByteArray> fields = line.mid(tag.size()).simplified().split(' ');
        if (header.isEmpty()) {
            header = fields;
            continue;
        }
        // The value line: it must match the header, field for field.
        if (fields.size() != header.size())
            return {};
        for (qsizetype i = 0; i < fields.size(); ++i) {
            bool ok = false;
            const qint64 v = fields.at(i).toLongLong(&ok);
            if (ok)
                values.insert(QString::fromLatin1(prefix + '.' + header.at(i)), v);
        }
        break;
    }
    return values;
}

bool TcpCounters::readSystem(const SystemFiles &files, TcpCounterSnapshot *snapshot, QString *error)
{
    snapshot->takenAt = QDateTime::currentDateTime();
    snapshot->values.clear();
#if defined(Q_OS_LINUX)
    QFile snmp(files.tcpSnmp);
    if (!snmp.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(files.tcpSnmp, snmp.errorString());
        return false;
    }
    snapshot->values = parseProcTable(snmp.read(256 * 1024), "Tcp");
    QFile netstat(files.tcpNetstat);
    if (netstat.open(QIODevice::ReadOnly)) {
        const QMap<QString, qint64> ext = parseProcTable(netstat.read(256 * 1024), "TcpExt");
        for (auto it = ext.cbegin(); it != ext.cend(); ++it)
            snapshot->values.insert(it.key(), it.value());
    }
    if (!snapshot->values.contains(QStringLiteral("Tcp.EstabResets"))) {
        *error = QStringLiteral("%1 has no TCP counters in the expected layout").arg(files.tcpSnmp);
        snapshot->values.clear();
        return false;
    }
    return true;
#elif defined(Q_OS_WIN)
    Q_UNUSED(files);
    MIB_TCPSTATS stats{};
    if (GetTcpStatistics(&stats) != NO_ERROR) {
        *error = QStringLiteral("GetTcpStatistics failed");
        return false;
    }
    snapshot->values.insert(QStringLiteral("Tcp.EstabResets"), stats.dwEstabResets);
    snapshot->values.insert(QStringLiteral("Tcp.OutRsts"), stats.dwOutRsts);
    snapshot->values.insert(QStringLiteral("Tcp.AttemptFails"), stats.dwAttemptFails);
    snapshot->values.insert(QStringLiteral("Tcp.InErrs"), stats.dwInErrs);
    snapshot->values.insert(QStringLiteral("Tcp.RetransSegs"), stats.dwRetransSegs);
    return true;
#elif defined(Q_OS_MACOS)
    Q_UNUSED(files);
    tcpstat stats{};
    size_t len = sizeof stats;
    if (sysctlbyname("net.inet.tcp.stats", &stats, &len, nullptr, 0) != 0) {
        *error = QStringLiteral("sysctl net.inet.tcp.stats failed");
        return false;
    }
    // BSD counts drops rather than resets: conndrops are embryonic
    // connections dropped (failed attempts), drops are established ones.
    snapshot->values.insert(QStringLiteral("Tcp.EstabResets"), qint64(stats.tcps_drops));
    snapshot->values.insert(QStringLiteral("Tcp.AttemptFails"), qint64(stats.tcps_conndrops));
    snapshot->values.insert(QStringLiteral("Tcp.RetransSegs"), qint64(stats.tcps_sndrexmitpack));
    snapshot->values.insert(QStringLiteral("TcpExt.TCPTimeouts"), qint64(stats.tcps_rexmttimeo));
    return true;
#else
    Q_UNUSED(files);
    *error = QStringLiteral("TCP counters are not available on this system");
    return false;
#endif
}
