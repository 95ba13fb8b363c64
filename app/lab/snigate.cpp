#include "snigate.h"

#include "clienthello.h"
#include "probe/nativesocket.h"

#include <QtCore/QSocketNotifier>

namespace {
constexpr qint64 MaxHelloBytes = 16 * 1024 + 5; // one TLS record at most
constexpr int GateTimeoutMs = 5000;
} // namespace

SniGate::SniGate(qintptr descriptor, const QString &blockedName, QObject *parent)
    : QObject(parent)
    , m_descriptor(descriptor)
    , m_blockedName(blockedName)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { decide(false); });
}

void SniGate::start()
{
    m_notifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SniGate::inspect);
    m_deadline.start(GateTimeoutMs);
}

void SniGate::inspect()
{
    QByteArray buffer(MaxHelloBytes, Qt::Uninitialized);
    const qint64 n = NativeSocket::peekBytes(m_descriptor, buffer.data(), buffer.size());
    if (n <= 0) {
        decide(false); // closed or failed: the TLS socket will see it
        return;
    }
    buffer.truncate(n);
    const ClientHello::Result hello = ClientHello::parse(buffer);
    switch (hello.status) {
    case ClientHello::Status::NeedMore:
        if (n >= MaxHelloBytes) {
            decide(false);
            return;
        }
        // Peeking consumes nothing, so the descriptor stays readable: rest
        // the notifier briefly instead of spinning until the rest arrives.
        m_notifier->setEnabled(false);
        QTimer::singleShot(5, this, [this] {
            if (m_notifier)
                m_notifier->setEnabled(true);
        });
        return;
    case ClientHello::Status::NotTls:
        decide(false);
        return;
    case ClientHello::Status::Parsed:
        decide(hello.serverName.compare(m_blockedName, Qt::CaseInsensitive) == 0);
        return;
    }
}

void SniGate::decide(bool block)
{
    if (m_decided)
        return;
    m_decided = true;
    m_deadline.stop();
    // The notifier must be gone before anyone else watches the descriptor.
    delete m_notifier;
    m_notifier = nullptr;
    if (block)
        Q_EMIT blocked();
    else
        Q_EMIT passed();
}
