#include "resetlogcsv.h"

#include <QtCore/QDateTime>
#include <QtCore/QStringList>

namespace {

// RFC 4180: a field with a comma, a quote or a line break goes in quotes,
// its quotes doubled. Program names and the text inside an RST come from
// other programs and devices: one that starts like a formula (=, +, -, @)
// gets an apostrophe first, so a spreadsheet shows it instead of running
// it (CSV injection).
QByteArray field(const QString &text)
{
    QString value = text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.at(0)))
        value.prepend(QLatin1Char('\''));
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

// -1 (not known) is an empty cell, as a spreadsheet expects.
QByteArray number(qint64 value)
{
    return value < 0 ? QByteArray() : QByteArray::number(value);
}

} // namespace

QByteArray ResetLogCsv::toCsv(const QList<ResetEvent> &events)
{
    QByteArray csv = "at,direction,program,pid,local,remote,tcp_state,sender,sender_hops,server_hops,idle_ms,evidence,kernel_reason,remote_name,remote_name_from\n";
    for (const ResetEvent &e : events) {
        // Local time with its offset, as the timeline's CSV and the JSON write it.
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.atMs);
        const QList<QByteArray> fields{
            at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODateWithMs).toLatin1(),
            Vocabulary::wireName(e.direction).toLatin1(),
            field(e.program),
            number(e.pid),
            field(e.local),
            field(e.remote),
            field(e.tcpState),
            Vocabulary::wireName(e.sender).toLatin1(),
            number(e.senderHops),
            number(e.serverHops),
            number(e.idleMs),
            // One cell, a line per piece of evidence: quoted, so still one record.
            field(e.evidence.join(QLatin1Char('\n'))),
            field(e.kernelReason),
            field(e.remoteName),
            field(e.remoteName.isEmpty() ? QString() : e.remoteNameSource),
        };
        csv += fields.join(',') + '\n';
    }
    return csv;
}
