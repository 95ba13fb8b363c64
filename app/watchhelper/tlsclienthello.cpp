#include "tlsclienthello.h"

#include "hostname.h"

namespace TlsClientHello {

namespace {

// A cursor over captured bytes that refuses to move past them.
class Reader
{
public:
    Reader(const std::uint8_t *data, std::size_t length)
        : m_data(data)
        , m_left(length)
    {
    }
    bool skip(std::size_t n)
    {
        if (n > m_left)
            return false;
        m_data += n;
        m_left -= n;
        return true;
    }
    bool u8(std::size_t *v)
    {
        if (m_left < 1)
            return false;
        *v = m_data[0];
        return skip(1);
    }
    bool u16(std::size_t *v)
    {
        if (m_left < 2)
            return false;
        *v = (std::size_t(m_data[0]) << 8) | m_data[1];
        return skip(2);
    }
    bool u24(std::size_t *v)
    {
        if (m_left < 3)
            return false;
        *v = (std::size_t(m_data[0]) << 16) | (std::size_t(m_data[1]) << 8) | m_data[2];
        return skip(3);
    }
    // A sub-reader over the next n bytes (or fewer, where the capture ends).
    Reader take(std::size_t n)
    {
        const std::size_t have = n < m_left ? n : m_left;
        Reader r(m_data, have);
        m_data += have;
        m_left -= have;
        return r;
    }
    const std::uint8_t *data() const { return m_data; }
    std::size_t left() const { return m_left; }

private:
    const std::uint8_t *m_data;
    std::size_t m_left;
};

constexpr std::size_t RecordHandshake = 22;
constexpr std::size_t HandshakeClientHello = 1;
constexpr std::size_t ExtensionServerName = 0;
constexpr std::size_t NameTypeHost = 0;

std::string nameFromExtension(Reader extension)
{
    std::size_t listLength = 0;
    if (!extension.u16(&listLength))
        return {};
    Reader list = extension.take(listLength);
    while (list.left() > 0) {
        std::size_t type = 0, nameLength = 0;
        if (!list.u8(&type) || !list.u16(&nameLength) || nameLength > list.left())
            return {};
        if (type == NameTypeHost)
            return HostName::normalized(std::string(reinterpret_cast<const char *>(list.data()), nameLength));
        list.skip(nameLength);
    }
    return {};
}

} // namespace

std::string serverName(const std::uint8_t *data, std::size_t length)
{
    if (!data)
        return {};
    Reader in(data, length);
    std::size_t type = 0, version = 0, recordLength = 0;
    if (!in.u8(&type) || type != RecordHandshake || !in.u16(&version) || (version >> 8) != 3 || !in.u16(&recordLength))
        return {};
    // The record may go on past the capture: read what we have of it.
    Reader record = in.take(recordLength);
    std::size_t handshakeType = 0, handshakeLength = 0;
    if (!record.u8(&handshakeType) || handshakeType != HandshakeClientHello || !record.u24(&handshakeLength))
        return {};
    Reader hello = record.take(handshakeLength);
    std::size_t sessionLength = 0, suitesLength = 0, compressionLength = 0, extensionsLength = 0;
    if (!hello.skip(2 + 32) // legacy_version, random
        || !hello.u8(&sessionLength) || !hello.skip(sessionLength)
        || !hello.u16(&suitesLength) || !hello.skip(suitesLength)
        || !hello.u8(&compressionLength) || !hello.skip(compressionLength)
        || !hello.u16(&extensionsLength))
        return {};
    Reader extensions = hello.take(extensionsLength);
    while (extensions.left() > 0) {
        std::size_t extensionType = 0, extensionLength = 0;
        if (!extensions.u16(&extensionType) || !extensions.u16(&extensionLength))
            return {};
        if (extensionLength > extensions.left())
            return {}; // cut by the capture, or lying
        Reader extension = extensions.take(extensionLength);
        if (extensionType == ExtensionServerName)
            return nameFromExtension(extension);
    }
    return {};
}

} // namespace TlsClientHello
