// AnswerEdit: an answer written to the file and patched into the session in memory leaves the two
// equal (what load() returns), for every kind a participant answers, with and without a stage, new,
// changed and cleared, notes kept; a batch is all or nothing. Schema 7 (the live room's tables):
// a file of schema 6 opens, scores as its program scored it, and takes a room.
#include "AnswerEdit.h"
#include "ScoringEngine.h"
#include "SessionFile.h"
#include "TempDir.h"
#include "TestSessions.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <random>
#include <sstream>

using namespace cxm;
using cxm::test::TempDir;
namespace fs = std::filesystem;

namespace {

const Instrument &ins()
{
    return Instrument::builtin();
}

std::string readBytes(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Every question a participant answers on their own, with its scope (the first stage for a
// per-stage worksheet).
std::vector<AnswerEdit> questions(const Session &s)
{
    std::vector<AnswerEdit> out;
    for (const Worksheet &w : ins().worksheets) {
        const bool own = w.kind == WorksheetKind::Scale || w.kind == WorksheetKind::Tracked ||
                         w.kind == WorksheetKind::Ranking ||
                         (w.kind == WorksheetKind::Checklist && !w.teamOnly);
        if (!own || (w.scope == WorksheetScope::Stage && s.stages.empty()))
            continue;
        const std::string scope = w.scope == WorksheetScope::Stage ? s.stages.front().id : std::string();
        if (w.kind == WorksheetKind::Ranking) {
            out.push_back({{}, &w, w.id, scope, false, {}, {}, {}, {}, {}, {}});
            continue;
        }
        for (const Item &item : w.items)
            out.push_back({{}, &w, item.id, scope, false, {}, {}, {}, {}, {}, {}});
    }
    return out;
}

// A value for the question: a clear now and then, otherwise one of its kind's values.
AnswerEdit valued(AnswerEdit e, std::mt19937 &random)
{
    const auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    e.clear = pick(6) == 0;
    switch (e.worksheet->kind) {
    case WorksheetKind::Scale:
        e.rating = static_cast<Rating>(pick(3) + 1);
        break;
    case WorksheetKind::Checklist:
        e.answer = pick(2) ? Answer::Yes : Answer::No;
        break;
    case WorksheetKind::Tracked:
        if (pick(3))
            e.tracked = pick(2) ? Answer::Yes : Answer::No;
        if (pick(3))
            e.difficulty = 1 + pick(static_cast<int>(e.worksheet->barometer.size()));
        break;
    default: {
        std::vector<std::string> options;
        for (const Item &o : e.worksheet->items)
            options.push_back(o.id);
        std::shuffle(options.begin(), options.end(), random);
        e.ranking = options;
        e.otherLabel = pick(2) ? "  Finance\tand\nlegal  " : "";
    }
    }
    return e;
}

} // namespace

TEST_CASE("answers written to the file and patched into the session leave it as load() returns it")
{
    TempDir dir;
    Session demo = makeDemoSession(ins());
    SessionFile::write(dir / "s.cxm", ins(), demo, false);
    auto file = SessionFile::open(dir / "s.cxm");
    Session session = file->load();
    const std::vector<AnswerEdit> all = questions(session);
    REQUIRE(all.size() > 30);
    std::mt19937 random(22);
    const std::vector<std::string> notes = {"", "kept note", "  spaced\r\nnote \u0007 ", "\n"};
    for (int round = 0; round < 20; ++round) {
        std::vector<std::pair<AnswerEdit, std::string>> batch;
        for (int i = 0; i < 25; ++i) {
            AnswerEdit e = valued(all[random() % all.size()], random);
            e.participant = session.participants[random() % session.participants.size()].id;
            batch.emplace_back(std::move(e), notes[random() % notes.size()]);
        }
        file->batch([&] {
            SessionPatch patch(session, ins());
            for (const auto &[e, note] : batch) {
                writeAnswer(*file, e, note);
                patch.apply(e, note);
            }
        });
        INFO("batch " << round);
        REQUIRE(session == file->load());
    }
    // And the scores agree, so nothing computed from the session in memory differs.
    CHECK(ScoringEngine::toJson(ScoringEngine(ins()).score(session)) ==
          ScoringEngine::toJson(ScoringEngine(ins()).score(SessionFile::open(dir / "s.cxm")->load())));
}

TEST_CASE("a note the participant's answer has is kept, and storedEdit() puts back what was there")
{
    TempDir dir;
    auto file = SessionFile::create(dir / "s.cxm", ins(), SessionInfo{});
    const std::string p = file->addParticipant("Ana", "");
    file->setRating(p, "c1.culture", Rating::Early, "why we said early");
    const Session before = file->load();
    AnswerEdit e{p, ins().findWorksheet("c1"), "c1.culture", "", false, Rating::Mature, {}, {}, {}, {}, {}};
    CHECK(noteOf(before, e) == "why we said early");
    const AnswerEdit undo = storedEdit(before, e);
    CHECK(!undo.clear);
    CHECK(undo.rating == Rating::Early);
    writeAnswer(*file, e, noteOf(before, e));
    CHECK(file->load().findRating(p, "c1.culture")->note == "why we said early");
    writeAnswer(*file, undo, noteOf(before, e));
    CHECK(file->load() == before);
    e.question = "c1.why";
    CHECK(storedEdit(before, e).clear); // nothing there: undo clears
}

TEST_CASE("a batch is one transaction: one refused edit and nothing of it is stored")
{
    TempDir dir;
    SessionFile::write(dir / "s.cxm", ins(), test::workshop(2), false);
    auto file = SessionFile::open(dir / "s.cxm");
    const Session before = file->load();
    const Worksheet *c1 = ins().findWorksheet("c1");
    CHECK_THROWS_AS(file->batch([&] {
        writeAnswer(*file, {"p1", c1, "c1.culture", "", false, Rating::Mature, {}, {}, {}, {}, {}}, "");
        writeAnswer(*file, {"nobody", c1, "c1.why", "", false, Rating::Mature, {}, {}, {}, {}, {}}, "");
    }),
                    Error);
    CHECK(file->load() == before);
    file->batch([&] {
        writeAnswer(*file, {"p1", c1, "c1.culture", "", false, Rating::Mature, {}, {}, {}, {}, {}}, "");
        writeAnswer(*file, {"p2", c1, "c1.why", "", false, Rating::Early, {}, {}, {}, {}, {}}, "");
    });
    file.reset();
    const Session after = SessionFile::open(dir / "s.cxm")->load();
    CHECK(after.findRating("p1", "c1.culture")->rating == Rating::Mature);
    CHECK(after.findRating("p2", "c1.why")->rating == Rating::Early);
}

TEST_CASE("the live room's record: a new code forgets the devices; a device goes with its participant")
{
    TempDir dir;
    SessionFile::write(dir / "s.cxm", ins(), test::workshop(2), false);
    auto file = SessionFile::open(dir / "s.cxm");
    CHECK_FALSE(file->room());
    file->setRoom({"abcdefghjk", "127.0.0.1", 41234, "round1", {"c1", "c2"}});
    file->putRoomDevice({std::string(64, 'a'), 1, "p1", "127.0.0.1", "Android", false, {}});
    file->putRoomDevice({std::string(64, 'b'), 2, "p2", "127.0.0.1", "", true, {}});
    file->putRoomAnswer(std::string(64, 'a'), "c1.culture@", 3, "{\"answer\":\"mature\"}");
    file->putRoomDevice({std::string(64, 'a'), 1, "p1", "127.0.0.1", "Android", false, {}}); // answers kept
    file.reset();
    file = SessionFile::open(dir / "s.cxm");
    const auto room = file->room();
    REQUIRE(room);
    CHECK(room->port == 41234);
    CHECK(room->worksheets == std::vector<std::string>{"c1", "c2"});
    auto devices = file->roomDevices();
    REQUIRE(devices.size() == 2);
    CHECK(devices[0].given.at("c1.culture@").sequence == 3);
    CHECK(devices[0].given.at("c1.culture@").answer == "{\"answer\":\"mature\"}");
    CHECK(devices[1].waiting);

    file->removeParticipant("p2");
    CHECK(file->roomDevices().size() == 1);
    file->setRoom({"abcdefghjk", "127.0.0.1", 41235, "", {}}); // the same room, another port
    CHECK(file->roomDevices().size() == 1);
    file->setRoom({"mnpqrstuvw", "127.0.0.1", 41235, "", {}}); // a new room
    CHECK(file->roomDevices().empty());
}

// schema-v6.cxm is `cxm demo` with the room's three tables dropped and user_version set back to 6:
// migration steps 1 to 6 are unchanged, so its tables are exactly those version 6 wrote (the file
// passes the exact-schema check of version 6). schema-v6.score.json is `cxm score --json` of it,
// read without migrating it.
TEST_CASE("a file of schema 6 opens, scores as its program scored it, and takes a room")
{
    TempDir dir;
    const fs::path data = fs::path(CXM_TEST_DATA_DIR) / "migrations";
    const auto path = dir / "v6.cxm";
    fs::copy_file(data / "schema-v6.cxm", path);
    {
        auto readOnly = SessionFile::open(path, SessionFile::Access::ReadOnly);
        CHECK_FALSE(readOnly->room()); // not migrated, and no room to resume
        CHECK(readOnly->roomDevices().empty());
    }
    auto file = SessionFile::open(path);
    CHECK(file->migratedFrom() == 6);
    const auto golden = nlohmann::json::parse(readBytes(data / "schema-v6.score.json"));
    CHECK(nlohmann::json::parse(ScoringEngine::toJson(ScoringEngine(ins()).score(file->load())).dump()) ==
          golden);
    CHECK_FALSE(file->room());
    file->setRoom({"abcdefghjk", "127.0.0.1", 0, "", {}});
    file->putRoomDevice({std::string(64, 'c'), 1, "p1", "127.0.0.1", "", false, {}});
    file.reset();
    CHECK(SessionFile::open(path)->roomDevices().size() == 1);
}
