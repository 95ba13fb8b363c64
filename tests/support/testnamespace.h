#ifndef CDOC_TESTNAMESPACE_H
#define CDOC_TESTNAMESPACE_H

#include <QtCore/QString>
#include <QtCore/QStringList>

// A network namespace that a test creates for itself (and removes again):
// its own loopback, routes, firewall rules and resolv.conf, so tests can
// produce DNS failures, unreachable routes and firewall resets without
// sending a packet outside this machine. Needs root; create() says why not.
class TestNamespace
{
public:
    // `role` tells apart several namespaces of one test ("client", "server").
    explicit TestNamespace(const QString &role = QStringLiteral("ns"));
    ~TestNamespace();
    TestNamespace(const TestNamespace &) = delete;
    TestNamespace &operator=(const TestNamespace &) = delete;

    // Creates the namespace with loopback up and a resolv.conf that points
    // at a local port nobody serves. False, with the reason, when it can't.
    bool create(QString *whyNot);
    QString name() const { return m_name; }

    // Runs a command inside the namespace; its exit code, or -1.
    int exec(const QStringList &command, QByteArray *output = nullptr, int boundMs = 60000) const;
    // Runs `ip` / `nft` with these arguments inside the namespace.
    bool ip(const QStringList &arguments) const;
    bool nft(const QString &ruleset) const;

private:
    QString m_name;
    bool m_created = false;
};

#endif // CDOC_TESTNAMESPACE_H
