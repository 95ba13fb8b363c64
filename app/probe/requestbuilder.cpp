#include "requestbuilder.h"

#include <QtCore/QCoreApplication>

using Vocabulary::ProbeKind;

QByteArray RequestBuilder::build(const ProbeSpec &spec, bool keepAlive)
{
    if (!spec.request.isEmpty())
        return spec.request;
    if (spec.target.protocol() == Target::Protocol::Greeting)
        return {};

    const QByteArray host = !spec.requestHost.isEmpty() ? spec.requestHost.toUtf8()
        : spec.target.port() == (spec.target.usesTls() ? 443 : 80)
        ? spec.target.host().toUtf8()
        : spec.target.displayName().toUtf8();
    const QByteArray path = spec.requestPath.isEmpty() ? spec.target.path().toUtf8() : spec.requestPath.toUtf8();
    const QByteArray agent = "ConnectionDoctor/" + QCoreApplication::applicationVersion().toUtf8();
    QByteArray request = (spec.kind == ProbeKind::Payload ? "POST " : "GET ")
        + path + " HTTP/1.1\r\n"
        + "Host: " + host + "\r\n"
        + "User-Agent: " + agent + "\r\n"
        + "Accept: */*\r\n";
    if (spec.kind == ProbeKind::Payload) {
        request += "Content-Type: application/octet-stream\r\n"
                   "Content-Length: " + QByteArray::number(qMax<qint64>(0, spec.payloadBytes)) + "\r\n";
    }
    request += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    return request;
}
