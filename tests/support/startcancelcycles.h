#ifndef CDOC_STARTCANCELCYCLES_H
#define CDOC_STARTCANCELCYCLES_H

#include <QtCore/QString>

class DiagnosisSession;

// Starts work and cancels it, again and again, as an impatient user does:
// each group of checks of a diagnosis session stopped at a random moment
// in its first tenth of a second, or the monitor started and stopped.
// Shared by tst_startcancelcycles (leaks, under LSan) and bench_cycles
// (resident memory before and after).
class StartCancelCycles
{
public:
    explicit StartCancelCycles(DiagnosisSession *session, quint32 seed) : m_session(session), m_seed(seed) { }

    // Each returns false, with why in error(), when the work would not
    // start or did not stop within a second of being cancelled.
    bool runSessionCycles(int cycles);
    bool runMonitorCycles(int cycles);
    QString error() const { return m_error; }

    // Resident memory now, in KiB (VmRSS), after giving freed memory back
    // to the system where the C library can.
    static qint64 residentKiB();

private:
    bool waitUntilStopped(const char *what);

    DiagnosisSession *m_session;
    quint32 m_seed;
    quint32 m_cycle = 0;
    QString m_error;
};

#endif // CDOC_STARTCANCELCYCLES_H
