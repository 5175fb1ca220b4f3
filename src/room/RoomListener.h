// The room's listening socket and its front door: every connection is accepted here and served by a
// RoomConnection, which hands the room's HTTP server only whole, checked requests. Slow or hostile
// clients cost a bounded amount and cannot shut others out. It guarantees: at most maxConnections
// open in total and perAddress from one network address; a new connection from an address at its cap
// takes the slot of that address's oldest connection; when the total is reached, a connection from
// an address holding fewer takes the slot of the oldest connection of the address that holds the
// most (idle ones first; a request the room is answering is never cut); every request has a total
// deadline (RoomConnection). A refused connection is answered 503 and closed without reading it.
#pragma once

#include "RoomConnection.h"

#include <QTcpServer>

#include <list>
#include <map>

namespace cxm::room {

class RoomListener : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxConnections = 256;
        int perAddress = 16;
        int headTimeoutMs = 10'000;    // a request's head, from its first byte
        int requestTimeoutMs = 30'000; // a whole request, head and body, from its first byte
        int idleTimeoutMs = 30'000;    // a connection kept alive between requests
        qsizetype maxHeadBytes = 8 * 1024;
    };
    RoomListener(const Limits &limits, qint64 maxBodyBytes, QObject *parent = nullptr);
    ~RoomListener() override;

    int openConnections() const { return static_cast<int>(m_connections.size()); }
    int openConnections(const QString &address) const;
    void setPerAddress(int connections) { m_limits.perAddress = std::max(1, connections); }
    int perAddress() const { return m_limits.perAddress; }

    // The address a peer is known by: an IPv4 address mapped into IPv6 as plain IPv4.
    static QString addressText(const QHostAddress &address);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    bool makeRoom(const QString &address);
    RoomConnection *oldestWaiting(const QString &address) const;
    void forget(RoomConnection *connection);

    Limits m_limits;
    RoomConnection::Settings m_settings;
    std::list<RoomConnection *> m_connections; // oldest first
    std::map<QString, int> m_perAddress;
};

} // namespace cxm::room
