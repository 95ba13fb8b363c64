#ifndef CDOC_REPLYREADER_H
#define CDOC_REPLYREADER_H

#include <QtCore/QByteArray>

// Decides when a server's reply is complete, so an exchange can end as `ok`
// without waiting for the peer to close. It keeps only the header block,
// not the body, and stops caring after MaxReplyBytes so a hostile peer
// cannot make the probe buffer without end.
class ReplyReader
{
public:
    enum class Mode {
        Http,     // a status line, headers, then a body framed by length,
                  // chunks, or the end of the connection
        Greeting, // one line (SSH, SMTP, FTP and friends speak first)
    };

    explicit ReplyReader(Mode mode = Mode::Http) : m_mode(mode) { }

    void feed(const QByteArray &bytes);

    bool isComplete() const { return m_complete; }
    // True when the peer's FIN is what completes the reply (an HTTP
    // response with neither length nor chunking).
    bool completesOnClose() const { return m_headersDone && m_bodyUntilClose; }
    int httpStatus() const { return m_status; }
    // Whether the server means to keep the connection open after this
    // reply: HTTP/1.1 unless it says "Connection: close", HTTP/1.0 only
    // with "Connection: keep-alive".
    bool keepsAlive() const { return m_keepAlive; }
    qint64 bytesSeen() const { return m_seen; }

    static constexpr qint64 MaxReplyBytes = 4 * 1024 * 1024;

private:
    void parseHeaders();

    Mode m_mode;
    QByteArray m_head;
    QByteArray m_chunkTail; // last bytes of a chunked body, to spot its end
    qint64 m_seen = 0;
    qint64 m_bodySeen = 0;
    qint64 m_contentLength = -1;
    int m_status = 0;
    bool m_headersDone = false;
    bool m_chunked = false;
    bool m_bodyUntilClose = false;
    bool m_complete = false;
    bool m_keepAlive = false;
};

#endif // CDOC_REPLYREADER_H
