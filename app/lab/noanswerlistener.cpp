#include "noanswerlistener.h"

#include "probe/nativesocket.h"

#if defined(Q_OS_WIN)
#  include <winsock2.h>
#  include <ws2tcpip.h>
#else
#  include <arpa/inet.h>
#  include <fcntl.h>
#  include <netinet/in.h>
#  include <sys/socket.h>
#  include <unistd.h>
#endif

namespace {

qintptr newTcpSocket()
{
#if defined(Q_OS_WIN)
    const SOCKET s = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    return s == INVALID_SOCKET ? -1 : qintptr(s);
#else
    return ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
#endif
}

sockaddr_in ipv4(quint32 host, quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(host);
    return address;
}

} // namespace

NoAnswerListener::~NoAnswerListener()
{
    for (qintptr filler : std::as_const(m_fillers))
        NativeSocket::closeDescriptor(filler);
    NativeSocket::closeDescriptor(m_listener);
}

bool NoAnswerListener::start(const QHostAddress &on)
{
    bool isIpv4 = false;
    const quint32 host = on.toIPv4Address(&isIpv4);
    m_listener = newTcpSocket();
    if (m_listener < 0 || !isIpv4)
        return false;
    sockaddr_in address = ipv4(host, 0);
    socklen_t length = sizeof address;
    if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_listener, 0) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        return false;
    }
    m_port = ntohs(address.sin_port);

    // Fill the accept queue. Non-blocking connects: the first completes and
    // waits in the queue forever; the next ones stay half-open, which is
    // just what the listener's real clients will see.
    const sockaddr_in target = ipv4(host, m_port);
    for (int i = 0; i < 2; ++i) {
        const qintptr filler = newTcpSocket();
        if (filler < 0)
            return false;
#if defined(Q_OS_WIN)
        u_long nonBlocking = 1;
        ::ioctlsocket(SOCKET(filler), FIONBIO, &nonBlocking);
#else
        ::fcntl(int(filler), F_SETFL, ::fcntl(int(filler), F_GETFL) | O_NONBLOCK);
#endif
        ::connect(filler, reinterpret_cast<const sockaddr *>(&target), sizeof target);
        m_fillers.append(filler);
    }
    return true;
}
