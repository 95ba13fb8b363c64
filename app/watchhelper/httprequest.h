#ifndef CDOC_HTTPREQUEST_H
#define CDOC_HTTPREQUEST_H

#include <cstddef>
#include <cstdint>
#include <string>

// Reads the Host header of a plain HTTP/1.x request from the start of the
// first bytes a client sent: the name in the URL the program was given.
// A request to a proxy (an absolute URI, or CONNECT) names the proxy's
// destination, not the server at the other end of this connection, so it
// gives nothing; nor does a Host that is an address or not a name.
namespace HttpRequest {

// The normalized name (HostName::normalized, port removed), or "".
std::string host(const std::uint8_t *data, std::size_t length);

} // namespace HttpRequest

#endif // CDOC_HTTPREQUEST_H
