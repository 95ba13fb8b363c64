#ifndef CDOC_TRACEPOINTREADER_H
#define CDOC_TRACEPOINTREADER_H

#include "kernelevent.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

// Reads the kernel's TCP tracepoints (sock:inet_sock_set_state,
// tcp:tcp_receive_reset, tcp:tcp_send_reset) through perf_event_open: one
// ring buffer per CPU, records decoded with the format files of the running
// kernel. Needs CAP_PERFMON (or root) and read access to tracefs. Lost
// records (a full ring buffer) are counted, never hidden.
class TracepointReader
{
public:
    TracepointReader();
    ~TracepointReader();
    TracepointReader(const TracepointReader &) = delete;
    TracepointReader &operator=(const TracepointReader &) = delete;

    // False with a sentence for the user when the kernel or the
    // permissions do not allow it.
    bool open(std::string *whyNot);
    void close();

    // One descriptor per CPU, to poll() for input.
    const std::vector<int> &descriptors() const { return m_pollFds; }
    // Reads every buffer and hands the decoded records, oldest first
    // within each CPU, to `sink`.
    void drain(const std::function<void(const KernelEvent &)> &sink);
    std::uint64_t lost() const { return m_lost; }

    // Where tracefs is mounted ("" when it is not).
    static std::string tracefsRoot();

private:
    struct Buffer;
    bool openEvent(int tracepointId, int cpu, int groupFd, int *fd, std::string *whyNot);
    void drainBuffer(Buffer &buffer, const std::function<void(const KernelEvent &)> &sink);

    std::unique_ptr<KernelEventDecoder> m_decoder;
    std::vector<std::unique_ptr<Buffer>> m_buffers;
    std::vector<int> m_pollFds;
    std::vector<int> m_allFds;
    std::vector<std::uint8_t> m_scratch;
    std::uint64_t m_lost = 0;
};

#endif // CDOC_TRACEPOINTREADER_H
