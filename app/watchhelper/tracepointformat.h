#ifndef CDOC_TRACEPOINTFORMAT_H
#define CDOC_TRACEPOINTFORMAT_H

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

// The layout of one kernel tracepoint's raw record, read from its `format`
// file in tracefs. The layout differs between kernels (tcp_send_reset's
// addresses became sockaddrs in 6.x), so fields are found by name, never at
// fixed offsets.
class TracepointFormat
{
public:
    struct Field
    {
        std::string name; // "saddr" for "__u8 saddr[4]"
        std::size_t offset = 0;
        std::size_t size = 0;
        bool isSigned = false;
    };

    // Reads the text of a format file; false (with a reason) when it has
    // no ID or no fields.
    bool parse(const std::string &text, std::string *error = nullptr);

    int id() const { return m_id; }
    // The bytes a whole record of this tracepoint holds (the end of its
    // last field): a shorter one is cut and is not read.
    std::size_t recordSize() const;
    const Field *field(const std::string &name) const;
    const std::vector<Field> &fields() const { return m_fields; }
    // The names the kernel prints for a field's numbers, from the format's
    // `print fmt` (`__print_symbolic(REC->reason, { 0, "NOT_SPECIFIED" },
    // ...)`): tcp_send_reset's reasons are numbered differently from one
    // kernel to the next, so only the running kernel's own list names them.
    // Empty when the format prints no such list; entries whose number the
    // format spells as a symbol (TCP_ESTABLISHED) are left out.
    const std::map<std::uint64_t, std::string> &symbols(const std::string &fieldName) const;

    // Reads an unsigned field of 1, 2, 4 or 8 bytes (host order, as the
    // kernel stored it); `fallback` when absent or out of the record.
    std::uint64_t readUnsigned(const std::uint8_t *record, std::size_t length, const std::string &name,
                               std::uint64_t fallback = 0) const;
    // The field's bytes, or nullptr when absent or out of the record.
    const std::uint8_t *bytes(const std::uint8_t *record, std::size_t length, const std::string &name,
                              std::size_t *size = nullptr) const;

private:
    int m_id = -1;
    std::vector<Field> m_fields;
    std::map<std::string, std::map<std::uint64_t, std::string>> m_symbols;
};

#endif // CDOC_TRACEPOINTFORMAT_H
