#ifndef CDOC_TLSBACKEND_H
#define CDOC_TLSBACKEND_H

// Which of Qt's TLS backends the probes and the fault lab use, chosen and
// loaded once, by the main thread, before any thread that may use TLS
// starts (WorkerThread and FaultLab call it).
namespace TlsBackend {

// Windows: Schannel, the system's own TLS with its certificate store;
// under Wine, OpenSSL where it is shipped, since Wine's Schannel cannot be
// a TLS server (it has no AcceptSecurityContext) and the fault lab is one.
// Elsewhere: Qt's default (OpenSSL).
//
// Why on the main thread: with MinGW's GCC 12, a worker thread that is the
// first to load the TLS plugin creates Qt thread-locals (the regular
// expression JIT stack) that winpthread destroys after their emulated
// storage is freed when the thread ends; the crash there is swallowed but
// leaves winpthread's key lock held, and the process then hangs in exit
// (seen under Wine 8).
void loadFirst();

} // namespace TlsBackend

#endif // CDOC_TLSBACKEND_H
