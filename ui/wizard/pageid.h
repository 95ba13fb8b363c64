#ifndef CDOC_PAGEID_H
#define CDOC_PAGEID_H

// The wizard's pages in order; the numbers are the "Step N of M" a
// helpdesk reads out on the phone, so they stay stable.
namespace PageId {
enum : int {
    Welcome = 1,
    Connectivity,
    Firewall,
    Vpn,
    Proxy,
    DeeperTests,
    Monitor,
    Results,
    Count = Results,
};
} // namespace PageId

#endif // CDOC_PAGEID_H
