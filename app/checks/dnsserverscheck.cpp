#include "dnsserverscheck.h"

#include "resolvconf.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>

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
    CheckResult r = conf.nameservers.isEmpty()
        ? result(Vocabulary::CheckStatus::Fail,
                 tr("No name server (DNS) is set, so web addresses cannot be looked up."), details)
        : result(Vocabulary::CheckStatus::Pass,
                 tr("Web addresses are looked up by %1.").arg(conf.nameservers.join(QLatin1String(", "))), details);
    r.data.insert(QStringLiteral("nameservers"), QJsonArray::fromStringList(conf.nameservers));
    finish(r);
#else
    // Windows keeps DNS servers per adapter (GetAdaptersAddresses); until
    // that is read, the resolution check covers whether DNS works at all.
    finish(result(Vocabulary::CheckStatus::Skip,
                  tr("The list of name servers is not read on this system; the next step tests name lookups directly.")));
#endif
}
