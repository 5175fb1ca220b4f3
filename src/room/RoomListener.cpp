#include "RoomListener.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace cxm::room {

RoomListener::RoomListener(const Limits &limits, qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    m_settings.request.maxHeadBytes = limits.maxHeadBytes;
    m_settings.request.maxBodyBytes = maxBodyBytes;
    m_settings.headTimeoutMs = limits.headTimeoutMs;
    m_settings.requestTimeoutMs = limits.requestTimeoutMs;
    m_settings.idleTimeoutMs = limits.idleTimeoutMs;
}

RoomListener::~RoomListener()
{
    // The connections are children; they report nothing back while they go.
    const auto connections = std::move(m_connections);
    for (RoomConnection *c : connections)
        delete c;
}

QString RoomListener::addressText(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

int RoomListener::openConnections(const QString &address) const
{
    const auto it = m_perAddress.find(address);
    return it == m_perAddress.end() ? 0 : it->second;
}

void RoomListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString address = addressText(socket->peerAddress());
    if (!makeRoom(address)) {
        // Answered without reading a byte; a client that does not take the answer is cut soon after.
        RoomConnection::writeRefusal(socket, 503, tr("the room is busy: try again in a moment"));
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(1000, socket, [socket] { socket->abort(); });
        socket->disconnectFromHost();
        return;
    }
    auto *connection = new RoomConnection(
        socket, address, m_settings, [this](QTcpSocket *server) { addPendingConnection(server); },
        [this](RoomConnection *c) { forget(c); }, this);
    m_connections.push_back(connection);
    ++m_perAddress[address];
}

bool RoomListener::makeRoom(const QString &address)
{
    const int mine = openConnections(address);
    if (mine >= m_limits.perAddress) {
        // An address at its cap gives up its own oldest connection that is not being answered: a
        // client that holds its slots with slow requests only ever competes with itself.
        RoomConnection *own = oldestWaiting(address);
        if (!own)
            return false;
        own->reclaim();
        return true;
    }
    if (openConnections() < m_limits.maxConnections)
        return true;
    const auto most = std::max_element(m_perAddress.begin(), m_perAddress.end(),
                                       [](const auto &a, const auto &b) { return a.second < b.second; });
    if (most == m_perAddress.end() || most->second <= mine + 1)
        return false; // no address holds more than its share
    RoomConnection *victim = oldestWaiting(most->first);
    if (!victim)
        return false;
    victim->reclaim();
    return true;
}

RoomConnection *RoomListener::oldestWaiting(const QString &address) const
{
    // Idle ones first (nothing is lost), then the oldest still sending its request.
    RoomConnection *sending = nullptr;
    for (RoomConnection *c : m_connections) {
        if (c->address() != address || c->busy())
            continue;
        if (c->idle())
            return c;
        if (!sending)
            sending = c;
    }
    return sending;
}

void RoomListener::forget(RoomConnection *connection)
{
    const auto it = std::find(m_connections.begin(), m_connections.end(), connection);
    if (it == m_connections.end())
        return;
    m_connections.erase(it);
    if (--m_perAddress[connection->address()] <= 0)
        m_perAddress.erase(connection->address());
}

} // namespace cxm::room
