#ifndef CDOC_NAMECAPTURE_H
#define CDOC_NAMECAPTURE_H

#include "localaddresses.h"
#include "nametable.h"
#include "packetcapture.h"

#include <cstdint>
#include <string>

// The capture that teaches the NameTable: a second libpcap handle that the
// kernel's filter gives only first payloads and DNS answers
// (PacketCapture::FirstPayloads), so the headers capture stays small. DNS
// answers count only when this computer was their destination (a router
// forwarding others' answers learns nothing from them).
class NameCapture
{
public:
    explicit NameCapture(NameTable &names)
        : m_names(names)
    {
    }
    bool open(const std::string &device, std::string *whyNot) { return m_capture.open(device, PacketCapture::FirstPayloads, whyNot); }
    int descriptor() const { return m_capture.descriptor(); }
    void drain();
    std::uint64_t dropped() const { return m_capture.dropped(); }

private:
    NameTable &m_names;
    PacketCapture m_capture;
    LocalAddresses m_localAddresses;
};

#endif // CDOC_NAMECAPTURE_H
