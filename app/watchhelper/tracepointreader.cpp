#include "tracepointreader.h"

#include <linux/perf_event.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace {

// 64 pages per CPU (256 KiB with 4 KiB pages) hold about 2,000 records: a
// storm of thousands of resets a second is read well before it fills.
constexpr std::size_t DataPages = 64;

bool readFile(const std::string &path, std::string *text)
{
    std::ifstream in(path);
    if (!in)
        return false;
    std::ostringstream s;
    s << in.rdbuf();
    *text = s.str();
    return true;
}

std::vector<int> onlineCpus()
{
    // "0-3,5,7-8"
    std::vector<int> cpus;
    std::string text;
    if (readFile("/sys/devices/system/cpu/online", &text)) {
        std::istringstream in(text);
        std::string range;
        while (std::getline(in, range, ',')) {
            int first = -1, last = -1;
            if (std::sscanf(range.c_str(), "%d-%d", &first, &last) == 2) {
                for (int c = first; c <= last && c < 4096; ++c)
                    cpus.push_back(c);
            } else if (std::sscanf(range.c_str(), "%d", &first) == 1 && first >= 0 && first < 4096) {
                cpus.push_back(first);
            }
        }
    }
    if (cpus.empty()) {
        const long n = sysconf(_SC_NPROCESSORS_ONLN);
        for (long c = 0; c < n; ++c)
            cpus.push_back(int(c));
    }
    return cpus;
}

std::string errnoText(int error) { return std::strerror(error); }

} // namespace

struct TracepointReader::Buffer
{
    int fd = -1;
    void *base = nullptr;
    std::size_t mappedSize = 0;
    std::size_t dataSize = 0;
    std::size_t pageSize = 0;
};

TracepointReader::TracepointReader() = default;

TracepointReader::~TracepointReader() { close(); }

std::string TracepointReader::tracefsRoot()
{
    for (const char *root : {"/sys/kernel/tracing", "/sys/kernel/debug/tracing"}) {
        struct stat st;
        if (::stat((std::string(root) + "/events").c_str(), &st) == 0 && S_ISDIR(st.st_mode))
            return root;
        // Mounted but closed to us (mode 0700): say so rather than "not
        // mounted" (open() then explains what is missing).
        if (errno == EACCES)
            return root;
    }
    return {};
}

bool TracepointReader::openEvent(int tracepointId, int cpu, int groupFd, int *fd, std::string *whyNot)
{
    perf_event_attr attr;
    std::memset(&attr, 0, sizeof attr);
    attr.size = sizeof attr;
    attr.type = PERF_TYPE_TRACEPOINT;
    attr.config = std::uint64_t(tracepointId);
    attr.sample_period = 1;
    attr.sample_type = PERF_SAMPLE_TID | PERF_SAMPLE_TIME | PERF_SAMPLE_RAW;
    attr.wakeup_events = 1;
    attr.use_clockid = 1;
    attr.clockid = CLOCK_MONOTONIC;
    attr.disabled = 1;
    // On each CPU's first event: the names of programs as they start, so a
    // short-lived program whose /proc entry is gone can still be named.
    attr.comm = groupFd < 0 ? 1 : 0;
    attr.comm_exec = groupFd < 0 ? 1 : 0;
    const long result = syscall(__NR_perf_event_open, &attr, -1, cpu, -1, PERF_FLAG_FD_CLOEXEC);
    if (result < 0) {
        const int error = errno;
        if (error == ENODEV || error == EINVAL)
            return true; // an offline CPU: nothing to read there
        if (whyNot) {
            if (error == EACCES || error == EPERM)
                *whyNot = "the kernel refused to share its TCP events (perf_event_open: " + errnoText(error)
                    + "); the helper needs CAP_PERFMON or root";
            else
                *whyNot = "perf_event_open failed: " + errnoText(error);
        }
        return false;
    }
    *fd = int(result);
    return true;
}

