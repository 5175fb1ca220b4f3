// "A phone acts only for its own person", over real HTTP: a device is sent only the answers it gave
// (never the laptop's, the kiosk's or another device's), a stranger with the room code reads no
// one's answers, one network address cannot claim everyone, a claim can wait for the facilitator,
// and a device taken out stops working while its participant can join again.
#include "RoomFixture.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::test;
using room::RoomServer;

namespace {

// The answers a device is sent, by question id (null when it is sent none).
std::map<std::string, QJsonValue> answersSent(const QJsonArray &questions)
{
    std::map<std::string, QJsonValue> out;
    for (const QJsonValue &q : questions)
        out[q.toObject().value(QStringLiteral("question")).toString().toStdString()] =
            q.toObject().value(QStringLiteral("answer"));
    return out;
}

// What the laptop stored before the room opened: p1 and p2 rated every item of c1, p3 two of them.
void laptopAnswers(SessionFile &file)
{
    for (const char *p : {"p1", "p2"})
        for (const char *item : {"c1.culture", "c1.data", "c1.why"})
            file.setRating(p, item, Rating::Mature);
    file.setRating("p3", "c1.culture", Rating::Early);
    file.setRating("p3", "c1.data", Rating::Early);
}

// A join sent from another loopback address (127.0.0.x), as a second phone on the network would:
// a raw HTTP request from a socket bound to that address. Returns the status (0: no answer).
int joinFrom(const QString &from, const Room &room, const std::string &participant)
{
    QTcpSocket socket;
    REQUIRE(socket.bind(QHostAddress(from)));
    socket.connectToHost(QHostAddress::LocalHost, room.server->port());
    REQUIRE(socket.waitForConnected(10'000));
    const QByteArray body = "{\"participant\": \"" + QByteArray::fromStdString(participant) + "\"}";
    socket.write("POST /api/rooms/" + room.server->code().toUtf8() +
                 "/join HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(room.server->port()) +
                 "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // The server runs on this thread: wait with the event loop turning (bounded), never blocked,
    // until the whole response (its headers and Content-Length bytes of body) is in.
    QByteArray reply;
    const auto complete = [&] {
        reply += socket.readAll();
        const qsizetype headersEnd = reply.indexOf("\r\n\r\n");
        if (headersEnd < 0)
            return socket.state() == QAbstractSocket::UnconnectedState;
        const QByteArray headers = reply.left(headersEnd).toLower();
        const qsizetype at = headers.indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : headers.mid(at + 15, headers.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        return reply.size() >= headersEnd + 4 + length;
    };
    (void)QTest::qWaitFor(complete, 10'000);
    const QList<QByteArray> statusLine = reply.left(reply.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 ? statusLine[1].toInt() : 0;
}

} // namespace

TEST_CASE("a device is sent only the answers it gave, never the laptop's or another device's")
{
    Room room(3, {}, laptopAnswers);
    QString why;
    REQUIRE(room.server->openRound({"c1"}, &why));
    const QByteArray phone = room.join("p1");
    const QString round = room.roundId(phone);

    // The laptop's answers for p1 are in the file, but not sent to p1's phone.
    for (const auto &[question, answer] : answersSent(room.questions(phone))) {
        INFO(question);
        CHECK(answer.isNull());
    }

    // What the phone gives it is sent back, also after a reload (the same token asks again).
    REQUIRE(room.answer(phone, rating(round, 1, "c1.data", "early")).status == 200);
    auto sent = answersSent(room.questions(phone));
    CHECK(sent.at("c1.data").toString() == QStringLiteral("early"));
    CHECK(sent.at("c1.culture").isNull());
    CHECK(sent.at("c1.why").isNull());
    sent = answersSent(room.questions(phone));
    CHECK(sent.at("c1.data").toString() == QStringLiteral("early"));

    // The laptop changes the answer the phone gave: the phone is no longer sent it.
    room::RoomAnswer laptop;
    laptop.participant = "p1";
    laptop.worksheet = Instrument::builtin().findWorksheet("c1");
    laptop.question = "c1.data";
    laptop.rating = Rating::Advanced;
    room.store->store(laptop);
    CHECK(answersSent(room.questions(phone)).at("c1.data").isNull());
    REQUIRE(room.answer(phone, rating(round, 2, "c1.data", "mature")).status == 200);
    CHECK(answersSent(room.questions(phone)).at("c1.data").toString() == QStringLiteral("mature"));

    // Another device for the same participant (the facilitator let it take over) is sent nothing of
    // what the first device gave.
    room.server->allowNewDevice("p1");
    const QByteArray second = room.join("p1");
    for (const auto &[question, answer] : answersSent(room.questions(second))) {
        INFO(question);
        CHECK(answer.isNull());
    }
    CHECK(room.onDisk().findRating("p1", "c1.data")->rating == Rating::Mature);
}

TEST_CASE("a stranger with the room code reads no one's answers and cannot claim everyone")
{
    Room room(20, {}, laptopAnswers);
    QString why;
    REQUIRE(room.server->openRound({"c1"}, &why));

    // The stranger reads the names (that is how a phone picks one), then claims one after another.
    const HttpReply names = httpGet(room.net, room.api());
    REQUIRE(names.status == 200);
    CHECK_FALSE(names.body.contains("mature"));
    std::vector<QByteArray> tokens;
    int refused = 0;
    for (int i = 1; i <= 20; ++i) {
        const HttpReply r = room.joinReply("p" + std::to_string(i));
        if (r.status == 200) {
            tokens.push_back(r.json.value(QStringLiteral("token")).toString().toUtf8());
            continue;
        }
        CHECK(r.status == 403);
        CHECK(r.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("network address")));
        ++refused;
    }
    CHECK(tokens.size() == 2); // one address, two participants
    CHECK(refused == 18);
    // What the claimed ones are sent: questions, and not one of the answers the file has for them.
    for (const QByteArray &token : tokens) {
        const HttpReply r = httpGet(room.net, room.api(QStringLiteral("round")), token);
        REQUIRE(r.status == 200);
        CHECK_FALSE(r.body.contains("\"answer\":\"mature\""));
        for (const auto &[question, answer] : answersSent(r.json.value(QStringLiteral("round"))
                                                              .toObject()
                                                              .value(QStringLiteral("questions"))
                                                              .toArray()))
            CHECK(answer.isNull());
    }

    // The room keeps serving everyone else: phones on other addresses join.
    CHECK(joinFrom(QStringLiteral("127.0.0.2"), room, "p3") == 200);
    CHECK(joinFrom(QStringLiteral("127.0.0.3"), room, "p4") == 200);
    CHECK(joinFrom(QStringLiteral("127.0.0.3"), room, "p5") == 200);
    CHECK(joinFrom(QStringLiteral("127.0.0.3"), room, "p6") == 403);
    CHECK(room.server->joined().size() == 5);

    // The facilitator allows more from one address.
    room.server->setPerAddress(3);
    CHECK(room.joinReply("p7").status == 200);
    CHECK(room.joinReply("p8").status == 403);
    // A device taken out frees its place: its token stops, and its participant can be claimed again.
    room.server->removeDevice(room.deviceNumber("p1"));
    CHECK(httpGet(room.net, room.api(QStringLiteral("round")), tokens[0]).status == 401);
    CHECK(room.joinReply("p1").status == 200);
}

TEST_CASE("with 'ask me first', a claim waits for the facilitator's Allow")
{
    RoomServer::Options options;
    options.devices.askFirst = true;
    Room room(3, options);
    QString why;
    REQUIRE(room.server->openRound({"c1"}, &why));
    std::vector<int> waiting;
    QObject::connect(room.server.get(), &RoomServer::deviceWaiting, [&](int n) { waiting.push_back(n); });

    const HttpReply asked = room.joinReply("p1");
    REQUIRE(asked.status == 202);
    CHECK(asked.json.value(QStringLiteral("waiting")).toBool());
    const QByteArray token = asked.json.value(QStringLiteral("token")).toString().toUtf8();
    REQUIRE(waiting.size() == 1);
    CHECK(room.server->devices().deviceOf("p1")->waiting);
    CHECK(room.server->joined().empty());

    // Until it is let in, the device reads no round and cannot answer.
    const HttpReply wait = httpGet(room.net, room.api(QStringLiteral("round")), token);
    CHECK(wait.status == 202);
    CHECK(wait.json.value(QStringLiteral("round")).isNull());
    const HttpReply early = room.answer(token, rating(QStringLiteral("any"), 1, "c1.culture", "mature"));
    CHECK(early.status == 403);
    CHECK_FALSE(room.onDisk().findRating("p1", "c1.culture"));
    // Nobody else can claim the name while it waits.
    CHECK(room.joinReply("p1").status == 409);

    REQUIRE(room.server->allow(waiting.front()));
    const QString round = room.roundId(token);
    CHECK(room.answer(token, rating(round, 1, "c1.culture", "mature")).status == 200);
    CHECK(room.server->joined() == std::set<std::string>{"p1"});

    // A claim the facilitator refuses: its token never works, and the name is free again.
    const HttpReply other = room.joinReply("p2");
    REQUIRE(other.status == 202);
    REQUIRE(room.server->removeDevice(room.deviceNumber("p2")));
    CHECK(httpGet(room.net, room.api(QStringLiteral("round")),
                  other.json.value(QStringLiteral("token")).toString().toUtf8())
              .status == 401);
    CHECK(room.joinReply("p2").status == 202);
}

TEST_CASE("the projector's label of a device: its kind from the browser, never the browser's words")
{
    CHECK(room::platformOf("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36") == "Android");
    CHECK(room::platformOf("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)") == "iPhone");
    CHECK(room::platformOf("Mozilla/5.0 (Windows NT 10.0; Win64; x64)") == "Windows");
    CHECK(room::platformOf("<script>alert(1)</script>").empty());
}
