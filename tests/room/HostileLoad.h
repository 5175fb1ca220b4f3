// The memory attack of issue 22 against a running `cxm room`, shared by test_room_process and
// scripts/bench: hostile connections from loopback addresses 127.0.0.10 and up (one address each,
// so no per-address cap turns them away), a quarter sending 8 MiB bodies by Content-Length, a
// quarter 8 MiB chunked, and half holding heads they trickle and never finish. Bodies are written as
// fast as the room takes them (never buffered here beyond 256 KiB each). Also reads a process's
// memory from /proc. No test framework here: the caller checks.
#pragma once

#include "RawHttp.h"

#include <QFile>

#include <memory>
#include <vector>

namespace cxm::test {

// A line of /proc/PID/status in KiB (VmRSS: now; VmHWM: the peak since the process started).
inline qint64 procStatusKiB(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').front().toLongLong();
    return -1;
}

class HostileLoad
{
public:
    static constexpr qint64 kBodyBytes = 8 * 1024 * 1024;

    // Opens `connections` (a multiple of 4) against the room at `port`, behind `path` (a POST path).
    bool open(quint16 port, const QByteArray &path, int connections)
    {
        for (int i = 0; i < connections; ++i) {
            auto c = std::make_unique<Hostile>();
            const QString from = QStringLiteral("127.0.%1.%2").arg(i / 200).arg(10 + i % 200);
            if (!c->raw.open(from, port))
                return false;
            c->kind = i % 4 == 0 ? Kind::Length : i % 4 == 1 ? Kind::Chunked : Kind::Trickle;
            QByteArray head =
                "POST " + path + " HTTP/1.1\r\n" + c->raw.host() + "Content-Type: application/json\r\n";
            if (c->kind == Kind::Length)
                head += "Content-Length: " + QByteArray::number(kBodyBytes) + "\r\n\r\n";
            else if (c->kind == Kind::Chunked)
                head += "Transfer-Encoding: chunked\r\n\r\n";
            c->raw.send(head);
            Hostile *h = c.get();
            QObject::connect(&c->raw.socket(), &QTcpSocket::bytesWritten, [h] { feed(*h); });
            feed(*h);
            m_connections.push_back(std::move(c));
        }
        return true;
    }
    // Every body sender has been answered or cut by the room (the trickling ones are left open).
    bool bodiesDone() const
    {
        for (const auto &c : m_connections)
            if (c->kind != Kind::Trickle && c->raw.connected() && c->sent < kBodyBytes)
                return false;
        return true;
    }
    // Body senders the room answered 413 (read from what they received).
    int refusedTooLarge()
    {
        int n = 0;
        for (auto &c : m_connections) {
            c->raw.pump();
            n += c->kind != Kind::Trickle && c->raw.rest().startsWith("HTTP/1.1 413");
        }
        return n;
    }
    // The trickling ones send one more byte of their head.
    void trickle()
    {
        for (auto &c : m_connections)
            if (c->kind == Kind::Trickle && c->raw.connected())
                c->raw.send("X");
    }
    int open() const
    {
        int n = 0;
        for (const auto &c : m_connections)
            n += c->raw.connected();
        return n;
    }

private:
    enum class Kind { Length, Chunked, Trickle };
    struct Hostile
    {
        RawConnection raw;
        Kind kind = Kind::Trickle;
        qint64 sent = 0;
    };
    static void feed(Hostile &h)
    {
        static const QByteArray piece(64 * 1024, 'x');
        static const QByteArray chunk = "10000\r\n" + piece + "\r\n";
        while (h.kind != Kind::Trickle && h.raw.connected() && h.sent < kBodyBytes &&
               h.raw.socket().bytesToWrite() < 256 * 1024) {
            h.raw.socket().write(h.kind == Kind::Chunked ? chunk : piece);
            h.sent += piece.size();
        }
    }
    std::vector<std::unique_ptr<Hostile>> m_connections;
};

} // namespace cxm::test
