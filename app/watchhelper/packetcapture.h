#ifndef CDOC_PACKETCAPTURE_H
#define CDOC_PACKETCAPTURE_H

#include "packetparser.h"

#include <cstdint>
#include <functional>
#include <string>

typedef struct pcap pcap_t;

// Captures packets on every interface of this network namespace (libpcap's
// "any" device), in immediate mode so a reset's packet is at hand as soon
// as the kernel reports the reset. Needs CAP_NET_RAW. What it keeps of
// which packets is a Profile: the headers of every TCP packet (Headers),
// or the few packets that carry names (FirstPayloads).
class PacketCapture
{
public:
    struct Profile
    {
        int snapLength;
        const char *filter;
        int bufferBytes;
    };
    // Headers only: Ethernet or cooked (20) + VLAN (8) + IPv6 with extension
    // headers (up to 100) + TCP with options (60), and a little of any text
    // a device puts inside its RST.
    static const Profile Headers;
    // Segments whose payload starts like a TLS ClientHello or an HTTP
    // request, and UDP from port 53 (DNS answers): the kernel's filter
    // picks these few, so the rest of a connection's data is never copied
    // out of the kernel. 4 KiB: a ClientHello's first segment, a DNS
    // answer with EDNS.
    static const Profile FirstPayloads;

    PacketCapture() = default;
    ~PacketCapture();
    PacketCapture(const PacketCapture &) = delete;
    PacketCapture &operator=(const PacketCapture &) = delete;

    bool open(const std::string &device, const Profile &profile, std::string *whyNot);
    int descriptor() const { return m_fd; }
    // Reads what is waiting; `sink` gets each TCP packet with its capture
    // time in microseconds since the epoch.
    void drain(const std::function<void(const TcpPacket &, std::uint64_t)> &sink);
    // The same for payloads (FirstPayloads); `payload.data` is valid only
    // inside the sink.
    void drainPayloads(const std::function<void(const AppPayload &, std::uint64_t)> &sink);
    // Packets the kernel dropped because we were too slow.
    std::uint64_t dropped() const;

private:
    // Hands each captured frame, with its time, to `frame`.
    void drainFrames(const std::function<void(const std::uint8_t *, std::size_t, std::uint64_t)> &frame);

    pcap_t *m_pcap = nullptr;
    int m_fd = -1;
    int m_linkType = 0;
};

#endif // CDOC_PACKETCAPTURE_H
