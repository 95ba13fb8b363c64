#ifndef CDOC_NATIVESOCKET_H
#define CDOC_NATIVESOCKET_H

#include <QtCore/QtGlobal>

// The few things Qt's socket classes do not tell us, read from the native
// descriptor. Each function is safe to call on any descriptor: on failure
// it answers "don't know" rather than guessing.
namespace NativeSocket {

// What the next thing in a socket's receive queue is.
enum class PeekResult {
    Data,        // at least one byte is waiting
    EndOfStream, // the peer sent FIN: an orderly close
    Reset,       // the peer (or something between) sent RST
    Nothing,     // nothing yet (the call would block)
    Failed,      // another error, or the descriptor is gone
};

// Looks at the receive queue without consuming anything. Call it from the
// readyRead handler of an *unbuffered* QTcpSocket, before reading through
// Qt: Qt reports an RST and a FIN on an established connection both as
// RemoteHostClosedError with the same text, and has closed the descriptor
// by the time errorOccurred() fires, so this is the one moment the truth is
// still readable. recv(MSG_PEEK) returns 0 for FIN and fails with
// ECONNRESET (Linux, macOS) or WSAECONNRESET (Windows) for RST.
PeekResult peek(qintptr descriptor);

// Bytes of this connection the peer has acknowledged, or -1 where the
// system cannot say. Linux counts them itself (TCP_INFO tcpi_bytes_acked),
// and keeps the count after an RST, when the send queue is already purged.
// macOS only tells what is still queued (SO_NWRITE), so there the answer is
// `written` minus that, and only while the connection is established.
// Windows 10 1703 and later tell what was sent and what is still in flight
// (SIO_TCP_INFO); Wine does not implement it.
qint64 bytesAcknowledged(qintptr descriptor, qint64 written);

// Makes the next close() of this descriptor send RST instead of FIN
// (SO_LINGER on, timeout 0). Used by the fault lab, which must produce
// real resets.
bool setResetOnClose(qintptr descriptor);

// Sets the receive buffer size (SO_RCVBUF); the lab keeps it small so the
// bytes a peer has acknowledged stay close to the bytes the lab has read.
bool setReceiveBufferSize(qintptr descriptor, int bytes);

// Copies up to maxSize bytes from the receive queue without consuming them;
// returns the count, 0 at end of stream, -1 when nothing is there or on
// error. The lab uses it to read a TLS ClientHello before deciding whether
// to hand the connection to QSslSocket or reset it.
qint64 peekBytes(qintptr descriptor, char *buffer, qint64 maxSize);

// Limits the segments this end sends on a socket not yet connected
// (TCP_MAXSEG): packets of at most `bytes` + 40 (IPv4). False where the
// system does not allow it (Windows sets the segment size itself).
bool setMaxSegment(qintptr descriptor, int bytes);

// Whether a non-blocking connect on this descriptor has finished (the
// socket is writable or has failed), without waiting.
bool connectFinished(qintptr descriptor);

// Closes a descriptor that no Qt object owns.
void closeDescriptor(qintptr descriptor);

} // namespace NativeSocket

#endif // CDOC_NATIVESOCKET_H
