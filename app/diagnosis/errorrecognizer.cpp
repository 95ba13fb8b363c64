#include "errorrecognizer.h"

#include <QtCore/QRegularExpression>
#include <QtNetwork/QHostAddress>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace {

using Vocabulary::Outcome;

// A paste is a log line or a stack trace; 64 Ki characters hold any real
// one. Reading no further bounds the time a hostile paste can cost.
constexpr qsizetype maxTextLength = 64 * 1024;

// The failures the recognizer can name. Each has one stable id, one probe
// outcome and one plain explanation, whatever the spelling that named it.
enum class Kind { Reset, Refused, Timeout, BrokenPipe, Dns, TlsEof, TlsHandshake, Closed };

struct KindText
{
    Kind kind;
    const char *id;
    Outcome outcome;
    const char *title;
    const char *explanation;
};

// Written for someone who has never heard of TCP: no packet names, no
// system call words. Each says whether this is a reset, because that is
// the question the user came with.
constexpr std::array<KindText, 8> kindTexts{{
    {Kind::Reset, "reset", Outcome::Reset,
     QT_TRANSLATE_NOOP("ErrorRecognizer", "The connection was cut off (reset)"),
     QT_TRANSLATE_NOOP("ErrorRecognizer",
                       "The connection was open, and then the other side, or a device on the way such as a "
                       "firewall, proxy or load balancer, abruptly cut it off. This is a reset: the conversation "
                       "was broken off in the middle instead of being ended politely.")},
    {Kind::Refused, "refused", Outcome::Refused,
     QT_TRANSLATE_NOOP("ErrorRecognizer", "The server turned the connection away (refused)"),
     QT_TRANSLATE_NOOP("ErrorRecognizer",
                       "The computer at that address was reached, but nothing there accepted the connection: the "
                       "service may be stopped, listening elsewhere, or blocked. This is not a reset: the "
                       "connection never started, so nothing was cut off.")},
    {Kind::Timeout, "timeout", Outcome::Timeout,
     QT_TRANSLATE_NOOP("ErrorRecognizer", "No answer came in time (timed out)"),
     QT_TRANSLATE_NOOP("ErrorRecognizer",
                       "The program waited for the other side, but no answer came within the time allowed. The "
                       "server may be down or overloaded, or a firewall may be silently dropping the traffic. "
                       "This is not a reset: nothing was cut off, there was only silence.")},
    {Kind::BrokenPipe, "broken-pipe", Outcome::Closed,
     QT_TRANSLATE_NOOP("ErrorRecognizer", "Sending failed because the other side had already hung up (broken pipe)"),
     QT_TRANSLATE_NOOP("ErrorRecognizer",
                       "The program tried to send data on a connection that the other side had already closed. "
                       "Usually the other side gave up first, for example after waiting too long, and the program "
                       "only noticed when it next tried to send. This is not a reset itself, although it can "
                       "follow one.")},
    {Kind::Dns, "dns", Outcome::DnsFailure,
     QT_TRANSLATE_NOOP("ErrorRecognizer", "The server's name could not be found"),
     QT_TRANSLATE_NOOP("ErrorRecognizer",
                       "The name of the server could not be turned into an address, so no connection was even "
                       "tried. The name may be misspelt, or the name service (DNS) of this network may not be "
                       "working. This is not a reset.")},
    {Kind::TlsEof, "tls-eof", Outcome::TlsFailure,
     QT_TRANSLATE_NOOP("ErrorRecognizer", "The secure connection was cut off while it was being set up"),
     QT_TRANSLATE_NOOP("ErrorRecognizer",
                       "The connection was made, but while the two sides were setting up encryption, the other "
                       "side or a device on the way ended it without a word. Filters and firewalls that inspect "
                       "secure traffic often do this; to the user it looks much like a reset.")},
    {Kind::TlsHandshake, "tls-handshake", Outcome::TlsFailure,
     QT_TRANSLATE_NOOP("ErrorRecognizer", "The two sides could not agree on a secure connection"),
     QT_TRANSLATE_NOOP("ErrorRecognizer",
                       "The server was reached, but setting up encryption failed: the two sides did not agree on "
                       "how to encrypt, one of them turned the other down, or that port does not expect encrypted "
                       "traffic at all. This is not a reset: the other side said no on purpose.")},
    {Kind::Closed, "closed", Outcome::Closed,
     QT_TRANSLATE_NOOP("ErrorRecognizer", "The other side ended the connection early"),
     QT_TRANSLATE_NOOP("ErrorRecognizer",
                       "The other side closed the connection before the conversation was finished, for example "
                       "before it sent an answer. It ended it in the normal way rather than cutting it off, so "
                       "this is not a reset, although some programs report it as one.")},
}};

