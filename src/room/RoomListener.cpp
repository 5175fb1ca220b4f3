#include "RoomListener.h"

#include <QTcpSocket>
#include <QTimer>

namespace cxm::room {

RoomListener::RoomListener(const Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

void RoomListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_limits.idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
    idle->start();
    // Connected before the HTTP server sees the socket, so this runs before it reads what arrived.
    auto received = std::make_shared<qint64>(0);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, idle, received] {
        idle->start();
        *received += socket->bytesAvailable();
        if (*received > m_limits.maxBytesPerConnection) {
            socket->readAll();
            socket->abort();
        }
    });
    connect(socket, &QTcpSocket::bytesWritten, idle, qOverload<>(&QTimer::start));
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    addPendingConnection(socket);
}

} // namespace cxm::room
