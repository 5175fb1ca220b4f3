// A raw HTTP/1.1 client for the room's hostile tests and its memory bench: one TCP connection from
// a chosen loopback address (127.0.0.2, 127.0.0.3 …: Linux routes all of 127/8 to loopback), bytes
// written exactly as given, and responses read one after another off the same connection. Every
// wait turns the event loop (the room may run on this thread) and is bounded: a response that does
// not come reads as status 0 instead of hanging.
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace cxm::test {

struct RawResponse
{
    int status = 0; // 0: the connection closed, or nothing came in time
    QByteArray head;
    QByteArray body;
};

class RawConnection
{
public:
    // Connects from `from` to the room on loopback; false when it could not.
    bool open(const QString &from, quint16 port, int timeoutMs = 10'000)
    {
        m_port = port;
        m_socket = std::make_unique<QTcpSocket>();
        if (!m_socket->bind(QHostAddress(from)))
            return false;
        m_socket->connectToHost(QHostAddress::LocalHost, port);
        return QTest::qWaitFor([&] { return m_socket->state() == QAbstractSocket::ConnectedState; },
                               timeoutMs);
    }
    // "Host: 127.0.0.1:PORT", the room's own address.
    QByteArray host() const { return "Host: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n"; }
    void send(const QByteArray &bytes)
    {
        m_socket->write(bytes);
        m_socket->flush();
    }
    bool connected() const { return m_socket && m_socket->state() != QAbstractSocket::UnconnectedState; }
    QTcpSocket &socket() { return *m_socket; }

    // The next response on this connection (its head, and Content-Length bytes of body).
    RawResponse read(int timeoutMs = 20'000)
    {
        RawResponse out;
        qsizetype end = -1;
        qint64 length = 0;
        const auto complete = [&] {
            m_buffer += m_socket->readAll();
            end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return m_socket->state() == QAbstractSocket::UnconnectedState;
            length = 0;
            for (const QByteArray &line : m_buffer.left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            return m_buffer.size() >= end + 4 + length ||
                   m_socket->state() == QAbstractSocket::UnconnectedState;
        };
        (void)QTest::qWaitFor(complete, timeoutMs);
        if (end < 0 || m_buffer.size() < end + 4 + length)
            return out;
        out.head = m_buffer.left(end);
        out.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        const QList<QByteArray> statusLine = out.head.left(out.head.indexOf("\r\n")).split(' ');
        out.status = statusLine.size() >= 2 ? statusLine[1].toInt() : 0;
        return out;
    }
    // Waits (bounded) until the room has closed the connection; true when it has.
    bool closedByServer(int timeoutMs = 20'000)
    {
        (void)QTest::qWaitFor(
            [&] {
                m_buffer += m_socket->readAll();
                return m_socket->state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        return m_socket->state() == QAbstractSocket::UnconnectedState;
    }
    // Takes what has arrived (without waiting), to be read as a response or seen in rest().
    void pump()
    {
        if (m_socket)
            m_buffer += m_socket->readAll();
    }
    // What arrived and was not read as a response.
    const QByteArray &rest() const { return m_buffer; }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
    quint16 m_port = 0;
};

// A request with a JSON body, as a phone sends it (Host is the room's own address).
inline QByteArray rawPost(const RawConnection &c, const QByteArray &path, const QByteArray &body,
                          const QByteArray &extraHeaders = {})
{
    return "POST " + path + " HTTP/1.1\r\n" + c.host() + "Content-Type: application/json\r\n" + extraHeaders +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

inline QByteArray rawGet(const RawConnection &c, const QByteArray &path, const QByteArray &extraHeaders = {})
{
    return "GET " + path + " HTTP/1.1\r\n" + c.host() + extraHeaders + "\r\n";
}

} // namespace cxm::test
