#include "target.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

#include <array>

namespace {

struct SchemeInfo
{
    const char *scheme;
    quint16 port;
    bool tls;
    Target::Protocol protocol;
};

// Schemes people paste, with the port and security their clients assume.
constexpr std::array<SchemeInfo, 20> schemes{{
    {"http", 80, false, Target::Protocol::Http},
    {"https", 443, true, Target::Protocol::Http},
    {"ws", 80, false, Target::Protocol::Http},
    {"wss", 443, true, Target::Protocol::Http},
    {"ssh", 22, false, Target::Protocol::Greeting},
    {"sftp", 22, false, Target::Protocol::Greeting},
    {"ftp", 21, false, Target::Protocol::Greeting},
    {"smtp", 25, false, Target::Protocol::Greeting},
    {"smtps", 465, true, Target::Protocol::Greeting},
    {"submission", 587, false, Target::Protocol::Greeting},
    {"imap", 143, false, Target::Protocol::Greeting},
    {"imaps", 993, true, Target::Protocol::Greeting},
    {"pop3", 110, false, Target::Protocol::Greeting},
    {"pop3s", 995, true, Target::Protocol::Greeting},
    {"ldaps", 636, true, Target::Protocol::Http},
    {"mqtts", 8883, true, Target::Protocol::Http},
    {"postgres", 5432, false, Target::Protocol::Http},
    {"postgresql", 5432, false, Target::Protocol::Http},
    {"mysql", 3306, false, Target::Protocol::Greeting},
    {"rdp", 3389, false, Target::Protocol::Http},
}};

// Ports whose servers expect TLS from the first byte, for targets typed
// without a scheme.
bool isTlsPort(quint16 port)
{
    switch (port) {
    case 443: case 465: case 636: case 853: case 993: case 995: case 8443:
        return true;
    default:
        return false;
    }
}

bool isGreetingPort(quint16 port)
{
    switch (port) {
    case 21: case 22: case 25: case 110: case 143: case 587: case 3306:
        return true;
    default:
        return false;
    }
}

const SchemeInfo *schemeInfo(const QString &scheme)
{
    for (const SchemeInfo &info : schemes) {
        if (scheme == QLatin1String(info.scheme))
            return &info;
    }
    return nullptr;
}

} // namespace

