#ifndef CDOC_CLIENTHELLO_H
#define CDOC_CLIENTHELLO_H

#include <QtCore/QByteArray>
#include <QtCore/QString>

// Reads the server name (SNI) out of the first TLS record a client sends,
// the way a filtering middlebox does before it decides to let a connection
// through or reset it. Bounds-checked: any malformed input is NotTls.
namespace ClientHello {

enum class Status { NeedMore, NotTls, Parsed };

struct Result
{
    Status status = Status::NeedMore;
    QString serverName; // empty when the client sent none
};

Result parse(const QByteArray &bytes);

} // namespace ClientHello

#endif // CDOC_CLIENTHELLO_H
