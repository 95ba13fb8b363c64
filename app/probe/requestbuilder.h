#ifndef CDOC_REQUESTBUILDER_H
#define CDOC_REQUESTBUILDER_H

#include "probespec.h"

#include <QtCore/QByteArray>

// What a probe sends once connected: the spec's own bytes, an HTTP/1.1 GET
// (or, for a payload probe, the header of a POST whose body follows), or
// nothing for protocols whose server speaks first.
class RequestBuilder
{
public:
    // keepAlive: ask the server to keep the connection open after its
    // answer (the request before a hold); otherwise "Connection: close".
    static QByteArray build(const ProbeSpec &spec, bool keepAlive = false);
};

#endif // CDOC_REQUESTBUILDER_H
