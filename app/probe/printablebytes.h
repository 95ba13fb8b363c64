#ifndef CDOC_PRINTABLEBYTES_H
#define CDOC_PRINTABLEBYTES_H

#include <QtCore/QByteArray>
#include <QtCore/QString>

// Bytes a peer sent, as text a person and a report can hold: a hostile or
// broken peer may send anything, so all but printable ASCII shows as a
// middle dot, and only the first `most` bytes are kept.
namespace PrintableBytes {
QString text(const QByteArray &bytes, qsizetype most);
}

#endif // CDOC_PRINTABLEBYTES_H