struct Rule
{
    const char *pattern;
    Kind kind;
};

// What failed. The first rule that matches wins, so the order is the
// priority: a paste often holds several phrases (a wrapper message around
// the operating system's), and the most telling one must decide.
//
// Every phrase is anchored on a word boundary or a whole phrase, so that
// "reset your password" or "timeout=30" never count. No rule nests
// quantifiers, and open-ended runs are bounded, so matching stays linear.
constexpr Rule rules[] = {
    // Node.js says "socket hang up" when the server closed the connection
    // before answering, and tags it ECONNRESET although no reset came; a
    // real reset shows as "read ECONNRESET". So it is decided before the
    // ECONNRESET rule can see the tag.
    {R"rx(\bsocket hang up\b)rx", Kind::Closed},

    // Broken pipe before reset: the program wrote after the other side had
    // gone; a log of the write often also mentions the earlier reset.
    {R"rx(\bEPIPE\b)rx", Kind::BrokenPipe},
    {R"rx(\bBrokenPipeError\b)rx", Kind::BrokenPipe},
    {R"rx(\bbroken pipe\b)rx", Kind::BrokenPipe},

    {R"rx(\b(?:WSA)?ECONNRESET\b)rx", Kind::Reset},
    {R"rx(\bConnectionResetError\b)rx", Kind::Reset},
    {R"rx(\breset by peer\b)rx", Kind::Reset},
    {R"rx(\bconnection (?:was |has been )?reset\b)rx", Kind::Reset},
    {R"rx(\bconnection to the server was reset\b)rx", Kind::Reset},
    {R"rx(\bforcibly closed by the remote host\b)rx", Kind::Reset},
    {R"rx(\bERR_CONNECTION_RESET\b)rx", Kind::Reset},
    {R"rx(\bPR_CONNECT_RESET_ERROR\b)rx", Kind::Reset},
    {R"rx(\bNS_ERROR_NET_RESET\b)rx", Kind::Reset},
    // Winsock's numbers count only where an error number stands: alone on
    // a line, in parentheses, or after "error", "code" and the like. A
    // port, a duration or part of an address that happens to read 10054
    // does not.
    {R"rx((?:(?m:^)[ \t]*|\(|\b(?:error|error ?code|code|errno|WinError|err|WSA)[ \t]?[:=#]?[ \t]?)10054(?!\d|[.:]\d))rx", Kind::Reset},
    // The same messages in other languages (glibc and Windows).
    {R"rx(\bKommunikationspartner zur(?:ü|ue)ckgesetzt)rx", Kind::Reset},
    {R"rx(\br[ée]-?initialis[ée]e par le correspondant)rx", Kind::Reset},
    {R"rx(\breinicializada por la m[áa]quina remota)rx", Kind::Reset},
    {R"rx(\bvorhandene Verbindung wurde vom Remotehost geschlossen)rx", Kind::Reset},
    {R"rx(\bconnexion existante a d[ûu] [êe]tre ferm[ée]e par l.h[ôo]te distant)rx", Kind::Reset},
    {R"rx(\binterrupci[óo]n de una conexi[óo]n existente por el host remoto)rx", Kind::Reset},

    // Name lookups before refused and timeout: a lookup that times out
    // ("lookup x on 127.0.0.53:53: i/o timeout") is a name problem.
    {R"rx(\bENOTFOUND\b)rx", Kind::Dns},
    {R"rx(\bEAI_(?:AGAIN|NONAME|NODATA|FAIL)\b)rx", Kind::Dns},
    {R"rx(\bcould not resolve host)rx", Kind::Dns},
    {R"rx(\bName or service not known\b)rx", Kind::Dns},
    {R"rx(\bnodename nor servname provided\b)rx", Kind::Dns},
    {R"rx(\bTemporary failure in name resolution\b)rx", Kind::Dns},
    {R"rx(\bName does not resolve\b)rx", Kind::Dns},
    {R"rx(\bno such host\b)rx", Kind::Dns},
    // Go: any failure of "lookup NAME on SERVER" is the name service's,
    // be it "no such host", "server misbehaving" or "i/o timeout".
    {R"rx(\blookup [\w.-]{1,255} on [\w.:\[\]%-]{1,100}: )rx", Kind::Dns},
    {R"rx(\bUnknownHostException\b)rx", Kind::Dns},
    {R"rx(\bNameResolutionError\b)rx", Kind::Dns},
    {R"rx(\bFailed to resolve ')rx", Kind::Dns},
    {R"rx(\bgetaddrinfo failed\b)rx", Kind::Dns},
    {R"rx(\bgaierror\b)rx", Kind::Dns},
    {R"rx(\bWSAHOST_NOT_FOUND\b)rx", Kind::Dns},
    {R"rx((?:(?m:^)[ \t]*|\(|\b(?:error|error ?code|code|errno|WinError|err|WSA)[ \t]?[:=#]?[ \t]?)11001(?!\d|[.:]\d))rx", Kind::Dns},
    {R"rx(\bERR_NAME_NOT_RESOLVED\b)rx", Kind::Dns},
    {R"rx(\bDNS_PROBE_FINISHED_\w+)rx", Kind::Dns},
    {R"rx(\bNS_ERROR_UNKNOWN_HOST\b)rx", Kind::Dns},
    {R"rx(\btrouble finding that site\b)rx", Kind::Dns},
    {R"rx(\bName oder Dienst nicht bekannt\b)rx", Kind::Dns},

    {R"rx(\b(?:WSA)?ECONNREFUSED\b)rx", Kind::Refused},
    {R"rx(\bConnectionRefusedError\b)rx", Kind::Refused},
    {R"rx(\bconnection refused\b)rx", Kind::Refused},
    {R"rx(\bactively refused\b)rx", Kind::Refused},
    {R"rx((?:(?m:^)[ \t]*|\(|\b(?:error|error ?code|code|errno|WinError|err|WSA)[ \t]?[:=#]?[ \t]?)10061(?!\d|[.:]\d))rx", Kind::Refused},
    {R"rx(\bERR_CONNECTION_REFUSED\b)rx", Kind::Refused},
    {R"rx(\bPR_CONNECTION_REFUSED_ERROR\b)rx", Kind::Refused},
    {R"rx(\bNS_ERROR_CONNECTION_REFUSED\b)rx", Kind::Refused},
    {R"rx(\bcan.t establish a connection to the server\b)rx", Kind::Refused},
    {R"rx(\bVerbindungsaufbau abgelehnt\b)rx", Kind::Refused},
    {R"rx(\bConnexion refus[ée]e\b)rx", Kind::Refused},
    {R"rx(\bConexi[óo]n rehusada\b)rx", Kind::Refused},

    {R"rx(\b(?:WSA)?ETIMEDOUT\b)rx", Kind::Timeout},
    {R"rx(\bESOCKETTIMEDOUT\b)rx", Kind::Timeout},
    {R"rx(\btimed out\b)rx", Kind::Timeout},
    {R"rx(\bi/o timeout\b)rx", Kind::Timeout},
    {R"rx(\bdeadline exceeded\b)rx", Kind::Timeout},
    {R"rx(\b(?:socket\.timeout|TimeoutError|TimeoutException|SocketTimeoutException|ConnectTimeoutException|HttpTimeoutException|ReadTimeoutError|ConnectTimeoutError|ReadTimeout|ConnectTimeout|OpenTimeout|WriteTimeout)\b)rx",
     Kind::Timeout},
    {R"rx(\bdid not properly respond after a period of time\b)rx", Kind::Timeout},
    {R"rx((?:(?m:^)[ \t]*|\(|\b(?:error|error ?code|code|errno|WinError|err|WSA)[ \t]?[:=#]?[ \t]?)10060(?!\d|[.:]\d))rx", Kind::Timeout},
    {R"rx(\bHttpClient\.Timeout\b)rx", Kind::Timeout},
    {R"rx(\bERR_(?:CONNECTION_)?TIMED_OUT\b)rx", Kind::Timeout},
    {R"rx(\bPR_IO_TIMEOUT_ERROR\b)rx", Kind::Timeout},
    {R"rx(\bNS_ERROR_NET_TIMEOUT\b)rx", Kind::Timeout},
    {R"rx(\bWartezeit f(?:ü|ue)r die Verbindung ist abgelaufen\b)rx", Kind::Timeout},
    {R"rx(\bexpiration du d[ée]lai d.attente\b)rx", Kind::Timeout},

    // A secure handshake that the other side ended without a word (closed
    // or reset). Before the handshake rules: Java wraps these in an
    // SSLHandshakeException and .NET in "could not be established".
    {R"rx(\bunexpected eof while reading\b)rx", Kind::TlsEof},
    {R"rx(\bUNEXPECTED_EOF_WHILE_READING\b)rx", Kind::TlsEof},
    {R"rx(\bSSL routines:[^\n]{0,80}unexpected eof)rx", Kind::TlsEof},
    {R"rx(\bSSLEOFError\b)rx", Kind::TlsEof},
    {R"rx(\bEOF occurred in violation of protocol\b)rx", Kind::TlsEof},
    {R"rx(\bRemote host terminated the handshake\b)rx", Kind::TlsEof},
    {R"rx(\bRemote host closed connection during handshake\b)rx", Kind::TlsEof},
    {R"rx(\bSSL peer shut down incorrectly\b)rx", Kind::TlsEof},
    {R"rx(\bSSL_ERROR_SYSCALL\b)rx", Kind::TlsEof},
    {R"rx(\bReceived an unexpected EOF or 0 bytes from the transport stream\b)rx", Kind::TlsEof},
    {R"rx(\bremote party has closed the transport stream\b)rx", Kind::TlsEof},

    // The other side answered the handshake, with a refusal.
    {R"rx(handshake[_ ]failure\b)rx", Kind::TlsHandshake},
    {R"rx(\b(?:tlsv1|sslv3)[_ ]alert)rx", Kind::TlsHandshake},
    {R"rx(\bwrong[_ ]version[_ ]number\b)rx", Kind::TlsHandshake},
    {R"rx(\bunsupported protocol\b)rx", Kind::TlsHandshake},
    {R"rx(\bno protocols available\b)rx", Kind::TlsHandshake},
    {R"rx(\b(?:TLS|SSL) handshake (?:failed|error)\b)rx", Kind::TlsHandshake},
    {R"rx(\bSSLHandshakeException\b)rx", Kind::TlsHandshake},
    {R"rx(\bThe SSL connection could not be established\b)rx", Kind::TlsHandshake},
    {R"rx(\btls: first record does not look like a TLS handshake\b)rx", Kind::TlsHandshake},
    {R"rx(\btls: protocol version not supported\b)rx", Kind::TlsHandshake},
    {R"rx(\bERR_SSL_\w+)rx", Kind::TlsHandshake},
    {R"rx(\bSSL_ERROR_(?:RX_RECORD_TOO_LONG|NO_CYPHER_OVERLAP|PROTOCOL_VERSION_ALERT|UNSUPPORTED_VERSION)\b)rx",
     Kind::TlsHandshake},

    // An orderly close before the work was done. Last: wrappers such as
    // .NET's "underlying connection was closed" often carry a reset inside,
    // and the rules above must see it first.
    {R"rx(\bclosed by (?:the )?remote host\b)rx", Kind::Closed},
    {R"rx(\bclosed by foreign host\b)rx", Kind::Closed},
    {R"rx(\bConnection closed by [\w.:\[\]%-]{1,100} port \d{1,5}\b)rx", Kind::Closed},
    {R"rx(\bRemoteDisconnected\b)rx", Kind::Closed},
    {R"rx(\bRemote end closed connection without response\b)rx", Kind::Closed},
    {R"rx(\bServer ?disconnected\b)rx", Kind::Closed},
    {R"rx(\bEmpty reply from server\b)rx", Kind::Closed},
    {R"rx(\bERR_EMPTY_RESPONSE\b)rx", Kind::Closed},
    {R"rx(\bERR_CONNECTION_CLOSED\b)rx", Kind::Closed},
    {R"rx(\bUnexpected end of file from server\b)rx", Kind::Closed},
    {R"rx(\bend of file reached\b)rx", Kind::Closed},
    {R"rx(\bThe underlying connection was closed\b)rx", Kind::Closed},
    {R"rx(\bThe response ended prematurely\b)rx", Kind::Closed},
    // .NET's wrapper alone, without the reason it usually carries: all it
    // says for sure is that the connection ended under the program.
    {R"rx(\bUnable to (?:read|write) data (?:from|to) the transport connection\b)rx", Kind::Closed},
    {R"rx(\bconnection closed before message completed\b)rx", Kind::Closed},
    {R"rx(\bserver closed idle connection\b)rx", Kind::Closed},
};