Target::ParseResult Target::parse(const QString &input)
{
    ParseResult result;
    const QString text = input.trimmed();
    auto fail = [&result](const QString &message) {
        result.error = message;
        result.target = Target();
        return result;
    };

    if (text.isEmpty())
        return fail(tr("Enter a web address or a server name, for example www.example.com or mail.example.com:993."));
    if (text.size() > 2048)
        return fail(tr("The address is too long to be real; check what was pasted."));
    static const QRegularExpression space(QStringLiteral("\\s")); // compiled once, not per address
    if (text.contains(space))
        return fail(tr("The address contains a space; remove it and try again."));

    QString hostPart;
    QString portPart;
    bool explicitPort = false;
    const SchemeInfo *scheme = nullptr;

    if (text.contains(QLatin1String("://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid())
            return fail(tr("This web address is not valid: %1").arg(url.errorString()));
        scheme = schemeInfo(url.scheme().toLower());
        if (url.host().isEmpty())
            return fail(tr("The web address has no server name after \"%1://\".").arg(url.scheme()));
        hostPart = url.host();
        if (url.port() != -1) {
            portPart = QString::number(url.port());
            explicitPort = true;
        } else if (!scheme) {
            return fail(tr("\"%1\" addresses have no usual port; add one, for example %2:8080.")
                            .arg(url.scheme(), url.host()));
        }
        const QString path = url.path(QUrl::FullyEncoded);
        if (!path.isEmpty())
            result.target.m_path = path;
        if (url.hasQuery())
            result.target.m_path += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    } else if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(tr("An IPv6 address in brackets needs a closing \"]\"."));
        hostPart = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return fail(tr("Only a port may follow the IPv6 address, as in [2001:db8::1]:443."));
            portPart = rest.mid(1);
            explicitPort = true;
        }
        if (QHostAddress(hostPart).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(tr("\"%1\" is not a valid IPv6 address.").arg(hostPart));
    } else if (text.count(QLatin1Char(':')) > 1) {
        // An IPv6 literal without brackets cannot carry a port.
        if (QHostAddress(text).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(tr("\"%1\" is not a valid address. Write IPv6 addresses with a port as [address]:port.").arg(text));
        // "::1:80" is a valid address (::0.1.0.128), but more likely meant
        // as ::1 on port 80: when the part before the last colon is an
        // address of its own and the last group reads as a port, ask.
        const qsizetype lastColon = text.lastIndexOf(QLatin1Char(':'));
        const QString maybeHost = text.left(lastColon);
        const QString maybePort = text.mid(lastColon + 1);
        static const QRegularExpression decimalPort(QStringLiteral("^[0-9]{1,5}$"));
        if (decimalPort.match(maybePort).hasMatch() && maybePort.toUInt() >= 1 && maybePort.toUInt() <= 65535
            && QHostAddress(maybeHost).protocol() == QAbstractSocket::IPv6Protocol) {
            result.suggestion = QStringLiteral("[%1]:%2").arg(maybeHost, maybePort);
            return fail(tr("\"%1\" can be read two ways. Did you mean %2 (the address %3, port %4)? "
                           "For the address %1 itself, write [%1].")
                            .arg(text, result.suggestion, maybeHost, maybePort));
        }
        hostPart = text;
    } else {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        hostPart = colon < 0 ? text : text.left(colon);
        if (colon >= 0) {
            portPart = text.mid(colon + 1);
            explicitPort = true;
        }
        // A path after a bare host ("example.com/upload") is common in pastes.
        const qsizetype slash = (colon < 0 ? hostPart : portPart).indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            QString &part = colon < 0 ? hostPart : portPart;
            result.target.m_path = part.mid(slash);
            part.truncate(slash);
        }
    }

    if (hostPart.isEmpty())
        return fail(tr("The server name is missing."));

    quint16 port = 443;
    if (explicitPort) {
        bool ok = false;
        const uint value = portPart.toUInt(&ok);
        if (portPart.isEmpty() || !ok || portPart.startsWith(QLatin1Char('+')))
            return fail(tr("The port \"%1\" is not a number. Ports are numbers from 1 to 65535.").arg(portPart));
        if (value == 0 || value > 65535)
            return fail(tr("The port %1 is out of range. Ports are numbers from 1 to 65535.").arg(portPart));
        port = quint16(value);
    } else if (scheme) {
        port = scheme->port;
    }

    QHostAddress address;
    if (address.setAddress(hostPart)) {
        hostPart = address.toString();
    } else {
        if (hostPart.size() > MaxHostLength)
            return fail(tr("The server name is longer than %1 characters, which no real name is.").arg(MaxHostLength));
        const QByteArray ace = QUrl::toAce(hostPart);
        static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
        if (ace.isEmpty() || ace.size() > MaxHostLength)
            return fail(tr("\"%1\" is not a valid server name.").arg(hostPart));
        const QString aceHost = QString::fromLatin1(ace).toLower();
        QStringList labels = aceHost.split(QLatin1Char('.'));
        if (labels.size() > 1 && labels.last().isEmpty())
            labels.removeLast(); // a trailing dot is a fully qualified name
        for (const QString &l : std::as_const(labels)) {
            if (!label.match(l).hasMatch())
                return fail(tr("\"%1\" is not a valid server name.").arg(hostPart));
        }
        hostPart = aceHost;
    }

    Target &target = result.target;
    target.m_host = hostPart;
    target.m_port = port;
    if (scheme) {
        target.m_tls = scheme->tls;
        target.m_protocol = scheme->protocol;
    } else {
        target.m_tls = isTlsPort(port);
        target.m_protocol = isGreetingPort(port) ? Protocol::Greeting : Protocol::Http;
    }
    return result;
}

QString Target::displayName() const
{
    if (m_host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(m_host).arg(m_port);
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

Target Target::withPort(quint16 port) const
{
    Target t = *this;
    t.m_port = port;
    t.m_tls = isTlsPort(port);
    t.m_protocol = isGreetingPort(port) ? Protocol::Greeting : Protocol::Http;
    return t;
}

bool Target::operator==(const Target &other) const
{
    return m_host == other.m_host && m_port == other.m_port && m_tls == other.m_tls
        && m_protocol == other.m_protocol && m_path == other.m_path;
}
