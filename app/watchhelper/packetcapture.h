#ifndef CDOC_PACKETCAPTURE_H
#define CDOC_PACKETCAPTURE_H

#include "packetparser.h"

#include <cstdint>
#include <functional>
#include <string>

typedef struct pcap pcap_t;

// Captures the headers of TCP packets on every interface of this network
// namespace (libpcap's "any" device), in immediate mode so a reset's packet
// is at hand as soon as the kernel reports the reset. Needs CAP_NET_RAW.
class PacketCapture
{
public:
    PacketCapture() = default;
    ~PacketCapture();
    PacketCapture(const PacketCapture &) = delete;
    PacketCapture &operator=(const PacketCapture &) = delete;

    bool open(const std::string &device, std::string *whyNot);
    int descriptor() const { return m_fd; }
    // Reads what is waiting; `sink` gets each TCP packet with its capture
    // time in microseconds since the epoch.
    void drain(const std::function<void(const TcpPacket &, std::uint64_t)> &sink);
    // Packets the kernel dropped because we were too slow.
    std::uint64_t dropped() const;

private:
    pcap_t *m_pcap = nullptr;
    int m_fd = -1;
    int m_linkType = 0;
};

#endif // CDOC_PACKETCAPTURE_H
