// Reads one HTTP/1.1 request from the bytes a client sends, before the room's HTTP server sees any
// of it, and refuses what the room must never read or pass on. It guarantees: a head larger than its
// limit, a body larger than its limit (from its Content-Length, before a byte of it is read; a
// chunked one as soon as its chunks add up to more) and an ambiguous frame (two Content-Length
// headers, Content-Length beside Transfer-Encoding, folded headers) are refused with their status;
// it never holds more than the head's and the body's limits of one request. A request it accepts is
// passed on in one plain form (Content-Length, no chunks), so the server behind it parses nothing
// ambiguous. No sockets and no clock here: RoomConnection feeds it and keeps the deadlines.
#pragma once

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace cxm::room {

// A request the room refuses before its server sees it: the status and the reason for the phone.
struct Refusal
{
    int status = 400;
    QString message;
};

struct RequestHead
{
    QByteArray method;
    QByteArray target; // the path and query, as sent
    int minorVersion = 1;
    std::vector<std::pair<QByteArray, QByteArray>> headers; // as sent, names in lower case
    qint64 contentLength = 0;
    bool chunked = false;
    bool expectContinue = false;
    bool keepAlive = true; // false: the connection closes after the response
    // The first value of a header (names in lower case), or an empty array.
    QByteArray value(const QByteArray &name) const;
    int count(const QByteArray &name) const;
};

class RequestReader
{
public:
    struct Limits
    {
        qsizetype maxHeadBytes = 8 * 1024;
        int maxHeaders = 64;
        qint64 maxBodyBytes = 64 * 1024;
    };
    enum class State { Empty, Head, Body, Complete, Refused };

    explicit RequestReader(const Limits &limits)
        : m_limits(limits)
    {}

    // Takes bytes from the front of `in` (what it leaves there belongs to the next request), and
    // returns the state: Complete (head() and body() hold the request), Refused (refusal() says why)
    // or still reading.
    State feed(QByteArray &in);
    State state() const { return m_state; }
    // True once the head is read and the client waits for "100 Continue" before sending the body.
    bool wantsContinue() const { return m_state == State::Body && m_head.expectContinue && !m_continued; }
    void continued() { m_continued = true; }
    const RequestHead &head() const { return m_head; }
    const QByteArray &body() const { return m_body; }
    const Refusal &refusal() const { return m_refusal; }
    // Ready for the next request on the same connection.
    void reset();
    // The request as the room's server is handed it: the request line, the client's headers without
    // the framing ones and without `drop`, then `extra`, Content-Length and the body.
    QByteArray forwarded(const QByteArray &drop, const QByteArray &extra) const;

private:
    State refuse(int status, const QString &message);
    bool fail(int status, const QString &message); // refuse(), for the head's checks
    State readHead(QByteArray &in);
    State readBody(QByteArray &in);
    State readChunks(QByteArray &in);
    bool parseHead(const QByteArray &head);

    Limits m_limits;
    State m_state = State::Empty;
    RequestHead m_head;
    QByteArray m_body;
    Refusal m_refusal;
    bool m_continued = false;
    // Chunked bodies: the bytes left of the current chunk (-1: a size line comes next), and whether
    // the last chunk was read (trailers follow, up to an empty line).
    qint64 m_chunkLeft = -1;
    bool m_chunkEnd = false; // the CRLF after a chunk's data comes next
    bool m_trailers = false;
    qsizetype m_trailerBytes = 0;
};

} // namespace cxm::room
