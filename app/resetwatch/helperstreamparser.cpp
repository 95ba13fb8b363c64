#include "helperstreamparser.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace {

using Message = HelperStreamParser::Message;

Message invalid(const QString &why)
{
    Message m;
    m.error = why;
    return m;
}

int intOr(const QJsonObject &o, const char *key, int fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return fallback;
    const double d = v.toDouble();
    return d >= -1 && d <= 1e9 ? int(d) : fallback;
}

qint64 int64Or(const QJsonObject &o, const char *key, qint64 fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return fallback;
    const double d = v.toDouble();
    return d >= -1 && d <= 9.0e15 ? qint64(d) : fallback;
}

// Strings from the helper are shown to people and written to reports:
// bounded, and without control characters.
QString text(const QJsonObject &o, const char *key, int maxLength = 512)
{
    QString s = o.value(QLatin1String(key)).toString().left(maxLength);
    // Control characters, and format characters such as bidi overrides
    // that would make a program's name read backwards.
    for (QChar &c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char('.');
    }
    return s;
}

ResetPacket packetFrom(const QJsonObject &o)
{
    ResetPacket p;
    p.ttl = intOr(o, "ttl", -1);
    p.ipId = intOr(o, "ip_id", -1);
    p.dontFragment = o.value(QLatin1String("df")).toBool();
    p.window = intOr(o, "window", -1);
    p.ack = o.value(QLatin1String("ack")).toBool();
    const QJsonValue seq = o.value(QLatin1String("seq_expected"));
    p.seqExpected = seq.isBool() ? (seq.toBool() ? 1 : 0) : -1;
    p.timestamps = o.value(QLatin1String("timestamps")).toBool();
    p.payloadBytes = intOr(o, "payload_bytes", 0);
    p.text = text(o, "text", 80);
    return p;
}

ResetPeerPackets peerFrom(const QJsonObject &o)
{
    ResetPeerPackets p;
    p.synTtl = intOr(o, "syn_ttl", -1);
    p.ttlMin = intOr(o, "ttl_min", -1);
    p.ttlMax = intOr(o, "ttl_max", -1);
    p.packets = int64Or(o, "packets", 0);
    p.ipIdZero = o.value(QLatin1String("ip_id_zero")).toBool();
    p.dontFragment = o.value(QLatin1String("df")).toBool();
    p.timestamps = o.value(QLatin1String("timestamps")).toBool();
    return p;
}

} // namespace

HelperStreamParser::Message HelperStreamParser::parseLine(const QByteArray &line)
{
    if (line.size() > MaxLineBytes)
        return invalid(QStringLiteral("line longer than %1 bytes").arg(MaxLineBytes));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(error.errorString());
    if (!doc.isObject())
        return invalid(QStringLiteral("not an object"));
    const QJsonObject o = doc.object();
    const QString type = o.value(QLatin1String("type")).toString();
    Message m;
    if (type == QLatin1String("hello")) {
        m.type = Message::Type::Hello;
        m.kernelEvents = o.value(QLatin1String("kernel_events")).toBool();
        m.kernelWhyNot = text(o, "kernel_why_not");
        m.packetCapture = o.value(QLatin1String("packet_capture")).toBool();
        m.captureWhyNot = text(o, "capture_why_not");
        m.background = o.value(QLatin1String("mode")).toString() == QLatin1String("background");
        m.startedMs = int64Or(o, "started_ms", -1);
        return m;
    }
    if (type == QLatin1String("stats")) {
        m.type = Message::Type::Stats;
        m.kernelLost = int64Or(o, "kernel_lost", 0);
        m.packetsDropped = int64Or(o, "packets_dropped", 0);
        m.logDropped = qMax<qint64>(0, int64Or(o, "log_dropped", 0));
        m.logRemovedFiles = qMax<qint64>(0, int64Or(o, "log_removed_files", 0));
        m.atMs = int64Or(o, "at_ms", -1);
        return m;
    }
    if (type != QLatin1String("reset"))
        return invalid(QStringLiteral("unknown type \"%1\"").arg(type.left(40)));

    ResetEvent &r = m.reset;
    r.atMs = int64Or(o, "at_ms", -1);
    const auto direction = Vocabulary::resetDirectionFromWireName(o.value(QLatin1String("direction")).toString());
    r.local = text(o, "local", 64);
    r.remote = text(o, "remote", 64);
    // Optional: absent when the helper did not learn the name; a name that
    // breaks the rules is ignored, with its source.
    r.remoteName = ResetEvent::remoteNameFrom(o.value(QLatin1String("remote_name")).toString());
    if (!r.remoteName.isEmpty())
        r.remoteNameSource = ResetEvent::remoteNameSourceFrom(o.value(QLatin1String("remote_name_from")).toString());
    if (r.atMs < 0 || !direction || r.local.isEmpty() || r.remote.isEmpty())
        return invalid(QStringLiteral("a reset without its time, direction or addresses"));
    m.type = Message::Type::Reset;
    r.direction = *direction;
    r.tcpState = text(o, "tcp_state", 20);
    r.pid = int64Or(o, "pid", -1);
    r.program = text(o, "program", 64);
    r.exe = text(o, "exe", 1024);
    r.owner = text(o, "owner", 20);
    if (r.direction == Vocabulary::ResetDirection::Sent)
        r.kernelReason = ResetEvent::kernelReasonFrom(o.value(QLatin1String("kernel_reason")).toString());
    r.captured = o.value(QLatin1String("capture")).toBool();
    const QJsonValue packet = o.value(QLatin1String("packet"));
    r.hasPacket = packet.isObject();
    if (r.hasPacket)
        r.packet = packetFrom(packet.toObject());
    const QJsonValue peer = o.value(QLatin1String("peer"));
    r.hasPeer = peer.isObject();
    if (r.hasPeer)
        r.peer = peerFrom(peer.toObject());
    r.hostTtl = intOr(o, "host_ttl", -1);
    r.idleMs = int64Or(o, "idle_ms", -1);
    r.burst = intOr(o, "burst", 0);
    r.burstSeqVaried = o.value(QLatin1String("burst_seq_varied")).toBool();
    return m;
}
