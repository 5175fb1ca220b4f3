// The room under hostile load (issue 22), over real loopback sockets from several source addresses:
// one address that holds hundreds of slow connections while another is answered, deadlines that a
// trickle of bytes does not reset, guessing the room code through the page, Host and Origin,
// ambiguous framing, pipelining, and a 503 that names no file.
#include "RawHttp.h"
#include "RoomFixture.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace cxm;
using namespace cxm::test;
using room::RoomServer;

namespace {

QByteArray apiPath(const Room &room, const QByteArray &what = {})
{
    return "/api/rooms/" + room.server->code().toUtf8() + (what.isEmpty() ? QByteArray() : "/" + what);
}

QByteArray joinBody(const char *participant)
{
    return "{\"participant\": \"" + QByteArray(participant) + "\"}";
}

// Opens `count` connections from `from`, each sending the start of a head that never ends.
std::vector<std::unique_ptr<RawConnection>> trickling(const Room &room, const QString &from, int count)
{
    std::vector<std::unique_ptr<RawConnection>> out;
    for (int i = 0; i < count; ++i) {
        auto c = std::make_unique<RawConnection>();
        REQUIRE(c->open(from, room.server->port()));
        c->send("POST " + apiPath(room, "join") + " HTTP/1.1\r\n" + c->host() + "Content-Length: 20\r\n");
        out.push_back(std::move(c));
    }
    return out;
}

int stillOpen(std::vector<std::unique_ptr<RawConnection>> &connections)
{
    QTest::qWait(0);
    int open = 0;
    for (auto &c : connections) {
        c->pump();
        open += c->connected();
    }
    return open;
}

// A full exchange from another address: the page, then a join.
void answeredFrom(const Room &room, const QString &from, const char *participant)
{
    RawConnection phone;
    REQUIRE(phone.open(from, room.server->port()));
    phone.send(rawGet(phone, "/r/" + room.server->code().toUtf8()));
    CHECK(phone.read().status == 200);
    phone.send(rawPost(phone, apiPath(room, "join"), joinBody(participant)));
    const RawResponse joined = phone.read();
    CHECK(joined.status == 200);
    CHECK(joined.body.contains("token"));
}

} // namespace

