#ifndef CDOC_NAMETABLE_H
#define CDOC_NAMETABLE_H

#include <QtCore/QList>
#include <QtCore/QString>

#include <array>
#include <optional>
#include <utility>

// Lookups in the constant tables that pair an enum with the name it has in
// reports and on the command line (the vocabulary, the lab's scenarios).
namespace NameTable {

template <typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, const char *>, N>;

template <typename Enum, std::size_t N>
QString nameOf(const Table<Enum, N> &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Table<Enum, N> &table, const QString &name)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1String(n))
            return v;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QList<Enum> valuesOf(const Table<Enum, N> &table)
{
    QList<Enum> values;
    for (const auto &entry : table)
        values.append(entry.first);
    return values;
}

} // namespace NameTable

#endif // CDOC_NAMETABLE_H
