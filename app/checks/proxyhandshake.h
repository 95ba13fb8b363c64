#ifndef CDOC_PROXYHANDSHAKE_H
#define CDOC_PROXYHANDSHAKE_H

#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkProxy>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

// Asks a proxy for a tunnel to a host and port, by hand (HTTP CONNECT or a
// SOCKS5 request), only to hear its own answer: "HTTP/1.1 403 Forbidden",
// "SOCKS5: connection not allowed by ruleset". Qt's proxy support reports
// such refusals as a bare ProxyConnectionRefusedError; the helpdesk wants
// the proxy's words.
class ProxyHandshake : public QObject
{
    Q_OBJECT

public:
    explicit ProxyHandshake(QObject *parent = nullptr);

    void start(const QNetworkProxy &proxy, const QString &host, quint16 port, int timeoutMs);

    // The text of a SOCKS5 reply code (RFC 1928).
    static QString socksReplyText(int code);

Q_SIGNALS:
    // `accepted` is whether the proxy agreed to open the tunnel.
    void finished(bool accepted, const QString &answer);

private:
    void handleConnected();
    void handleReadyRead();
    void end(bool accepted, const QString &answer);

    QTcpSocket *m_socket = nullptr;
    QTimer m_deadline;
    QNetworkProxy::ProxyType m_type = QNetworkProxy::HttpProxy;
    QString m_host;
    quint16 m_port = 0;
    QByteArray m_buffer;
    int m_socksStep = 0;
    bool m_done = false;
};

#endif // CDOC_PROXYHANDSHAKE_H
