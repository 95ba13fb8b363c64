#include "namecapture.h"

#include "dnsanswer.h"

namespace {
constexpr int ProtoUdp = 17;
constexpr std::uint16_t DnsPort = 53;
} // namespace

void NameCapture::drain()
{
    m_capture.drainPayloads([this](const AppPayload &p, std::uint64_t atUs) {
        if (p.protocol != ProtoUdp) {
            m_names.addClientPayload(p);
            return;
        }
        DnsAnswer::Result answer;
        if (p.sourcePort == DnsPort && m_localAddresses.contains(p.family, p.destination, atUs)
            && DnsAnswer::parse(p.data, p.length, &answer))
            m_names.addDnsAnswer(answer, atUs);
    });
}
