#include "resetserver.h"

#include "probe/nativesocket.h"

#include <QtCore/QTimer>
#include <QtNetwork/QTcpSocket>

ResetServer::ResetServer(std::atomic<Clock::rep> *resetAt, QObject *parent)
    : QTcpServer(parent)
    , m_resetAt(resetAt)
{
}

void ResetServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(descriptor);
    QTimer::singleShot(10, Qt::PreciseTimer, socket, [this, socket] {
        NativeSocket::setResetOnClose(socket->socketDescriptor());
        m_resetAt->store(Clock::now().time_since_epoch().count());
        socket->abort();
        socket->deleteLater();
    });
}
