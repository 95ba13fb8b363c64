#include "diagnosis/errorrecognizer.h"

#include <QtCore/QRegularExpression>
#include <QtTest/QTest>

using Vocabulary::Outcome;

class tst_ErrorRecognizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recognizes_data();
    void recognizes();
    void unknownTextIsNotRecognized_data();
    void unknownTextIsNotRecognized();
    void explanationsArePlain_data();
    void explanationsArePlain();
};

// The tables compile on first use; a pattern that does not compile warns.
void tst_ErrorRecognizer::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("ErrorRecognizer")));
}

// Real texts as runtimes print them, one row per spelling.
void tst_ErrorRecognizer::recognizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("target");

    // Node.js
    QTest::newRow("Node.js read ECONNRESET")
        << "Error: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)"
        << "reset" << Outcome::Reset << "Node.js" << "";
    QTest::newRow("Node.js socket hang up is a close, though tagged ECONNRESET")
        << "Error: socket hang up\n    at connResetException (node:internal/errors:705:14)\n    at TLSSocket.socketOnEnd (node:_http_client:518:23) {\n  code: 'ECONNRESET'\n}"
        << "closed" << Outcome::Closed << "Node.js" << "";
    QTest::newRow("Node.js connect ECONNREFUSED")
        << "Error: connect ECONNREFUSED 127.0.0.1:5432"
        << "refused" << Outcome::Refused << "Node.js" << "127.0.0.1:5432";
    QTest::newRow("Node.js connect ECONNREFUSED on the IPv6 loopback")
        << "Error: connect ECONNREFUSED ::1:3000\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1495:16)"
        << "refused" << Outcome::Refused << "Node.js" << "[::1]:3000";
    QTest::newRow("Node.js connect ETIMEDOUT")
        << "Error: connect ETIMEDOUT 10.0.0.1:443"
        << "timeout" << Outcome::Timeout << "Node.js" << "10.0.0.1:443";
    QTest::newRow("Node.js write EPIPE")
        << "Error: write EPIPE\n    at afterWriteDispatched (node:internal/stream_base_commons:160:15)"
        << "broken-pipe" << Outcome::Closed << "Node.js" << "";
    QTest::newRow("Node.js getaddrinfo ENOTFOUND")
        << "Error: getaddrinfo ENOTFOUND api.example.com"
        << "dns" << Outcome::DnsFailure << "Node.js" << "api.example.com";

    // Python
    QTest::newRow("Python ConnectionResetError 104")
        << "ConnectionResetError: [Errno 104] Connection reset by peer"
        << "reset" << Outcome::Reset << "Python" << "";
    QTest::newRow("Python requests connection aborted by a reset")
        << "requests.exceptions.ConnectionError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))"
        << "reset" << Outcome::Reset << "Python" << "";
    QTest::newRow("Python reset on Windows")
        << "ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host"
        << "reset" << Outcome::Reset << "Python" << "";
    QTest::newRow("Python connection refused 111")
        << "ConnectionRefusedError: [Errno 111] Connection refused"
        << "refused" << Outcome::Refused << "Python" << "";
    QTest::newRow("Python urllib3 refused names host and port")
        << "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /x (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3b2c1d0>: Failed to establish a new connection: [Errno 111] Connection refused'))"
        << "refused" << Outcome::Refused << "Python" << "api.example.com:443";
    QTest::newRow("Python urllib3 read timeout")
        << "HTTPSConnectionPool(host='api.example.com', port=443): Read timed out. (read timeout=10)"
        << "timeout" << Outcome::Timeout << "Python" << "api.example.com:443";
    QTest::newRow("Python socket.timeout")
        << "socket.timeout: timed out"
        << "timeout" << Outcome::Timeout << "Python" << "";
    QTest::newRow("Python TimeoutError")
        << "TimeoutError: [Errno 110] Connection timed out"
        << "timeout" << Outcome::Timeout << "Python" << "";
    QTest::newRow("Python BrokenPipeError")
        << "BrokenPipeError: [Errno 32] Broken pipe"
        << "broken-pipe" << Outcome::Closed << "Python" << "";
    QTest::newRow("Python SSLEOFError")
        << "ssl.SSLEOFError: EOF occurred in violation of protocol (_ssl.c:2393)"
        << "tls-eof" << Outcome::TlsFailure << "Python" << "";
    QTest::newRow("Python SSL handshake failure alert")
        << "ssl.SSLError: [SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure (_ssl.c:1131)"
        << "tls-handshake" << Outcome::TlsFailure << "Python" << "";

    // Java
    QTest::newRow("Java connection reset")
        << "java.net.SocketException: Connection reset\n\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:323)"
        << "reset" << Outcome::Reset << "Java" << "";
    QTest::newRow("Java connection reset by peer")
        << "java.net.SocketException: Connection reset by peer"
        << "reset" << Outcome::Reset << "Java" << "";
    QTest::newRow("Java connection refused")
        << "java.net.ConnectException: Connection refused: connect"
        << "refused" << Outcome::Refused << "Java" << "";
    QTest::newRow("Java read timed out")
        << "java.net.SocketTimeoutException: Read timed out"
        << "timeout" << Outcome::Timeout << "Java" << "";
    QTest::newRow("Java connect timed out")
        << "java.net.SocketTimeoutException: connect timed out"
        << "timeout" << Outcome::Timeout << "Java" << "";
    QTest::newRow("Java handshake terminated by the remote host")
        << "javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake"
        << "tls-eof" << Outcome::TlsFailure << "Java" << "";
    QTest::newRow("Java unknown host")
        << "java.net.UnknownHostException: foo.example.com"
        << "dns" << Outcome::DnsFailure << "Java" << "foo.example.com";
    QTest::newRow("Java broken pipe")
        << "java.net.SocketException: Broken pipe (Write failed)"
        << "broken-pipe" << Outcome::Closed << "Java" << "";

    // Windows
    QTest::newRow("Windows WSAECONNRESET")
        << "WSAECONNRESET"
        << "reset" << Outcome::Reset << "Windows" << "";
    QTest::newRow("Windows error number 10054")
        << "error 10054"
        << "reset" << Outcome::Reset << "Windows" << "";
    QTest::newRow("Windows error number alone")
        << "10054"
        << "reset" << Outcome::Reset << "Windows" << "";
    QTest::newRow("Windows error number as Delphi and others print it")
        << "Socket Error # 10054\nConnection reset by peer."
        << "reset" << Outcome::Reset << "Windows" << "";
    QTest::newRow("Windows forcibly closed")
        << "An existing connection was forcibly closed by the remote host."
        << "reset" << Outcome::Reset << "Windows" << "";
    QTest::newRow("Windows actively refused with address")
        << "No connection could be made because the target machine actively refused it. 127.0.0.1:8080"
        << "refused" << Outcome::Refused << "Windows" << "127.0.0.1:8080";
    QTest::newRow("Windows WSAECONNREFUSED 10061")
        << "WSAECONNREFUSED (10061)"
        << "refused" << Outcome::Refused << "Windows" << "";
    QTest::newRow("Windows 10060 timed out")
        << "A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond. (10060)"
        << "timeout" << Outcome::Timeout << "Windows" << "";

    // curl
    QTest::newRow("curl 56 recv failure")
        << "curl: (56) Recv failure: Connection reset by peer"
        << "reset" << Outcome::Reset << "curl" << "";
    QTest::newRow("curl 7 refused names host and port")
        << "curl: (7) Failed to connect to host port 443 after 3 ms: Connection refused"
        << "refused" << Outcome::Refused << "curl" << "host:443";
    QTest::newRow("curl 28 operation timed out")
        << "curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received"
        << "timeout" << Outcome::Timeout << "curl" << "";
    QTest::newRow("curl 35 SSL_ERROR_SYSCALL")
        << "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to example.com:443"
        << "tls-eof" << Outcome::TlsFailure << "curl" << "example.com:443";
    QTest::newRow("curl 6 could not resolve host")
        << "curl: (6) Could not resolve host: example.com"
        << "dns" << Outcome::DnsFailure << "curl" << "example.com";
    QTest::newRow("curl 52 empty reply")
        << "curl: (52) Empty reply from server"
        << "closed" << Outcome::Closed << "curl" << "";

    // Web browsers
    QTest::newRow("Chrome connection reset page")
        << "This site can't be reached\nThe connection was reset.\nERR_CONNECTION_RESET"
        << "reset" << Outcome::Reset << "Web browser" << "";
    QTest::newRow("Chrome console connection refused with URL")
        << "GET http://localhost:3000/api net::ERR_CONNECTION_REFUSED"
        << "refused" << Outcome::Refused << "Web browser" << "http://localhost:3000/api";
    QTest::newRow("Chrome connection timed out")
        << "ERR_CONNECTION_TIMED_OUT"
        << "timeout" << Outcome::Timeout << "Web browser" << "";
    QTest::newRow("Chrome name not resolved")
        << "ERR_NAME_NOT_RESOLVED"
        << "dns" << Outcome::DnsFailure << "Web browser" << "";
    QTest::newRow("Chrome SSL protocol error")
        << "ERR_SSL_PROTOCOL_ERROR"
        << "tls-handshake" << Outcome::TlsFailure << "Web browser" << "";
    QTest::newRow("Firefox the connection was reset")
        << "The connection was reset\n\nThe connection to the server was reset while the page was loading."
        << "reset" << Outcome::Reset << "Web browser" << "";
    QTest::newRow("Firefox PR_CONNECT_RESET_ERROR")
        << "Error code: PR_CONNECT_RESET_ERROR"
        << "reset" << Outcome::Reset << "Web browser" << "";
    QTest::newRow("Firefox unable to connect names the server")
        << "Unable to connect\n\nFirefox can\u2019t establish a connection to the server at localhost:8080."
        << "refused" << Outcome::Refused << "Web browser" << "localhost:8080";

    // OpenSSL
    QTest::newRow("OpenSSL 3 unexpected eof while reading")
        << "40C7B2D1F07F0000:error:0A000126:SSL routines::unexpected eof while reading:../ssl/record/rec_layer_s3.c:308:"
        << "tls-eof" << Outcome::TlsFailure << "OpenSSL" << "";
    QTest::newRow("OpenSSL unexpected eof, short")
        << "SSL routines::unexpected eof"
        << "tls-eof" << Outcome::TlsFailure << "OpenSSL" << "";
    QTest::newRow("OpenSSL handshake failure alert")
        << "140245:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:../ssl/record/rec_layer_s3.c:1584:SSL alert number 40"
        << "tls-handshake" << Outcome::TlsFailure << "OpenSSL" << "";
    QTest::newRow("OpenSSL tlsv1 alert")
        << "error:0A00042E:SSL routines::tlsv1 alert protocol version"
        << "tls-handshake" << Outcome::TlsFailure << "OpenSSL" << "";
    QTest::newRow("OpenSSL wrong version number")
        << "error:0A00010B:SSL routines::wrong version number"
        << "tls-handshake" << Outcome::TlsFailure << "OpenSSL" << "";

    // OpenSSH
    QTest::newRow("ssh reset while connected")
        << "Read from remote host example.com: Connection reset by peer"
        << "reset" << Outcome::Reset << "OpenSSH" << "example.com";
    QTest::newRow("ssh kex reset")
        << "kex_exchange_identification: read: Connection reset by peer"
        << "reset" << Outcome::Reset << "OpenSSH" << "";
    QTest::newRow("ssh kex closed")
        << "kex_exchange_identification: Connection closed by remote host"
        << "closed" << Outcome::Closed << "OpenSSH" << "";
    QTest::newRow("ssh reset names host and port")
        << "kex_exchange_identification: read: Connection reset by peer\nConnection reset by 203.0.113.7 port 22"
        << "reset" << Outcome::Reset << "OpenSSH" << "203.0.113.7:22";
    QTest::newRow("ssh refused names host and port")
        << "ssh: connect to host example.com port 22: Connection refused"
        << "refused" << Outcome::Refused << "OpenSSH" << "example.com:22";
    QTest::newRow("ssh broken pipe")
        << "client_loop: send disconnect: Broken pipe"
        << "broken-pipe" << Outcome::Closed << "OpenSSH" << "";

    // Go
    QTest::newRow("Go read tcp reset names the remote end")
        << "Get \"https://example.com/\": read tcp 10.0.0.2:51234->93.184.216.34:443: read: connection reset by peer"
        << "reset" << Outcome::Reset << "Go" << "93.184.216.34:443";
    QTest::newRow("Go reset over IPv6")
        << "read tcp [2001:db8::2]:51234->[2001:db8::1]:443: read: connection reset by peer"
        << "reset" << Outcome::Reset << "Go" << "[2001:db8::1]:443";
    QTest::newRow("Go dial refused")
        << "dial tcp 1.2.3.4:443: connect: connection refused"
        << "refused" << Outcome::Refused << "Go" << "1.2.3.4:443";
    QTest::newRow("Go i/o timeout")
        << "dial tcp 1.2.3.4:443: i/o timeout"
        << "timeout" << Outcome::Timeout << "Go" << "1.2.3.4:443";
    QTest::newRow("Go write broken pipe")
        << "write tcp 10.0.0.2:51234->10.0.0.9:5432: write: broken pipe"
        << "broken-pipe" << Outcome::Closed << "Go" << "10.0.0.9:5432";
    QTest::newRow("Go tls handshake failure")
        << "remote error: tls: handshake failure"
        << "tls-handshake" << Outcome::TlsFailure << "Go" << "";
    QTest::newRow("Go lookup that timed out is a name problem")
        << "dial tcp: lookup foo.example.com on 127.0.0.53:53: read udp 127.0.0.1:40000->127.0.0.53:53: i/o timeout"
        << "dns" << Outcome::DnsFailure << "Go" << "foo.example.com";
    QTest::newRow("Go no such host")
        << "dial tcp: lookup foo.example.com on 127.0.0.53:53: no such host"
        << "dns" << Outcome::DnsFailure << "Go" << "foo.example.com";

    // .NET
    QTest::newRow(".NET SocketException 10054")
        << "System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host."
        << "reset" << Outcome::Reset << ".NET" << "";
    QTest::newRow(".NET transport connection with the reason")
        << "System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host."
        << "reset" << Outcome::Reset << ".NET" << "";
    QTest::newRow(".NET transport connection alone")
        << "System.IO.IOException: Unable to read data from the transport connection"
        << "closed" << Outcome::Closed << ".NET" << "";
    QTest::newRow(".NET HttpRequestException refused names the server")
        << "System.Net.Http.HttpRequestException: Connection refused (api.example.com:443)"
        << "refused" << Outcome::Refused << ".NET" << "api.example.com:443";
    QTest::newRow(".NET SSL connection could not be established")
        << "System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception."
        << "tls-handshake" << Outcome::TlsFailure << ".NET" << "";
    QTest::newRow(".NET SSL cut off during the handshake")
        << "The SSL connection could not be established, see inner exception.\n ---> System.IO.IOException: Received an unexpected EOF or 0 bytes from the transport stream."
        << "tls-eof" << Outcome::TlsFailure << ".NET" << "";

    // Ruby
    QTest::newRow("Ruby ECONNRESET during SSL_connect")
        << "Errno::ECONNRESET: Connection reset by peer - SSL_connect"
        << "reset" << Outcome::Reset << "Ruby" << "";
    QTest::newRow("Ruby ECONNREFUSED names host and port")
        << "Errno::ECONNREFUSED: Connection refused - connect(2) for \"localhost\" port 3000"
        << "refused" << Outcome::Refused << "Ruby" << "localhost:3000";
    QTest::newRow("Ruby Net::ReadTimeout")
        << "Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>"
        << "timeout" << Outcome::Timeout << "Ruby" << "";
    QTest::newRow("Ruby EPIPE")
        << "Errno::EPIPE: Broken pipe"
        << "broken-pipe" << Outcome::Closed << "Ruby" << "";

    // PHP
    QTest::newRow("PHP cURL error 56")
        << "cURL error 56: OpenSSL SSL_read: Connection reset by peer, errno 104"
        << "reset" << Outcome::Reset << "PHP" << "";
    QTest::newRow("PHP stream_socket_client refused")
        << "stream_socket_client(): unable to connect to tcp://db:3306 (Connection refused)"
        << "refused" << Outcome::Refused << "PHP" << "db:3306";
    QTest::newRow("PHP failed to open stream, timed out")
        << "file_get_contents(https://api.example.com/x): failed to open stream: Connection timed out"
        << "timeout" << Outcome::Timeout << "PHP" << "https://api.example.com/x";

    // The operating system's words in other languages
    QTest::newRow("German reset")
        << QStringLiteral("Die Verbindung wurde vom Kommunikationspartner zurückgesetzt")
        << "reset" << Outcome::Reset << "" << "";
    QTest::newRow("French reset")
        << QStringLiteral("Connexion ré-initialisée par le correspondant")
        << "reset" << Outcome::Reset << "" << "";
    QTest::newRow("Spanish reset")
        << QStringLiteral("Conexión reinicializada por la máquina remota")
        << "reset" << Outcome::Reset << "" << "";

    // Texts that do not say which runtime printed them
    QTest::newRow("bare ECONNRESET")
        << "ECONNRESET"
        << "reset" << Outcome::Reset << "" << "";
    QTest::newRow("bare connection reset by peer")
        << "Connection reset by peer"
        << "reset" << Outcome::Reset << "" << "";
    QTest::newRow("Dart is not taken for Java")
        << "SocketException: Connection reset by peer (OS Error: Connection reset by peer, errno = 104), address = example.com, port = 51234"
        << "reset" << Outcome::Reset << "" << "";
    QTest::newRow("reset at the end of a long log")
        << QString(QStringLiteral("INFO request served in 12 ms\n").repeated(2000) + QStringLiteral("Error: read ECONNRESET"))
        << "reset" << Outcome::Reset << "Node.js" << "";
}

