// The live room's server, started for real on loopback and spoken to over HTTP: the happy path, and
// hostile requests that must each get their status while the room keeps serving the others.
#include "RoomFixture.h"

#include <QTcpSocket>
#include <QTest>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::test;
using room::RoomServer;

TEST_CASE(
    "a phone joins, reads the round with its own answers only, and its answer is on disk when acknowledged")
{
    Room room;
    QString why;
    REQUIRE(room.server->openRound({"c1"}, &why));
    const QByteArray p1 = room.join("p1");
    const QByteArray p2 = room.join("p2");
    const QString round = room.roundId(p1);
    REQUIRE(round.size() >= 8);

    const HttpReply saved = room.answer(p1, rating(round, 1, "c1.culture", "mature"));
    REQUIRE(saved.status == 200);
    CHECK(saved.json.value(QStringLiteral("saved")).toBool());
    const Session disk = room.onDisk();
    REQUIRE(disk.findRating("p1", "c1.culture"));
    CHECK(disk.findRating("p1", "c1.culture")->rating == Rating::Mature);

    // p2 sees the round's three questions in the workbook's words, and none of p1's answers.
    const HttpReply r = httpGet(room.net, room.api(QStringLiteral("round")), p2);
    const QJsonArray questions =
        r.json.value(QStringLiteral("round")).toObject().value(QStringLiteral("questions")).toArray();
    REQUIRE(questions.size() == 3);
    CHECK(questions[0].toObject().value(QStringLiteral("text")).toString().toStdString() ==
          Instrument::builtin().findItem("c1.culture")->question);
    for (const QJsonValue &q : questions)
        CHECK(q.toObject().value(QStringLiteral("answer")).isNull());
    // How far, never what: p1 has 1 of 3, and the other two questions are missing.
    const auto progress = room.server->roundProgress();
    CHECK(progress.at("p1").answered == 1);
    CHECK(progress.at("p1").of == 3);
    CHECK_FALSE(progress.at("p1").complete());
    CHECK(progress.at("p1").missing.size() == 2);
    CHECK(progress.at("p2").answered == 0);
    CHECK(room.server->joined() == std::set<std::string>{"p1", "p2"});
}