TEST_CASE("one address with 256 trickling connections does not shut out another address, and its "
          "slots are reclaimed by a deadline no byte resets")
{
    RoomServer::Options options;
    options.limits.headTimeoutMs = 1500;
    Room room(3, options);
    auto hostile = trickling(room, QStringLiteral("127.0.0.2"), 256);
    // Each connection past the address's cap (16) took the slot of that address's oldest one.
    REQUIRE(QTest::qWaitFor([&] { return stillOpen(hostile) == 16; }, 30'000));
    answeredFrom(room, QStringLiteral("127.0.0.3"), "p1");
    CHECK(stillOpen(hostile) == 16);

    // The 16 left keep sending a byte at a time; their heads are due 1.5 s after their first byte
    // all the same, and each is answered 408 and closed.
    const QDeadlineTimer bound(60'000);
    while (stillOpen(hostile) > 0 && !bound.hasExpired()) {
        for (auto &c : hostile)
            if (c->connected())
                c->send("X");
        QTest::qWait(100);
    }
    REQUIRE(stillOpen(hostile) == 0);
    int timedOut = 0;
    for (auto &c : hostile)
        timedOut += c->rest().startsWith("HTTP/1.1 408");
    CHECK(timedOut == 16);
    answeredFrom(room, QStringLiteral("127.0.0.3"), "p2");
}

TEST_CASE("when every slot is taken, a new address takes one from the address that holds the most")
{
    RoomServer::Options options;
    options.limits.maxConnections = 32;
    options.limits.perAddress = 64; // the facilitator trusts this address with many: only the total caps
    Room room(3, options);
    auto hostile = trickling(room, QStringLiteral("127.0.0.2"), 32);
    REQUIRE(QTest::qWaitFor([&] { return stillOpen(hostile) == 32; }, 30'000));
    answeredFrom(room, QStringLiteral("127.0.0.3"), "p1");
    CHECK(stillOpen(hostile) == 31);
    CHECK(!hostile.front()->connected()); // the oldest gave up its slot
}

TEST_CASE("guessing room codes through the page is rate-limited per address, with the API")
{
    RoomServer::Options options;
    options.rateBurst = 20;
    options.ratePerSecond = 0; // nothing refills: the count alone decides
    Room room(3, options);
    RawConnection guesser;
    REQUIRE(guesser.open(QStringLiteral("127.0.0.2"), room.server->port()));
    int wrong = 0;
    int limited = 0;
    for (int i = 0; i < 30; ++i) {
        guesser.send(rawGet(guesser, "/r/guess" + QByteArray::number(1000 + i)));
        const int status = guesser.read().status;
        wrong += status == 404;
        limited += status == 429;
    }
    CHECK(wrong == 20);
    CHECK(limited == 10);
    // The right code does not help once the allowance is spent, nor does the API.
    guesser.send(rawGet(guesser, "/r/" + room.server->code().toUtf8()));
    CHECK(guesser.read().status == 429);
    guesser.send(rawGet(guesser, apiPath(room)));
    CHECK(guesser.read().status == 429);
    // Another address is not affected.
    answeredFrom(room, QStringLiteral("127.0.0.3"), "p1");
}

TEST_CASE("a Host that is not the room's address, and a foreign Origin, are refused")
{
    Room room;
    const QByteArray port = QByteArray::number(room.server->port());
    const auto status = [&](const QByteArray &request) {
        RawConnection c;
        REQUIRE(c.open(QStringLiteral("127.0.0.2"), room.server->port()));
        c.send(request);
        const RawResponse r = c.read();
        if (r.status >= 400) {
            CHECK(r.body.contains("\"error\""));
            CHECK(r.head.contains("X-Frame-Options: DENY"));
            CHECK(c.closedByServer());
        }
        return r.status;
    };
    const QByteArray info = "GET " + apiPath(room) + " HTTP/1.1\r\n";
    // DNS rebinding: a name the attacker controls, pointed at the laptop.
    CHECK(status(info + "Host: rebind.example:" + port + "\r\n\r\n") == 421);
    CHECK(status(info + "Host: 127.0.0.1:1\r\n\r\n") == 421);
    CHECK(status(info + "Host: 127.0.0.2:" + port + "\r\n\r\n") == 421); // not the address reached
    CHECK(status(info + "\r\n") == 400);                                 // HTTP/1.1 without a Host
    CHECK(status(info + "Host: 127.0.0.1:" + port + "\r\n\r\n") == 200);
    CHECK(status(info + "Host: localhost:" + port + "\r\n\r\n") == 200);
    // Origin: the room's own, or none; never another site's.
    const QByteArray host = "Host: 127.0.0.1:" + port + "\r\n";
    CHECK(status(info + host + "Origin: http://127.0.0.1:" + port + "\r\n\r\n") == 200);
    CHECK(status(info + host + "Origin: http://evil.example\r\n\r\n") == 403);
    CHECK(status(info + host + "Origin: null\r\n\r\n") == 403);
    CHECK(status(info + host + "Origin: https://127.0.0.1:" + port + "\r\n\r\n") == 403);
    const QByteArray body = joinBody("p1");
    CHECK(status("POST " + apiPath(room, "join") + " HTTP/1.1\r\n" + host +
                 "Origin: http://evil.example\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body) == 403);
    CHECK(room.server->joined().empty());
}

TEST_CASE("ambiguous framing is refused before the room reads the request")
{
    Room room;
    const auto exchange = [&](const QByteArray &request) {
        RawConnection c;
        REQUIRE(c.open(QStringLiteral("127.0.0.2"), room.server->port()));
        c.send(request);
        const RawResponse r = c.read();
        INFO(r.body.toStdString());
        if (r.status >= 400)
            CHECK(c.closedByServer());
        return r;
    };
    RawConnection sample;
    REQUIRE(sample.open(QStringLiteral("127.0.0.2"), room.server->port()));
    const QByteArray head = "POST " + apiPath(room, "join") + " HTTP/1.1\r\n" + sample.host() +
                            "Content-Type: application/json\r\n";
    const QByteArray body = joinBody("p1");
    const QByteArray length = QByteArray::number(body.size());
    // Two Content-Length headers, even equal ones; a length given twice over; a folded header.
    CHECK(exchange(head + "Content-Length: " + length + "\r\nContent-Length: " + length + "\r\n\r\n" + body)
              .status == 400);
    CHECK(exchange(head + "Content-Length: 2\r\nContent-Length: " + length + "\r\n\r\n" + body).status ==
          400);
    CHECK(exchange(head + "Content-Length: " + length + "\r\nTransfer-Encoding: chunked\r\n\r\n" + body)
              .status == 400);
    CHECK(exchange(head + "X-Folded: a\r\n b\r\nContent-Length: " + length + "\r\n\r\n" + body).status ==
          400);
    CHECK(exchange(head + "Content-Length : " + length + "\r\n\r\n" + body).status == 400);
    CHECK(room.server->joined().empty());

    // A body larger than the limit is refused from its Content-Length: no byte of it is sent here.
    const RawResponse large = exchange(head + "Content-Length: 8388608\r\n\r\n");
    CHECK(large.status == 413);
    // A chunked body is read, and refused as soon as it passes the limit.
    const QByteArray chunk = "8000\r\n" + QByteArray(0x8000, 'x') + "\r\n";
    CHECK(exchange(head + "Transfer-Encoding: chunked\r\n\r\n" + chunk + chunk + chunk).status == 413);
    const QByteArray chunked = QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n";
    CHECK(exchange(head + "Transfer-Encoding: chunked\r\n\r\n" + chunked).status == 200);
    CHECK(room.server->joined() == std::set<std::string>{"p1"});
}

TEST_CASE("pipelined requests are answered in order, and a bad one ends the connection cleanly")
{
    Room room;
    RawConnection c;
    REQUIRE(c.open(QStringLiteral("127.0.0.2"), room.server->port()));
    // Three requests in one write: the room's info, the page and a join.
    c.send(rawGet(c, apiPath(room)) + rawGet(c, "/r/" + room.server->code().toUtf8()) +
           rawPost(c, apiPath(room, "join"), joinBody("p1")));
    const RawResponse info = c.read();
    const RawResponse page = c.read();
    const RawResponse join = c.read();
    CHECK(info.status == 200);
    CHECK(info.body.contains("\"participants\""));
    CHECK(page.status == 200);
    CHECK(page.head.contains("text/html"));
    CHECK(join.status == 200);
    CHECK(join.body.contains("\"token\""));
    CHECK(c.connected());

    // The second of three is ambiguous: the first is answered, the second refused, and the third
    // never reaches the room.
    RawConnection d;
    REQUIRE(d.open(QStringLiteral("127.0.0.2"), room.server->port()));
    const QByteArray body = joinBody("p2");
    d.send(rawGet(d, apiPath(room)) + "POST " + apiPath(room, "join") + " HTTP/1.1\r\n" + d.host() +
           "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body +
           rawPost(d, apiPath(room, "join"), joinBody("p3")));
    CHECK(d.read().status == 200);
    CHECK(d.read().status == 400);
    CHECK(d.closedByServer());
    CHECK(d.rest().isEmpty());
    CHECK(room.server->joined() == std::set<std::string>{"p1"});
}

TEST_CASE("a 503 tells the phone nothing of the laptop's files; the facilitator learns why")
{
    Room room;
    QString why;
    REQUIRE(room.server->openRound({"c1"}, &why));
    const QByteArray p1 = room.join("p1");
    const QString round = room.roundId(p1);
    QSignalSpy failed(room.server.get(), &RoomServer::storeFailed);
    // Another program moves the file away: the next edit is refused.
    std::filesystem::rename(room.dir / "s.cxm", room.dir / "moved.cxm");
    const HttpReply r = room.answer(p1, rating(round, 1, "c1.culture", "mature"));
    CHECK(r.status == 503);
    const QString dir = QString::fromStdString(room.dir.path().string());
    CHECK(!r.body.contains(dir.toUtf8()));
    CHECK(!r.body.contains("s.cxm"));
    CHECK(!r.json.value(QStringLiteral("error")).toString().isEmpty());
    REQUIRE(failed.size() == 1);
    CHECK(failed.front().front().toString().contains(QStringLiteral("s.cxm")));
}
