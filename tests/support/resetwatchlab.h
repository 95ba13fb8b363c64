#ifndef CDOC_RESETWATCHLAB_H
#define CDOC_RESETWATCHLAB_H

#include "testnamespace.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>

// A client, a router and a server, each a network namespace of the test's
// own, for the reset watch's tests: client 10.91.1.2 / fd00:91:1::2, the
// server 10.91.2.2 / fd00:91:2::2 two hops away through the router. The
// server (tests/integration/resetwatch/peers.py) resets what comes to 8001
// itself (SO_LINGER 0); the router resets what clients send to 8002
// (nftables "reject with tcp reset") and refuses SYNs to 8004 with a reset;
// 8005 holds until the client goes; 8007 sends at once what the client
// may leave unread.
class ResetWatchLab
{
public:
    static inline const QString ClientV4 = QStringLiteral("10.91.1.2");
    static inline const QString ClientV6 = QStringLiteral("fd00:91:1::2");
    static inline const QString ServerV4 = QStringLiteral("10.91.2.2");
    static inline const QString ServerV6 = QStringLiteral("fd00:91:2::2");

    ResetWatchLab();
    ~ResetWatchLab();

    // False with the reason (not root, no curl, ...) when it cannot be built.
    bool create(const QString &peersScript, QString *whyNot);

    const TestNamespace &client() const { return m_client; }
    const TestNamespace &router() const { return m_router; }
    const TestNamespace &server() const { return m_server; }
    // Runs a command in the client namespace; its output.
    QByteArray inClient(const QStringList &command, int boundMs = 120000) const;
    // peers.py's client: "reset=5" and the like.
    QByteArray python(const QString &mode, const QString &host, int port, int count) const;
    // The same client run in the server namespace, towards the client.
    QByteArray pythonFromServer(const QString &mode, const QString &host, int port, int count) const;
    void curl(const QString &host, int port, int count) const;
    // An executable that runs the reset watch's helper inside the client
    // namespace, for an app that runs outside it (CDOC_RESET_HELPER).
    QString helperInClient(const QString &helper) const;

private:
    // peers.py's client command.
    QStringList clientCommand(const QString &mode, const QString &host, int port, int count) const;

    TestNamespace m_client{QStringLiteral("wclient")};
    TestNamespace m_router{QStringLiteral("wrouter")};
    TestNamespace m_server{QStringLiteral("wserver")};
    QTemporaryDir m_dir;
    QString m_script;
    QProcess m_peers;
};

#endif // CDOC_RESETWATCHLAB_H
