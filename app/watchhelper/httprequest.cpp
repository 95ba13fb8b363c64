#include "httprequest.h"

#include "hostname.h"

#include <cstring>
#include <string_view>

namespace HttpRequest {

namespace {

// Methods whose requests carry a Host for the server they are sent to.
// CONNECT is left out: it asks a proxy for a tunnel elsewhere.
constexpr std::string_view Methods[] = {"GET ", "HEAD ", "POST ", "PUT ", "DELETE ", "OPTIONS ", "PATCH "};
// A request head longer than this is not read further: the capture keeps
// a few KiB of a first segment only.
constexpr std::size_t MaxHead = 8192;

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != prefix[i])
            return false;
    }
    return true;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

} // namespace

std::string host(const std::uint8_t *data, std::size_t length)
{
    if (!data)
        return {};
    const std::string_view head(reinterpret_cast<const char *>(data), length < MaxHead ? length : MaxHead);
    std::size_t methodLength = 0;
    for (std::string_view m : Methods) {
        if (head.substr(0, m.size()) == m) {
            methodLength = m.size();
            break;
        }
    }
    if (methodLength == 0)
        return {};
    const std::size_t lineEnd = head.find('\n');
    if (lineEnd == std::string_view::npos)
        return {};
    const std::string_view requestLine = head.substr(0, lineEnd);
    // origin-form ("/path") or "*"; an absolute URI goes to a proxy.
    const char target = requestLine.size() > methodLength ? requestLine[methodLength] : '\0';
    if (target != '/' && target != '*')
        return {};
    if (requestLine.find(" HTTP/1.") == std::string_view::npos)
        return {};
    for (std::size_t at = lineEnd + 1; at < head.size();) {
        const std::size_t end = head.find('\n', at);
        if (end == std::string_view::npos)
            return {}; // the header is cut by the capture
        const std::string_view line = head.substr(at, end - at);
        if (line == "\r" || line.empty())
            return {}; // end of the head: no Host
        if (startsWithNoCase(line, "host:")) {
            std::string_view value = trimmed(line.substr(5));
            if (!value.empty() && value.front() == '[')
                return {}; // an IPv6 address
            const std::size_t colon = value.rfind(':');
            if (colon != std::string_view::npos) {
                const std::string_view port = value.substr(colon + 1);
                if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string_view::npos)
                    return {};
                value = value.substr(0, colon);
            }
            return HostName::normalized(std::string(value));
        }
        at = end + 1;
    }
    return {};
}

} // namespace HttpRequest
