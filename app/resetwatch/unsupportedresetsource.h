#ifndef CDOC_UNSUPPORTEDRESETSOURCE_H
#define CDOC_UNSUPPORTEDRESETSOURCE_H

#include "reseteventsource.h"

// Platforms where the watch has no source yet (macOS): it says so,
// and the app shows the system's counters instead.
class UnsupportedResetSource : public ResetEventSource
{
    Q_OBJECT

public:
    using ResetEventSource::ResetEventSource;

    void start() override;
    void stop() override {}
    bool isRunning() const override { return false; }
};

#endif // CDOC_UNSUPPORTEDRESETSOURCE_H
