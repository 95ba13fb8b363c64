#include "packetcapture.h"

#include <pcap/pcap.h>

// Every TCP packet, and IPv6 packets whose first header is an extension
// header (libpcap's "tcp" does not look past those).
const PacketCapture::Profile PacketCapture::Headers{256, "tcp or (ip6 and not ip6 proto 58 and not ip6 proto 17)", 8 * 1024 * 1024};

// libpcap's tcp[] reads IPv4 only: for IPv6 (without extension headers)
// the payload's offset is read from the fixed header. A payload load past
// the packet's end fails the filter, so empty segments never pass.
#define CDOC_P4 "((tcp[12] & 0xf0) >> 2)"
#define CDOC_P6 "(40 + ((ip6[52] & 0xf0) >> 2))"
#define CDOC_FIRST_BYTES(load, at)                                                                                      \
    "(" load "[" at "] = 0x16 and " load "[" at " + 1] = 3 and " load "[" at " + 5] = 1"                                \
    " or " load "[" at ":4] = 0x47455420 or " load "[" at ":4] = 0x48454144 or " load "[" at ":4] = 0x504f5354"         \
    " or " load "[" at ":4] = 0x50555420 or " load "[" at ":4] = 0x44454c45 or " load "[" at ":4] = 0x4f505449"         \
    " or " load "[" at ":4] = 0x50415443)"
const PacketCapture::Profile PacketCapture::FirstPayloads{
    4096,
    "(udp src port 53)"
    " or (ip and tcp and " CDOC_FIRST_BYTES("tcp", CDOC_P4) ")"
    " or (ip6 and ip6[6] = 6 and " CDOC_FIRST_BYTES("ip6", CDOC_P6) ")",
    2 * 1024 * 1024};
#undef CDOC_FIRST_BYTES
#undef CDOC_P6
#undef CDOC_P4

PacketCapture::~PacketCapture()
{
    if (m_pcap)
        pcap_close(m_pcap);
}

bool PacketCapture::open(const std::string &device, const Profile &profile, std::string *whyNot)
{
    char error[PCAP_ERRBUF_SIZE] = {};
    m_pcap = pcap_create(device.c_str(), error);
    if (!m_pcap) {
        *whyNot = std::string("cannot open packet capture: ") + error;
        return false;
    }
    pcap_set_snaplen(m_pcap, profile.snapLength);
    pcap_set_immediate_mode(m_pcap, 1);
    pcap_set_buffer_size(m_pcap, profile.bufferBytes);
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
    // Without its filter a capture would keep far more than it should
    // (payloads of every packet): then none at all.
    bpf_program program;
    bool filtered = pcap_compile(m_pcap, &program, profile.filter, 1, PCAP_NETMASK_UNKNOWN) == 0;
    if (filtered) {
        filtered = pcap_setfilter(m_pcap, &program) == 0;
        pcap_freecode(&program);
    }
    if (!filtered) {
        *whyNot = std::string("cannot set the capture's filter: ") + pcap_geterr(m_pcap);
        pcap_close(m_pcap);
        m_pcap = nullptr;
        return false;
    }
    pcap_setnonblock(m_pcap, 1, error);
    m_linkType = pcap_datalink(m_pcap);
    m_fd = pcap_get_selectable_fd(m_pcap);
    return true;
}

void PacketCapture::drainFrames(const std::function<void(const std::uint8_t *, std::size_t, std::uint64_t)> &frame)
{
    if (!m_pcap)
        return;
    // Bounded per call so the kernel events are never starved by a flood.
    for (int i = 0; i < 10000; ++i) {
        pcap_pkthdr *header = nullptr;
        const u_char *data = nullptr;
        if (pcap_next_ex(m_pcap, &header, &data) != 1)
            break;
        const std::uint64_t atUs = std::uint64_t(header->ts.tv_sec) * 1000000u + std::uint64_t(header->ts.tv_usec);
        frame(data, header->caplen, atUs);
    }
}

void PacketCapture::drain(const std::function<void(const TcpPacket &, std::uint64_t)> &sink)
{
    drainFrames([&](const std::uint8_t *data, std::size_t length, std::uint64_t atUs) {
        TcpPacket packet;
        if (PacketParser::parse(m_linkType, data, length, &packet))
            sink(packet, atUs);
    });
}

void PacketCapture::drainPayloads(const std::function<void(const AppPayload &, std::uint64_t)> &sink)
{
    drainFrames([&](const std::uint8_t *data, std::size_t length, std::uint64_t atUs) {
        AppPayload payload;
        if (PacketParser::parsePayload(m_linkType, data, length, &payload))
            sink(payload, atUs);
    });
}

std::uint64_t PacketCapture::dropped() const
{
    pcap_stat stats{};
    if (!m_pcap || pcap_stats(m_pcap, &stats) != 0)
        return 0;
    return std::uint64_t(stats.ps_drop) + std::uint64_t(stats.ps_ifdrop);
}
