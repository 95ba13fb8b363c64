#include "etwresetsource.h"

#include "etwtcpipdecoder.h"
#include "probe/tcpconnectiontable.h"

#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>

// windows.h declares a function ResetEvent() (for event objects), which
// hides our struct of that name from here on.
using WatchedReset = ResetEvent;

#include <windows.h>
#include <evntcons.h>
#include <evntrace.h>

#include <vector>

Q_LOGGING_CATEGORY(lcEtwWatch, "cdoc.resetwatch.etw", QtWarningMsg)

namespace {

// Microsoft-Windows-TCPIP
constexpr GUID TcpipProvider = {0x2f07e2ee, 0x15db, 0x40f1, {0x90, 0xef, 0x9d, 0x7b, 0xa2, 0x82, 0x18, 0x8a}};
// ut:TcpipDiagnosis: every reset event, and the connect and accept events
// that name a connection's owner.
constexpr ULONGLONG KeywordTcpipDiagnosis = 0x80;
constexpr UCHAR LevelInformation = 4;
const wchar_t SessionName[] = L"Connection Doctor Reset Watch";

// An event id filter (Windows 8.1 and later), so the kernel drops the
// provider's other diagnosis events (retransmissions, loss recovery)
// before they reach us. MinGW's headers do not have it yet.
constexpr ULONG FilterTypeEventId = 0x80000200;
struct EventIdFilter
{
    BOOLEAN filterIn;
    UCHAR reserved;
    USHORT count;
    USHORT events[8];
};

// EVENT_TRACE_PROPERTIES with the session's name after it, as StartTrace
// and ControlTrace want them.
struct Properties
{
    EVENT_TRACE_PROPERTIES p;
    wchar_t name[64];

    Properties()
    {
        ZeroMemory(this, sizeof *this);
        p.Wnode.BufferSize = sizeof *this;
        p.Wnode.Flags = WNODE_FLAG_TRACED_GUID;
        p.Wnode.ClientContext = 1; // QueryPerformanceCounter time stamps
        p.LogFileMode = EVENT_TRACE_REAL_TIME_MODE;
        p.LoggerNameOffset = offsetof(Properties, name);
    }
};

qint64 msSinceEpoch(LARGE_INTEGER fileTime)
{
    // A real-time consumer gets FILETIME: 100 ns since 1601.
    return (fileTime.QuadPart - 116444736000000000LL) / 10000;
}

} // namespace

struct EtwResetSource::Session
{
    EtwResetSource *source = nullptr;
    TRACEHANDLE control = 0;
    TRACEHANDLE consumer = INVALID_PROCESSTRACE_HANDLE;
    EtwTcpipDecoder decoder; // used on the session's thread only
    std::atomic<qint64> decoded{0};

    static void WINAPI onEvent(PEVENT_RECORD record)
    {
        auto *session = static_cast<Session *>(record->UserContext);
        if (!session || !IsEqualGUID(record->EventHeader.ProviderId, TcpipProvider))
            return;
        EtwTcpipDecoder::Header header;
        header.id = record->EventHeader.EventDescriptor.Id;
        header.version = record->EventHeader.EventDescriptor.Version;
        header.pointer64 = record->EventHeader.Flags & EVENT_HEADER_FLAG_64_BIT_HEADER;
        header.atMs = msSinceEpoch(record->EventHeader.TimeStamp);
        const QByteArrayView payload(static_cast<const char *>(record->UserData), record->UserDataLength);
        if (std::optional<WatchedReset> event = session->decoder.decode(header, payload)) {
            ++session->decoded;
            session->source->deliver(std::move(*event));
        }
    }
};

EtwResetSource::EtwResetSource(QObject *parent)
    : ResetEventSource(parent)
{
    m_ownerTimer.setInterval(1000);
    connect(&m_ownerTimer, &QTimer::timeout, this, &EtwResetSource::refreshOwners);
}

EtwResetSource::~EtwResetSource()
{
    stop();
}

