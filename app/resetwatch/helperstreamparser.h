#ifndef CDOC_HELPERSTREAMPARSER_H
#define CDOC_HELPERSTREAMPARSER_H

#include "resetevent.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

// Reads the reset helper's output, one JSON object per line (see
// app/watchhelper/main.cpp), into typed messages. The helper is ours, but
// its output is read as outside input all the same: a line that is not an
// object of a known type, or whose fields have the wrong types, is refused
// with a reason, and nothing in a line can make the app allocate or wait
// without bound (lines over MaxLineBytes are refused unread).
class HelperStreamParser
{
public:
    struct Message
    {
        enum class Type { Invalid, Hello, Reset, Stats };
        Type type = Type::Invalid;
        QString error; // Invalid: why

        // Hello
        bool kernelEvents = false;
        QString kernelWhyNot;
        bool packetCapture = false;
        QString captureWhyNot;
        // The background watch's log (docs/reset-watch.md): its hello says
        // "background" and when that helper started (epoch ms, -1: not said).
        bool background = false;
        qint64 startedMs = -1;
        // Reset
        ResetEvent reset;
        // Stats
        qint64 kernelLost = 0;
        qint64 packetsDropped = 0;
        // The background watch's log only: resets it did not write (its cap,
        // its rate limit) and files it removed, since that helper started;
        // when the line was written (epoch ms), -1 where it does not say.
        qint64 logDropped = 0;
        qint64 logRemovedFiles = 0;
        qint64 atMs = -1;
    };

    static constexpr int MaxLineBytes = 16384;

    static Message parseLine(const QByteArray &line);
};

#endif // CDOC_HELPERSTREAMPARSER_H
