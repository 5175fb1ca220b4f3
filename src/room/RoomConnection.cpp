#include "RoomConnection.h"

#include "SecurityHeaders.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <optional>

#include <sys/socket.h>
#include <unistd.h>

namespace cxm::room {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxm::room::RoomConnection", text);
}

constexpr int kLingerMs = 2000;

QByteArray reason(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 417:
        return "Expectation Failed";
    case 421:
        return "Misdirected Request";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

// An IPv4 address mapped into IPv6 (a dual-stack socket) as plain IPv4.
QHostAddress plain(const QHostAddress &a)
{
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : a;
}

// Why a request is not for this room: its Host is not the address and port the client reached (a
// name that points here is how DNS rebinding gets a foreign page into the room), or a browser says
// it comes from a page of another origin.
std::optional<Refusal> misdirected(const RequestHead &head, const QHostAddress &local, quint16 port)
{
    const QByteArray host = head.value("host").toLower();
    QByteArray name = host;
    QByteArray portText;
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        name = close > 0 ? host.mid(1, close - 1) : QByteArray();
        portText = close > 0 ? host.mid(close + 1) : QByteArray("x");
        if (!portText.isEmpty() && !portText.startsWith(':'))
            portText = "x";
        portText = portText.mid(1);
    } else if (const qsizetype colon = host.indexOf(':'); colon >= 0) {
        name = host.left(colon);
        portText = host.mid(colon + 1);
    }
    bool portOk = true;
    const uint hostPort = portText.isEmpty() ? 80 : portText.toUInt(&portOk);
    QHostAddress address;
    const bool served = address.setAddress(QString::fromLatin1(name))
                            ? plain(address) == plain(local)
                            : name == "localhost" && local.isLoopback();
    if (!host.isEmpty() && (!served || !portOk || hostPort != port))
        return Refusal{421, tr("this address is not the room's: open the room's own address")};
    const QByteArray origin = head.value("origin").toLower();
    if (head.count("origin") > 1 || (!origin.isEmpty() && origin != "http://" + host))
        return Refusal{403, tr("requests from another site are refused")};
    return std::nullopt;
}

} // namespace

