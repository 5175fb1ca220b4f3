// The room's listening socket, with the limits Qt's HTTP server does not have: at most so many open
// connections, a connection idle too long is closed, and a connection that sends more than a cap of
// bytes is cut (a body far over the room's limit is not read into memory). Slow or hostile clients
// cost a bounded amount, and everyone else keeps being served.
#pragma once

#include <QTcpServer>

namespace cxm::room {

class RoomListener : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxConnections = 256;
        int idleTimeoutMs = 30'000;
        qint64 maxBytesPerConnection = 8 * 1024 * 1024;
    };
    explicit RoomListener(const Limits &limits, QObject *parent = nullptr);
    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Limits m_limits;
    int m_open = 0;
};

} // namespace cxm::room
