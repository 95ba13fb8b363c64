#include "proxyenvironment.h"

#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

ProxyEnvironment::ProxyEnvironment(const QProcessEnvironment &environment)
    : m_environment(environment)
{
}

QString ProxyEnvironment::variable(const QString &lowerName, QString *usedName) const
{
    for (const QString &name : {lowerName, lowerName.toUpper()}) {
        const QString value = m_environment.value(name).trimmed();
        if (!value.isEmpty()) {
            // Windows has one variable whatever its case: name it as the
            // environment spells it, not as it was asked for.
            *usedName = name;
            for (const QString &key : m_environment.keys()) {
                if (key.compare(name, Qt::CaseInsensitive) == 0 && m_environment.value(key).trimmed() == value) {
                    *usedName = key;
                    if (key == name)
                        break;
                }
            }
            return value;
        }
    }
    return {};
}

ProxyEnvironment::Choice ProxyEnvironment::proxyFor(const Target &target) const
{
    Choice choice;
    QString name;
    QString noProxyName;
    const QString noProxy = variable(QStringLiteral("no_proxy"), &noProxyName);
    const QString value = target.usesTls() ? variable(QStringLiteral("https_proxy"), &name)
                                           : variable(QStringLiteral("http_proxy"), &name);
    QString chosen = value;
    if (chosen.isEmpty())
        chosen = variable(QStringLiteral("all_proxy"), &name);
    if (chosen.isEmpty())
        return choice;
    choice.variable = name;
    choice.value = withoutCredentials(chosen);
    if (matchesNoProxy(noProxy, target.host())) {
        choice.bypassed = true;
        return choice;
    }
    const std::optional<QNetworkProxy> proxy = parseProxyUrl(chosen);
    if (!proxy) {
        choice.error = QStringLiteral("%1 is not a proxy address: %2").arg(name, choice.value);
        return choice;
    }
    choice.proxy = *proxy;
    return choice;
}

QStringList ProxyEnvironment::describe() const
{
    QStringList lines;
    for (const char *n : {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}) {
        QString used;
        const QString value = variable(QLatin1String(n), &used);
        if (!value.isEmpty())
            lines << QStringLiteral("%1=%2").arg(used, withoutCredentials(value));
    }
    return lines;
}

std::optional<QNetworkProxy> ProxyEnvironment::parseProxyUrl(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("http://"));
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type;
    int defaultPort;
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        type = QNetworkProxy::HttpProxy;
        defaultPort = 1080; // curl's default when a proxy URL names no port
    } else if (scheme.startsWith(QLatin1String("socks5")) || scheme == QLatin1String("socks")) {
        type = QNetworkProxy::Socks5Proxy;
        defaultPort = 1080;
    } else {
        return std::nullopt;
    }
    QNetworkProxy proxy(type, url.host(), quint16(url.port(defaultPort)), url.userName(), url.password());
    return proxy;
}

bool ProxyEnvironment::matchesNoProxy(const QString &noProxy, const QString &host)
{
    const QString h = host.toLower();
    const QHostAddress address(h);
    for (QString entry : noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*"))
            return true;
        if (!address.isNull()) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            if (subnet.first.isNull() ? QHostAddress(entry) == address : address.isInSubnet(subnet))
                return true;
            continue;
        }
        // "host:port" entries: the port part does not matter for the host.
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && !entry.contains(QLatin1Char(']')))
            entry.truncate(colon);
        if (entry.startsWith(QLatin1Char('.')))
            entry.remove(0, 1);
        if (h == entry || h.endsWith(QLatin1Char('.') + entry))
            return true;
    }
    return false;
}

QString ProxyEnvironment::withoutCredentials(const QString &proxyUrl)
{
    QString t = proxyUrl.trimmed();
    const bool hadScheme = t.contains(QLatin1String("://"));
    QUrl url(hadScheme ? t : QStringLiteral("http://") + t);
    if (!url.isValid())
        return QStringLiteral("(unreadable)");
    if (!url.userInfo().isEmpty())
        url.setUserInfo(QStringLiteral("***"));
    QString result = url.toString();
    if (!hadScheme)
        result.remove(0, 7);
    return result;
}
