#include "jsonline.h"

#include <cstdint>
#include <cstdio>

void JsonLine::key(const char *k)
{
    if (!m_body.empty())
        m_body += ',';
    m_body += '"';
    m_body += k;
    m_body += "\":";
}

namespace {

// Length of the valid UTF-8 sequence at p (1 to 4), or 0 when it is not one.
std::size_t utf8Length(const unsigned char *p, std::size_t left)
{
    const unsigned char c = p[0];
    std::size_t n = 0;
    std::uint32_t code = 0;
    if (c >= 0xc2 && c <= 0xdf) {
        n = 2;
        code = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 3;
        code = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4;
        code = c & 0x07;
    } else {
        return 0;
    }
    if (left < n)
        return 0;
    for (std::size_t i = 1; i < n; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        code = (code << 6) | (p[i] & 0x3f);
    }
    // Overlong forms, surrogates and beyond U+10FFFF are not valid.
    if ((n == 3 && code < 0x800) || (n == 4 && (code < 0x10000 || code > 0x10ffff)) || (code >= 0xd800 && code <= 0xdfff))
        return 0;
    return n;
}

} // namespace

std::string JsonLine::escaped(const std::string &value)
{
    // Program names and paths hold whatever their owners chose: valid UTF-8
    // ("/home/jörg/...") passes as it is, control characters are escaped,
    // and bytes that are not UTF-8 become U+FFFD, so the line is always
    // valid JSON.
    std::string out = "\"";
    const auto *p = reinterpret_cast<const unsigned char *>(value.data());
    const std::size_t size = value.size();
    for (std::size_t i = 0; i < size;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20 || c == 0x7f) {
                    char u[8];
                    std::snprintf(u, sizeof u, "\\u%04x", c);
                    out += u;
                } else {
                    out += char(c);
                }
            }
            ++i;
            continue;
        }
        const std::size_t n = utf8Length(p + i, size - i);
        if (n == 0) {
            out += "\\ufffd";
            ++i;
            continue;
        }
        out.append(value, i, n);
        i += n;
    }
    return out + "\"";
}

JsonLine &JsonLine::add(const char *k, const std::string &value)
{
    key(k);
    m_body += escaped(value);
    return *this;
}

JsonLine &JsonLine::add(const char *k, std::int64_t value)
{
    key(k);
    m_body += std::to_string(value);
    return *this;
}

JsonLine &JsonLine::add(const char *k, bool value)
{
    key(k);
    m_body += value ? "true" : "false";
    return *this;
}

JsonLine &JsonLine::addNull(const char *k)
{
    key(k);
    m_body += "null";
    return *this;
}

JsonLine &JsonLine::addRaw(const char *k, const std::string &json)
{
    key(k);
    m_body += json;
    return *this;
}
