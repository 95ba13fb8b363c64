#include "proxyhandshake.h"

#include "probe/printablebytes.h"

#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpSocket>

ProxyHandshake::ProxyHandshake(QObject *parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
{
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { end(false, tr("the proxy did not answer in time")); });
    connect(m_socket, &QAbstractSocket::connected, this, &ProxyHandshake::handleConnected);
    connect(m_socket, &QIODevice::readyRead, this, &ProxyHandshake::handleReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this,
            [this] { end(false, tr("the proxy connection failed: %1").arg(m_socket->errorString())); });
}

void ProxyHandshake::start(const QNetworkProxy &proxy, const QString &host, quint16 port, int timeoutMs)
{
    m_type = proxy.type();
    m_host = host;
    m_port = port;
    m_deadline.start(timeoutMs);
    m_socket->connectToHost(proxy.hostName(), proxy.port());
}

void ProxyHandshake::handleConnected()
{
    if (m_type == QNetworkProxy::Socks5Proxy) {
        m_socket->write(QByteArray::fromHex("050100")); // version 5, one method: no authentication
        return;
    }
    const QString authority = m_host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(m_host).arg(m_port)
                                                                 : QStringLiteral("%1:%2").arg(m_host).arg(m_port);
    m_socket->write("CONNECT " + authority.toUtf8() + " HTTP/1.1\r\nHost: " + authority.toUtf8() + "\r\n\r\n");
}

void ProxyHandshake::handleReadyRead()
{
    m_buffer += m_socket->read(16 * 1024);
    if (m_type != QNetworkProxy::Socks5Proxy) {
        const qsizetype eol = m_buffer.indexOf("\r\n");
        if (eol < 0) {
            if (m_buffer.size() > 8 * 1024)
                end(false, tr("the proxy answered something that is not HTTP"));
            return;
        }
        const QString statusLine = PrintableBytes::text(m_buffer.left(eol), 200).trimmed();
        const QStringList parts = statusLine.split(QLatin1Char(' '));
        if (!statusLine.startsWith(QLatin1String("HTTP/")) || parts.size() < 2) {
            end(false, tr("the proxy answered something that is not HTTP: %1").arg(statusLine.left(80)));
            return;
        }
        const int status = parts.at(1).toInt();
        end(status >= 200 && status < 300, statusLine);
        return;
    }
    if (m_socksStep == 0) {
        if (m_buffer.size() < 2)
            return;
        if (quint8(m_buffer.at(0)) != 5 || quint8(m_buffer.at(1)) != 0) {
            end(false, tr("the SOCKS proxy refused to talk without a password, or is not SOCKS5"));
            return;
        }
        m_buffer.clear();
        m_socksStep = 1;
        QByteArray request = QByteArray::fromHex("050100");
        const QHostAddress address(m_host);
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            request += char(1);
            const quint32 v4 = address.toIPv4Address();
            for (int shift = 24; shift >= 0; shift -= 8)
                request += char((v4 >> shift) & 0xff);
        } else {
            const QByteArray name = m_host.toUtf8().left(255);
            request += char(3);
            request += char(name.size());
            request += name;
        }
        request += char(m_port >> 8);
        request += char(m_port & 0xff);
        m_socket->write(request);
        return;
    }
    if (m_buffer.size() < 2)
        return;
    const int code = quint8(m_buffer.at(1));
    end(code == 0, QStringLiteral("SOCKS5: %1").arg(socksReplyText(code)));
}

QString ProxyHandshake::socksReplyText(int code)
{
    switch (code) {
    case 0: return QStringLiteral("succeeded");
    case 1: return QStringLiteral("general SOCKS server failure");
    case 2: return QStringLiteral("connection not allowed by ruleset");
    case 3: return QStringLiteral("network unreachable");
    case 4: return QStringLiteral("host unreachable");
    case 5: return QStringLiteral("connection refused");
    case 6: return QStringLiteral("TTL expired");
    case 7: return QStringLiteral("command not supported");
    case 8: return QStringLiteral("address type not supported");
    default: return QStringLiteral("unknown reply %1").arg(code);
    }
}

void ProxyHandshake::end(bool accepted, const QString &answer)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    Q_EMIT finished(accepted, answer);
}
