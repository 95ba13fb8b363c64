#include "nativesocket.h"

#if defined(Q_OS_WIN)
#  include <winsock2.h>
#  include <ws2tcpip.h>
#  include <mstcpip.h>
#else
#  include <cerrno>
#  include <poll.h>
#  include <sys/ioctl.h>
#  include <sys/socket.h>
#  include <sys/types.h>
#  include <unistd.h>
#  include <netinet/in.h>
#  if defined(Q_OS_LINUX)
#    include <linux/tcp.h> // the kernel's tcp_info, newer than glibc's
#  elif defined(Q_OS_MACOS)
#    include <netinet/tcp.h>
#  endif
#  include <cstddef>
#endif

#if defined(Q_OS_WIN)
namespace {
// SIO_TCP_INFO and its version 0 answer (Windows 10 1703), as documented
// in mstcpip.h; MinGW-w64's headers do not have them yet.
constexpr DWORD SioTcpInfo = _WSAIORW(IOC_VENDOR, 39);
struct TcpInfoV0
{
    int state;
    ULONG mss;
    ULONG64 connectionTimeMs;
    BOOLEAN timestampsEnabled;
    ULONG rttUs;
    ULONG minRttUs;
    ULONG bytesInFlight;
    ULONG cwnd;
    ULONG sndWnd;
    ULONG rcvWnd;
    ULONG rcvBuf;
    ULONG64 bytesOut;
    ULONG64 bytesIn;
    ULONG bytesReordered;
    ULONG bytesRetrans;
    ULONG fastRetrans;
    ULONG dupAcksIn;
    ULONG timeoutEpisodes;
    UCHAR synRetrans;
};
} // namespace
#endif

