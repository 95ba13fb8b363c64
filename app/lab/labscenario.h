#ifndef CDOC_LABSCENARIO_H
#define CDOC_LABSCENARIO_H

#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtNetwork/QHostAddress>

#include <optional>

// The ways a connection can end that the fault lab serves on loopback.
namespace Lab {
Q_NAMESPACE

enum class Scenario {
    Healthy,          // answers every HTTP request
    ResetOnAccept,    // RST as soon as the connection is accepted
    ResetAfterBytes,  // RST once N request bytes have been read
    ResetAfterIdle,   // RST after the connection sat idle for T ms
    CloseAfterIdle,   // FIN after the connection sat idle for T ms
    Refused,          // a closed port: RST in answer to the SYN
    NoAnswer,         // SYNs are dropped: a full listen backlog
    SlowReply,        // answers, but only after D ms
    Overloaded,       // resets some connections, more under load
    HttpBodyLimit,    // RST when an HTTP request body exceeds a limit
    TlsResetOnSni,    // TLS server that resets one server name (DPI-like)
    EveryNthReset,    // resets every Nth connection it serves
    ResetBursts,      // resets everything for a while, then nothing, in cycles
};
Q_ENUM_NS(Scenario)

struct Config
{
    // Where the lab listens: loopback, unless a test puts it in a network
    // namespace of its own (IPv4 only).
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    qint64 resetAfterBytes = 64 * 1024;
    int idleResetMs = 1000;
    int idleCloseMs = 1000;
    int slowReplyMs = 3000;
    // Overloaded: a share of connections is reset at random, and every
    // connection beyond `overloadCapacity` open at once is reset.
    double overloadResetShare = 0.1;
    int overloadCapacity = 4;
    int overloadServiceMs = 30;
    quint32 overloadSeed = 1;
    qint64 bodyLimitBytes = 1024 * 1024;
    QString blockedServerName = QStringLiteral("blocked.lab.test");
    int everyNth = 5;
    // ResetBursts: in every cycle of burstCycleMs, the first burstLengthMs
    // reset every request.
    int burstCycleMs = 8000;
    int burstLengthMs = 2000;
};

QString wireName(Scenario scenario);
std::optional<Scenario> scenarioFromWireName(const QString &name);
// A sentence for people: what this scenario imitates.
QString describe(Scenario scenario);
QList<Scenario> allScenarios();

} // namespace Lab

#endif // CDOC_LABSCENARIO_H
