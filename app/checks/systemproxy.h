#ifndef CDOC_SYSTEMPROXY_H
#define CDOC_SYSTEMPROXY_H

#include "checkcontext.h"

#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtNetwork/QNetworkProxy>

// Decides which proxy a program on this computer would use for a target,
// and where that setting comes from: the user's explicit choice, the
// environment (http_proxy and friends), the desktop's or the system's
// settings (QNetworkProxyFactory::systemProxyForQuery), and any PAC
// (automatic configuration) URL the desktop names.
class SystemProxy
{
public:
    struct Choice
    {
        QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        QString source;     // "--proxy", "https_proxy", "system settings"
        QString problem;    // a setting that does not parse
        bool bypassed = false; // no_proxy exempts the target
        QStringList details;
        QString pacUrl;     // automatic configuration script, if named

        bool usesProxy() const { return proxy.type() != QNetworkProxy::NoProxy; }
    };

    static Choice forTarget(const CheckContext &context, const Target &target);
    static QString describe(const QNetworkProxy &proxy);

private:
    static QString desktopPacUrl(QStringList *details);
};

#endif // CDOC_SYSTEMPROXY_H
