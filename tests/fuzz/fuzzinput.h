#ifndef CDOC_FUZZINPUT_H
#define CDOC_FUZZINPUT_H

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <cstddef>
#include <cstdint>

// The fuzzer's bytes as the parsers get them: a deep copy (so a read past
// the end is caught by ASan, not hidden in shared data) and, for the ones
// that read text, as UTF-8 decoded the way QString does with a paste.
namespace FuzzInput {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace FuzzInput

#endif // CDOC_FUZZINPUT_H