TEST_CASE("every response carries the security headers and no CORS permission")
{
    Room room;
    // The room's own origin is served; another site's is refused (issue 22), with the same headers.
    QNetworkRequest own = roomRequest(room.api(), {}, {});
    own.setRawHeader("Origin", room.server->joinUrl().toString(QUrl::RemovePath).toUtf8());
    const HttpReply info = finish(room.net.get(own));
    REQUIRE(info.status == 200);
    QNetworkRequest request = roomRequest(room.api(), {}, {});
    request.setRawHeader("Origin", "http://evil.example");
    const HttpReply foreign = finish(room.net.get(request));
    CHECK(foreign.status == 403);
    const HttpReply page = httpGet(room.net, room.server->joinUrl());
    const HttpReply missing = httpGet(
        room.net, QUrl(room.server->joinUrl().toString(QUrl::RemovePath) + QStringLiteral("/nothing")));
    CHECK(missing.status == 404);
    for (const HttpReply *r : {&info, &foreign, &page, &missing}) {
        CHECK(r->header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        CHECK(r->header("Content-Security-Policy").contains("default-src 'none'"));
        CHECK(r->header("X-Frame-Options") == "DENY");
        CHECK(r->header("X-Content-Type-Options") == "nosniff");
        CHECK(r->header("Access-Control-Allow-Origin").isEmpty());
    }
    CHECK(page.header("Content-Type").startsWith("text/html"));
    CHECK(info.header("Content-Type") == "application/json");
    // A preflight gets no permission either.
    const HttpReply preflight = finish(room.net.sendCustomRequest(request, "OPTIONS"));
    CHECK(preflight.header("Access-Control-Allow-Origin").isEmpty());
    CHECK(preflight.status >= 400);
}

TEST_CASE("hostile requests are refused with their status, and the room keeps serving")
{
    Room room;
    QString why;
    REQUIRE(room.server->openRound({"c1", "readiness"}, &why));
    const QByteArray p1 = room.join("p1");
    const QString round = room.roundId(p1);
    const auto keepsServing = [&](int sequence) {
        const HttpReply ok = room.answer(p1, rating(round, sequence, "c1.culture", "early"));
        REQUIRE(ok.status == 200);
    };
    const auto refused = [](const HttpReply &r, int status) {
        CHECK(r.status == status);
        if (r.status != 0)
            CHECK(!r.json.value(QStringLiteral("error")).toString().isEmpty());
    };

    SECTION("a wrong room code")
    {
        refused(httpGet(room.net, room.api({}, QStringLiteral("wrongcode12"))), 403);
        refused(httpPost(room.net, room.api(QStringLiteral("join"), QStringLiteral("wrongcode12")),
                         toJson({{QStringLiteral("participant"), QStringLiteral("p2")}})),
                403);
        QUrl page = room.server->joinUrl();
        page.setPath(QStringLiteral("/r/wrongcode12"));
        CHECK(httpGet(room.net, page).status == 404);
        keepsServing(1);
    }
    SECTION("a wrong or missing token")
    {
        refused(httpGet(room.net, room.api(QStringLiteral("round")), "not-a-token"), 401);
        refused(httpGet(room.net, room.api(QStringLiteral("round"))), 401);
        refused(room.answer("not-a-token", rating(round, 1, "c1.culture", "mature")), 401);
        keepsServing(1);
    }
    SECTION("another participant's id")
    {
        QJsonObject body = rating(round, 1, "c1.culture", "mature");
        body[QStringLiteral("participant")] = QStringLiteral("p2");
        refused(room.answer(p1, body), 403);
        CHECK(!room.onDisk().findRating("p2", "c1.culture"));
        CHECK(!room.onDisk().findRating("p1", "c1.culture"));
        keepsServing(2);
    }
    SECTION("a second device for a participant who has one, unless the facilitator allows it")
    {
        refused(httpPost(room.net, room.api(QStringLiteral("join")),
                         toJson({{QStringLiteral("participant"), QStringLiteral("p1")}})),
                409);
        keepsServing(1);
        room.server->allowNewDevice("p1");
        const QByteArray second = room.join("p1");
        refused(httpGet(room.net, room.api(QStringLiteral("round")), p1), 401); // the old device is out
        CHECK(room.answer(second, rating(round, 1, "c1.culture", "mature")).status == 200);
    }
    SECTION("unknown ids")
    {
        refused(httpPost(room.net, room.api(QStringLiteral("join")),
                         toJson({{QStringLiteral("participant"), QStringLiteral("p99")}})),
                404);
        refused(room.answer(p1, rating(round, 1, "c9.nothing", "mature")), 404);
        refused(room.answer(p1, rating(round, 1, "c2.value", "mature")), 404); // not in this round
        refused(room.answer(p1, rating(round, 1, "c1.culture", "brilliant")), 422);
        refused(httpGet(room.net, room.api(QStringLiteral("secrets")), p1), 404);
        keepsServing(2);
    }
    SECTION("malformed JSON and the wrong content type")
    {
        refused(httpPost(room.net, room.api(QStringLiteral("answer")), "{\"round\": ", p1), 400);
        refused(httpPost(room.net, room.api(QStringLiteral("answer")), "[1,2,3]", p1), 400);
        refused(httpPost(room.net, room.api(QStringLiteral("join")), "\xff\xfe garbage"), 400);
        refused(httpPost(room.net, room.api(QStringLiteral("join")),
                         toJson({{QStringLiteral("participant"), QStringLiteral("p2")}}), {}, "text/plain"),
                415);
        refused(room.answer(p1, {{QStringLiteral("round"), round}, {QStringLiteral("sequence"), 1}}), 404);
        keepsServing(1);
    }
    SECTION("a 2 MB body")
    {
        const QByteArray big = "{\"participant\": \"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
        const HttpReply r = httpPost(room.net, room.api(QStringLiteral("join")), big);
        CHECK((r.status == 413 || r.status == 400));
        keepsServing(1);
    }
    SECTION("replayed and stale answers")
    {
        keepsServing(5);
        refused(room.answer(p1, rating(round, 5, "c1.culture", "mature")), 409); // the same again
        refused(room.answer(p1, rating(round, 4, "c1.culture", "mature")), 409); // older
        CHECK(room.onDisk().findRating("p1", "c1.culture")->rating == Rating::Early);
        refused(room.answer(p1, rating(QStringLiteral("oldround"), 6, "c1.culture", "mature")), 409);
        room.server->closeRound();
        refused(room.answer(p1, rating(round, 7, "c1.culture", "mature")), 409);
        CHECK(room.onDisk().findRating("p1", "c1.culture")->rating == Rating::Early);
    }
    SECTION("a revoked device")
    {
        room.server->revoke("p1");
        refused(room.answer(p1, rating(round, 1, "c1.culture", "mature")), 401);
    }
}

TEST_CASE("requests are rate-limited per device")
{
    RoomServer::Options options;
    options.rateBurst = 20;
    options.ratePerSecond = 0; // nothing refills: the count alone decides
    Room room(3, options);
    QString why;
    REQUIRE(room.server->openRound({"c1"}, &why));
    const QByteArray p1 = room.join("p1");
    const QByteArray p2 = room.join("p2");
    int ok = 0;
    int limited = 0;
    for (int i = 0; i < 30; ++i) {
        const int status = httpGet(room.net, room.api(QStringLiteral("round")), p1).status;
        ok += status == 200;
        limited += status == 429;
    }
    CHECK(ok == 20);
    CHECK(limited == 10);
    CHECK(httpGet(room.net, room.api(QStringLiteral("round")), p2).status == 200); // others go on
}

TEST_CASE("slow clients (a bounded number) do not stop the room, and idle ones are closed")
{
    RoomServer::Options options;
    options.limits.idleTimeoutMs = 1500;
    options.limits.maxConnections = 40;
    Room room(3, options);
    QString why;
    REQUIRE(room.server->openRound({"c1"}, &why));
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 0; i < 20; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, room.server->port());
        REQUIRE(s->waitForConnected(10'000));
        // Headers that never end, and a body that never comes.
        s->write("POST /api/rooms/" + room.server->code().toUtf8() +
                 "/join HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n");
        s->flush();
        slow.push_back(std::move(s));
    }
    QTest::qWait(50);
    const QByteArray p1 = room.join("p1");
    const QString round = room.roundId(p1);
    CHECK(room.answer(p1, rating(round, 1, "c1.culture", "advanced")).status == 200);
    // The slow ones are closed once idle (bounded wait: the test fails rather than hangs).
    for (auto &s : slow) {
        if (s->state() != QAbstractSocket::UnconnectedState)
            (void)QTest::qWaitFor([&] { return s->state() == QAbstractSocket::UnconnectedState; }, 30'000);
        CHECK(s->state() == QAbstractSocket::UnconnectedState);
    }
    CHECK(room.answer(p1, rating(round, 2, "c1.culture", "mature")).status == 200);
}