RoomConnection::RoomConnection(QTcpSocket *client, const QString &address, const Settings &settings,
                               std::function<void(QTcpSocket *)> handOver,
                               std::function<void(RoomConnection *)> closed, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_address(address)
    , m_settings(settings)
    , m_handOver(std::move(handOver))
    , m_closed(std::move(closed))
    , m_reader(settings.request)
{
    m_client->setParent(this);
    m_client->setReadBufferSize(readChunkBytes);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &RoomConnection::onDeadline);
    connect(m_client, &QTcpSocket::readyRead, this, &RoomConnection::onClientData);
    connect(m_client, &QTcpSocket::disconnected, this, &RoomConnection::finish);
    connect(m_client, &QTcpSocket::errorOccurred, this, [this] {
        if (m_client->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
    // A new connection is opened to send a request: its head is due as if its first byte had come.
    startRequestClock();
}

RoomConnection::~RoomConnection()
{
    // Destroyed with the listener: nothing is reported back, and the sockets' last signals go nowhere.
    m_client->disconnect(this);
    if (m_server)
        m_server->disconnect(this);
}

bool RoomConnection::idle() const
{
    return m_waitingIdle && !m_forwarded && !m_closing && m_reader.state() == RequestReader::State::Empty &&
           m_in.isEmpty();
}

void RoomConnection::startRequestClock()
{
    m_waitingIdle = false;
    m_requestClock.start();
    m_deadline.start(m_settings.headTimeoutMs);
}

void RoomConnection::onClientData()
{
    while (!m_forwarded && !m_closing && !m_finished) {
        const QByteArray more = m_client->read(readChunkBytes);
        m_in += more;
        if (m_in.isEmpty())
            return;
        const auto before = m_reader.state();
        const auto state = m_reader.feed(m_in);
        if (m_waitingIdle && state != RequestReader::State::Empty)
            startRequestClock();
        if (before != RequestReader::State::Body && state == RequestReader::State::Body) {
            // The head is in: the rest of the request's total time is the body's.
            m_deadline.start(qMax<qint64>(0, m_settings.requestTimeoutMs - m_requestClock.elapsed()));
        }
        if (m_reader.wantsContinue()) {
            m_reader.continued();
            m_client->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (state == RequestReader::State::Refused)
            return refuse(m_reader.refusal().status, m_reader.refusal().message);
        if (state == RequestReader::State::Complete)
            forward();
        else if (more.isEmpty())
            return; // the rest of the request has not arrived yet
    }
}

void RoomConnection::forward()
{
    if (const auto why = misdirected(m_reader.head(), m_client->localAddress(), m_client->localPort()))
        return refuse(why->status, why->message);
    if (!m_server && !ensureServerPair())
        return refuse(503, tr("the room cannot take this request now: try again"));
    m_deadline.stop();
    m_forwarded = true;
    m_keepAlive = m_reader.head().keepAlive;
    m_responseHead.clear();
    m_responseLeft = -1;
    m_server->write(
        m_reader.forwarded(kPeerHeader, kPeerHeader + QByteArray(": ") + m_address.toLatin1() + "\r\n"));
    m_reader.reset();
}

bool RoomConnection::ensureServerPair()
{
    int fds[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        return false;
    auto *ours = new QTcpSocket(this);
    auto *theirs = new QTcpSocket(this);
    if (!ours->setSocketDescriptor(fds[0]) || !theirs->setSocketDescriptor(fds[1])) {
        delete ours;
        delete theirs;
        ::close(fds[0]);
        ::close(fds[1]);
        return false;
    }
    m_server = ours;
    connect(m_server, &QTcpSocket::readyRead, this, &RoomConnection::onServerData);
    connect(m_server, &QTcpSocket::disconnected, this, [this] {
        // The server closed its end: whatever it sent has been relayed. Between requests, the next
        // request gets a new pair.
        if (m_forwarded)
            return closeGracefully();
        m_server->deleteLater();
        m_server = nullptr;
    });
    m_handOver(theirs);
    return true;
}

void RoomConnection::onServerData()
{
    const QByteArray data = m_server->readAll();
    if (!m_forwarded || m_closing)
        return;
    m_client->write(data);
    if (!responseComplete(data))
        return;
    m_forwarded = false;
    if (!m_keepAlive)
        return closeGracefully();
    m_waitingIdle = true;
    m_deadline.start(m_settings.idleTimeoutMs);
    // A pipelined request may be waiting in what was read already, or in the socket.
    onClientData();
}

bool RoomConnection::responseComplete(const QByteArray &data)
{
    QByteArrayView rest(data);
    if (m_responseLeft == -1) {
        m_responseHead += data;
        const qsizetype end = m_responseHead.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        rest = QByteArrayView(m_responseHead).sliced(end + 4);
        m_responseLeft = -2;
        for (const QByteArray &line : m_responseHead.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                m_responseLeft = line.mid(15).trimmed().toLongLong();
    }
    if (m_responseLeft == -2)
        return false;
    m_responseLeft -= rest.size();
    return m_responseLeft <= 0;
}

void RoomConnection::onDeadline()
{
    if (m_closing || m_forwarded)
        return finish(); // a close that did not finish in time, or nothing left to wait for
    if (m_waitingIdle)
        return closeGracefully();
    refuse(408, tr("the request took too long"));
}

void RoomConnection::refuse(int status, const QString &message)
{
    writeRefusal(m_client, status, message);
    closeGracefully();
}

void RoomConnection::writeRefusal(QTcpSocket *socket, int status, const QString &message)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : securityHeaders())
        out += name + ": " + value + "\r\n";
    out += "Connection: close\r\n\r\n" + body;
    socket->write(out);
}

void RoomConnection::closeGracefully()
{
    if (m_closing)
        return;
    m_closing = true;
    // Our side ends once what is written has gone out; what the client still sends (the rest of a
    // body we refused) is read and dropped, so its TCP stack does not reset the connection before it
    // reads our answer. A client that neither reads nor closes loses the slot after kLingerMs.
    m_deadline.start(kLingerMs);
    disconnect(m_client, &QTcpSocket::readyRead, this, nullptr);
    connect(m_client, &QTcpSocket::readyRead, this, [this] { m_client->skip(m_client->bytesAvailable()); });
    m_client->skip(m_client->bytesAvailable());
    m_in.clear();
    const auto shutDown = [this] {
        if (m_client->bytesToWrite() == 0 && m_client->state() == QAbstractSocket::ConnectedState)
            ::shutdown(static_cast<int>(m_client->socketDescriptor()), SHUT_WR);
    };
    connect(m_client, &QTcpSocket::bytesWritten, this, shutDown);
    m_client->flush();
    shutDown();
}

void RoomConnection::reclaim()
{
    m_client->abort();
    finish();
}

void RoomConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_server)
        m_server->abort();
    m_client->abort();
    if (m_closed)
        m_closed(this);
    deleteLater();
}

} // namespace cxm::room
