// `cxm room` as its own process: the printed join URL, a clean stop on SIGTERM, 40 participants
// answering a 15-question round at once, and SIGKILL in the middle of a round. Whatever the room
// acknowledged must be in the .cxm, and the file must pass PRAGMA integrity_check.
#include "../core/TempDir.h"
#include "RoomTestSupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QTimer>
#include <QTest>

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <csignal>
#include <functional>
#include <map>

using namespace cxm;
using namespace cxm::test;

namespace {

const QStringList kLevels = {QStringLiteral("early"), QStringLiteral("advanced"), QStringLiteral("mature")};

struct RoomProcess
{
    QProcess process;
    QUrl url;
    QString code;
    // By default a round of the five competencies, and 40 participants from loopback (one address).
    explicit RoomProcess(const std::filesystem::path &file,
                         const QStringList &options = {QStringLiteral("--round"),
                                                       QStringLiteral("c1,c2,c3,c4,c5"),
                                                       QStringLiteral("--per-address"), QStringLiteral("40")})
    {
        application();
        process.start(QStringLiteral(CXM_BINARY),
                      QStringList{QStringLiteral("room"), QString::fromStdString(file.string())} + options);
        REQUIRE(process.waitForStarted(30'000));
        (void)QTest::qWaitFor(
            [&] { return process.canReadLine() || process.state() == QProcess::NotRunning; }, 60'000);
        REQUIRE(process.canReadLine());
        url = QUrl(QString::fromUtf8(process.readLine().trimmed()));
        code = url.path().section(QLatin1Char('/'), 2, 2);
    }
    ~RoomProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(30'000);
        }
    }
    QUrl api(const QString &what) const
    {
        QUrl u = url;
        u.setPath(QStringLiteral("/api/rooms/") + code + QStringLiteral("/") + what);
        return u;
    }
    // The facilitator types a command into the room's terminal; returns once stdout has the answer
    // (a line containing `expect`), or fails after a bounded wait.
    QString type(const QByteArray &line, const QString &expect)
    {
        process.write(line + '\n');
        return waitFor(stdoutSeen, QProcess::StandardOutput, expect);
    }
    QString waitForStderr(const QString &expect)
    {
        return waitFor(stderrSeen, QProcess::StandardError, expect);
    }
    QString stdoutSeen;
    QString stderrSeen;

private:
    QString waitFor(QString &seen, QProcess::ProcessChannel channel, const QString &expect)
    {
        const auto more = [&] {
            process.setReadChannel(channel);
            seen += QString::fromUtf8(process.readAll());
            return seen.contains(expect);
        };
        (void)QTest::qWaitFor(more, 30'000);
        INFO(seen.toStdString());
        REQUIRE(seen.contains(expect));
        const QString out = seen;
        seen.clear();
        return out;
    }
};

struct Acknowledged
{
    std::string participant;
    std::string item;
    Rating rating;
};

// One simulated phone: joins, reads the round, then answers every question, one after another (the
// 40 phones run at once). Each answer acknowledged with 200 is recorded.
class Phone : public QObject
{
public:
    Phone(const RoomProcess &room, int index, std::vector<Acknowledged> &acked, std::function<void()> onAck)
        : m_room(room)
        , m_index(index)
        , m_participant("p" + std::to_string(index + 1))
        , m_acked(acked)
        , m_onAck(std::move(onAck))
    {}
    bool done = false;
    bool failed = false;
    bool joined = false;
    // When set, the phone joins at once but answers only once *startAnswering is true.
    const bool *startAnswering = nullptr;

    void start()
    {
        auto *reply =
            m_net.post(roomRequest(m_room.api(QStringLiteral("join")), {}),
                       toJson({{QStringLiteral("participant"), QString::fromStdString(m_participant)}}));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            const HttpReply r = finish(reply);
            if (r.status == 429) // joins from one address are rate-limited: a phone tries again
                return QTimer::singleShot(100, this, [this] { start(); });
            if (r.status != 200)
                return stop(true);
            joined = true;
            m_token = r.json.value(QStringLiteral("token")).toString().toUtf8();
            auto *round = m_net.get(roomRequest(m_room.api(QStringLiteral("round")), m_token, {}));
            connect(round, &QNetworkReply::finished, this, [this, round] {
                const HttpReply rr = finish(round);
                const QJsonObject o = rr.json.value(QStringLiteral("round")).toObject();
                m_round = o.value(QStringLiteral("id")).toString();
                for (const QJsonValue &q : o.value(QStringLiteral("questions")).toArray())
                    m_questions.push_back(q.toObject().value(QStringLiteral("question")).toString());
                if (rr.status != 200 || m_questions.size() != 15)
                    return stop(true);
                waitThenAnswer();
            });
        });
    }

private:
    void waitThenAnswer()
    {
        if (startAnswering && !*startAnswering)
            return QTimer::singleShot(10, this, [this] { waitThenAnswer(); });
        next();
    }
    void stop(bool failure)
    {
        done = true;
        failed = failure;
    }
    void next()
    {
        if (m_at == m_questions.size())
            return stop(false);
        const int level = (m_index + static_cast<int>(m_at)) % 3;
        const QJsonObject body{{QStringLiteral("round"), m_round},
                               {QStringLiteral("sequence"), static_cast<int>(m_at) + 1},
                               {QStringLiteral("question"), m_questions[m_at]},
                               {QStringLiteral("value"), kLevels[level]}};
        auto *reply = m_net.post(roomRequest(m_room.api(QStringLiteral("answer")), m_token), toJson(body));
        connect(reply, &QNetworkReply::finished, this, [this, reply, level] {
            const HttpReply r = finish(reply);
            if (r.status != 200)
                return stop(true);
            m_acked.push_back(
                {m_participant, m_questions[m_at].toStdString(), static_cast<Rating>(level + 1)});
            ++m_at;
            m_onAck();
            next();
        });
    }

    const RoomProcess &m_room;
    int m_index;
    std::string m_participant;
    std::vector<Acknowledged> &m_acked;
    std::function<void()> m_onAck;
    QNetworkAccessManager m_net;
    QByteArray m_token;
    QString m_round;
    std::vector<QString> m_questions;
    std::size_t m_at = 0;
};

// Runs the phones until every one has finished or failed (bounded).
void runPhones(std::vector<std::unique_ptr<Phone>> &phones)
{
    for (auto &p : phones)
        p->start();
    (void)QTest::qWaitFor(
        [&] { return std::all_of(phones.begin(), phones.end(), [](const auto &p) { return p->done; }); },
        300'000);
    REQUIRE(std::all_of(phones.begin(), phones.end(), [](const auto &p) { return p->done; }));
}

void requireAllStored(const std::filesystem::path &file, const std::vector<Acknowledged> &acked)
{
    // Opened for writing, as the window would: a hot journal a killed writer left is rolled back.
    const Session s = SessionFile::open(file)->load();
    for (const Acknowledged &a : acked) {
        const RatingEntry *r = s.findRating(a.participant, a.item);
        INFO(a.participant << " " << a.item);
        REQUIRE(r);
        CHECK(r->rating == a.rating);
    }
}

std::string integrityCheck(const std::filesystem::path &file)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
    std::string result;
    while (sqlite3_step(st) == SQLITE_ROW)
        result += reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return result;
}

} // namespace

TEST_CASE("cxm room prints the join URL first and stops cleanly on SIGTERM")
{
    TempDir dir;
    makeRoomSession(dir / "s.cxm", 2);
    RoomProcess room(dir / "s.cxm");
    CHECK(room.url.scheme() == QStringLiteral("http"));
    CHECK(room.url.host() == QStringLiteral("127.0.0.1")); // loopback unless --bind says otherwise
    CHECK(room.code.size() >= 8);
    QNetworkAccessManager net;
    CHECK(httpGet(net, room.url).status == 200);
    ::kill(static_cast<pid_t>(room.process.processId()), SIGTERM);
    REQUIRE(room.process.waitForFinished(60'000));
    CHECK(room.process.exitStatus() == QProcess::NormalExit);
    CHECK(room.process.exitCode() == 0);
}

TEST_CASE("a round cxm room opens hides the file's answers from every reader until cxm reveal")
{
    TempDir dir;
    makeRoomSession(dir / "s.cxm", 2);
    const auto cxm = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(CXM_BINARY), args);
        REQUIRE(p.waitForFinished(60'000));
        return std::pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
    };
    const QString file = QString::fromStdString((dir / "s.cxm").string());
    REQUIRE(cxm({QStringLiteral("score"), file, QStringLiteral("--json")}).first == 0);
    {
        RoomProcess room(dir / "s.cxm");
        // While the round is open, a reader of the same file is refused (it may read, never change).
        const auto during = cxm({QStringLiteral("score"), file, QStringLiteral("--json")});
        CHECK(during.first == 2);
        CHECK(during.second.contains(QStringLiteral("cxm reveal")));
        ::kill(static_cast<pid_t>(room.process.processId()), SIGTERM);
        REQUIRE(room.process.waitForFinished(60'000));
        CHECK(QString::fromUtf8(room.process.readAllStandardError()).contains(QStringLiteral("cxm reveal")));
    }
    CHECK(cxm({QStringLiteral("score"), file, QStringLiteral("--json")}).first == 2); // still hidden
    CHECK(cxm({QStringLiteral("reveal"), file}).first == 0);
    CHECK(cxm({QStringLiteral("score"), file, QStringLiteral("--json")}).first == 0);
}

TEST_CASE("40 participants answer a 15-question round at once; every acknowledged answer is in the file")
{
    TempDir dir;
    makeRoomSession(dir / "s.cxm", 40);
    std::vector<Acknowledged> acked;
    {
        RoomProcess room(dir / "s.cxm");
        std::vector<std::unique_ptr<Phone>> phones;
        for (int i = 0; i < 40; ++i)
            phones.push_back(std::make_unique<Phone>(room, i, acked, [] {}));
        runPhones(phones);
        for (const auto &p : phones)
            CHECK(!p->failed);
        ::kill(static_cast<pid_t>(room.process.processId()), SIGTERM);
        REQUIRE(room.process.waitForFinished(60'000));
        CHECK(room.process.exitCode() == 0);
    }
    CHECK(acked.size() == 40 * 15);
    requireAllStored(dir / "s.cxm", acked);
    CHECK(integrityCheck(dir / "s.cxm") == "ok");
}

TEST_CASE("SIGKILL during a round loses no acknowledged answer, and the file is sound")
{
    TempDir dir;
    makeRoomSession(dir / "s.cxm", 40);
    std::vector<Acknowledged> acked;
    {
        RoomProcess room(dir / "s.cxm");
        const auto pid = static_cast<pid_t>(room.process.processId());
        bool killed = false;
        std::vector<std::unique_ptr<Phone>> phones;
        for (int i = 0; i < 40; ++i)
            phones.push_back(std::make_unique<Phone>(room, i, acked, [&] {
                // Killed while the other phones' answers are in flight.
                if (!killed && acked.size() >= 200) {
                    killed = true;
                    ::kill(pid, SIGKILL);
                }
            }));
        runPhones(phones);
        REQUIRE(killed);
        REQUIRE((room.process.state() == QProcess::NotRunning || room.process.waitForFinished(60'000)));
        CHECK(room.process.exitStatus() == QProcess::CrashExit);
    }
    CHECK(acked.size() >= 200);
    CHECK(acked.size() < 40 * 15);
    requireAllStored(dir / "s.cxm", acked);
    CHECK(integrityCheck(dir / "s.cxm") == "ok");
}

TEST_CASE("cxm room's terminal: devices, allow, remove and round; a claim waits with --ask, and one "
          "address claims at most two participants")
{
    TempDir dir;
    makeRoomSession(dir / "s.cxm", 4);
    RoomProcess room(dir / "s.cxm",
                     {QStringLiteral("--round"), QStringLiteral("c1"), QStringLiteral("--ask")});
    QNetworkAccessManager net;
    const auto join = [&](const char *participant) {
        return finish(net.post(roomRequest(room.api(QStringLiteral("join")), {}),
                               toJson({{QStringLiteral("participant"), QString::fromUtf8(participant)}})));
    };
    const auto roundOf = [&](const QByteArray &token) {
        return finish(net.get(roomRequest(room.api(QStringLiteral("round")), token, {})));
    };

    // The phone waits, and the terminal says so with the device's number.
    const HttpReply asked = join("p1");
    REQUIRE(asked.status == 202);
    const QByteArray token = asked.json.value(QStringLiteral("token")).toString().toUtf8();
    CHECK(room.waitForStderr(QStringLiteral("allow 1")).contains(QStringLiteral("Person 1")));
    CHECK(roundOf(token).status == 202);
    CHECK(room.type("devices", QStringLiteral("#1")).contains(QStringLiteral("waiting")));
    CHECK(room.type("allow 1", QStringLiteral("#1")).contains(QStringLiteral("is in")));
    const HttpReply round = roundOf(token);
    REQUIRE(round.status == 200);
    const QJsonObject r = round.json.value(QStringLiteral("round")).toObject();
    const QJsonObject answer{{QStringLiteral("round"), r.value(QStringLiteral("id"))},
                             {QStringLiteral("sequence"), 1},
                             {QStringLiteral("question"), QStringLiteral("c1.culture")},
                             {QStringLiteral("value"), QStringLiteral("mature")}};
    REQUIRE(finish(net.post(roomRequest(room.api(QStringLiteral("answer")), token), toJson(answer))).status ==
            200);
    CHECK(
        room.type("round", QStringLiteral("missing")).contains(QStringLiteral("Person 1: 1 of 3 answered")));

    // A second name from this address waits too; a third is refused (two per address).
    REQUIRE(join("p2").status == 202);
    const HttpReply third = join("p3");
    CHECK(third.status == 403);
    CHECK(third.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("network address")));
    CHECK(room.type("deny 2", QStringLiteral("#2")).contains(QStringLiteral("refused")));
    CHECK(join("p3").status == 202);

    // Taken out by name: the token stops working, and the name can be claimed again.
    CHECK(room.type("remove person 1", QStringLiteral("#1")).contains(QStringLiteral("out of the room")));
    CHECK(roundOf(token).status == 401);
    CHECK(join("p1").status == 202);
    CHECK(room.type("help", QStringLiteral("remove")).contains(QStringLiteral("devices")));

    // Stopping with a round that has gaps says who is missing what.
    ::kill(static_cast<pid_t>(room.process.processId()), SIGTERM);
    REQUIRE(room.process.waitForFinished(60'000));
    CHECK(room.process.exitCode() == 0);
    room.process.setReadChannel(QProcess::StandardError);
    const QString end = QString::fromUtf8(room.process.readAll());
    CHECK(end.contains(QStringLiteral("gaps")));
    CHECK(end.contains(QStringLiteral("Person 1: 1 of 3 answered")));
}

// Workshop scale (issue 22): 200 phones from one address answer at once, so the answers arrive
// together and are committed in groups. SIGKILL while they do loses no answer that was acknowledged.
TEST_CASE("200 phones answering at once: SIGKILL loses no acknowledged answer, and the file is sound")
{
    TempDir dir;
    makeRoomSession(dir / "s.cxm", 200);
    std::vector<Acknowledged> acked;
    {
        RoomProcess room(dir / "s.cxm", {QStringLiteral("--round"), QStringLiteral("c1,c2,c3,c4,c5"),
                                         QStringLiteral("--per-address"), QStringLiteral("200")});
        const auto pid = static_cast<pid_t>(room.process.processId());
        bool killed = false;
        bool allJoined = false;
        std::vector<std::unique_ptr<Phone>> phones;
        for (int i = 0; i < 200; ++i) {
            phones.push_back(std::make_unique<Phone>(room, i, acked, [&] {
                if (!killed && acked.size() >= 1000) {
                    killed = true;
                    ::kill(pid, SIGKILL);
                }
            }));
            phones.back()->startAnswering = &allJoined;
        }
        // All 200 join first (the joins from one address are rate-limited), then answer at once.
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, [&] {
            allJoined = std::all_of(phones.begin(), phones.end(), [](const auto &p) { return p->joined; });
        });
        watch.start(20);
        runPhones(phones);
        REQUIRE(killed);
        REQUIRE((room.process.state() == QProcess::NotRunning || room.process.waitForFinished(60'000)));
        CHECK(room.process.exitStatus() == QProcess::CrashExit);
        // Every phone joined and answered until the room was gone.
        for (const auto &p : phones)
            CHECK(p->joined);
    }
    CHECK(acked.size() >= 1000);
    CHECK(acked.size() < 200 * 15);
    requireAllStored(dir / "s.cxm", acked);
    CHECK(integrityCheck(dir / "s.cxm") == "ok");
}

// Resume (issue 22): the room's code, port, round and devices are in the file, so a restarted
// `cxm room` is the same room to the phones.
TEST_CASE("cxm room restarted on the same file: same code and port, a phone's token still works and "
          "sees its own answers, a device taken out stays out")
{
    TempDir dir;
    makeRoomSession(dir / "s.cxm", 3);
    const QStringList options{QStringLiteral("--round"), QStringLiteral("c1")};
    QNetworkAccessManager net;
    QUrl firstUrl;
    QByteArray kept, removed;
    QString roundId;
    {
        RoomProcess room(dir / "s.cxm", options);
        firstUrl = room.url;
        const auto join = [&](const char *participant) {
            const HttpReply r =
                finish(net.post(roomRequest(room.api(QStringLiteral("join")), {}),
                                toJson({{QStringLiteral("participant"), QString::fromUtf8(participant)}})));
            REQUIRE(r.status == 200);
            return r.json.value(QStringLiteral("token")).toString().toUtf8();
        };
        kept = join("p1");
        removed = join("p2");
        const HttpReply round = finish(net.get(roomRequest(room.api(QStringLiteral("round")), kept, {})));
        roundId = round.json.value(QStringLiteral("round")).toObject().value(QStringLiteral("id")).toString();
        for (const auto &[sequence, question] : {std::pair(1, "c1.culture"), std::pair(2, "c1.why")}) {
            const QJsonObject body{{QStringLiteral("round"), roundId},
                                   {QStringLiteral("sequence"), sequence},
                                   {QStringLiteral("question"), QString::fromUtf8(question)},
                                   {QStringLiteral("value"), QStringLiteral("advanced")}};
            REQUIRE(finish(net.post(roomRequest(room.api(QStringLiteral("answer")), kept), toJson(body)))
                        .status == 200);
        }
        CHECK(room.type("remove 2", QStringLiteral("#2")).contains(QStringLiteral("out of the room")));
        ::kill(static_cast<pid_t>(room.process.processId()), SIGTERM);
        REQUIRE(room.process.waitForFinished(60'000));
    }

    RoomProcess again(dir / "s.cxm", options);
    CHECK(again.url == firstUrl); // the same code and the same port: the QR code on the wall still works
    const HttpReply round = finish(net.get(roomRequest(again.api(QStringLiteral("round")), kept, {})));
    REQUIRE(round.status == 200);
    CHECK(round.json.value(QStringLiteral("lastSequence")).toInt() == 2);
    const QJsonObject r = round.json.value(QStringLiteral("round")).toObject();
    CHECK(r.value(QStringLiteral("id")).toString() == roundId); // the same round goes on
    std::vector<QString> ids;
    std::map<QString, QJsonValue> answers;
    for (const QJsonValue &q : r.value(QStringLiteral("questions")).toArray()) {
        ids.push_back(q.toObject().value(QStringLiteral("question")).toString());
        answers[ids.back()] = q.toObject().value(QStringLiteral("answer"));
    }
    REQUIRE(ids.size() == 3);
    CHECK(answers[QStringLiteral("c1.culture")] == QJsonValue(QStringLiteral("advanced")));
    CHECK(answers[QStringLiteral("c1.why")] == QJsonValue(QStringLiteral("advanced")));
    const QString third = ids[0] != QStringLiteral("c1.culture") && ids[0] != QStringLiteral("c1.why") ? ids[0]
                          : ids[1] != QStringLiteral("c1.culture") && ids[1] != QStringLiteral("c1.why") ? ids[1]
                                                                                                       : ids[2];
    CHECK(answers[third].isNull());

    // It answers on, without scanning again; a replay of an answer from before the restart is refused.
    const auto answer = [&](int sequence, const QString &question) {
        const QJsonObject body{{QStringLiteral("round"), roundId},
                               {QStringLiteral("sequence"), sequence},
                               {QStringLiteral("question"), question},
                               {QStringLiteral("value"), QStringLiteral("mature")}};
        return finish(net.post(roomRequest(again.api(QStringLiteral("answer")), kept), toJson(body))).status;
    };
    CHECK(answer(1, QStringLiteral("c1.culture")) == 409);
    CHECK(answer(3, third) == 200);

    // The device taken out stays out; its participant can join again, and only one device holds p1.
    CHECK(finish(net.get(roomRequest(again.api(QStringLiteral("round")), removed, {}))).status == 401);
    CHECK(finish(net.post(roomRequest(again.api(QStringLiteral("join")), {}),
                          toJson({{QStringLiteral("participant"), QStringLiteral("p1")}})))
              .status == 409);
    CHECK(again.type("devices", QStringLiteral("#1")).contains(QStringLiteral("Person 1")));
    ::kill(static_cast<pid_t>(again.process.processId()), SIGTERM);
    REQUIRE(again.process.waitForFinished(60'000));

    // The file keeps only the tokens' hashes.
    const auto devices = SessionFile::open(dir / "s.cxm")->roomDevices();
    REQUIRE(devices.size() == 1);
    CHECK(devices[0].tokenHash.size() == 64);
    CHECK(devices[0].tokenHash.find(kept.toStdString()) == std::string::npos);
    CHECK(devices[0].given.size() == 3);
}
