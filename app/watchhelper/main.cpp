// cdoc-reset-helper: the privileged part of Connection Doctor's reset watch.
//
// It reads the kernel's TCP tracepoints (who reset what) and, with libpcap,
// the headers of TCP packets (to tell who sent each RST), and writes one
// JSON object per line on stdout: a "hello" saying what it can see, then a
// "reset" per reset, and "stats" now and then. It gathers facts only; the
// app decides what they mean. It reads nothing from its input but its end:
// when the app that started it goes away, so does the helper.
//
// Installed with file capabilities (cap_perfmon, cap_net_raw,
// cap_dac_read_search) for members of one group, as Debian installs
// Wireshark's dumpcap, or started through pkexec; see docs/reset-watch.md.
// Once its kernel buffers and capture are open it drops every capability
// but those that read other programs' /proc entries.
//
// With --background it is the background watch (the systemd unit
// connection-doctor-watch.service): the same lines go into a bounded log
// in the state directory (HistoryLog) instead of stdout, until SIGTERM.

#include "flowtable.h"
#include "historylog.h"
#include "jsonline.h"
#include "namecapture.h"
#include "nametable.h"
#include "packetcapture.h"
#include "resetcorrelator.h"
#include "sockettable.h"
#include "statedirectory.h"
#include "tracepointreader.h"

#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace {

volatile sig_atomic_t stopRequested = 0;
void requestStop(int) { stopRequested = 1; }

std::uint64_t clockNs(clockid_t clock)
{
    timespec ts;
    clock_gettime(clock, &ts);
    return std::uint64_t(ts.tv_sec) * 1000000000ull + std::uint64_t(ts.tv_nsec);
}

// Lines for the app, written without ever blocking: a slow reader must not
// stall the reading of the kernel's buffers. Bounded: past MaxLines the
// oldest go, and the count says so in "stats".
class OutputQueue
{
public:
    static constexpr std::size_t MaxLines = 50000;

    void add(const std::string &line)
    {
        if (m_lines.size() >= MaxLines) {
            m_lines.pop_front();
            m_offset = 0;
            ++m_dropped;
        }
        m_lines.push_back(line + "\n");
    }
    bool empty() const { return m_lines.empty(); }
    std::uint64_t dropped() const { return m_dropped; }
    // Writes what the pipe takes now; false when the reader has gone.
    bool write()
    {
        while (!m_lines.empty()) {
            const std::string &line = m_lines.front();
            const ssize_t n = ::write(STDOUT_FILENO, line.data() + m_offset, line.size() - m_offset);
            if (n < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK)
                    return true;
                if (errno == EINTR && !stopRequested)
                    continue;
                return errno == EINTR;
            }
            m_offset += std::size_t(n);
            if (m_offset == line.size()) {
                m_lines.pop_front();
                m_offset = 0;
            }
        }
        return true;
    }

private:
    std::deque<std::string> m_lines;
    std::size_t m_offset = 0;
    std::uint64_t m_dropped = 0;
};

constexpr uid_t Nobody = 65534;
// The background watch cannot work on this computer as it is set up
// (sysexits' EX_CONFIG): the unit does not restart it for this
// (RestartPreventExitStatus=78), where it would only fail again.
constexpr int ExitCannotWorkHere = 78;

// Once the kernel's buffers and the capture are open, the helper needs no
// power but reading other programs' /proc entries (whose sockets are
// whose): everything else goes, for good (no new privileges either). Run
// as root, it becomes `uid`:`gid` first (nobody through pkexec; the
// connection-doctor user in the background), keeping just those two.
void dropPrivileges(uid_t uid, gid_t gid)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct held[2]{};
    if (syscall(SYS_capget, &header, held) != 0)
        return;
    __user_cap_data_struct keep[2]{};
    for (int cap : {CAP_SYS_PTRACE, CAP_DAC_READ_SEARCH}) {
        const unsigned bit = 1u << (cap % 32);
        if (held[cap / 32].permitted & bit) {
            keep[cap / 32].permitted |= bit;
            keep[cap / 32].effective |= bit;
        }
    }
    if (::getuid() == 0 || ::geteuid() == 0) {
        ::prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0);
        if (::setgroups(0, nullptr) != 0 || ::setresgid(gid, gid, gid) != 0 || ::setresuid(uid, uid, uid) != 0)
            std::fprintf(stderr, "cdoc-reset-helper: cannot become user %u: %s\n", unsigned(uid), std::strerror(errno));
    }
    header = {_LINUX_CAPABILITY_VERSION_3, 0};
    if (syscall(SYS_capset, &header, keep) != 0)
        std::fprintf(stderr, "cdoc-reset-helper: cannot drop capabilities: %s\n", std::strerror(errno));
    ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
}

