#include "packetcapture.h"

#include <pcap/pcap.h>

namespace {
// Headers only: Ethernet or cooked (20) + VLAN (8) + IPv6 with extension
// headers (up to 100) + TCP with options (60), and a little of any text a
// device puts inside its RST.
constexpr int SnapLength = 256;
// Every TCP packet, and IPv6 packets whose first header is an extension
// header (libpcap's "tcp" does not look past those).
constexpr const char *Filter = "tcp or (ip6 and not ip6 proto 58 and not ip6 proto 17)";
} // namespace

PacketCapture::~PacketCapture()
{
    if (m_pcap)
        pcap_close(m_pcap);
}

bool PacketCapture::open(const std::string &device, std::string *whyNot)
{
    char error[PCAP_ERRBUF_SIZE] = {};
    m_pcap = pcap_create(device.c_str(), error);
    if (!m_pcap) {
        *whyNot = std::string("cannot open packet capture: ") + error;
        return false;
    }
    pcap_set_snaplen(m_pcap, SnapLength);
    pcap_set_immediate_mode(m_pcap, 1);
    pcap_set_buffer_size(m_pcap, 8 * 1024 * 1024);
    pcap_set_timeout(m_pcap, 50);
    const int status = pcap_activate(m_pcap);
    if (status < 0) {
        if (status == PCAP_ERROR_PERM_DENIED)
            *whyNot = "capturing packets needs CAP_NET_RAW, which this helper does not have";
        else
            *whyNot = std::string("cannot start packet capture: ") + pcap_geterr(m_pcap);
        pcap_close(m_pcap);
        m_pcap = nullptr;
        return false;
    }
    bpf_program program;
    if (pcap_compile(m_pcap, &program, Filter, 1, PCAP_NETMASK_UNKNOWN) == 0) {
        pcap_setfilter(m_pcap, &program);
        pcap_freecode(&program);
    }
    pcap_setnonblock(m_pcap, 1, error);
    m_linkType = pcap_datalink(m_pcap);
    m_fd = pcap_get_selectable_fd(m_pcap);
    return true;
}

void PacketCapture::drain(const std::function<void(const TcpPacket &, std::uint64_t)> &sink)
{
    if (!m_pcap)
        return;
    // Bounded per call so the kernel events are never starved by a flood.
    for (int i = 0; i < 10000; ++i) {
        pcap_pkthdr *header = nullptr;
        const u_char *data = nullptr;
        const int result = pcap_next_ex(m_pcap, &header, &data);
        if (result != 1)
            break;
        TcpPacket packet;
        if (!PacketParser::parse(m_linkType, data, header->caplen, &packet))
            continue;
        const std::uint64_t atUs = std::uint64_t(header->ts.tv_sec) * 1000000u + std::uint64_t(header->ts.tv_usec);
        sink(packet, atUs);
    }
}

std::uint64_t PacketCapture::dropped() const
{
    pcap_stat stats{};
    if (!m_pcap || pcap_stats(m_pcap, &stats) != 0)
        return 0;
    return std::uint64_t(stats.ps_drop) + std::uint64_t(stats.ps_ifdrop);
}
