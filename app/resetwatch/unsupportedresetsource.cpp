#include "unsupportedresetsource.h"

#include <QtCore/QTimer>

void UnsupportedResetSource::start()
{
    // Asynchronous like every other source: the caller has connected first.
    QTimer::singleShot(0, this, [this] {
        Q_EMIT failed(tr("Watching every program's resets is not available on this system yet."));
    });
}
