#include "dnsanswer.h"

#include "hostname.h"

#include <algorithm>
#include <cstring>

namespace DnsAnswer {

namespace {

constexpr std::uint16_t TypeA = 1;
constexpr std::uint16_t TypeCname = 5;
constexpr std::uint16_t TypeAaaa = 28;
constexpr std::uint16_t ClassIn = 1;
constexpr int MaxPointers = 16;       // compression pointers followed in one name
constexpr std::size_t MaxNameLength = 255;

std::uint16_t read16(const std::uint8_t *p) { return std::uint16_t((p[0] << 8) | p[1]); }

// Reads the name at `offset` (labels, compression pointers) as lowercase
// text with dots, and where the record goes on after it (`next`). A label
// holding a dot or a byte outside printable ASCII makes the name "?": it
// can still be compared (a chain through it is simply not followed), but
// never becomes a remote_name.
bool readName(const std::uint8_t *msg, std::size_t length, std::size_t offset, std::string *name, std::size_t *next)
{
    name->clear();
    bool jumped = false;
    bool bad = false;
    for (int pointers = 0;;) {
        if (offset >= length)
            return false;
        const std::uint8_t labelLength = msg[offset];
        if (labelLength == 0) {
            if (!jumped)
                *next = offset + 1;
            break;
        }
        if ((labelLength & 0xc0) == 0xc0) {
            if (offset + 1 >= length || ++pointers > MaxPointers)
                return false;
            const std::size_t target = std::size_t(read16(msg + offset) & 0x3fff);
            if (!jumped)
                *next = offset + 2;
            jumped = true;
            offset = target;
            continue;
        }
        if ((labelLength & 0xc0) != 0)
            return false; // the reserved label types
        if (offset + 1 + labelLength > length)
            return false;
        if (!name->empty())
            name->push_back('.');
        for (std::size_t i = 0; i < labelLength; ++i) {
            char c = char(msg[offset + 1 + i]);
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
            if (c == '.' || c <= 0x20 || c >= 0x7f)
                bad = true;
            name->push_back(c);
        }
        if (name->size() > MaxNameLength)
            return false;
        offset += 1 + labelLength;
    }
    if (bad)
        *name = "?";
    return true;
}

struct Record
{
    std::string owner;
    std::uint16_t type = 0;
    std::string target; // CNAME
    Address address;    // A, AAAA
};

} // namespace

bool parse(const std::uint8_t *data, std::size_t length, Result *result)
{
    if (!data || !result || length < 12)
        return false;
    result->name.clear();
    result->addresses.clear();
    const std::uint16_t flags = read16(data + 2);
    const bool response = (flags & 0x8000) != 0;
    const int opcode = (flags >> 11) & 0xf;
    const int rcode = flags & 0xf;
    if (!response || opcode != 0 || rcode != 0 || read16(data + 4) != 1)
        return false;
    const std::size_t answers = std::min<std::size_t>(read16(data + 6), MaxRecords);
    std::size_t at = 12;
    std::string question;
    if (!readName(data, length, at, &question, &at) || at + 4 > length)
        return false;
    at += 4; // QTYPE, QCLASS
    std::vector<Record> records;
    for (std::size_t i = 0; i < answers; ++i) {
        Record r;
        if (!readName(data, length, at, &r.owner, &at) || at + 10 > length)
            break; // what came before stays: a response cut by the capture
        r.type = read16(data + at);
        const std::uint16_t cls = read16(data + at + 2);
        const std::size_t rdLength = read16(data + at + 8);
        at += 10;
        if (at + rdLength > length)
            break;
        if (cls == ClassIn) {
            if (r.type == TypeA && rdLength == 4) {
                r.address.family = 4;
                std::memcpy(r.address.address.data(), data + at, 4);
                records.push_back(r);
            } else if (r.type == TypeAaaa && rdLength == 16) {
                r.address.family = 6;
                std::memcpy(r.address.address.data(), data + at, 16);
                records.push_back(r);
            } else if (r.type == TypeCname) {
                std::size_t unused = 0;
                if (readName(data, length, at, &r.target, &unused))
                    records.push_back(r);
            }
        }
        at += rdLength;
    }
    // The names the chain reaches from the question, in at most MaxChain steps.
    std::vector<std::string> reached{question};
    for (int step = 0; step < MaxChain; ++step) {
        bool grew = false;
        for (const Record &r : records) {
            if (r.type != TypeCname || r.owner == "?" || r.target == "?")
                continue;
            if (std::find(reached.begin(), reached.end(), r.owner) != reached.end()
                && std::find(reached.begin(), reached.end(), r.target) == reached.end()) {
                reached.push_back(r.target);
                grew = true;
            }
        }
        if (!grew)
            break;
    }
    for (const Record &r : records) {
        if (r.address.family != 0 && r.owner != "?" && std::find(reached.begin(), reached.end(), r.owner) != reached.end())
            result->addresses.push_back(r.address);
    }
    result->name = question == "?" ? std::string() : HostName::normalized(question);
    return true;
}

} // namespace DnsAnswer