void tst_ErrorRecognizer::recognizes()
{
    QFETCH(QString, text);
    const RecognizedError e = ErrorRecognizer::recognize(text);
    QVERIFY(e.recognized);
    QTEST(e.kind, "kind");
    QTEST(e.outcome, "outcome");
    QTEST(e.runtime, "runtime");
    QTEST(e.target, "target");
}

void tst_ErrorRecognizer::unknownTextIsNotRecognized_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("only white space") << QStringLiteral(" \n\t ");
    QTest::newRow("hello world") << QStringLiteral("hello world");
    QTest::newRow("random punctuation") << QStringLiteral("!@#$%^&*()_+-=[]{}|;':\",./<>?`~ ->:: ::1: [ ] ((((");
    QTest::newRow("a password reset is not a connection reset") << QStringLiteral("the server said reset your password");
    QTest::newRow("a timeout setting is not a timeout") << QStringLiteral("timeout=30 retries=3");
    QTest::newRow("a port that reads like an error number") << QStringLiteral("listening on port 10054, took 10061 ms, 10.0.10.54:10060");
    QTest::newRow("an unrelated error") << QStringLiteral("Error: Cannot find module 'express'");
    QTest::newRow("1 MB of letters") << QString(1024 * 1024, QLatin1Char('a'));
    QTest::newRow("1 MB of near misses")
        << QStringLiteral("connect to a:b host x port ->[:: reset connection timed-out ").repeated(16 * 1024);
    QTest::newRow("an error after the first 64 KiB is not read")
        << QString(QString(70 * 1024, QLatin1Char(' ')) + QStringLiteral("Error: read ECONNRESET"));
}

void tst_ErrorRecognizer::unknownTextIsNotRecognized()
{
    QFETCH(QString, text);
    const RecognizedError e = ErrorRecognizer::recognize(text);
    QVERIFY(!e.recognized);
    QVERIFY(e.kind.isEmpty());
    QVERIFY(e.title.isEmpty());
    QVERIFY(e.target.isEmpty());
}

void tst_ErrorRecognizer::explanationsArePlain_data()
{
    recognizes_data();
}

// What a user reads must not need a network engineer to decode.
void tst_ErrorRecognizer::explanationsArePlain()
{
    QFETCH(QString, text);
    const RecognizedError e = ErrorRecognizer::recognize(text);
    QVERIFY(e.recognized);
    QVERIFY(!e.title.isEmpty());
    QVERIFY(!e.explanation.isEmpty());
    static const QRegularExpression jargon(QStringLiteral("\\b(?:RST|SYN)\\b|errno|socket"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (const QString &words : {e.title, e.explanation})
        QVERIFY2(!jargon.match(words).hasMatch(), qPrintable(words));
}

QTEST_GUILESS_MAIN(tst_ErrorRecognizer)
#include "tst_errorrecognizer.moc"
