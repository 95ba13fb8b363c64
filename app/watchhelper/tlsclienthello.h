#ifndef CDOC_TLSCLIENTHELLO_H
#define CDOC_TLSCLIENTHELLO_H

#include <cstddef>
#include <cstdint>
#include <string>

// Reads the server name (SNI, RFC 6066 server_name, host_name entry) from
// the start of the first TLS record a client sends: the name it asked for,
// in the clear before TLS 1.3's encryption starts. Only what was captured
// is read, every length checked against it; a ClientHello cut before its
// server_name extension (a large one split over two segments) gives
// nothing. Plain C++, like the rest of the helper (app/lab/clienthello is
// the app's Qt twin for the fault lab).
namespace TlsClientHello {

// The normalized name (HostName::normalized), or "" when there is none.
std::string serverName(const std::uint8_t *data, std::size_t length);

} // namespace TlsClientHello

#endif // CDOC_TLSCLIENTHELLO_H
