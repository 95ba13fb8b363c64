#ifndef CDOC_REPLYREADER_H
#define CDOC_REPLYREADER_H

#include <QtCore/QByteArray>

// Decides when a server's reply is complete, so an exchange can end as `ok`
// without waiting for the peer to close, and when it never will be: a
// header or greeting line that goes on past any real server's, a body with
// no end in sight past MaxReplyBytes, or bytes that are not the protocol
// asked for. It keeps only the header block, not the body, so a hostile
// peer cannot make the probe buffer without end.
class ReplyReader
{
public:
    enum class Mode {
        Http,     // a status line, headers, then a body framed by length,
                  // chunks, or the end of the connection
        Greeting, // one line (SSH, SMTP, FTP and friends speak first)
    };

    enum class State {
        Reading,
        Complete,
        Endless,        // went on past the bounds below without ending
        NotTheProtocol, // an HTTP request answered with something else
    };

    // Which part of the reply went on without end.
    enum class Part {
        Header,   // the status line and headers
        Body,     // a chunked body, or one that ends only with the connection
        Greeting, // a greeting protocol's first line
    };

    explicit ReplyReader(Mode mode = Mode::Http) : m_mode(mode) { }

    void feed(const QByteArray &bytes);

    State state() const { return m_state; }
    bool isComplete() const { return m_state == State::Complete; }
    // Reading more can change nothing: complete, endless or not the protocol.
    bool hasEnded() const { return m_state != State::Reading; }
    Part endlessPart() const { return m_endlessPart; }
    // True when the peer's FIN is what completes the reply (an HTTP
    // response with neither length nor chunking).
    bool completesOnClose() const { return m_headersDone && m_bodyUntilClose; }
    int httpStatus() const { return m_status; }
    // Whether the server means to keep the connection open after this
    // reply: HTTP/1.1 unless it says "Connection: close", HTTP/1.0 only
    // with "Connection: keep-alive".
    bool keepsAlive() const { return m_keepAlive; }
    qint64 bytesSeen() const { return m_seen; }

    // A header block or greeting line longer than this is not a real
    // server's (nginx and Apache refuse requests with 8 to 64 KiB).
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    // A body is read this far. One whose length was announced is complete
    // there (it has an end, the probe need not wait for it); one with no
    // end in sight is endless.
    static constexpr qint64 MaxReplyBytes = 4 * 1024 * 1024;

private:
    void feedHeader(const QByteArray &bytes);
    void feedBody(const QByteArray &body);
    void parseHeaders();
    void becomeEndless(Part part);

    Mode m_mode;
    State m_state = State::Reading;
    Part m_endlessPart = Part::Header;
    QByteArray m_head;
    QByteArray m_chunkTail; // last bytes of a chunked body, to spot its end
    qint64 m_seen = 0;
    qint64 m_bodySeen = 0;
    qint64 m_contentLength = -1;
    int m_status = 0;
    bool m_headersDone = false;
    bool m_chunked = false;
    bool m_bodyUntilClose = false;
    bool m_keepAlive = false;
};

#endif // CDOC_REPLYREADER_H
