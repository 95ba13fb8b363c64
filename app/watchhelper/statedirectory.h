#ifndef CDOC_STATEDIRECTORY_H
#define CDOC_STATEDIRECTORY_H

#include <string>
#include <sys/types.h>

// Where the background watch keeps its log, and whose it is. Under systemd
// the unit's User= and StateDirectory= have made the directory the
// connection-doctor user's already. Run by hand as root (as the tests run
// the unit's ExecStart), the helper must not go on as root while it parses
// packets for days, and a root-owned log would not be readable by the
// group: so it becomes the connection-doctor system user, as the unit
// does, and first gives that user the directory, as systemd's
// StateDirectory= would. Keeping root's powers to write into a root-owned
// directory instead would leave the long-running part with every file
// that root owns writable (root owns them without any capability), which
// is what dropping privileges is there to prevent.
class StateDirectory
{
public:
    static constexpr const char *Account = "connection-doctor";
    static constexpr const char *DefaultPath = "/var/lib/connection-doctor";

    // --state-dir, else $STATE_DIRECTORY (the first, if systemd lists several), else DefaultPath.
    static std::string choose(const std::string &option);

    // Finds the account (false when it does not exist).
    static bool account(uid_t *uid, gid_t *gid);

    // Opens the directory, creating it (mode 0750) if needed. As root,
    // makes it and its log files belong to uid:gid first, but only a
    // directory that holds nothing else: root may point --state-dir
    // anywhere, and /etc must not change hands. The descriptor, or -1 with
    // the reason.
    static int open(const std::string &path, bool asRoot, uid_t uid, gid_t gid, std::string *whyNot);
};

#endif // CDOC_STATEDIRECTORY_H