void usage()
{
    std::fprintf(stderr,
                 "usage: cdoc-reset-helper [--check] [--duration SECONDS] [--no-capture]\n"
                 "                         [--no-kernel-events]\n"
                 "       cdoc-reset-helper --background [--state-dir DIR] [--max-log-bytes N]\n"
                 "Writes every TCP reset on this computer as JSON lines; stops when its input\n"
                 "(a pipe from the app) closes, after --duration, or on SIGTERM.\n"
                 "--background writes them into a log in DIR ($STATE_DIRECTORY, else\n"
                 "/var/lib/connection-doctor), at most N bytes (default 32 MiB), until SIGTERM.\n");
}

std::uint64_t nowMs() { return clockNs(CLOCK_REALTIME) / 1000000; }

} // namespace

int main(int argc, char **argv)
{
    bool checkOnly = false, capture = true, kernel = true, background = false;
    double durationSeconds = 0;
    std::string stateDirOption;
    HistoryLog::Limits limits;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--background") {
            background = true;
        } else if (a == "--state-dir" && i + 1 < argc) {
            stateDirOption = argv[++i];
        } else if (a == "--max-log-bytes" && i + 1 < argc) {
            char *end = nullptr;
            const unsigned long long n = std::strtoull(argv[++i], &end, 10);
            if (!end || *end || n < HistoryLog::MinTotalBytes || n > (1ull << 40)) {
                std::fprintf(stderr, "cdoc-reset-helper: --max-log-bytes takes %llu to 2^40\n",
                             static_cast<unsigned long long>(HistoryLog::MinTotalBytes));
                return 2;
            }
            limits.maxTotalBytes = n;
        } else if (a == "--check") {
            checkOnly = true;
        } else if (a == "--no-capture") {
            capture = false;
        } else if (a == "--no-kernel-events") {
            kernel = false;
        } else if (a == "--duration" && i + 1 < argc) {
            char *end = nullptr;
            durationSeconds = std::strtod(argv[++i], &end);
            if (!end || *end || durationSeconds < 0 || durationSeconds > 31 * 86400.0) {
                usage();
                return 2;
            }
        } else {
            usage();
            return 2;
        }
    }
    signal(SIGPIPE, SIG_IGN);
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = requestStop;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    const std::uint64_t startedMs = nowMs();
    // The log's directory is opened while the helper may still create it
    // and give it to its account (statedirectory.h says why).
    int stateDirectory = -1;
    uid_t runAsUid = Nobody;
    gid_t runAsGid = Nobody;
    if (background) {
        std::string whyNot;
        if (::geteuid() == 0 && !StateDirectory::account(&runAsUid, &runAsGid)) {
            std::fprintf(stderr,
                         "cdoc-reset-helper: run as root, --background becomes the %s system user, which does not exist"
                         " (the package creates it: adduser --system --group %s)\n",
                         StateDirectory::Account, StateDirectory::Account);
            return ExitCannotWorkHere;
        }
        stateDirectory = StateDirectory::open(StateDirectory::choose(stateDirOption), ::geteuid() == 0, runAsUid, runAsGid, &whyNot);
        if (stateDirectory < 0) {
            std::fprintf(stderr, "cdoc-reset-helper: %s\n", whyNot.c_str());
            return 1;
        }
    }

    TracepointReader tracepoints;
    PacketCapture packets;
    NameTable names;
    NameCapture nameCapture(names);
    std::string kernelWhyNot = kernel ? "" : "turned off (--no-kernel-events)";
    std::string captureWhyNot = capture ? "" : "turned off (--no-capture)";
    const bool haveKernel = kernel && tracepoints.open(&kernelWhyNot);
    // Every interface of this network namespace; no other device may be
    // named (libpcap also opens D-Bus and USB monitors).
    const bool haveCapture = capture && packets.open("any", PacketCapture::Headers, &captureWhyNot);
    // Names are a help, not a need: without them the resets still come.
    std::string namesWhyNot;
    const bool haveNames = haveCapture && !checkOnly && nameCapture.open("any", &namesWhyNot);
    if (haveCapture && !checkOnly && !haveNames)
        std::fprintf(stderr, "cdoc-reset-helper: no remote names: %s\n", namesWhyNot.c_str());
    dropPrivileges(runAsUid, runAsGid);

    JsonLine hello;
    hello.add("type", "hello").add("version", 1).add("kernel_events", haveKernel).add("kernel_why_not", kernelWhyNot);
    hello.add("packet_capture", haveCapture).add("capture_why_not", captureWhyNot);
    hello.add("pid", std::int64_t(getpid()));
    if (background)
        hello.add("mode", "background").add("started_ms", startedMs);
    OutputQueue output;
    std::unique_ptr<HistoryLog> log;
    if (background) {
        // Created now, as the account: its files are the account's and its group's.
        log = std::make_unique<HistoryLog>(stateDirectory, limits);
        log->setHeader(hello.text());
        std::string whyNot;
        if (!log->open(startedMs, &whyNot)) {
            std::fprintf(stderr, "cdoc-reset-helper: %s\n", whyNot.c_str());
            return 1;
        }
        if (!haveKernel && !haveCapture) {
            std::fprintf(stderr, "cdoc-reset-helper: sees nothing: %s; %s\n", kernelWhyNot.c_str(), captureWhyNot.c_str());
            return ExitCannotWorkHere;
        }
    } else {
        output.add(hello.text());
        if (checkOnly || (!haveKernel && !haveCapture)) {
            output.write();
            return 0;
        }
        ::fcntl(STDOUT_FILENO, F_SETFL, ::fcntl(STDOUT_FILENO, F_GETFL) | O_NONBLOCK);
    }

    SocketTable sockets;
    FlowTable flows;
    if (haveKernel)
        sockets.loadSnapshot();
    auto emitReset = [&](const std::string &line) {
        if (log)
            log->addReset(line, nowMs());
        else
            output.add(line);
    };
    ResetCorrelator correlator(sockets, flows, haveCapture, emitReset, haveNames ? &names : nullptr);

    // Watch our input only when it is a pipe or socket from the app: its
    // end means the app has gone (and a pkexec'd helper cannot be killed
    // by the user's app, but it can always close the pipe). The background
    // watch has no app: only a signal stops it.
    struct stat in;
    const bool watchInput = !background && fstat(STDIN_FILENO, &in) == 0 && (S_ISFIFO(in.st_mode) || S_ISSOCK(in.st_mode));

    const std::uint64_t startNs = clockNs(CLOCK_MONOTONIC);
    const std::uint64_t endNs = durationSeconds > 0 ? startNs + std::uint64_t(durationSeconds * 1e9) : 0;
    std::uint64_t lastStatsNs = startNs;
    std::uint64_t reportedLost = 0, reportedDropped = 0;
    std::vector<pollfd> fds;
    std::vector<KernelEvent> batch;

    // Packets first, so a reset's own RST is in the flow table when the
    // kernel's record of it is handled.
    auto readEverything = [&]() {
        const std::uint64_t offsetNs = clockNs(CLOCK_REALTIME) - clockNs(CLOCK_MONOTONIC);
        if (haveCapture) {
            packets.drain([&](const TcpPacket &p, std::uint64_t atUs) {
                flows.add(p, atUs);
                if (!haveKernel)
                    correlator.addResetPacket(p, atUs);
            });
        }
        // Names after the headers: the kernel hands each packet to both
        // captures before the next packet exists, so a request or a DNS
        // answer that came before an RST seen just now is in the names
        // capture by now. Drained before, it could still have been on
        // its way while the RST was read, and its reset go out unnamed.
        if (haveNames)
            nameCapture.drain();
        if (haveKernel) {
            batch.clear();
            tracepoints.drain([&](const KernelEvent &e) { batch.push_back(e); });
            // Records of one socket can land in different CPUs' buffers.
            std::stable_sort(batch.begin(), batch.end(),
                             [](const KernelEvent &a, const KernelEvent &b) { return a.timeNs < b.timeNs; });
            for (const KernelEvent &e : batch)
                correlator.addKernelEvent(e, (e.timeNs + offsetNs) / 1000);
            sockets.maintain(clockNs(CLOCK_MONOTONIC));
        }
    };

    // Only the headers capture's drops can hide resets; the names capture's
    // drops cost a name at most, and are counted apart.
    auto captureDropped = [&]() -> std::uint64_t { return haveCapture ? packets.dropped() : 0; };
    auto namesDropped = [&]() -> std::uint64_t { return haveNames ? nameCapture.dropped() : 0; };
    std::uint64_t reportedWritten = 0, reportedLogDropped = 0;
    auto sendStats = [&]() {
        const std::uint64_t lost = tracepoints.lost();
        const std::uint64_t dropped = captureDropped();
        JsonLine stats;
        // Dated, so a reader of the log counts a loss in the window it fell in.
        stats.add("type", "stats").add("at_ms", nowMs()).add("kernel_lost", lost).add("packets_dropped", dropped);
        stats.add("names_dropped", namesDropped());
        stats.add("resets", correlator.written()).add("other_namespaces", correlator.foreign());
        stats.add("sockets", std::uint64_t(sockets.size()));
        stats.add("flows", std::uint64_t(flows.size())).add("waiting_dropped", correlator.overflowed());
        stats.add("lines_dropped", output.dropped());
        if (log)
            stats.add("log_dropped", log->dropped()).add("log_removed_files", log->removedFiles());
        reportedLost = lost;
        reportedDropped = dropped;
        reportedWritten = correlator.written();
        reportedLogDropped = log ? log->dropped() : 0;
        if (log)
            log->addLine(stats.text(), nowMs());
        else
            output.add(stats.text());
    };
    // The live app wants to hear of losses soon; the log wants a stats line
    // at least every minute while resets come, so a reader sees how many
    // the cap and the rate limit turned away.
    const std::uint64_t statsIntervalNs = background ? 60000000000ull : 5000000000ull;
    auto statsDue = [&]() {
        if (tracepoints.lost() != reportedLost || captureDropped() != reportedDropped)
            return true;
        return log && (correlator.written() != reportedWritten || log->dropped() != reportedLogDropped);
    };

    while (!stopRequested) {
        fds.clear();
        for (int fd : tracepoints.descriptors())
            fds.push_back({fd, POLLIN, 0});
        if (haveCapture && packets.descriptor() >= 0)
            fds.push_back({packets.descriptor(), POLLIN, 0});
        if (haveNames && nameCapture.descriptor() >= 0)
            fds.push_back({nameCapture.descriptor(), POLLIN, 0});
        if (!output.empty())
            fds.push_back({STDOUT_FILENO, POLLOUT, 0});
        if (watchInput)
            fds.push_back({STDIN_FILENO, POLLIN, 0});
        // Wake for the first reset still waiting for its packet, and at
        // least every second for housekeeping; nothing else when idle.
        int timeoutMs = 1000;
        const std::uint64_t monoNs = clockNs(CLOCK_MONOTONIC);
        const std::uint64_t offsetNs = clockNs(CLOCK_REALTIME) - monoNs;
        if (const std::uint64_t deadlineUs = correlator.nextDeadlineUs()) {
            const std::int64_t waitMs = (std::int64_t(deadlineUs) - std::int64_t((monoNs + offsetNs) / 1000)) / 1000 + 1;
            timeoutMs = int(std::clamp<std::int64_t>(waitMs, 0, 1000));
        }
        if (endNs && monoNs >= endNs)
            break;
        const int ready = ::poll(fds.data(), fds.size(), timeoutMs);
        if (ready < 0 && errno != EINTR)
            break;
        if (watchInput && (fds.back().revents & (POLLHUP | POLLERR | POLLIN))) {
            char buffer[256];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n <= 0 && !(n < 0 && errno == EINTR))
                break;
        }
        readEverything();
        const std::uint64_t nowNs = clockNs(CLOCK_MONOTONIC);
        correlator.flush((nowNs + offsetNs) / 1000);
        if (!output.write())
            break; // the app is gone
        if (log)
            log->maintain(nowMs());
        if (nowNs - lastStatsNs >= statsIntervalNs) {
            lastStatsNs = nowNs;
            if (statsDue())
                sendStats();
        }
    }
    // What the kernel and the capture still hold: the app stops us right
    // after its last connection was reset, and that reset is in there.
    readEverything();
    correlator.flush(0, true);
    sendStats();
    if (log) {
        log->close();
        return 0;
    }
    // The last lines, for at most two seconds: a reader that has stopped
    // reading does not keep us here.
    for (int i = 0; i < 20 && !output.empty(); ++i) {
        if (!output.write())
            break;
        pollfd out{STDOUT_FILENO, POLLOUT, 0};
        ::poll(&out, 1, 100);
    }
    return 0;
}
