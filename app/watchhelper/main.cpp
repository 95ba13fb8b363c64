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

#include "flowtable.h"
#include "jsonline.h"
#include "packetcapture.h"
#include "resetcorrelator.h"
#include "sockettable.h"
#include "tracepointreader.h"

#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
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

bool writeLine(const std::string &line)
{
    std::string out = line + "\n";
    const char *p = out.data();
    std::size_t left = out.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, p, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        left -= std::size_t(n);
    }
    return true;
}

void usage()
{
    std::fprintf(stderr,
                 "usage: cdoc-reset-helper [--check] [--duration SECONDS] [--interface NAME]\n"
                 "                         [--no-capture] [--no-kernel-events]\n"
                 "Writes every TCP reset on this computer as JSON lines; stops when its input\n"
                 "(a pipe from the app) closes, after --duration, or on SIGTERM.\n");
}

} // namespace

int main(int argc, char **argv)
{
    bool checkOnly = false, capture = true, kernel = true;
    double durationSeconds = 0;
    std::string device = "any";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--check") {
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
        } else if (a == "--interface" && i + 1 < argc) {
            device = argv[++i];
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

    TracepointReader tracepoints;
    PacketCapture packets;
    std::string kernelWhyNot = kernel ? "" : "turned off (--no-kernel-events)";
    std::string captureWhyNot = capture ? "" : "turned off (--no-capture)";
    const bool haveKernel = kernel && tracepoints.open(&kernelWhyNot);
    const bool haveCapture = capture && packets.open(device, &captureWhyNot);

    JsonLine hello;
    hello.add("type", "hello").add("version", 1).add("kernel_events", haveKernel).add("kernel_why_not", kernelWhyNot);
    hello.add("packet_capture", haveCapture).add("capture_why_not", captureWhyNot);
    hello.add("pid", std::int64_t(getpid()));
    if (!writeLine(hello.text()) || checkOnly || (!haveKernel && !haveCapture))
        return 0;

    SocketTable sockets;
    FlowTable flows;
    if (haveKernel)
        sockets.loadSnapshot();
    ResetCorrelator correlator(sockets, flows, haveCapture, [](const std::string &line) {
        if (!writeLine(line))
            stopRequested = 1; // the app is gone
    });

    // Watch our input only when it is a pipe or socket from the app: its
    // end means the app has gone (and a pkexec'd helper cannot be killed
    // by the user's app, but it can always close the pipe).
    struct stat in;
    const bool watchInput = fstat(STDIN_FILENO, &in) == 0 && (S_ISFIFO(in.st_mode) || S_ISSOCK(in.st_mode));

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

    auto sendStats = [&]() {
        const std::uint64_t lost = tracepoints.lost();
        const std::uint64_t dropped = haveCapture ? packets.dropped() : 0;
        JsonLine stats;
        stats.add("type", "stats").add("kernel_lost", lost).add("packets_dropped", dropped);
        stats.add("resets", correlator.written()).add("other_namespaces", correlator.foreign());
        stats.add("sockets", std::uint64_t(sockets.size()));
        stats.add("flows", std::uint64_t(flows.size()));
        reportedLost = lost;
        reportedDropped = dropped;
        if (!writeLine(stats.text()))
            stopRequested = 1;
    };

    while (!stopRequested) {
        fds.clear();
        for (int fd : tracepoints.descriptors())
            fds.push_back({fd, POLLIN, 0});
        if (haveCapture && packets.descriptor() >= 0)
            fds.push_back({packets.descriptor(), POLLIN, 0});
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
        if (nowNs - lastStatsNs >= 5000000000ull) {
            lastStatsNs = nowNs;
            if (tracepoints.lost() != reportedLost || (haveCapture && packets.dropped() != reportedDropped))
                sendStats();
        }
    }
    // What the kernel and the capture still hold: the app stops us right
    // after its last connection was reset, and that reset is in there.
    readEverything();
    correlator.flush(0, true);
    sendStats();
    return 0;
}
