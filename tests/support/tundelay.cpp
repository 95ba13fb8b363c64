// cdoc_tundelay NS_A IF_A NS_B IF_B DELAY_MS
//
// A wire with a delay between two network namespaces, for tests that need a
// round trip long enough to tell near from far (netem is not available on
// every kernel). It creates a tun device in each namespace and carries every
// IP packet from one to the other after DELAY_MS. Prints "ready" once both
// devices exist; ends when its standard input closes, or after ten minutes.
// Linux only, needs root.

#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <poll.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Packet
{
    Clock::time_point due;
    int to;
    std::vector<char> bytes;
};

int openTunIn(const std::string &ns, const std::string &name)
{
    const int nsfd = ::open(("/var/run/netns/" + ns).c_str(), O_RDONLY | O_CLOEXEC);
    if (nsfd < 0 || ::setns(nsfd, CLONE_NEWNET) != 0) {
        std::perror(("namespace " + ns).c_str());
        return -1;
    }
    ::close(nsfd);
    // The device belongs to the namespace the descriptor was opened in,
    // whatever namespace this process moves to next.
    const int fd = ::open("/dev/net/tun", O_RDWR | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        std::perror("/dev/net/tun");
        return -1;
    }
    ifreq ifr{};
    ifr.ifr_flags = IFF_TUN | IFF_NO_PI;
    std::strncpy(ifr.ifr_name, name.c_str(), IFNAMSIZ - 1);
    if (::ioctl(fd, TUNSETIFF, &ifr) != 0) {
        std::perror("TUNSETIFF");
        return -1;
    }
    return fd;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 6) {
        std::fprintf(stderr, "usage: %s NS_A IF_A NS_B IF_B DELAY_MS\n", argv[0]);
        return 2;
    }
    const int a = openTunIn(argv[1], argv[2]);
    const int b = openTunIn(argv[3], argv[4]);
    if (a < 0 || b < 0)
        return 1;
    const auto delay = std::chrono::milliseconds(std::atoi(argv[5]));
    std::printf("ready\n");
    std::fflush(stdout);

    std::deque<Packet> queue; // in order of arrival, so in order of due time
    const Clock::time_point end = Clock::now() + std::chrono::minutes(10);
    std::vector<char> buffer(65536);
    while (Clock::now() < end) {
        int timeoutMs = 100;
        if (!queue.empty()) {
            const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(queue.front().due - Clock::now()).count();
            timeoutMs = wait < 0 ? 0 : int(wait) + 1;
        }
        pollfd fds[3] = {{a, POLLIN, 0}, {b, POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}};
        if (::poll(fds, 3, timeoutMs) < 0)
            continue;
        if (fds[2].revents & (POLLIN | POLLHUP | POLLERR)) {
            char c;
            if (::read(STDIN_FILENO, &c, 1) <= 0)
                break; // the test is gone
        }
        for (int i = 0; i < 2; ++i) {
            if (!(fds[i].revents & POLLIN))
                continue;
            const ssize_t n = ::read(fds[i].fd, buffer.data(), buffer.size());
            if (n > 0)
                queue.push_back({Clock::now() + delay, i == 0 ? b : a, std::vector<char>(buffer.begin(), buffer.begin() + n)});
        }
        while (!queue.empty() && queue.front().due <= Clock::now()) {
            const Packet &p = queue.front();
            [[maybe_unused]] const ssize_t n = ::write(p.to, p.bytes.data(), p.bytes.size());
            queue.pop_front();
        }
    }
    return 0;
}
