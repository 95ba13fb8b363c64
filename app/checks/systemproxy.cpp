#include "systemproxy.h"

#include "proxyenvironment.h"

#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkProxyFactory>

#if defined(Q_OS_WIN)
#  include <windows.h>
#  include <winhttp.h>
#endif

QString SystemProxy::describe(const QNetworkProxy &proxy)
{
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
        return QStringLiteral("http://%1:%2").arg(proxy.hostName()).arg(proxy.port());
    case QNetworkProxy::Socks5Proxy:
        return QStringLiteral("socks5://%1:%2").arg(proxy.hostName()).arg(proxy.port());
    case QNetworkProxy::NoProxy:
        return QStringLiteral("none");
    default:
        return QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
    }
}

SystemProxy::Choice SystemProxy::forTarget(const CheckContext &context, const Target &target)
{
    Choice choice;
    const ProxyEnvironment environment;
    choice.details << environment.describe();
    choice.pacUrl = desktopPacUrl(&choice.details);

    if (context.proxy) {
        choice.proxy = *context.proxy;
        choice.source = QStringLiteral("--proxy");
        return choice;
    }
    const ProxyEnvironment::Choice fromEnvironment = environment.proxyFor(target);
    if (!fromEnvironment.error.isEmpty())
        choice.problem = fromEnvironment.error;
    if (fromEnvironment.bypassed) {
        choice.bypassed = true;
        choice.source = QStringLiteral("no_proxy");
        choice.details << QStringLiteral("no_proxy exempts %1").arg(target.host());
        return choice;
    }
    if (fromEnvironment.proxy.type() != QNetworkProxy::NoProxy) {
        choice.proxy = fromEnvironment.proxy;
        choice.source = fromEnvironment.variable;
        return choice;
    }
    // What Qt reads from the platform (Windows and macOS settings; on Linux
    // the same variables, so this adds nothing there).
    const QString scheme = target.usesTls() ? QStringLiteral("https") : QStringLiteral("http");
    const QUrl url(QStringLiteral("%1://%2/").arg(scheme, target.displayName()));
    const QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy &p : system) {
        if (p.type() == QNetworkProxy::HttpProxy || p.type() == QNetworkProxy::Socks5Proxy) {
            choice.proxy = p;
            choice.source = QStringLiteral("system settings");
            break;
        }
    }
    return choice;
}

QString SystemProxy::desktopPacUrl(QStringList *details)
{
#if defined(Q_OS_LINUX)
    // KDE keeps its proxy settings in kioslaverc; type 2 is "automatic".
    const QString kde = QStandardPaths::locate(QStandardPaths::GenericConfigLocation, QStringLiteral("kioslaverc"));
    if (!kde.isEmpty()) {
        QSettings settings(kde, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("Proxy Settings"));
        if (settings.value(QStringLiteral("ProxyType")).toInt() == 2) {
            const QString url = settings.value(QStringLiteral("Proxy Config Script")).toString();
            details->append(QStringLiteral("KDE: automatic proxy configuration %1").arg(url));
            return url;
        }
    }
    // GNOME: ask gsettings, briefly; a desktop without it has no such setting.
    const QString gsettings = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (!gsettings.isEmpty() && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        QProcess process;
        process.start(gsettings, {QStringLiteral("get"), QStringLiteral("org.gnome.system.proxy"), QStringLiteral("mode")});
        if (process.waitForFinished(1000) && process.readAllStandardOutput().contains("auto")) {
            process.start(gsettings, {QStringLiteral("get"), QStringLiteral("org.gnome.system.proxy"), QStringLiteral("autoconfig-url")});
            if (process.waitForFinished(1000)) {
                const QString url = QString::fromUtf8(process.readAllStandardOutput()).trimmed().remove(QLatin1Char('\''));
                details->append(QStringLiteral("GNOME: automatic proxy configuration %1").arg(url));
                return url;
            }
        }
        if (process.state() != QProcess::NotRunning)
            process.kill();
    }
#elif defined(Q_OS_WIN)
    // The user's Internet Options (WinINet's settings, as WinHTTP reads
    // them): a fixed proxy and its exceptions are what Qt's system proxy
    // already follows; the automatic configuration script and "detect
    // settings automatically" are said here.
    WINHTTP_CURRENT_USER_IE_PROXY_CONFIG config{};
    if (!WinHttpGetIEProxyConfigForCurrentUser(&config)) {
        details->append(QStringLiteral("Internet Options proxy settings could not be read (error %1)").arg(GetLastError()));
        return {};
    }
    const auto take = [](LPWSTR text) {
        const QString value = text ? QString::fromWCharArray(text) : QString();
        if (text)
            GlobalFree(text);
        return value;
    };
    const QString url = take(config.lpszAutoConfigUrl);
    const QString proxy = take(config.lpszProxy);
    const QString bypass = take(config.lpszProxyBypass);
    details->append(QStringLiteral("Internet Options: proxy %1%2, detect automatically %3, configuration script %4")
                        .arg(proxy.isEmpty() ? QStringLiteral("none") : proxy,
                             bypass.isEmpty() ? QString() : QStringLiteral(" (not for %1)").arg(bypass),
                             config.fAutoDetect ? QStringLiteral("on") : QStringLiteral("off"),
                             url.isEmpty() ? QStringLiteral("none") : url));
    return url;
#else
    Q_UNUSED(details);
#endif
    return {};
}