struct Signature
{
    const char *pattern;
    const char *runtime;
};

// Who printed the text, told by the marks each runtime leaves: class
// names, prefixes, stack frame shapes. Separate from the rules above
// because one phrase ("Connection reset by peer") comes from many
// runtimes. Ordered so that a runtime that wraps another's message wins:
// PHP and git quote curl, .NET and Python quote Windows, and almost
// everything quotes OpenSSL, which therefore comes last. The runtime
// names are identifiers shown as they are, so they are not translated.
constexpr Signature signatures[] = {
    // Dart (Flutter) also says "SocketException"; it is none of the
    // runtimes we name, so say nothing rather than call it Java.
    {R"rx(\(OS Error: )rx", ""},

    {R"rx(\b(?:kex|ssh)_exchange_identification\b)rx", "OpenSSH"},
    {R"rx(\bssh: (?:connect to host|Could not resolve hostname)\b)rx", "OpenSSH"},
    {R"rx(\b(?:client_loop|packet_write_wait): )rx", "OpenSSH"},
    {R"rx(\bRead from remote host\b)rx", "OpenSSH"},
    {R"rx(\bConnection (?:closed|reset) by [\w.:\[\]%-]{1,100} port \d{1,5}\b)rx", "OpenSSH"},
    {R"rx(\bConnection to [\w.:\[\]%-]{1,100} closed by remote host\b)rx", "OpenSSH"},

    {R"rx(\bcURL error \d+)rx", "PHP"},
    {R"rx(\b(?:stream_socket_client|fsockopen|file_get_contents|fwrite|fread)\(\))rx", "PHP"},
    {R"rx(\bfailed to open stream\b)rx", "PHP"},
    {R"rx(\bPHP (?:Warning|Fatal error|Notice)\b)rx", "PHP"},
    {R"rx(\bphp_network_getaddresses\b)rx", "PHP"},
    {R"rx(\bGuzzleHttp\\)rx", "PHP"},
    {R"rx(\bPDOException\b)rx", "PHP"},
    {R"rx(\.php(?::\d+| on line \d+))rx", "PHP"},
    {R"rx(\bfile_get_contents\()rx", "PHP"},

    {R"rx(\bErrno::E\w+)rx", "Ruby"},
    {R"rx(\bNet::(?:Read|Open|Write)Timeout\b)rx", "Ruby"},
    {R"rx(\bOpenSSL::SSL::)rx", "Ruby"},
    {R"rx(\bSSL_connect returned=)rx", "Ruby"},
    {R"rx(\bconnect\(2\) for\b)rx", "Ruby"},
    {R"rx(\bFaraday::\w+)rx", "Ruby"},
    {R"rx(\bSocketError\b)rx", "Ruby"},
    {R"rx(\.rb:\d+:in\b)rx", "Ruby"},

    {R"rx(\bSystem\.(?:Net|IO|Security)\.)rx", ".NET"},
    {R"rx(\bHttpRequestException\b)rx", ".NET"},
    {R"rx(\bTaskCanceledException\b)rx", ".NET"},
    {R"rx(\bSocketException \(\d+\))rx", ".NET"},
    {R"rx(\bThe SSL connection could not be established\b)rx", ".NET"},
    {R"rx(\bUnable to (?:read|write) data (?:from|to) the transport connection\b)rx", ".NET"},
    {R"rx(\bReceived an unexpected EOF or 0 bytes from the transport stream\b)rx", ".NET"},
    {R"rx(\bremote party has closed the transport stream\b)rx", ".NET"},
    {R"rx(\bThe response ended prematurely\b)rx", ".NET"},
    {R"rx(\bThe underlying connection was closed\b)rx", ".NET"},
    {R"rx(\bHttpClient\.Timeout\b)rx", ".NET"},

    {R"rx(\bjavax?\.(?:net|io)\.)rx", "Java"},
    {R"rx(\.java:\d+\))rx", "Java"},
    {R"rx(\b(?:SocketTimeoutException|UnknownHostException|ConnectException|NoRouteToHostException|SSLHandshakeException|SSLException|SocketException|EOFException)\b)rx",
     "Java"},
    {R"rx(\bSSL peer shut down incorrectly\b)rx", "Java"},
    {R"rx(\bUnexpected end of file from server\b)rx", "Java"},
    {R"rx(\b(?:org\.apache\.http|okhttp3)\.)rx", "Java"},

    // Node's codes are upper case ("read ECONNRESET"); the (?-i:) keeps
    // "read error" from passing for one.
    {R"rx(\b(?:read|write|connect|getaddrinfo|queryA|querySrv) (?-i:E[A-Z_]{3,})\b)rx", "Node.js"},
    {R"rx(\bsocket hang up\b)rx", "Node.js"},
    {R"rx(\bnode:(?:internal|net|events|_http_client|_tls_wrap)\b)rx", "Node.js"},
    {R"rx(\bat TCP\.onStreamRead\b)rx", "Node.js"},
    {R"rx(\bat TLSWrap\b)rx", "Node.js"},
    {R"rx(\bcode: '(?-i:E[A-Z_]{3,})')rx", "Node.js"},
    {R"rx(\bsyscall: ')rx", "Node.js"},

    {R"rx(\bTraceback \(most recent call last\))rx", "Python"},
    {R"rx(\bFile "[^"\n]{1,300}", line \d+)rx", "Python"},
    {R"rx(\[(?:Errno|WinError) -?\d+\])rx", "Python"},
    {R"rx(\b(?:ConnectionResetError|ConnectionRefusedError|ConnectionAbortedError|BrokenPipeError|TimeoutError|RemoteDisconnected|NameResolutionError|NewConnectionError|MaxRetryError|SSLEOFError|SSLZeroReturnError)\b)rx",
     "Python"},
    {R"rx(\bsocket\.(?:timeout|gaierror|error)\b)rx", "Python"},
    {R"rx(\bssl\.SSL\w*Error\b)rx", "Python"},
    {R"rx(\[SSL: \w+\])rx", "Python"},
    {R"rx(\b_ssl\.c:\d+)rx", "Python"},
    {R"rx(\b(?:urllib3|requests\.exceptions|aiohttp|httpx|http\.client)\b)rx", "Python"},
    {R"rx(\bHTTPS?ConnectionPool\()rx", "Python"},
    {R"rx(\bMax retries exceeded\b)rx", "Python"},

    {R"rx(\b(?:read|write|dial) (?:tcp|udp)[46]? )rx", "Go"},
    {R"rx(\bdial (?:tcp|udp)[46]?: )rx", "Go"},
    {R"rx(\bi/o timeout\b)rx", "Go"},
    {R"rx(\bremote error: tls: )rx", "Go"},
    {R"rx(\btls: (?:handshake failure|first record|protocol version))rx", "Go"},
    {R"rx(\bnet/http: )rx", "Go"},
    {R"rx(\bcontext deadline exceeded\b)rx", "Go"},
    {R"rx(\blookup [\w.-]{1,255} on )rx", "Go"},
    // Go spells the operating system's error after the operation, in
    // lower case: "read: connection reset by peer", "write: broken pipe".
    {R"rx(\b(?:read|write|connect): (?-i:connection reset by peer|broken pipe|connection refused)\b)rx", "Go"},
    {R"rx(\b(?:Get|Post|Put|Patch|Delete|Head) "https?://)rx", "Go"},

    {R"rx(\bcurl: \(\d+\))rx", "curl"},
    {R"rx(\bcurl \d+ )rx", "curl"},
    {R"rx(\b(?:Recv|Send) failure: )rx", "curl"},
    {R"rx(\bFailed to connect to [\w.:\[\]%-]{1,255} port \d+)rx", "curl"},
    {R"rx(\bOpenSSL SSL_(?:connect|read|write)\b)rx", "curl"},
    {R"rx(\bEmpty reply from server\b)rx", "curl"},
    {R"rx(\bCould not resolve host: )rx", "curl"},
    {R"rx(\bOperation timed out after \d+ milliseconds\b)rx", "curl"},
    {R"rx(\bin connection to [\w.:\[\]%-]{1,255}:\d+)rx", "curl"},

    {R"rx(\bWSAE\w+)rx", "Windows"},
    {R"rx(\bWSAHOST_NOT_FOUND\b)rx", "Windows"},
    {R"rx(\bAn existing connection was forcibly closed\b)rx", "Windows"},
    {R"rx(\bNo connection could be made because\b)rx", "Windows"},
    {R"rx(\bA connection attempt failed because\b)rx", "Windows"},
    {R"rx((?:(?m:^)[ \t]*|\(|\b(?:error|error ?code|code|errno|WinError|err|WSA)[ \t]?[:=#]?[ \t]?)(?:1005[34]|1006[01]|11001)(?!\d|[.:]\d))rx", "Windows"},
    {R"rx(\bvom Remotehost geschlossen\b)rx", "Windows"},
    {R"rx(\bferm[ée]e par l.h[ôo]te distant\b)rx", "Windows"},
    {R"rx(\bpor el host remoto\b)rx", "Windows"},

    {R"rx(\bERR_[A-Z]+_[A-Z_]+\b)rx", "Web browser"},
    {R"rx(\bPR_\w+_ERROR\b)rx", "Web browser"},
    {R"rx(\bNS_ERROR_\w+)rx", "Web browser"},
    {R"rx(\bDNS_PROBE_\w+)rx", "Web browser"},
    {R"rx(\bSSL_ERROR_(?!SYSCALL\b)\w+)rx", "Web browser"},
    {R"rx(\bThe connection (?:was reset|has timed out)\b)rx", "Web browser"},
    {R"rx(\bThe connection to the server was reset\b)rx", "Web browser"},
    {R"rx(\bThis site can.t be reached\b)rx", "Web browser"},
    {R"rx(\bcan.t establish a connection to the server\b)rx", "Web browser"},
    {R"rx(\bSecure Connection Failed\b)rx", "Web browser"},
    {R"rx(\btrouble finding that site\b)rx", "Web browser"},

    // OpenSSL's own reason strings, when nothing above quoted them.
    {R"rx(\bSSL routines\b)rx", "OpenSSL"},
    {R"rx(\berror:[0-9A-F]{8}:)rx", "OpenSSL"},
    {R"rx(\bs_client\b)rx", "OpenSSL"},
    {R"rx(\b(?:read|write):errno=\d+)rx", "OpenSSL"},
    {R"rx(\bSSL alert number \d+)rx", "OpenSSL"},
    {R"rx(\bunexpected eof while reading\b)rx", "OpenSSL"},
    {R"rx(\b(?:tlsv1|sslv3) alert\b)rx", "OpenSSL"},
    {R"rx(\bwrong version number\b)rx", "OpenSSL"},
    {R"rx(\bhandshake failure\b)rx", "OpenSSL"},
};

// How a target form's captures read: host and port, a URL, or a host.
enum class Shape { HostPort, Url, Host };

struct TargetForm
{
    const char *pattern;
    Shape shape;
};

// Where texts name the server. Ordered as the result prefers them: an
// address with its port, then a URL, then a bare host name (one exception
// first, below). Each form
// starts at a fixed phrase, so a stack frame's "(Foo.java:42)" or a
// clock's "12:30" is never taken for an address.
//
// Host:port captures are greedy over a class that holds ':' and back off
// to the last colon followed by digits, which splits both
// "127.0.0.1:5432" and Node's unbracketed "::1:3000" right.
constexpr TargetForm targetForms[] = {
    // Go's failed name lookup: the addresses that follow are the name
    // server's ("lookup x on 127.0.0.53:53: read udp a->127.0.0.53:53"),
    // so the name looked up comes first.
    {R"rx(\blookup ([\w.-]{1,255}) on )rx", Shape::Host},
    // Go: "read tcp local->remote: ...": the remote end is after the arrow.
    {R"rx(->\s?([\w.:\[\]%-]{1,100}):(\d{1,5})\b)rx", Shape::HostPort},
    // urllib3: "HTTPSConnectionPool(host='api.example.com', port=443)".
    {R"rx(\bhost='([^'\s]{1,255})',\s?port=(\d{1,5})\b)rx", Shape::HostPort},
    // Ruby: "connect(2) for "localhost" port 3000".
    {R"rx(\bfor "([^"\s]{1,255})" port (\d{1,5})\b)rx", Shape::HostPort},
    // curl and ssh: "Failed to connect to HOST port N", "connect to host
    // HOST port N", "Connection closed by HOST port N".
    {R"rx(\b(?:to|by|host) \[?([\w.:%-]{1,255}?)\]? port (\d{1,5})\b)rx", Shape::HostPort},
    // PHP streams: "tcp://db:3306".
    {R"rx(\b(?:tcp|udp|ssl|tls)://([\w.:\[\]%-]{1,255}):(\d{1,5})\b)rx", Shape::HostPort},
    // Node ("connect ECONNREFUSED 127.0.0.1:5432"), Go ("dial tcp
    // 1.2.3.4:443"), curl and Ruby ("connection to example.com:443"),
    // Windows ("actively refused it. 127.0.0.1:8080"), Firefox ("the server
    // at localhost:8080") and .NET ("HttpRequestException: ... (host:443)").
    {R"rx((?:\b(?:connect|read|write) (?-i:E[A-Z_]{3,})|\bdial (?:tcp|udp)[46]?|\b(?:connection|connecting|connect) to|\bactively refused it\.?|\bserver at|\bHttpRequestException:[^\n(]{0,300}) \(?([\w.:\[\]%-]{1,255}):(\d{1,5})\b)rx",
     Shape::HostPort},

    {R"rx(\b((?:https?|wss?)://[^\s'"<>`{}|\\^()]{1,2000}))rx", Shape::Url},

    {R"rx(\bgetaddrinfo (?-i:E[A-Z_]{3,}) ([\w.-]{1,255}))rx", Shape::Host},
    {R"rx(\bUnknownHostException: ([\w.-]{1,255}))rx", Shape::Host},
    {R"rx(\bCould not resolve host(?:name)?:? ([\w.-]{1,255}))rx", Shape::Host},
    {R"rx(\blookup ([\w.-]{1,255}))rx", Shape::Host},
    {R"rx(\bRead from remote host ([\w.-]{1,255}))rx", Shape::Host},
    {R"rx(\bConnection to ([\w.-]{1,255}) closed\b)rx", Shape::Host},
    {R"rx(\bFailed to resolve '([\w.-]{1,255})')rx", Shape::Host},
    {R"rx(\bgetaddrinfo for ([\w.-]{1,255}) failed\b)rx", Shape::Host},
    {R"rx(\bhost='([\w.-]{1,255})')rx", Shape::Host},
};

QRegularExpression compiled(const char *pattern)
{
    QRegularExpression re(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption);
    // A broken pattern would silently never match; say so in every build,
    // and the test fails on it.
    if (!re.isValid())
        qWarning("ErrorRecognizer: bad pattern %s: %s", pattern, qPrintable(re.errorString()));
    // Compile now, once, so that matching from several threads only reads.
    re.optimize();
    return re;
}

// The tables, compiled once on first use.
struct Compiled
{
    std::vector<std::pair<QRegularExpression, Kind>> rules;
    std::vector<std::pair<QRegularExpression, const char *>> signatures;
    std::vector<std::pair<QRegularExpression, Shape>> targetForms;
};

const Compiled &tables()
{
    static const Compiled c = [] {
        Compiled t;
        for (const Rule &r : rules)
            t.rules.emplace_back(compiled(r.pattern), r.kind);
        for (const Signature &s : signatures)
            t.signatures.emplace_back(compiled(s.pattern), s.runtime);
        for (const TargetForm &f : targetForms)
            t.targetForms.emplace_back(compiled(f.pattern), f.shape);
        return t;
    }();
    return c;
}

// A host name or an address as found in the text, or empty when what was
// captured cannot be one (a word like "12" from a clock, a lone dot).
QString cleanHost(QString host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.isEmpty())
        return {};
    if (host.contains(QLatin1Char(':'))) {
        // Only IPv6 addresses hold colons; a zone ("%eth0") is kept.
        const QString address = host.section(QLatin1Char('%'), 0, 0);
        if (QHostAddress(address).protocol() != QAbstractSocket::IPv6Protocol)
            return {};
        return host;
    }
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*$"));
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    if (!name.match(host).hasMatch() || digitsOnly.match(host).hasMatch())
        return {};
    return host;
}

QString hostPort(const QString &rawHost, const QString &rawPort)
{
    const QString host = cleanHost(rawHost);
    if (host.isEmpty())
        return {};
    bool ok = false;
    const uint port = rawPort.toUInt(&ok);
    const QString shown = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (!ok || port == 0 || port > 65535)
        return shown;
    return shown + QLatin1Char(':') + QString::number(port);
}

// Sentence punctuation that a URL in running text picks up at its end.
QString cleanUrl(QString url)
{
    static const QString trailing = QStringLiteral(".,;:!?'\"");
    while (!url.isEmpty() && trailing.contains(url.back()))
        url.chop(1);
    return url;
}

QString findTarget(const QString &text)
{
    for (const auto &[re, shape] : tables().targetForms) {
        QRegularExpressionMatchIterator it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QString found;
            switch (shape) {
            case Shape::HostPort:
                found = hostPort(m.captured(1), m.captured(2));
                break;
            case Shape::Url:
                found = cleanUrl(m.captured(1));
                break;
            case Shape::Host:
                found = cleanHost(m.captured(1));
                break;
            }
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

QString findRuntime(const QString &text)
{
    for (const auto &[re, runtime] : tables().signatures) {
        if (re.match(text).hasMatch())
            return QString::fromLatin1(runtime);
    }
    return {};
}

} // namespace

RecognizedError ErrorRecognizer::recognize(const QString &input)
{
    RecognizedError result;
    const QString text = input.left(maxTextLength);
    if (text.trimmed().isEmpty())
        return result;

    const Compiled &t = tables();
    const auto rule = std::find_if(t.rules.cbegin(), t.rules.cend(),
                                   [&text](const auto &r) { return r.first.match(text).hasMatch(); });
    if (rule == t.rules.cend())
        return result;

    for (const KindText &k : kindTexts) {
        if (k.kind != rule->second)
            continue;
        result.recognized = true;
        result.kind = QString::fromLatin1(k.id);
        result.outcome = k.outcome;
        result.title = tr(k.title);
        result.explanation = tr(k.explanation);
        break;
    }
    result.runtime = findRuntime(text);
    result.target = findTarget(text);
    return result;
}
