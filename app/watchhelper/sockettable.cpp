#include "sockettable.h"

#include "packetparser.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <vector>

namespace {

constexpr int TcpEstablished = 1;
constexpr int TcpSynSent = 2;
constexpr int TcpClose = 7;
constexpr int TcpListen = 10;
constexpr std::uint64_t KeepClosedNs = 5'000'000'000ull;
constexpr std::uint64_t LookupIntervalNs = 1'000'000'000ull;

std::string readLink(const std::string &path)
{
    char buffer[4096];
    const ssize_t n = ::readlink(path.c_str(), buffer, sizeof buffer - 1);
    if (n <= 0)
        return {};
    return std::string(buffer, std::size_t(n));
}

std::string readLine(const std::string &path)
{
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return line;
}

bool isAllZero(const std::array<std::uint8_t, 16> &a)
{
    for (auto b : a) {
        if (b)
            return false;
    }
    return true;
}

} // namespace

SocketTable::SocketTable()
    : m_ownNamespace(readLink("/proc/self/ns/net"))
{
}

std::string SocketTable::tupleKey(int family, const std::array<std::uint8_t, 16> &local, std::uint16_t localPort,
                                  const std::array<std::uint8_t, 16> &remote, std::uint16_t remotePort)
{
    return PacketParser::endpointText(family, local, localPort) + "|" + PacketParser::endpointText(family, remote, remotePort);
}

SocketTable::Owner SocketTable::ownerOfPid(std::uint32_t pid, const char *how, bool *foreign)
{
    Owner owner;
    owner.pid = pid;
    owner.how = how;
    const std::string base = "/proc/" + std::to_string(pid);
    owner.exe = readLink(base + "/exe").substr(0, 1024);
    // The kernel's name for it (comm), which is also all that is left once
    // a short-lived program has ended: one name either way, so that one
    // program is one row (python3, not python3.11 for some of its
    // connections, as its executable behind the link is called). Only a
    // comm cut at 15 characters ("connection-doct") takes the
    // executable's full name it is the start of.
    owner.program = readLine(base + "/comm");
    const auto slash = owner.exe.rfind('/');
    if (owner.program.size() == 15 && slash != std::string::npos && owner.exe.find(" (deleted)") == std::string::npos
        && owner.exe.compare(slash + 1, owner.program.size(), owner.program) == 0)
        owner.program = owner.exe.substr(slash + 1);
    if (owner.program.empty()) {
        // Gone before its records were read (a short-lived program on a
        // busy machine): the name it was known by while it ran, or the
        // one the kernel gave when it started.
        const auto known = m_nameByPid.find(pid);
        if (known != m_nameByPid.end())
            owner.program = known->second;
    } else if (m_nameByPid.size() < MaxNames) {
        // One process, one name: a program started through a link
        // (python3 -> python3.11) has another comm than its executable's
        // name, and its later sockets, read after it ended, must not be
        // told apart from the earlier ones.
        m_nameByPid[pid] = owner.program;
    }
    const std::string ns = readLink(base + "/ns/net");
    // Unreadable (another user's program without CAP_SYS_PTRACE, or one
    // that has ended): not known to be foreign, not known to be ours.
    owner.namespaceKnown = !ns.empty() && !m_ownNamespace.empty();
    *foreign = owner.namespaceKnown && ns != m_ownNamespace;
    return owner;
}

void SocketTable::setAddresses(Entry *entry, const KernelEvent &event)
{
    entry->family = event.family;
    entry->local = event.source;
    entry->localPort = event.sourcePort;
    entry->remote = event.destination;
    entry->remotePort = event.destinationPort;
}

