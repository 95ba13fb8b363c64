#ifndef CDOC_PROBERESULT_H
#define CDOC_PROBERESULT_H

#include "vocabulary/vocabulary.h"

#include <QtCore/QDateTime>
#include <QtCore/QMetaType>
#include <QtCore/QString>

// How one probe ended, with the measurements that say why. Times are in
// milliseconds from the probe's start; -1 means "did not get that far".
struct ProbeResult
{
    int id = -1;
    Vocabulary::ProbeKind kind = Vocabulary::ProbeKind::Exchange;
    Vocabulary::Outcome outcome = Vocabulary::Outcome::Timeout;
    Vocabulary::Phase phase = Vocabulary::Phase::Dns;
    QDateTime startedAt;
    double elapsedMs = 0;
    // The total time the probe was allowed, whatever the peer did (see
    // Probe::deadlineMs); 0 when not known (an older report).
    qint64 deadlineMs = 0;
    double dnsMs = -1;
    double connectMs = -1;
    double tlsMs = -1;
    double firstByteMs = -1;
    // Hold: how long the connection had been idle when it died, or the
    // whole hold when it survived.
    double idleMs = -1;
    // Hold with answerBeforeHold: the answer came, so the idle time is the
    // one after it; and whether the server said it would keep the
    // connection open (false: it closes after each answer).
    bool answeredBeforeHold = false;
    bool keptAliveAfterAnswer = false;
    // Bytes handed to the operating system for sending.
    qint64 bytesSent = 0;
    // Of those, bytes the peer acknowledged (-1 where the OS cannot say):
    // for a payload probe, how much got through before the connection died.
    qint64 bytesAcked = -1;
    qint64 bytesReceived = 0;
    // The whole request (headers and body) in bytes: an upload counts as
    // taken only when the peer acknowledged this many.
    qint64 requestBytes = 0;
    QString peerAddress;
    // This end's address, and so the interface that carried the connection.
    QString localAddress;
    // This end of the connection, so the reset watch's record of the same
    // connection can be found (0: never connected).
    quint16 localPort = 0;
    quint16 peerPort = 0;
    // Who sent the RST, for probes that ended in `reset`: from the reset
    // watch's packets where it ran, else Unknown (see ResetSenderJudge).
    Vocabulary::ResetSender resetSender = Vocabulary::ResetSender::Unknown;
    int resetSenderHops = -1;
    // The spec asked for a segment size this system does not let a
    // program set (Windows): the probe did not run.
    bool segmentSizeUnsupported = false;
    // HTTP status of the reply, 0 when there was none.
    int httpStatus = 0;
    // What the socket layer said, for the technical details.
    QString detail;

    bool isOk() const { return outcome == Vocabulary::Outcome::Ok; }
    // Every byte of the request reached the peer: acknowledged, or, where
    // the system cannot say, at least handed over.
    bool requestTaken() const { return bytesAcked >= 0 ? bytesAcked >= requestBytes : bytesSent >= requestBytes; }
};

Q_DECLARE_METATYPE(ProbeResult)

#endif // CDOC_PROBERESULT_H
