#include "reseteventsource.h"

#include "unsupportedresetsource.h"

#ifdef Q_OS_LINUX
#include "helperresetsource.h"
#endif

std::unique_ptr<ResetEventSource> ResetEventSource::create(QObject *parent)
{
#ifdef Q_OS_LINUX
    return std::make_unique<HelperResetSource>(parent);
#else
    return std::make_unique<UnsupportedResetSource>(parent);
#endif
}
