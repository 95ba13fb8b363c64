#ifndef CDOC_RESETWORDING_H
#define CDOC_RESETWORDING_H

#include "resetevent.h"
#include "resetlog.h"

#include <QtCore/QCoreApplication>

// The reset watch's words for people: who sent a reset, what the watch can
// see, one line per reset and per program and server. The command line,
// the monitor page and the reports all say it the same way.
class ResetWording
{
    Q_DECLARE_TR_FUNCTIONS(ResetWording)

public:
    // "the server", "a device 1 hop away", "this computer", "unknown".
    static QString senderText(Vocabulary::ResetSender sender, int hops);
    static QString sourceText(Vocabulary::WatchSource source);
    static QString directionText(Vocabulary::ResetDirection direction);
    // Why this computer's kernel sent a reset, in words: "the program
    // closed the connection with data still unread" for
    // TCP_ABORT_ON_CLOSE; a name it does not know, as it is.
    static QString kernelReasonText(const QString &kernelReason);
    // A server as people know it, with its address beside the name:
    // "web.example.test (10.0.0.5)"; the address alone where the name is
    // not known. Every view that names a server says it through this.
    static QString serverText(const QString &name, const QString &address);
    // The event's other end: "web.example.test (10.0.2.2:8080)".
    static QString remoteText(const ResetEvent &event);
    // A row's server: its name or names (several names can share one
    // address: "a.test, b.test (10.0.0.5)"; past ResetLog::MaxRowNames,
    // "a.test, b.test, c.test and other names (10.0.0.5)").
    static QString serverText(const ResetLog::Row &row);
    // "curl 10.0.1.2:51234 → web.example.test (10.0.2.2:8080) (established): received, sent by the server"
    static QString resetLine(const ResetEvent &event);
    // "curl → 10.0.2.2: 50 resets, sent by a device 1 hop away, after about 4 s of quiet"
    static QString rowLine(const ResetLog::Row &row);
    // "about 4 s", "about 250 ms", "about 3 min"; under InUseMs the
    // connection was in use, not quiet.
    static QString quietTime(qint64 ms);
    static constexpr qint64 InUseMs = 100;
};

#endif // CDOC_RESETWORDING_H