void EtwResetSource::start()
{
    if (m_running)
        return;
    auto session = std::make_unique<Session>();
    session->source = this;

    Properties properties;
    ULONG status = ::StartTraceW(&session->control, SessionName, &properties.p);
    if (status == ERROR_ALREADY_EXISTS) {
        // Left behind by a run that did not stop it (a crash): ETW sessions
        // outlive their process. Stop it and start afresh.
        Properties old;
        ::ControlTraceW(0, SessionName, &old.p, EVENT_TRACE_CONTROL_STOP);
        properties = Properties();
        status = ::StartTraceW(&session->control, SessionName, &properties.p);
    }
    if (status == ERROR_ACCESS_DENIED) {
        fail(tr("Watching every program's resets on Windows needs Connection Doctor to run as an "
                "administrator (or a member of Performance Log Users). The system's reset counters "
                "are shown instead."));
        return;
    }
    if (status != ERROR_SUCCESS) {
        fail(tr("Windows did not start the event trace the reset watch reads (error %1). The "
                "system's reset counters are shown instead.").arg(status));
        return;
    }

    EventIdFilter ids{};
    ids.filterIn = TRUE;
    for (quint16 id : EtwTcpipDecoder::wantedIds())
        ids.events[ids.count++] = id;
    EVENT_FILTER_DESCRIPTOR filter{};
    filter.Ptr = ULONGLONG(reinterpret_cast<ULONG_PTR>(&ids));
    filter.Size = ULONG(offsetof(EventIdFilter, events) + ids.count * sizeof(USHORT));
    filter.Type = FilterTypeEventId;
    ENABLE_TRACE_PARAMETERS parameters{};
    parameters.Version = ENABLE_TRACE_PARAMETERS_VERSION_2;
    parameters.EnableFilterDesc = &filter;
    parameters.FilterDescCount = 1;
    status = ::EnableTraceEx2(session->control, &TcpipProvider, EVENT_CONTROL_CODE_ENABLE_PROVIDER,
                              LevelInformation, KeywordTcpipDiagnosis, 0, 0, &parameters);
    if (status == ERROR_INVALID_PARAMETER || status == ERROR_NOT_SUPPORTED) {
        // Before Windows 8.1: no event id filter; the decoder skips the rest.
        status = ::EnableTraceEx2(session->control, &TcpipProvider, EVENT_CONTROL_CODE_ENABLE_PROVIDER,
                                  LevelInformation, KeywordTcpipDiagnosis, 0, 0, nullptr);
    }
    if (status != ERROR_SUCCESS) {
        Properties stopping;
        ::ControlTraceW(session->control, nullptr, &stopping.p, EVENT_TRACE_CONTROL_STOP);
        fail(tr("Windows did not let the reset watch read its network events (error %1). The "
                "system's reset counters are shown instead.").arg(status));
        return;
    }

    EVENT_TRACE_LOGFILEW logFile{};
    logFile.LoggerName = const_cast<wchar_t *>(SessionName);
    logFile.ProcessTraceMode = PROCESS_TRACE_MODE_REAL_TIME | PROCESS_TRACE_MODE_EVENT_RECORD;
    logFile.EventRecordCallback = &Session::onEvent;
    logFile.Context = session.get();
    session->consumer = ::OpenTraceW(&logFile);
    if (session->consumer == INVALID_PROCESSTRACE_HANDLE) {
        const DWORD error = ::GetLastError();
        Properties stopping;
        ::ControlTraceW(session->control, nullptr, &stopping.p, EVENT_TRACE_CONTROL_STOP);
        fail(tr("Windows did not let the reset watch read its network events (error %1). The "
                "system's reset counters are shown instead.").arg(error));
        return;
    }

    m_session = std::move(session);
    m_running = true;
    refreshOwners();
    m_ownerTimer.start();
    Session *running = m_session.get();
    // ProcessTrace delivers events on this thread until the session is
    // closed (stop()).
    m_thread = std::thread([running] {
        TRACEHANDLE handle = running->consumer;
        const ULONG status = ::ProcessTrace(&handle, 1, nullptr, nullptr);
        qCDebug(lcEtwWatch) << "ProcessTrace ended" << status;
    });
    Capabilities capabilities;
    capabilities.kernelEvents = true;
    capabilities.packetCapture = false;
    capabilities.captureWhyNot = tr("Windows' network events name the connection a reset ended, not the "
                                    "packet, so who sent it (the server or a device on the way) cannot be told here.");
    QTimer::singleShot(0, this, [this, capabilities] {
        if (m_running)
            Q_EMIT started(capabilities);
    });
}

void EtwResetSource::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_ownerTimer.stop();
    Properties stopping;
    ::ControlTraceW(m_session->control, nullptr, &stopping.p, EVENT_TRACE_CONTROL_STOP);
    ::CloseTrace(m_session->consumer);
    if (m_thread.joinable())
        m_thread.join();
    const qint64 lost = qint64(stopping.p.EventsLost) + qint64(stopping.p.RealTimeBuffersLost);
    m_session.reset();
    if (lost > 0)
        Q_EMIT lossReported(lost, 0);
    Q_EMIT stopped();
}

void EtwResetSource::fail(const QString &whyNot)
{
    qCInfo(lcEtwWatch) << whyNot;
    QTimer::singleShot(0, this, [this, whyNot] { Q_EMIT failed(whyNot); });
}

void EtwResetSource::refreshOwners()
{
    QList<TcpConnectionRow> rows;
    if (!TcpConnectionTable::read(&rows))
        return;
    QHash<QString, qint64> pidByEnds;
    pidByEnds.reserve(rows.size());
    for (const TcpConnectionRow &row : std::as_const(rows)) {
        if (row.state == TcpConnectionRow::State::Listen || row.pid <= 0)
            continue;
        pidByEnds.insert(EtwTcpipDecoder::connectionKey(ResetEvent::endpoint(row.localAddress.toString(), row.localPort),
                                                        ResetEvent::endpoint(row.remoteAddress.toString(), row.remotePort)),
                         row.pid);
    }
    std::lock_guard<std::mutex> lock(m_ownersMutex);
    m_pidByEnds.swap(pidByEnds);
}

void EtwResetSource::deliver(WatchedReset event)
{
    if (event.pid > 0) {
        event.owner = QStringLiteral("connect");
    } else {
        std::lock_guard<std::mutex> lock(m_ownersMutex);
        event.pid = m_pidByEnds.value(EtwTcpipDecoder::connectionKey(event.local, event.remote), -1);
        event.owner = event.pid > 0 ? QStringLiteral("snapshot") : QStringLiteral("not_found");
    }
    if (event.pid > 0) {
        auto it = m_exeByPid.find(event.pid);
        if (it == m_exeByPid.end())
            it = m_exeByPid.insert(event.pid, TcpConnectionTable::processImagePath(event.pid));
        event.exe = *it;
        event.program = QFileInfo(event.exe).fileName(); // "chrome.exe", as Task Manager names it
    }
    QMetaObject::invokeMethod(this, [this, event] {
        if (m_running)
            Q_EMIT resetSeen(event);
    }, Qt::QueuedConnection);
}
