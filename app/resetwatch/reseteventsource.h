#ifndef CDOC_RESETEVENTSOURCE_H
#define CDOC_RESETEVENTSOURCE_H

#include "resetevent.h"

#include <QtCore/QObject>

#include <memory>

// The platform part of the reset watch, behind one interface: something
// that reports every reset on this computer as it happens. Linux has a
// helper process that reads the kernel's tracepoints and captures packets
// (HelperResetSource); docs/reset-watch.md says how Windows (ETW
// Microsoft-Windows-TCPIP, pktmon) and macOS (BPF) would give the same.
class ResetEventSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // What the source could open, and in one sentence each, what it could
    // not and why.
    struct Capabilities
    {
        bool kernelEvents = false;
        bool packetCapture = false;
        QString kernelWhyNot;
        QString captureWhyNot;
    };

    // Starts; started() or failed() follows, never both.
    virtual void start() = 0;
    // Starts with the user's permission asked for (pkexec on Linux);
    // false when this platform has no way to ask.
    virtual bool startWithPermission() { return false; }
    // Whether startWithPermission() has a way to ask here.
    virtual bool canAskPermission() const { return false; }
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;

    // The source for this platform.
    static std::unique_ptr<ResetEventSource> create(QObject *parent = nullptr);

Q_SIGNALS:
    void started(const ResetEventSource::Capabilities &capabilities);
    // Could not start at all (the helper missing, not allowed, unsupported
    // platform): a sentence for the user.
    void failed(const QString &whyNot);
    void resetSeen(const ResetEvent &event);
    // Events the source knows it missed (a full kernel buffer, dropped packets).
    void lossReported(qint64 kernelLost, qint64 packetsDropped);
    void stopped();
};

Q_DECLARE_METATYPE(ResetEventSource::Capabilities)

#endif // CDOC_RESETEVENTSOURCE_H