namespace NativeSocket {

PeekResult peek(qintptr descriptor)
{
    if (descriptor < 0)
        return PeekResult::Failed;
    char byte = 0;
#if defined(Q_OS_WIN)
    // Qt's sockets are non-blocking, so MSG_PEEK alone does not wait.
    const int n = ::recv(SOCKET(descriptor), &byte, 1, MSG_PEEK);
    if (n > 0)
        return PeekResult::Data;
    if (n == 0)
        return PeekResult::EndOfStream;
    switch (WSAGetLastError()) {
    case WSAECONNRESET:
    case WSAECONNABORTED: // Windows' name for an RST seen while sending
        return PeekResult::Reset;
    case WSAEWOULDBLOCK:
        return PeekResult::Nothing;
    default:
        return PeekResult::Failed;
    }
#else
    ssize_t n;
    do {
        n = ::recv(int(descriptor), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    } while (n < 0 && errno == EINTR);
    if (n > 0)
        return PeekResult::Data;
    if (n == 0)
        return PeekResult::EndOfStream;
    switch (errno) {
    case ECONNRESET:
        return PeekResult::Reset;
    case EAGAIN:
#  if EAGAIN != EWOULDBLOCK
    case EWOULDBLOCK:
#  endif
        return PeekResult::Nothing;
    default:
        return PeekResult::Failed;
    }
#endif
}

qint64 bytesAcknowledged(qintptr descriptor, qint64 written)
{
    if (descriptor < 0)
        return -1;
#if defined(Q_OS_LINUX)
    Q_UNUSED(written);
    tcp_info info{};
    socklen_t len = sizeof info;
    if (::getsockopt(int(descriptor), IPPROTO_TCP, TCP_INFO, &info, &len) != 0
        || len < offsetof(tcp_info, tcpi_bytes_acked) + sizeof info.tcpi_bytes_acked) {
        return -1; // a kernel older than 4.1
    }
    // The kernel counts the SYN's sequence number too.
    return qMax<qint64>(0, qint64(info.tcpi_bytes_acked) - 1);
#elif defined(Q_OS_MACOS)
    tcp_connection_info info{};
    socklen_t len = sizeof info;
    if (::getsockopt(int(descriptor), IPPROTO_TCP, TCP_CONNECTION_INFO, &info, &len) != 0
        || info.tcpi_state != TCPS_ESTABLISHED) {
        return -1;
    }
    int queued = 0;
    len = sizeof queued;
    if (::getsockopt(int(descriptor), SOL_SOCKET, SO_NWRITE, &queued, &len) != 0)
        return -1;
    return qMax<qint64>(0, written - queued);
#elif defined(Q_OS_WIN)
    Q_UNUSED(written);
    DWORD version = 0;
    TcpInfoV0 info{};
    DWORD returned = 0;
    if (::WSAIoctl(SOCKET(descriptor), SioTcpInfo, &version, sizeof version, &info, sizeof info,
                   &returned, nullptr, nullptr) != 0 || returned < sizeof info) {
        return -1; // before Windows 10 1703, or Wine: the probe counts what it handed over
    }
    // Sent once (retransmissions are counted apart) less what still waits
    // for its acknowledgement.
    return qMax<qint64>(0, qint64(info.bytesOut) - qint64(info.bytesInFlight));
#else
    Q_UNUSED(written);
    return -1;
#endif
}

bool setResetOnClose(qintptr descriptor)
{
    linger option{};
    option.l_onoff = 1;
    option.l_linger = 0;
#if defined(Q_OS_WIN)
    return ::setsockopt(SOCKET(descriptor), SOL_SOCKET, SO_LINGER,
                        reinterpret_cast<const char *>(&option), sizeof option) == 0;
#else
    return ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option) == 0;
#endif
}

bool setReceiveBufferSize(qintptr descriptor, int bytes)
{
#if defined(Q_OS_WIN)
    return ::setsockopt(SOCKET(descriptor), SOL_SOCKET, SO_RCVBUF,
                        reinterpret_cast<const char *>(&bytes), sizeof bytes) == 0;
#else
    return ::setsockopt(int(descriptor), SOL_SOCKET, SO_RCVBUF, &bytes, sizeof bytes) == 0;
#endif
}

qint64 peekBytes(qintptr descriptor, char *buffer, qint64 maxSize)
{
#if defined(Q_OS_WIN)
    const int n = ::recv(SOCKET(descriptor), buffer, int(qMin<qint64>(maxSize, INT_MAX)), MSG_PEEK);
    return n >= 0 ? n : -1;
#else
    ssize_t n;
    do {
        n = ::recv(int(descriptor), buffer, size_t(maxSize), MSG_PEEK | MSG_DONTWAIT);
    } while (n < 0 && errno == EINTR);
    return n >= 0 ? qint64(n) : -1;
#endif
}

bool setMaxSegment(qintptr descriptor, int bytes)
{
    if (descriptor < 0 || bytes <= 0)
        return false;
#if defined(Q_OS_WIN)
    // Windows reads TCP_MAXSEG but does not let a program set it.
    return false;
#else
    const int value = bytes;
    return ::setsockopt(int(descriptor), IPPROTO_TCP, TCP_MAXSEG, &value, sizeof value) == 0;
#endif
}

bool connectFinished(qintptr descriptor)
{
    if (descriptor < 0)
        return false;
#if defined(Q_OS_WIN)
    fd_set writable, failed;
    FD_ZERO(&writable);
    FD_ZERO(&failed);
    FD_SET(SOCKET(descriptor), &writable);
    FD_SET(SOCKET(descriptor), &failed);
    timeval immediately{0, 0};
    return ::select(0, nullptr, &writable, &failed, &immediately) > 0;
#else
    pollfd entry{int(descriptor), POLLOUT, 0};
    int n;
    do {
        n = ::poll(&entry, 1, 0);
    } while (n < 0 && errno == EINTR);
    return n > 0;
#endif
}

void closeDescriptor(qintptr descriptor)
{
    if (descriptor < 0)
        return;
#if defined(Q_OS_WIN)
    ::closesocket(SOCKET(descriptor));
#else
    ::close(int(descriptor));
#endif
}

} // namespace NativeSocket
