#include "printablebytes.h"

namespace PrintableBytes {

QString text(const QByteArray &bytes, qsizetype most)
{
    const QByteArray shown = bytes.left(most);
    QString text;
    text.reserve(shown.size());
    for (char c : shown)
        text += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : QChar(0x00B7);
    return text;
}

} // namespace PrintableBytes
