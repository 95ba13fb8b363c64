#ifndef CDOC_PROBESPEC_H
#define CDOC_PROBESPEC_H

#include "target.h"
#include "vocabulary/vocabulary.h"

#include <QtCore/QByteArray>
#include <QtCore/QMetaType>
#include <QtNetwork/QNetworkProxy>

// What one probe should do. Plain data: it crosses into the worker thread.
struct ProbeSpec
{
    Vocabulary::ProbeKind kind = Vocabulary::ProbeKind::Exchange;
    Target target;
    // Bound on each phase (DNS, connect, TLS, send, receive), so a silent
    // peer ends as `timeout` instead of hanging the run.
    int timeoutMs = 5000;
    // Bound on the whole probe, from start to end, whatever the peer does:
    // a peer that trickles a byte a second restarts the phase bound
    // forever, not this one. 0: derived from the others (Probe::deadlineMs()).
    int deadlineMs = 0;
    // Hold: how long the connection stays idle before the exchange.
    int holdMs = 0;
    // Hold on HTTP: one request and its answer first, on a connection kept
    // open, so the idle time is the one after an answer: what connection
    // pools and browsers meet, and what servers time out (nginx's
    // keepalive_timeout, haproxy's http-keep-alive), not the wait for a
    // first request.
    bool answerBeforeHold = false;
    // Payload: bytes of request body to send.
    qint64 payloadBytes = 0;
    // TLS server name (SNI and certificate check); the target host if empty.
    QString serverName;
    // Whether a certificate the system does not trust fails the probe. The
    // lab's certificate is self-signed, so lab runs turn this off.
    bool verifyCertificate = true;
    // NoProxy measures the direct path; checks set an explicit proxy to
    // compare. Loopback targets are never proxied by Qt's default rules, so
    // an explicit proxy is the only honest way to test through one.
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    // Raw bytes to send instead of the request the target's protocol implies.
    QByteArray request;
    // HTTP: the path and Host to ask for instead of the target's (the
    // content test's neutral request); empty: the target's own.
    QString requestPath;
    QString requestHost;
    // The largest TCP segment this end may send (TCP_MAXSEG, set before
    // connecting), so that every packet is at most this + 40 bytes (IPv4):
    // how the path MTU is measured. 0: the system's choice.
    int maxSegmentBytes = 0;

    bool usesTls() const { return kind == Vocabulary::ProbeKind::Tls || target.usesTls(); }
};

Q_DECLARE_METATYPE(ProbeSpec)

#endif // CDOC_PROBESPEC_H
