#ifndef CDOC_RESOLVCONF_H
#define CDOC_RESOLVCONF_H

#include <QtCore/QByteArray>
#include <QtCore/QStringList>

// The DNS servers a Unix resolver uses, from resolv.conf text.
struct ResolvConf
{
    QStringList nameservers;
    QStringList searchDomains;

    static ResolvConf parse(const QByteArray &text);
    // 127.0.0.53 and friends: a local caching stub (systemd-resolved,
    // dnsmasq) that forwards to the real servers.
    bool usesLocalStub() const;
};

#endif // CDOC_RESOLVCONF_H
