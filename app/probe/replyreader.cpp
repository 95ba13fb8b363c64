#include "replyreader.h"

#include <QtCore/QList>

namespace {
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
}

void ReplyReader::feed(const QByteArray &bytes)
{
    if (m_complete || bytes.isEmpty())
        return;
    m_seen += bytes.size();

    if (m_mode == Mode::Greeting) {
        m_complete = bytes.contains('\n') || m_seen >= MaxReplyBytes;
        return;
    }

    QByteArray body;
    if (!m_headersDone) {
        m_head += bytes;
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            // Not HTTP, or a header block no real server sends: take what
            // came as the reply rather than reading forever.
            if (m_head.size() > MaxHeaderBytes)
                m_complete = true;
            return;
        }
        body = m_head.mid(end + 4);
        m_head.truncate(end);
        m_headersDone = true;
        parseHeaders();
    } else {
        body = bytes;
    }

    m_bodySeen += body.size();
    if (m_chunked) {
        m_chunkTail = (m_chunkTail + body).right(7);
        m_complete = m_chunkTail.endsWith("0\r\n\r\n");
    } else if (m_contentLength >= 0) {
        m_complete = m_bodySeen >= m_contentLength;
    }
    if (m_seen >= MaxReplyBytes)
        m_complete = true;
}

void ReplyReader::parseHeaders()
{
    const QList<QByteArray> lines = m_head.split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    if (statusLine.size() >= 2 && statusLine.at(0).startsWith("HTTP/"))
        m_status = statusLine.at(1).toInt();
    m_keepAlive = statusLine.value(0) == "HTTP/1.1";

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (ok && length >= 0)
                m_contentLength = length;
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            m_chunked = true;
        } else if (name == "connection") {
            const QByteArray v = value.toLower();
            if (v.contains("close"))
                m_keepAlive = false;
            else if (v.contains("keep-alive"))
                m_keepAlive = true;
        }
    }
    // 1xx, 204 and 304 replies carry no body.
    if ((m_status >= 100 && m_status < 200) || m_status == 204 || m_status == 304)
        m_contentLength = 0;
    if (!m_chunked && m_contentLength < 0)
        m_bodyUntilClose = true;
}
