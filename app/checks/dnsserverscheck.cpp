#include "dnsserverscheck.h"

#include "resolvconf.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>

#if defined(Q_OS_WIN)
#  include <QtNetwork/QHostAddress>
#  include <winsock2.h>
#  include <ws2tcpip.h>
#  include <iphlpapi.h>
#endif

void DnsServersCheck::run()
{
#if defined(Q_OS_UNIX)
    // macOS generates /etc/resolv.conf from its own configuration too.
    QFile file(context().files.resolvConf);
    if (!file.open(QIODevice::ReadOnly)) {
        finish(result(Vocabulary::CheckStatus::Warn,
                      tr("The list of name servers (DNS) could not be read."),
                      {QStringLiteral("%1: %2").arg(file.fileName(), file.errorString())}));
        return;
    }
    const ResolvConf conf = ResolvConf::parse(file.read(64 * 1024));
    QStringList details;
    for (const QString &server : conf.nameservers)
        details << QStringLiteral("nameserver %1").arg(server);
    if (!conf.searchDomains.isEmpty())
        details << QStringLiteral("search %1").arg(conf.searchDomains.join(QLatin1Char(' ')));
    if (conf.usesLocalStub())
        details << QStringLiteral("a local resolver (such as systemd-resolved) forwards to the real servers");
    finishWith(conf.nameservers, details);
#elif defined(Q_OS_WIN)
    // Windows keeps the DNS servers per adapter: those of the adapters that
    // are up, in the order Windows lists them.
    ULONG size = 16 * 1024;
    QByteArray buffer;
    ULONG status = ERROR_BUFFER_OVERFLOW;
    for (int attempt = 0; attempt < 3 && status == ERROR_BUFFER_OVERFLOW; ++attempt) {
        buffer.resize(qsizetype(size));
        status = GetAdaptersAddresses(AF_UNSPEC, GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST, nullptr,
                                      reinterpret_cast<PIP_ADAPTER_ADDRESSES>(buffer.data()), &size);
    }
    if (status != NO_ERROR) {
        finish(result(Vocabulary::CheckStatus::Warn, tr("The list of name servers (DNS) could not be read."),
                      {QStringLiteral("GetAdaptersAddresses failed: %1").arg(status)}));
        return;
    }
    QStringList nameservers, details;
    for (auto *a = reinterpret_cast<PIP_ADAPTER_ADDRESSES>(buffer.data()); a; a = a->Next) {
        if (a->OperStatus != IfOperStatusUp || a->IfType == IF_TYPE_SOFTWARE_LOOPBACK)
            continue;
        QStringList servers;
        for (auto *d = a->FirstDnsServerAddress; d; d = d->Next) {
            const QHostAddress address(d->Address.lpSockaddr);
            if (!address.isNull() && !nameservers.contains(address.toString())) {
                nameservers << address.toString();
                servers << address.toString();
            }
        }
        const QString name = QString::fromWCharArray(a->FriendlyName);
        const QString suffix = QString::fromWCharArray(a->DnsSuffix);
        details << QStringLiteral("%1: %2%3").arg(name, servers.isEmpty() ? QStringLiteral("no DNS server") : servers.join(QLatin1String(", ")),
                                                  suffix.isEmpty() ? QString() : QStringLiteral(" (suffix %1)").arg(suffix));
    }
    finishWith(nameservers, details);
#else
    finish(result(Vocabulary::CheckStatus::Skip,
                  tr("The list of name servers is not read on this system; the next step tests name lookups directly.")));
#endif
}

void DnsServersCheck::finishWith(const QStringList &nameservers, const QStringList &details)
{
    CheckResult r = nameservers.isEmpty()
        ? result(Vocabulary::CheckStatus::Fail,
                 tr("No name server (DNS) is set, so web addresses cannot be looked up."), details)
        : result(Vocabulary::CheckStatus::Pass,
                 tr("Web addresses are looked up by %1.").arg(nameservers.join(QLatin1String(", "))), details);
    r.data.insert(QStringLiteral("nameservers"), QJsonArray::fromStringList(nameservers));
    finish(r);
}