void SocketTable::apply(const KernelEvent &event)
{
    if (event.kind == KernelEvent::Kind::ProgramName) {
        if (m_nameByPid.size() >= MaxNames)
            m_nameByPid.clear(); // rare; the live ones are readable in /proc
        m_nameByPid[event.pid] = event.name;
        return;
    }
    if (event.kind != KernelEvent::Kind::StateChange || event.socket == 0)
        return;
    if (event.oldState == TcpClose && (event.newState == TcpSynSent || event.newState == TcpListen)) {
        // A new life for this socket address: forget what was there before.
        if (m_entries.size() >= MaxEntries)
            evict(event.timeNs);
        Entry entry;
        entry.state = event.newState;
        setAddresses(&entry, event);
        if (event.processContext && event.pid != 0) {
            entry.owner = ownerOfPid(event.pid, event.newState == TcpListen ? "listen" : "connect", &entry.foreign);
            // Gone already (a short-lived program): its pid alone would
            // name nobody, or a program that reused it.
            entry.hasOwner = !entry.owner.program.empty();
        }
        entry.lastNs = event.timeNs;
        m_entries[event.socket] = entry;
        return;
    }
    auto it = m_entries.find(event.socket);
    // A closed socket's memory reused for a new one (an accepted child
    // starts LISTEN -> SYN_RECV): what was known belongs to the old one.
    const bool reborn = event.newState != TcpClose
        && (event.oldState == TcpListen || (event.oldState == TcpClose && it != m_entries.end()));
    if (it != m_entries.end() && (reborn || it->second.closedNs != 0) && event.newState != TcpClose) {
        m_entries.erase(it);
        it = m_entries.end();
    }
    if (it == m_entries.end()) {
        if (m_entries.size() >= MaxEntries)
            evict(event.timeNs);
        // An accepted socket, or one made before the watch started.
        Entry entry;
        setAddresses(&entry, event);
        const auto snapshot = m_snapshotByTuple.find(
            tupleKey(event.family, event.source, event.sourcePort, event.destination, event.destinationPort));
        if (snapshot != m_snapshotByTuple.end()) {
            entry.owner = snapshot->second.owner;
            entry.hasOwner = snapshot->second.hasOwner;
            entry.foreign = snapshot->second.foreign;
        }
        it = m_entries.emplace(event.socket, entry).first;
    }
    Entry &entry = it->second;
    entry.lastNs = event.timeNs;
    if (event.newState == TcpClose && entry.state != TcpClose)
        entry.stateBeforeClose = entry.state;
    entry.state = event.newState;
    // SYN_SENT is reported before the local port is chosen: take the full
    // addresses from later records.
    if (event.sourcePort != 0)
        setAddresses(&entry, event);
    if (event.newState == TcpEstablished && entry.establishedNs == 0)
        entry.establishedNs = event.timeNs;
    if (event.newState == TcpClose)
        entry.closedNs = event.timeNs;
}

const SocketTable::Entry *SocketTable::find(const KernelEvent &reset) const
{
    if (reset.socket != 0) {
        const auto it = m_entries.find(reset.socket);
        if (it != m_entries.end())
            return &it->second;
    }
    if (reset.cookie != 0) {
        const auto it = m_snapshotByCookie.find(reset.cookie);
        if (it != m_snapshotByCookie.end()) {
            const auto entry = m_snapshotByTuple.find(it->second);
            if (entry != m_snapshotByTuple.end())
                return &entry->second;
        }
    }
    const auto it = m_snapshotByTuple.find(
        tupleKey(reset.family, reset.source, reset.sourcePort, reset.destination, reset.destinationPort));
    return it == m_snapshotByTuple.end() ? nullptr : &it->second;
}

std::map<std::uint64_t, SocketTable::DiagSocket>
SocketTable::dump(std::map<std::string, std::uint64_t> *inodeByTuple) const
{
    std::map<std::uint64_t, DiagSocket> byInode;
    const int fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (fd < 0)
        return byInode;
    for (int family : {AF_INET, AF_INET6}) {
        struct
        {
            nlmsghdr header;
            inet_diag_req_v2 request;
        } message;
        std::memset(&message, 0, sizeof message);
        message.header.nlmsg_len = sizeof message;
        message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
        message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
        message.request.sdiag_family = std::uint8_t(family);
        message.request.sdiag_protocol = IPPROTO_TCP;
        message.request.idiag_states = ~0u & ~(1u << TcpListen);
        if (::send(fd, &message, sizeof message, 0) < 0)
            continue;
        std::vector<char> buffer(65536);
        bool done = false;
        // Bounded: a dump of a million sockets still ends.
        for (int rounds = 0; !done && rounds < 100000; ++rounds) {
            const ssize_t n = ::recv(fd, buffer.data(), buffer.size(), 0);
            if (n <= 0)
                break;
            int remaining = int(n);
            for (auto *h = reinterpret_cast<nlmsghdr *>(buffer.data()); NLMSG_OK(h, remaining);
                 h = NLMSG_NEXT(h, remaining)) {
                if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR) {
                    done = true;
                    break;
                }
                if (h->nlmsg_len < NLMSG_LENGTH(sizeof(inet_diag_msg)))
                    continue;
                const auto *m = static_cast<const inet_diag_msg *>(NLMSG_DATA(h));
                std::array<std::uint8_t, 16> local{}, remote{};
                const std::size_t size = family == AF_INET ? 4 : 16;
                std::memcpy(local.data(), m->id.idiag_src, size);
                std::memcpy(remote.data(), m->id.idiag_dst, size);
                int f = family == AF_INET ? 4 : 6;
                normaliseV4Mapped(&f, &local, &remote);
                const std::string key = tupleKey(f, local, ntohs(m->id.idiag_sport), remote, ntohs(m->id.idiag_dport));
                DiagSocket s;
                s.inode = m->idiag_inode;
                s.cookie = std::uint64_t(m->id.idiag_cookie[0]) | (std::uint64_t(m->id.idiag_cookie[1]) << 32);
                if (s.inode != 0)
                    byInode[s.inode] = s;
                (*inodeByTuple)[key] = s.inode;
            }
        }
    }
    ::close(fd);
    return byInode;
}

