#include "resolvconf.h"

#include <QtNetwork/QHostAddress>

ResolvConf ResolvConf::parse(const QByteArray &text)
{
    ResolvConf conf;
    for (const QByteArray &raw : text.split('\n')) {
        const qsizetype comment = raw.indexOf('#');
        const QByteArray line = (comment < 0 ? raw : raw.left(comment)).simplified();
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 2)
            continue;
        if (f.at(0) == "nameserver") {
            const QString server = QString::fromLatin1(f.at(1));
            if (!QHostAddress(server).isNull())
                conf.nameservers << server;
        } else if (f.at(0) == "search" || f.at(0) == "domain") {
            for (qsizetype i = 1; i < f.size(); ++i)
                conf.searchDomains << QString::fromLatin1(f.at(i));
        }
    }
    return conf;
}

bool ResolvConf::usesLocalStub() const
{
    for (const QString &server : nameservers) {
        if (QHostAddress(server).isLoopback())
            return true;
    }
    return false;
}
