#include "tcpconnectionwatch.h"

#include "nativesocket.h"

#if defined(Q_OS_WIN)
#  include <winsock2.h>
#elif defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
#  include <netinet/in.h>
#  include <netinet/tcp.h>
#  include <sys/socket.h>
#  include <unistd.h>
#  include <fcntl.h>
#endif

TcpConnectionWatch::~TcpConnectionWatch()
{
    release();
}

void TcpConnectionWatch::attach(qintptr descriptor)
{
    release();
#if defined(Q_OS_WIN)
    WSAPROTOCOL_INFOW info{};
    if (descriptor >= 0 && ::WSADuplicateSocketW(SOCKET(descriptor), ::GetCurrentProcessId(), &info) == 0) {
        const SOCKET duplicate = ::WSASocketW(FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, &info, 0, 0);
        if (duplicate != INVALID_SOCKET) {
            u_long nonBlocking = 1; // a peek must never wait
            ::ioctlsocket(duplicate, FIONBIO, &nonBlocking);
            m_duplicate = qintptr(duplicate);
        }
    }
#elif defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
    if (descriptor >= 0)
        m_duplicate = ::fcntl(int(descriptor), F_DUPFD_CLOEXEC, 0);
#else
    Q_UNUSED(descriptor);
#endif
}

void TcpConnectionWatch::release()
{
    if (m_duplicate >= 0)
        NativeSocket::closeDescriptor(m_duplicate);
    m_duplicate = -1;
}

TcpConnectionWatch::End TcpConnectionWatch::end() const
{
    if (m_duplicate < 0)
        return End::Unknown;
#if defined(Q_OS_WIN)
    switch (NativeSocket::peek(m_duplicate)) {
    case NativeSocket::PeekResult::Reset:
        return End::Reset;
    case NativeSocket::PeekResult::EndOfStream:
        return End::Fin;
    case NativeSocket::PeekResult::Data:
    case NativeSocket::PeekResult::Nothing:
        return End::Open;
    case NativeSocket::PeekResult::Failed:
        break;
    }
    return End::Unknown;
#elif defined(Q_OS_LINUX)
    tcp_info info{};
    socklen_t len = sizeof info;
    if (::getsockopt(int(m_duplicate), IPPROTO_TCP, TCP_INFO, &info, &len) != 0)
        return End::Unknown;
    switch (info.tcpi_state) {
    case TCP_CLOSE:
        return End::Reset;
    case TCP_CLOSE_WAIT:
    case TCP_LAST_ACK:
        return End::Fin;
    default:
        return End::Open;
    }
#elif defined(Q_OS_MACOS)
    tcp_connection_info info{};
    socklen_t len = sizeof info;
    if (::getsockopt(int(m_duplicate), IPPROTO_TCP, TCP_CONNECTION_INFO, &info, &len) != 0)
        return End::Unknown;
    switch (info.tcpi_state) {
    case TCPS_CLOSED:
        return End::Reset;
    case TCPS_CLOSE_WAIT:
    case TCPS_LAST_ACK:
        return End::Fin;
    default:
        return End::Open;
    }
#else
    return End::Unknown;
#endif
}
