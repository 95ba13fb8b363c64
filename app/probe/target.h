#ifndef CDOC_TARGET_H
#define CDOC_TARGET_H

#include <QtCore/QCoreApplication>
#include <QtCore/QMetaType>
#include <QtCore/QString>

// Where the user's failing connection goes: host, port, whether it speaks
// TLS and which application protocol the exchange probe should use.
// Target::parse() accepts what people type or paste: "host:port",
// "[ipv6]:port", a bare host (port 443) or a URL.
class Target
{
    Q_DECLARE_TR_FUNCTIONS(Target)

public:
    // What the exchange probe sends once connected.
    enum class Protocol {
        Http,     // an HTTP/1.1 GET
        Greeting, // nothing: the server speaks first (SSH, SMTP, FTP, ...)
    };

    struct ParseResult;

    static ParseResult parse(const QString &text);

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    bool usesTls() const { return m_tls; }
    Protocol protocol() const { return m_protocol; }
    // The path an HTTP exchange asks for ("/" unless the URL named one).
    QString path() const { return m_path; }
    bool isValid() const { return m_port != 0; }

    // "host:port", with brackets around IPv6 literals.
    QString displayName() const;

    // The same host on another port (TLS and protocol as for a typed
    // host:port).
    Target withPort(quint16 port) const;

    bool operator==(const Target &other) const;

    // Longest host name DNS allows (RFC 1035).
    static constexpr int MaxHostLength = 253;

private:
    QString m_host;
    QString m_path = QStringLiteral("/");
    quint16 m_port = 0;
    bool m_tls = false;
    Protocol m_protocol = Protocol::Http;
};

struct Target::ParseResult
{
    Target target;
    QString error; // empty on success, otherwise a sentence for the user
    // For input that can be read two ways, the reading the error asks
    // about ("[::1]:80" for "::1:80"), for a view to offer.
    QString suggestion;

    bool ok() const { return error.isEmpty(); }
};

Q_DECLARE_METATYPE(Target)

#endif // CDOC_TARGET_H
