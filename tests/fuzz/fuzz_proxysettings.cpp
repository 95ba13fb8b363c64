// libFuzzer target: proxy settings from the environment (http_proxy,
// https_proxy, no_proxy as users and scripts write them). The input is
// split at its first newline: a proxy URL, then a no_proxy list.

#include "checks/proxyenvironment.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = FuzzInput::text(data, size);
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QString url = newline < 0 ? text : text.left(newline);
    const QString noProxy = newline < 0 ? QString() : text.mid(newline + 1);
    (void)ProxyEnvironment::parseProxyUrl(url);
    (void)ProxyEnvironment::withoutCredentials(url);
    (void)ProxyEnvironment::matchesNoProxy(noProxy, QStringLiteral("service.example.net"));
    (void)ProxyEnvironment::matchesNoProxy(noProxy, QStringLiteral("10.1.2.3"));
    return 0;
}