bool TracepointReader::open(std::string *whyNot)
{
    close();
    std::string root = tracefsRoot();
    if (root.empty()) {
        // Not mounted: common in a fresh mount namespace (ip netns exec
        // remounts /sys). Mounting needs CAP_SYS_ADMIN, which a helper
        // with file capabilities does not have; root (pkexec) does.
        if (::mount("nodev", "/sys/kernel/tracing", "tracefs", 0, nullptr) == 0)
            root = tracefsRoot();
    }
    if (root.empty()) {
        if (whyNot)
            *whyNot = "tracefs is not mounted (/sys/kernel/tracing), so the kernel's TCP events cannot be read";
        return false;
    }
    const char *paths[3] = {"/events/sock/inet_sock_set_state/format", "/events/tcp/tcp_receive_reset/format",
                            "/events/tcp/tcp_send_reset/format"};
    TracepointFormat formats[3];
    for (int i = 0; i < 3; ++i) {
        std::string text, error;
        if (!readFile(root + paths[i], &text)) {
            if (whyNot) {
                const bool closed = errno == EACCES || errno == EPERM;
                *whyNot = closed
                    ? "tracefs (" + root + ") is not readable for this user; the helper needs CAP_DAC_READ_SEARCH or root"
                    : "this kernel has no " + std::string(paths[i]).substr(8) + " tracepoint (Linux 4.16 or later has it)";
            }
            return false;
        }
        if (!formats[i].parse(text, &error)) {
            if (whyNot)
                *whyNot = "cannot read " + root + paths[i] + ": " + error;
            return false;
        }
    }
    m_decoder = std::make_unique<KernelEventDecoder>(formats[0], formats[1], formats[2]);

    const std::size_t pageSize = std::size_t(sysconf(_SC_PAGESIZE));
    for (int cpu : onlineCpus()) {
        int leader = -1;
        for (int i = 0; i < 3; ++i) {
            int fd = -1;
            if (!openEvent(formats[i].id(), cpu, leader, &fd, whyNot)) {
                close();
                return false;
            }
            if (fd < 0)
                break; // offline CPU
            m_allFds.push_back(fd);
            if (i == 0 && formats[i].field("protocol")) {
                // Only TCP; the filter runs in the kernel, so UDP-like
                // protocols on the same tracepoint cost nothing here.
                ioctl(fd, PERF_EVENT_IOC_SET_FILTER, "protocol == 6");
            }
            if (leader < 0) {
                auto buffer = std::make_unique<Buffer>();
                buffer->fd = fd;
                buffer->pageSize = pageSize;
                buffer->dataSize = DataPages * pageSize;
                buffer->mappedSize = (DataPages + 1) * pageSize;
                buffer->base = mmap(nullptr, buffer->mappedSize, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
                if (buffer->base == MAP_FAILED) {
                    if (whyNot)
                        *whyNot = "cannot map the kernel's event buffer: " + errnoText(errno);
                    buffer->base = nullptr;
                    close();
                    return false;
                }
                m_pollFds.push_back(fd);
                m_buffers.push_back(std::move(buffer));
                leader = fd;
            } else if (ioctl(fd, PERF_EVENT_IOC_SET_OUTPUT, leader) != 0) {
                if (whyNot)
                    *whyNot = "cannot share the kernel's event buffer: " + errnoText(errno);
                close();
                return false;
            }
        }
    }
    if (m_buffers.empty()) {
        if (whyNot)
            *whyNot = "no CPU accepted the TCP tracepoints";
        return false;
    }
    for (int fd : m_allFds)
        ioctl(fd, PERF_EVENT_IOC_ENABLE, 0);
    return true;
}

void TracepointReader::close()
{
    for (auto &buffer : m_buffers) {
        if (buffer->base)
            munmap(buffer->base, buffer->mappedSize);
    }
    m_buffers.clear();
    for (int fd : m_allFds)
        ::close(fd);
    m_allFds.clear();
    m_pollFds.clear();
}

void TracepointReader::drain(const std::function<void(const KernelEvent &)> &sink)
{
    for (auto &buffer : m_buffers)
        drainBuffer(*buffer, sink);
}

void TracepointReader::drainBuffer(Buffer &buffer, const std::function<void(const KernelEvent &)> &sink)
{
    auto *meta = static_cast<perf_event_mmap_page *>(buffer.base);
    const auto *data = static_cast<const std::uint8_t *>(buffer.base) + buffer.pageSize;
    const std::uint64_t head = __atomic_load_n(&meta->data_head, __ATOMIC_ACQUIRE);
    std::uint64_t tail = meta->data_tail;
    // Copies n bytes at a ring position, across the wrap.
    auto copy = [&](std::uint64_t position, std::size_t n, std::uint8_t *out) {
        const std::size_t start = std::size_t(position % buffer.dataSize);
        const std::size_t first = std::min(n, buffer.dataSize - start);
        std::memcpy(out, data + start, first);
        if (first < n)
            std::memcpy(out + first, data, n - first);
    };
    while (tail + sizeof(perf_event_header) <= head) {
        perf_event_header header;
        copy(tail, sizeof header, reinterpret_cast<std::uint8_t *>(&header));
        if (header.size < sizeof header || tail + header.size > head)
            break;
        m_scratch.resize(header.size);
        copy(tail, header.size, m_scratch.data());
        const std::uint8_t *body = m_scratch.data() + sizeof header;
        const std::size_t bodySize = header.size - sizeof header;
        if (header.type == PERF_RECORD_COMM && bodySize > 8) {
            // u32 pid, u32 tid, char comm[] (NUL-terminated, padded)
            KernelEvent event;
            event.kind = KernelEvent::Kind::ProgramName;
            std::memcpy(&event.pid, body, 4);
            const char *comm = reinterpret_cast<const char *>(body + 8);
            event.name.assign(comm, strnlen(comm, std::min<std::size_t>(bodySize - 8, 16)));
            std::uint32_t tid = 0;
            std::memcpy(&tid, body + 4, 4);
            if (tid == event.pid) // the process itself, not one of its threads
                sink(event);
        } else if (header.type == PERF_RECORD_LOST && bodySize >= 16) {
            std::uint64_t lost = 0;
            std::memcpy(&lost, body + 8, 8);
            m_lost += lost;
        } else if (header.type == PERF_RECORD_SAMPLE && bodySize >= 20) {
            // PERF_SAMPLE_TID | TIME | RAW: u32 pid, u32 tid, u64 time, u32 size, raw[size]
            std::uint32_t pid = 0, rawSize = 0;
            std::uint64_t time = 0;
            std::memcpy(&pid, body, 4);
            std::memcpy(&time, body + 8, 8);
            std::memcpy(&rawSize, body + 16, 4);
            if (rawSize <= bodySize - 20) {
                KernelEvent event;
                if (m_decoder->decode(body + 20, rawSize, time, pid, &event))
                    sink(event);
            }
        }
        tail += header.size;
    }
    __atomic_store_n(&meta->data_tail, tail, __ATOMIC_RELEASE);
}
