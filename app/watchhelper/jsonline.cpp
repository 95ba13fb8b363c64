#include "jsonline.h"

#include <cstdio>

void JsonLine::key(const char *k)
{
    if (!m_body.empty())
        m_body += ',';
    m_body += '"';
    m_body += k;
    m_body += "\":";
}

std::string JsonLine::escaped(const std::string &value)
{
    std::string out = "\"";
    for (unsigned char c : value) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20 || c >= 0x7f) {
                // Program names and paths may hold anything: keep the JSON
                // ASCII and valid whatever the bytes.
                char u[8];
                std::snprintf(u, sizeof u, "\\u%04x", c);
                out += u;
            } else {
                out += char(c);
            }
        }
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
