#include "hostname.h"

#include <arpa/inet.h>

namespace HostName {

std::string normalized(const std::string &raw)
{
    std::string name;
    name.reserve(raw.size());
    for (char c : raw)
        name.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    if (!name.empty() && name.back() == '.')
        name.pop_back();
    if (name.empty() || name.size() > 253)
        return {};
    std::size_t label = 0;
    for (char c : name) {
        if (c == '.') {
            if (label == 0)
                return {}; // an empty label: "a..b" or ".a"
            label = 0;
            continue;
        }
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!allowed || ++label > 63)
            return {};
    }
    in_addr address;
    if (inet_pton(AF_INET, name.c_str(), &address) == 1)
        return {};
    return name;
}

} // namespace HostName
