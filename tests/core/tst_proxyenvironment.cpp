#include "checks/proxyenvironment.h"

#include <QtTest/QTest>

class tst_ProxyEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proxyFor_data();
    void proxyFor();
    void noProxy_data();
    void noProxy();
    void proxyUrls_data();
    void proxyUrls();
    void credentialsNeverShow();
};

void tst_ProxyEnvironment::proxyFor_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("bypassed");

    QTest::newRow("nothing set") << QStringList{} << "https://example.net" << "" << "" << false;
    QTest::newRow("https target uses https_proxy") << QStringList{"https_proxy=http://proxy.lan:3128", "http_proxy=http://other:80"} << "https://example.net" << "https_proxy" << "proxy.lan" << false;
    QTest::newRow("http target uses http_proxy") << QStringList{"https_proxy=http://proxy.lan:3128", "http_proxy=http://other:80"} << "http://example.net" << "http_proxy" << "other" << false;
    QTest::newRow("upper case works too") << QStringList{"HTTPS_PROXY=http://up.lan:8080"} << "https://example.net" << "HTTPS_PROXY" << "up.lan" << false;
    QTest::newRow("lower case wins") << QStringList{"HTTPS_PROXY=http://up.lan:8080", "https_proxy=http://low.lan:8080"} << "https://example.net" << "https_proxy" << "low.lan" << false;
    QTest::newRow("all_proxy as fallback") << QStringList{"all_proxy=socks5://sock.lan:1080"} << "example.net:22" << "all_proxy" << "sock.lan" << false;
    QTest::newRow("no_proxy exempts") << QStringList{"https_proxy=http://proxy.lan:3128", "no_proxy=.example.net,localhost"} << "https://api.example.net" << "https_proxy" << "" << true;
}

void tst_ProxyEnvironment::proxyFor()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, target);
    QProcessEnvironment env;
    for (const QString &v : variables)
        env.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
    if (env.keys().size() < variables.size())
        QSKIP("Two variables that differ only in case are one variable on this system (Windows)");
    const ProxyEnvironment::Choice choice = ProxyEnvironment(env).proxyFor(Target::parse(target).target);
    QTEST(choice.variable, "variable");
    QTEST(choice.proxy.hostName(), "host");
    QTEST(choice.bypassed, "bypassed");
}

void tst_ProxyEnvironment::noProxy_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");
    QTest::newRow("star") << "*" << "anything.net" << true;
    QTest::newRow("exact name") << "example.net" << "example.net" << true;
    QTest::newRow("subdomain of a name") << "example.net" << "www.example.net" << true;
    QTest::newRow("leading dot") << ".example.net" << "www.example.net" << true;
    QTest::newRow("not a dot boundary") << "example.net" << "badexample.net" << false;
    QTest::newRow("other name") << "example.net,intranet" << "other.test" << false;
    QTest::newRow("second entry, spaces") << "a.lan, intranet" << "intranet" << true;
    QTest::newRow("name with port") << "example.net:8080" << "example.net" << true;
    QTest::newRow("ip") << "10.1.2.3" << "10.1.2.3" << true;
    QTest::newRow("cidr") << "10.0.0.0/8" << "10.1.2.3" << true;
    QTest::newRow("outside cidr") << "10.0.0.0/8" << "192.0.2.1" << false;
    QTest::newRow("empty") << "" << "example.net" << false;
}

void tst_ProxyEnvironment::noProxy()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QTEST(ProxyEnvironment::matchesNoProxy(noProxy, host), "matches");
}

void tst_ProxyEnvironment::proxyUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("port");
    QTest::newRow("http url") << "http://proxy.lan:3128" << true << int(QNetworkProxy::HttpProxy) << 3128;
    QTest::newRow("no scheme") << "proxy.lan:8080" << true << int(QNetworkProxy::HttpProxy) << 8080;
    QTest::newRow("no port: curl's 1080") << "http://proxy.lan" << true << int(QNetworkProxy::HttpProxy) << 1080;
    QTest::newRow("socks5h") << "socks5h://s.lan:9050" << true << int(QNetworkProxy::Socks5Proxy) << 9050;
    QTest::newRow("with credentials") << "http://u:p@proxy.lan:3128" << true << int(QNetworkProxy::HttpProxy) << 3128;
    QTest::newRow("unknown scheme") << "ftp://proxy.lan:21" << false << 0 << 0;
    QTest::newRow("garbage") << "http://" << false << 0 << 0;
    QTest::newRow("empty") << "" << false << 0 << 0;
}

void tst_ProxyEnvironment::proxyUrls()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<QNetworkProxy> proxy = ProxyEnvironment::parseProxyUrl(text);
    QCOMPARE(proxy.has_value(), valid);
    if (valid) {
        QTEST(int(proxy->type()), "type");
        QTEST(int(proxy->port()), "port");
    }
}

void tst_ProxyEnvironment::credentialsNeverShow()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("https_proxy"), QStringLiteral("http://alice:s3cret@proxy.lan:3128"));
    const ProxyEnvironment proxies(env);
    QVERIFY(!proxies.describe().join(QLatin1Char(' ')).contains(QLatin1String("s3cret")));
    const ProxyEnvironment::Choice choice = proxies.proxyFor(Target::parse(QStringLiteral("example.net")).target);
    QVERIFY(!choice.value.contains(QLatin1String("s3cret")));
    QCOMPARE(choice.proxy.password(), QStringLiteral("s3cret")); // still used to connect
}

QTEST_GUILESS_MAIN(tst_ProxyEnvironment)
#include "tst_proxyenvironment.moc"
