#ifndef CDOC_PROXYENVIRONMENT_H
#define CDOC_PROXYENVIRONMENT_H

#include "probe/target.h"

#include <QtCore/QProcessEnvironment>
#include <QtCore/QString>
#include <QtNetwork/QNetworkProxy>

#include <optional>

// The proxy that command-line tools and most runtimes would use for a
// target, from the environment: http_proxy, https_proxy, all_proxy and
// no_proxy, in lower or upper case (lower wins, as curl does).
class ProxyEnvironment
{
public:
    explicit ProxyEnvironment(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    struct Choice
    {
        QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        QString variable;  // which variable chose it, e.g. "https_proxy"
        QString value;     // its text (credentials removed)
        bool bypassed = false; // no_proxy matched the target
        QString error;     // the variable did not parse
    };

    Choice proxyFor(const Target &target) const;
    // Every proxy variable that is set, credentials removed, for the details.
    QStringList describe() const;

    // "http://user:pass@host:3128", "socks5h://host:1080", "host:3128".
    static std::optional<QNetworkProxy> parseProxyUrl(const QString &text);
    // curl's no_proxy rules: "*", host names matching as a suffix on a dot
    // boundary (a leading dot optional), IP addresses, CIDR ranges.
    static bool matchesNoProxy(const QString &noProxy, const QString &host);
    static QString withoutCredentials(const QString &proxyUrl);

private:
    QString variable(const QString &lowerName, QString *usedName) const;
    QProcessEnvironment m_environment;
};

#endif // CDOC_PROXYENVIRONMENT_H
