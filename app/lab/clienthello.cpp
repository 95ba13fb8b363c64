#include "clienthello.h"

namespace ClientHello {

namespace {

// A cursor that refuses to read past the end.
class Reader
{
public:
    Reader(const QByteArray &data, qsizetype begin, qsizetype end)
        : m_data(data), m_pos(begin), m_end(end) { }

    bool skip(qsizetype n)
    {
        if (n < 0 || m_end - m_pos < n)
            return false;
        m_pos += n;
        return true;
    }
    bool readInt(int bytes, quint32 *value)
    {
        if (m_end - m_pos < bytes)
            return false;
        quint32 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | quint8(m_data.at(m_pos + i));
        m_pos += bytes;
        *value = v;
        return true;
    }
    qsizetype pos() const { return m_pos; }
    qsizetype left() const { return m_end - m_pos; }

private:
    const QByteArray &m_data;
    qsizetype m_pos;
    qsizetype m_end;
};

} // namespace

Result parse(const QByteArray &bytes)
{
    Result result;
    if (bytes.size() < 5)
        return result;
    // TLS record: type 22 (handshake), version 3.x, 16-bit length.
    if (quint8(bytes.at(0)) != 22 || quint8(bytes.at(1)) != 3) {
        result.status = Status::NotTls;
        return result;
    }
    const qsizetype recordLength = (quint8(bytes.at(3)) << 8) | quint8(bytes.at(4));
    if (bytes.size() < 5 + recordLength)
        return result; // NeedMore
    result.status = Status::NotTls;

    Reader r(bytes, 5, 5 + recordLength);
    quint32 type = 0, length = 0, n = 0;
    if (!r.readInt(1, &type) || type != 1 /* client_hello */ || !r.readInt(3, &length))
        return result;
    if (!r.skip(2 + 32)) // client version, random
        return result;
    if (!r.readInt(1, &n) || !r.skip(n)) // session id
        return result;
    if (!r.readInt(2, &n) || !r.skip(n)) // cipher suites
        return result;
    if (!r.readInt(1, &n) || !r.skip(n)) // compression methods
        return result;
    result.status = Status::Parsed;
    quint32 extensionsLength = 0;
    if (!r.readInt(2, &extensionsLength))
        return result; // no extensions: no SNI
    while (r.left() >= 4) {
        quint32 extType = 0, extLength = 0;
        r.readInt(2, &extType);
        r.readInt(2, &extLength);
        if (extType != 0 /* server_name */) {
            if (!r.skip(extLength))
                break;
            continue;
        }
        quint32 listLength = 0, nameType = 0, nameLength = 0;
        if (!r.readInt(2, &listLength) || !r.readInt(1, &nameType) || !r.readInt(2, &nameLength))
            break;
        if (nameType == 0 && qsizetype(nameLength) <= r.left())
            result.serverName = QString::fromLatin1(bytes.mid(r.pos(), nameLength));
        break;
    }
    return result;
}

} // namespace ClientHello
