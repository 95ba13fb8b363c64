#include "tracepointformat.h"

#include <algorithm>
#include <cstring>
#include <sstream>

namespace {

std::string trim(const std::string &s)
{
    const auto begin = s.find_first_not_of(" \t");
    if (begin == std::string::npos)
        return {};
    const auto end = s.find_last_not_of(" \t\r");
    return s.substr(begin, end - begin + 1);
}

// "offset:8" -> 8; false on anything else.
bool readNumber(const std::string &part, const char *key, long long *value)
{
    const std::string t = trim(part);
    const std::size_t keyLength = std::strlen(key);
    if (t.compare(0, keyLength, key) != 0 || t.size() <= keyLength || t[keyLength] != ':')
        return false;
    const std::string digits = trim(t.substr(keyLength + 1));
    if (digits.empty() || digits.size() > 9)
        return false;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return false;
    }
    *value = std::stoll(digits);
    return true;
}

// Reads the pairs of each `__print_symbolic(REC->field, { 0, "NAME" }, ...)`
// in a `print fmt` line into `symbols`. Pairs whose number is not a decimal
// number, and names longer than a kernel's enum names get, are skipped.
void readSymbols(const std::string &printFormat, std::map<std::string, std::map<std::uint64_t, std::string>> *symbols)
{
    static const std::string Call = "__print_symbolic(REC->";
    constexpr std::size_t MaxNameLength = 64;
    for (std::size_t at = printFormat.find(Call); at != std::string::npos; at = printFormat.find(Call, at)) {
        at += Call.size();
        const std::size_t comma = printFormat.find(',', at);
        if (comma == std::string::npos)
            return;
        const std::string field = trim(printFormat.substr(at, comma - at));
        std::map<std::uint64_t, std::string> &names = (*symbols)[field];
        std::size_t pos = comma + 1;
        // { number, "NAME" } pairs, up to the call's closing parenthesis.
        while (true) {
            while (pos < printFormat.size() && (printFormat[pos] == ' ' || printFormat[pos] == ','))
                ++pos;
            if (pos >= printFormat.size() || printFormat[pos] != '{')
                break;
            const std::size_t close = printFormat.find('}', pos);
            if (close == std::string::npos)
                return;
            const std::string pair = printFormat.substr(pos + 1, close - pos - 1);
            pos = close + 1;
            const std::size_t split = pair.find(',');
            if (split == std::string::npos)
                continue;
            const std::string number = trim(pair.substr(0, split));
            std::string name = trim(pair.substr(split + 1));
            if (number.empty() || number.size() > 9
                || number.find_first_not_of("0123456789") != std::string::npos || name.size() < 3
                || name.front() != '"' || name.back() != '"')
                continue;
            name = name.substr(1, name.size() - 2);
            if (name.empty() || name.size() > MaxNameLength
                || name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos)
                continue;
            names[std::stoull(number)] = name;
        }
        if (names.empty())
            symbols->erase(field);
        at = pos;
    }
}

} // namespace

bool TracepointFormat::parse(const std::string &text, std::string *error)
{
    m_id = -1;
    m_fields.clear();
    m_symbols.clear();
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        const std::string t = trim(line);
        long long number = 0;
        if (t.compare(0, 3, "ID:") == 0) {
            if (readNumber(t, "ID", &number))
                m_id = int(number);
            continue;
        }
        if (t.compare(0, 10, "print fmt:") == 0) {
            readSymbols(t, &m_symbols);
            continue;
        }
        if (t.compare(0, 6, "field:") != 0)
            continue;
        // field:__u8 saddr[4];	offset:22;	size:4;	signed:0;
        std::vector<std::string> parts;
        std::size_t start = 0;
        for (std::size_t semi = t.find(';'); semi != std::string::npos; semi = t.find(';', start)) {
            parts.push_back(t.substr(start, semi - start));
            start = semi + 1;
        }
        if (parts.size() < 4)
            continue;
        std::string declaration = trim(parts[0].substr(6));
        const auto bracket = declaration.find('[');
        if (bracket != std::string::npos)
            declaration.erase(bracket);
        const auto nameStart = declaration.find_last_of(" *");
        Field field;
        field.name = nameStart == std::string::npos ? declaration : declaration.substr(nameStart + 1);
        long long offset = 0, size = 0, isSigned = 0;
        if (field.name.empty() || !readNumber(parts[1], "offset", &offset) || !readNumber(parts[2], "size", &size)
            || !readNumber(parts[3], "signed", &isSigned))
            continue;
        field.offset = std::size_t(offset);
        field.size = std::size_t(size);
        field.isSigned = isSigned != 0;
        m_fields.push_back(field);
    }
    if (m_id < 0 || m_fields.empty()) {
        if (error)
            *error = m_id < 0 ? "no ID in the format file" : "no fields in the format file";
        return false;
    }
    return true;
}

std::size_t TracepointFormat::recordSize() const
{
    std::size_t end = 0;
    for (const Field &f : m_fields)
        end = std::max(end, f.offset + f.size);
    return end;
}

const std::map<std::uint64_t, std::string> &TracepointFormat::symbols(const std::string &fieldName) const
{
    static const std::map<std::uint64_t, std::string> none;
    const auto it = m_symbols.find(fieldName);
    return it == m_symbols.end() ? none : it->second;
}

const TracepointFormat::Field *TracepointFormat::field(const std::string &name) const
{
    for (const Field &f : m_fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

const std::uint8_t *TracepointFormat::bytes(const std::uint8_t *record, std::size_t length, const std::string &name,
                                            std::size_t *size) const
{
    const Field *f = field(name);
    if (!f || f->offset > length || f->size > length - f->offset)
        return nullptr;
    if (size)
        *size = f->size;
    return record + f->offset;
}

std::uint64_t TracepointFormat::readUnsigned(const std::uint8_t *record, std::size_t length, const std::string &name,
                                             std::uint64_t fallback) const
{
    std::size_t size = 0;
    const std::uint8_t *p = bytes(record, length, name, &size);
    if (!p)
        return fallback;
    switch (size) {
    case 1:
        return *p;
    case 2: {
        std::uint16_t v;
        std::memcpy(&v, p, 2);
        return v;
    }
    case 4: {
        std::uint32_t v;
        std::memcpy(&v, p, 4);
        return v;
    }
    case 8: {
        std::uint64_t v;
        std::memcpy(&v, p, 8);
        return v;
    }
    default:
        return fallback;
    }
}
