#include "reseteventsource.h"

#include "unsupportedresetsource.h"

#if defined(Q_OS_LINUX)
#include "helperresetsource.h"
#elif defined(Q_OS_WIN)
#include "etwresetsource.h"
#endif

std::unique_ptr<ResetEventSource> ResetEventSource::create(QObject *parent)
{
#if defined(Q_OS_LINUX)
    return std::make_unique<HelperResetSource>(parent);
#elif defined(Q_OS_WIN)
    return std::make_unique<EtwResetSource>(parent);
#else
    return std::make_unique<UnsupportedResetSource>(parent);
#endif
}
