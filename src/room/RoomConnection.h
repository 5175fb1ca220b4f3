// One phone's connection to the room, between its socket and the room's HTTP server. It reads each
// request itself (RequestReader) and hands the server only whole, checked requests, one at a time,
// over a private socket pair; the next request is read only once the answer to this one has been
// sent, so pipelined requests are answered in order. It guarantees: a request's head must be
// complete within headTimeoutMs of its first byte and the whole request within requestTimeoutMs (a
// total, never reset by a byte that arrives); a connection idle between requests is closed after
// idleTimeoutMs; a request whose Host is not the address the client reached, or whose Origin is
// another site's, is refused; every refusal is a JSON {"error"} with its status and the room's
// security headers, and closes the connection. It never holds more than one request's limits plus
// one socket read (readChunkBytes).
#pragma once

#include "RequestReader.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace cxm::room {

class RoomConnection : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        RequestReader::Limits request;
        int headTimeoutMs = 10'000;
        int requestTimeoutMs = 30'000;
        int idleTimeoutMs = 30'000;
    };
    // The header that tells the room's server the client's address (the socket pair has none); a
    // client's own header of that name is dropped.
    static constexpr const char *kPeerHeader = "x-room-peer";
    static constexpr qint64 readChunkBytes = 16 * 1024;

    // Takes the connected client socket. `handOver` gives the server's end of a new socket pair to
    // the room's HTTP server; `closed` is called once, when the connection is gone.
    RoomConnection(QTcpSocket *client, const QString &address, const Settings &settings,
                   std::function<void(QTcpSocket *)> handOver, std::function<void(RoomConnection *)> closed,
                   QObject *parent = nullptr);
    ~RoomConnection() override;

    const QString &address() const { return m_address; }
    // Waiting between requests (kept alive), with nothing of a request read yet.
    bool idle() const;
    // A request is with the room's server: its answer is on its way.
    bool busy() const { return m_forwarded; }
    // Closed at once, to give its slot to another client.
    void reclaim();

    // Writes a refusal (status, JSON error, security headers, Connection: close) to a socket.
    static void writeRefusal(QTcpSocket *socket, int status, const QString &message);

private:
    void onClientData();
    void onServerData();
    void onDeadline();
    void startRequestClock();
    void forward();
    void refuse(int status, const QString &message);
    void closeGracefully();
    void finish();
    bool ensureServerPair();
    bool responseComplete(const QByteArray &data);

    QTcpSocket *m_client;
    QString m_address;
    Settings m_settings;
    std::function<void(QTcpSocket *)> m_handOver;
    std::function<void(RoomConnection *)> m_closed;
    RequestReader m_reader;
    QByteArray m_in; // read from the client, not yet taken by the reader
    QTimer m_deadline;
    QElapsedTimer m_requestClock; // since the first byte of the request being read
    bool m_waitingIdle = false;   // between requests: the idle deadline runs
    bool m_forwarded = false;
    bool m_keepAlive = true;
    bool m_closing = false;
    bool m_finished = false;
    QTcpSocket *m_server = nullptr; // the room's side of the socket pair: answers come from here
    // The answer being relayed: its head until it is complete, then the body bytes still to come.
    QByteArray m_responseHead;
    qint64 m_responseLeft = -1; // -1: reading the head; -2: until the server closes
};

} // namespace cxm::room