std::unordered_map<std::uint64_t, SocketTable::Owner>
SocketTable::ownersOfInodes(const std::unordered_set<std::uint64_t> &inodes)
{
    std::unordered_map<std::uint64_t, Owner> owners;
    if (inodes.empty())
        return owners;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return owners;
    while (dirent *process = ::readdir(proc)) {
        char *end = nullptr;
        const unsigned long pid = std::strtoul(process->d_name, &end, 10);
        if (!end || *end != '\0' || pid == 0)
            continue;
        const std::string fdDir = "/proc/" + std::string(process->d_name) + "/fd";
        DIR *fds = ::opendir(fdDir.c_str());
        if (!fds)
            continue; // another user's program: needs CAP_SYS_PTRACE
        while (dirent *fd = ::readdir(fds)) {
            if (fd->d_name[0] == '.')
                continue;
            const std::string link = readLink(fdDir + "/" + fd->d_name);
            unsigned long long inode = 0;
            if (std::sscanf(link.c_str(), "socket:[%llu]", &inode) != 1 || !inodes.count(inode)
                || owners.count(inode))
                continue;
            bool foreign = false;
            owners[inode] = ownerOfPid(std::uint32_t(pid), "", &foreign);
        }
        ::closedir(fds);
    }
    ::closedir(proc);
    return owners;
}

void SocketTable::loadSnapshot()
{
    std::map<std::string, std::uint64_t> inodeByTuple;
    const auto byInode = dump(&inodeByTuple);
    std::unordered_set<std::uint64_t> inodes;
    for (const auto &s : byInode)
        inodes.insert(s.first);
    const auto owners = ownersOfInodes(inodes);
    m_snapshotByTuple.clear();
    m_snapshotByCookie.clear();
    for (const auto &[key, inode] : inodeByTuple) {
        Entry entry;
        entry.state = TcpEstablished;
        const auto owner = owners.find(inode);
        if (owner != owners.end()) {
            entry.owner = owner->second;
            entry.owner.how = "snapshot";
            entry.hasOwner = true;
        }
        m_snapshotByTuple[key] = entry;
        const auto s = byInode.find(inode);
        if (s != byInode.end() && s->second.cookie != 0)
            m_snapshotByCookie[s->second.cookie] = key;
    }
}

void SocketTable::evict(std::uint64_t nowNs)
{
    // Full (a flood, or CLOSE records lost to a full buffer): first what
    // closed long enough ago, then the eighth least recently active, so a
    // stale entry cannot hold its place and the scan is paid rarely.
    maintain(nowNs);
    if (m_entries.size() < MaxEntries)
        return;
    std::vector<std::uint64_t> last;
    last.reserve(m_entries.size());
    for (const auto &e : m_entries)
        last.push_back(e.second.lastNs);
    auto nth = last.begin() + std::ptrdiff_t(last.size() / 8);
    std::nth_element(last.begin(), nth, last.end());
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->second.lastNs <= *nth)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

void SocketTable::maintain(std::uint64_t nowNs)
{
    if (nowNs >= m_lastSweepNs + KeepClosedNs) {
        m_lastSweepNs = nowNs;
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->second.closedNs != 0 && nowNs > it->second.closedNs + KeepClosedNs)
                it = m_entries.erase(it);
            else
                ++it;
        }
    }
    if (nowNs < m_lastLookupNs + LookupIntervalNs)
        return;
    bool wanted = false;
    for (const auto &e : m_entries) {
        if (!e.second.hasOwner && !e.second.lookedUp && e.second.state == TcpEstablished && !isAllZero(e.second.remote)) {
            wanted = true;
            break;
        }
    }
    if (!wanted)
        return;
    m_lastLookupNs = nowNs;
    std::map<std::string, std::uint64_t> inodeByTuple;
    dump(&inodeByTuple);
    std::unordered_set<std::uint64_t> inodes;
    std::vector<std::pair<Entry *, std::uint64_t>> pending;
    for (auto &e : m_entries) {
        Entry &entry = e.second;
        if (entry.hasOwner || entry.lookedUp || entry.state != TcpEstablished)
            continue;
        entry.lookedUp = true;
        const auto it = inodeByTuple.find(tupleKey(entry.family, entry.local, entry.localPort, entry.remote, entry.remotePort));
        // Not in our namespace's table: another namespace's socket, or one
        // that closed a moment ago (its CLOSE record still unread). Which
        // one, its reset's packet will tell (ResetCorrelator).
        if (it == inodeByTuple.end())
            continue;
        if (it->second != 0) {
            inodes.insert(it->second);
            pending.emplace_back(&entry, it->second);
        }
    }
    const auto owners = ownersOfInodes(inodes);
    for (auto &[entry, inode] : pending) {
        const auto owner = owners.find(inode);
        if (owner == owners.end())
            continue;
        entry->owner = owner->second;
        entry->owner.how = "lookup";
        entry->hasOwner = true;
    }
}
