#ifndef CDOC_CHECKCONTEXT_H
#define CDOC_CHECKCONTEXT_H

#include "endpoints.h"
#include "systemfiles.h"
#include "probe/probespec.h"
#include "probe/target.h"

#include <QtCore/QMetaType>
#include <QtNetwork/QNetworkProxy>

#include <QtCore/QSet>

#include <optional>

// The operating system's own verdict on connectivity (QNetworkInformation),
// read on the main thread where that class lives, and handed to the checks.
struct OsNetworkVerdict
{
    bool available = false;
    QString backend;   // e.g. "networkmanager"
    QString why;       // when not available
    QString reachability; // "online", "site", "local", "disconnected", "unknown"
    std::optional<bool> behindCaptivePortal;
    QString transport; // "ethernet", "wifi", ...
};

// Everything a check needs to know, copied into the worker thread.
struct CheckContext
{
    std::optional<Target> target;
    Endpoints endpoints = Endpoints::defaults();
    SystemFiles files;
    OsNetworkVerdict osVerdict;
    // Bound on each probe a check makes.
    int probeTimeoutMs = 3000;
    // Bound on a whole check: past it, the check is stopped and says so.
    int checkBudgetMs = 20000;
    // Each active experiment's own time budget (see --budget).
    int experimentBudgetMs = 60000;
    // The reset counters are sampled this often, this many times.
    int counterIntervalMs = 1000;
    int counterSamples = 5;
    // A proxy to compare against direct connections; when unset, the one
    // the environment or the system names.
    std::optional<QNetworkProxy> proxy;
    // Lab targets use a self-signed certificate.
    bool verifyCertificates = true;
    // The checks a helpdesk's profile asks for; unset runs every one.
    std::optional<QSet<QString>> onlyChecks;

    // A probe of this kind to this target, bounded and verified as the
    // context says.
    ProbeSpec probeSpec(Vocabulary::ProbeKind kind, const Target &target) const
    {
        ProbeSpec spec;
        spec.kind = kind;
        spec.target = target;
        spec.timeoutMs = probeTimeoutMs;
        spec.verifyCertificate = verifyCertificates;
        return spec;
    }
};

Q_DECLARE_METATYPE(CheckContext)

#endif // CDOC_CHECKCONTEXT_H
