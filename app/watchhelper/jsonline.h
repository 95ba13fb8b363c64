#ifndef CDOC_JSONLINE_H
#define CDOC_JSONLINE_H

#include <cstdint>
#include <string>

// Builds one JSON object on one line, the helper's output format. Keys are
// our own literals; values are escaped.
class JsonLine
{
public:
    JsonLine &add(const char *key, const std::string &value);
    JsonLine &add(const char *key, const char *value) { return add(key, std::string(value)); }
    JsonLine &add(const char *key, std::int64_t value);
    JsonLine &add(const char *key, int value) { return add(key, std::int64_t(value)); }
    JsonLine &add(const char *key, std::uint64_t value) { return add(key, std::int64_t(value)); }
    JsonLine &add(const char *key, bool value);
    JsonLine &addNull(const char *key);
    JsonLine &addRaw(const char *key, const std::string &json);
    std::string text() const { return "{" + m_body + "}"; }

    static std::string escaped(const std::string &value);

private:
    void key(const char *k);
    std::string m_body;
};

#endif // CDOC_JSONLINE_H
