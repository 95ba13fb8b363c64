#include "replyreader.h"

#include <QtCore/QList>

namespace {

// Whether what came so far can still be the start of an HTTP status line
// (empty lines before it are tolerated, as most clients do).
bool canStartHttp(const QByteArray &head)
{
    qsizetype start = 0;
    while (start < head.size() && (head.at(start) == '\r' || head.at(start) == '\n'))
        ++start;
    static const QByteArray prefix("HTTP/");
    const qsizetype n = qMin(prefix.size(), head.size() - start);
    return head.mid(start, n) == prefix.left(n);
}

} // namespace

void ReplyReader::feed(const QByteArray &bytes)
{
    if (hasEnded() || bytes.isEmpty())
        return;
    m_seen += bytes.size();

    if (m_mode == Mode::Greeting) {
        // The line ends where the first newline is; only the bytes before
        // it count against the bound.
        const qsizetype newline = bytes.indexOf('\n');
        const qint64 lineBytes = newline < 0 ? m_seen : m_seen - bytes.size() + newline;
        if (lineBytes > MaxHeaderBytes)
            becomeEndless(Part::Greeting);
        else if (newline >= 0)
            m_state = State::Complete;
        return;
    }

    if (m_headersDone)
        feedBody(bytes);
    else
        feedHeader(bytes);
}

void ReplyReader::feedHeader(const QByteArray &bytes)
{
    // Search only the new bytes and the three before them for the end.
    qsizetype from = qMax<qsizetype>(0, m_head.size() - 3);
    m_head += bytes;
    if (!canStartHttp(m_head)) {
        m_state = State::NotTheProtocol;
        m_head.clear();
        return;
    }
    // Empty lines before the status line are tolerated, not kept.
    qsizetype blank = 0;
    while (blank < m_head.size() && (m_head.at(blank) == '\r' || m_head.at(blank) == '\n'))
        ++blank;
    if (blank > 0) {
        m_head.remove(0, blank);
        from = 0;
    }
    const qsizetype end = m_head.indexOf("\r\n\r\n", from);
    if (end < 0 || end > MaxHeaderBytes) {
        // Counted in bytes seen, so empty lines without end count too.
        if (m_seen > MaxHeaderBytes) {
            becomeEndless(Part::Header);
            m_head.clear();
        }
        return;
    }
    const QByteArray body = m_head.mid(end + 4);
    m_head.truncate(end);
    m_headersDone = true;
    parseHeaders();
    feedBody(body);
}

void ReplyReader::feedBody(const QByteArray &body)
{
    m_bodySeen += body.size();
    if (m_chunked) {
        m_chunkTail = (m_chunkTail + body).right(7);
        if (m_chunkTail.endsWith("0\r\n\r\n")) {
            m_state = State::Complete;
            return;
        }
    } else if (m_contentLength >= 0 && m_bodySeen >= m_contentLength) {
        m_state = State::Complete;
        return;
    }
    if (m_seen >= MaxReplyBytes) {
        // An announced length has an end, even if the probe does not wait
        // for it; chunks or a body that lasts as long as the connection
        // may never end.
        if (m_contentLength >= 0 && !m_chunked)
            m_state = State::Complete;
        else
            becomeEndless(Part::Body);
    }
}

void ReplyReader::becomeEndless(Part part)
{
    m_state = State::Endless;
    m_endlessPart = part;
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
