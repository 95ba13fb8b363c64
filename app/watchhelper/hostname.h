#ifndef CDOC_HOSTNAME_H
#define CDOC_HOSTNAME_H

#include <string>

// A server's name as the reset watch writes it (remote_name): lowercase, no
// trailing dot, at most 253 characters, labels of 1 to 63 of [a-z0-9-_]
// joined by dots. The names come from packets any program or peer can
// forge, so whatever does not fit is dropped, never repaired: the line
// then says nothing rather than something made up. An address written
// as a name (an IPv4 literal in a Host header) is not a name either.
namespace HostName {

// The name in the form above, or "" when `raw` is not a host name.
std::string normalized(const std::string &raw);

} // namespace HostName

#endif // CDOC_HOSTNAME_H
