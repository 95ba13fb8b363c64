#include "tlsbackend.h"

#include <QtNetwork/QSslSocket>

#if defined(Q_OS_WIN)
#  include <windows.h>
#endif

namespace TlsBackend {

namespace {

bool choose()
{
#if defined(Q_OS_WIN)
    const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    const bool underWine = ntdll && ::GetProcAddress(ntdll, "wine_get_version");
    const QString wanted = underWine ? QStringLiteral("openssl") : QStringLiteral("schannel");
    if (QSslSocket::availableBackends().contains(wanted))
        QSslSocket::setActiveBackend(wanted);
#endif
    return QSslSocket::supportsSsl(); // loads it
}

} // namespace

void loadFirst()
{
    static const bool loaded = choose();
    Q_UNUSED(loaded);
}

} // namespace TlsBackend
