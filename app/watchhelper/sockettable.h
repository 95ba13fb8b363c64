#ifndef CDOC_SOCKETTABLE_H
#define CDOC_SOCKETTABLE_H

#include "kernelevent.h"

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>

// Which program owns which TCP socket, kept from the moment connections
// are made. The reset tracepoints fire in soft-interrupt context, where the
// running task is not the socket's owner, so the owner is learnt earlier:
// - a connect() (CLOSE -> SYN_SENT) or listen() runs in the owner's own
//   context, so that record's pid is the owner;
// - sockets that already existed when the watch started come from a
//   sock_diag dump (their inode) and the owners' /proc/PID/fd links;
// - accepted sockets (made in soft-interrupt context) are looked up the
//   same way a moment after they are established.
// Where none of these says, the owner stays unknown: never guessed.
class SocketTable
{
public:
    struct Owner
    {
        std::uint32_t pid = 0;
        std::string program; // /proc/PID/comm
        std::string exe;     // /proc/PID/exe, where readable
        std::string how;     // connect, listen, snapshot, lookup
        // Its network namespace could be read and compared with ours. Not
        // when it had ended before its records were read (a short-lived
        // curl on a busy machine) or belongs to another user without
        // CAP_SYS_PTRACE: its resets are then checked as an unknown
        // owner's are (ResetCorrelator), since a container or a test's
        // namespace may run the same programs with the same addresses.
        bool namespaceKnown = false;
    };

    struct Entry
    {
        int family = 0;
        std::array<std::uint8_t, 16> local{};
        std::array<std::uint8_t, 16> remote{};
        std::uint16_t localPort = 0;
        std::uint16_t remotePort = 0;
        int state = 0;
        int stateBeforeClose = 0; // what it was before CLOSE, for a reset sent on close
        bool hasOwner = false;
        bool foreign = false;   // owned by a program in another network namespace
        bool lookedUp = false;  // an owner lookup ran (found or not)
        Owner owner;
        std::uint64_t establishedNs = 0;
        std::uint64_t lastNs = 0;   // its last record, for eviction
        std::uint64_t closedNs = 0; // kept a while after CLOSE: the send-reset record comes after it
    };

    SocketTable();

    // Learns from a state change or a program's name.
    void apply(const KernelEvent &event);
    // The entry a reset record belongs to, by socket address, cookie or
    // addresses; nullptr when the socket was never seen.
    const Entry *find(const KernelEvent &reset) const;

    // Reads the sockets that exist now (sock_diag) and their owners.
    void loadSnapshot();
    // Looks up owners of established sockets that have none yet (at most
    // once a second), and forgets sockets closed long enough ago.
    void maintain(std::uint64_t nowNs);

    std::size_t size() const { return m_entries.size(); }
    // About 20 MB at most: more sockets than a desktop has.
    static constexpr std::size_t MaxEntries = 65536;

private:
    void evict(std::uint64_t nowNs);
    static void setAddresses(Entry *entry, const KernelEvent &event);
    struct DiagSocket
    {
        std::uint64_t inode = 0;
        std::uint64_t cookie = 0;
    };
    std::map<std::uint64_t, DiagSocket> dump(std::map<std::string, std::uint64_t> *inodeByTuple) const;
    std::unordered_map<std::uint64_t, Owner> ownersOfInodes(const std::unordered_set<std::uint64_t> &inodes);
    Owner ownerOfPid(std::uint32_t pid, const char *how, bool *foreign);
    static std::string tupleKey(int family, const std::array<std::uint8_t, 16> &local, std::uint16_t localPort,
                                const std::array<std::uint8_t, 16> &remote, std::uint16_t remotePort);

    std::unordered_map<std::uint64_t, Entry> m_entries;        // by socket address
    std::unordered_map<std::string, Entry> m_snapshotByTuple;   // sockets seen only in a dump
    std::unordered_map<std::uint64_t, std::string> m_snapshotByCookie;
    std::string m_ownNamespace;
    // Programs' names as the kernel gave them at exec, by pid (bounded).
    std::unordered_map<std::uint32_t, std::string> m_nameByPid;
    static constexpr std::size_t MaxNames = 65536;
    std::uint64_t m_lastLookupNs = 0;
    std::uint64_t m_lastSweepNs = 0;
};

#endif // CDOC_SOCKETTABLE_H
