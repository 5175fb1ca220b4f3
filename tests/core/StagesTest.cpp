// The journey's stages: stable ids, every answer about a stage kept through renaming and reordering,
// removal with its answers and an exact restore, and a scope checked wherever an answer comes in.
#include "SessionFile.h"
#include "SessionJson.h"
#include "TempDir.h"
#include "TestSessions.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace cxm;
using namespace cxm::test;

namespace {

// The built-in instrument, whose ALWAYS / NEVER lists are answered per stage of the journey.
const Instrument &perStage()
{
    return Instrument::builtin();
}

} // namespace

TEST_CASE("stages keep their ids and their answers through renaming, reordering, removal and restore")
{
    TempDir dir;
    const auto path = dir / "journey.cxm";
    SessionFile::write(path, perStage(), workshop(2), false);
    auto file = SessionFile::open(path, SessionFile::Access::ReadWrite, perStage());
    const std::string a = file->addStage("I have a need", "Prospect", {"Can I trust them?"});
    const std::string b = file->addStage("I decide", "Pitch", {});
    const std::string c =
        file->addStage("I use it", "Service", {"Are they reliable?", "  ", "Do they show up?"});
    CHECK(a == "s1");
    CHECK(b == "s2");
    CHECK(c == "s3");
    file->setListEntries("always_never", "customers", "always", {"Call back the same day"}, b);
    file->setListEntries("always_never", "customers", "never", {"Blame another department"}, b);
    file->setListEntries("always_never", "customers", "always", {"Explain the bill"}, c);

    file->updateStage({b, "I choose what fits me", "Pitch", {"Will they help me pick?"}});
    file->setStageOrder({c, a, b});
    Session s = file->load();
    REQUIRE(s.stages.size() == 3);
    CHECK(s.stages[0].id == c);
    CHECK(s.stages[0].questions == std::vector<std::string>{"Are they reliable?", "Do they show up?"});
    CHECK(s.stages[2].name == "I choose what fits me");
    CHECK(s.listEntries("always_never", "customers", "always", b) ==
          std::vector<std::string>{"Call back the same day"});

    const Session before = s;
    const StageRecord removed = file->removeStage(b);
    CHECK(removed.answers.entries.size() == 2);
    s = file->load();
    CHECK(s.stages.size() == 2);
    CHECK(s.listEntries("always_never", "customers", "always", b).empty());
    CHECK(s.listEntries("always_never", "customers", "always", c) ==
          std::vector<std::string>{"Explain the bill"});
    // A new stage never takes the id of one whose removal can still be undone.
    const std::string d = file->addStage("Another", "", {});
    CHECK(d == "s4");
    file->removeStage(d);
    file->restoreStage(removed);
    CHECK(file->load() == before);
    // Reopened, it is all still there.
    file.reset();
    CHECK(SessionFile::open(path, SessionFile::Access::ReadOnly, perStage())->load() == before);
}

TEST_CASE("an answer's stage is checked wherever it comes in")
{
    TempDir dir;
    const auto path = dir / "journey.cxm";
    SessionFile::write(path, perStage(), workshop(1), false);
    auto file = SessionFile::open(path, SessionFile::Access::ReadWrite, perStage());
    const std::string s1 = file->addStage("I have a need", "", {});
    CHECK_THROWS_WITH(file->setListEntries("always_never", "customers", "always", {"x"}),
                      Catch::Contains("answered per stage"));
    CHECK_THROWS_WITH(file->setListEntries("always_never", "customers", "always", {"x"}, "s9"),
                      Catch::Contains("\"s9\" is not a stage"));
    CHECK_THROWS_WITH(file->setListEntries("enablers_inhibitors", "culture", "enablers", {"x"}, s1),
                      Catch::Contains("about the whole company"));
    CHECK(file->load().entries.empty());

    // In a document: a stage the journey does not have, or none where one is needed.
    file->setListEntries("always_never", "customers", "never", {"Blame another department"}, s1);
    const std::string json = SessionJson::toString(file->load(), perStage());
    CHECK_THAT(json, Catch::Contains("\"stage\": \"s1\""));
    CHECK(SessionJson::toString(SessionJson::parse(json, "j.json", perStage()), perStage()) == json);
    const auto refusal = [&](const std::string &from, const std::string &to) {
        std::string spoilt = json;
        const auto at = spoilt.find(from);
        REQUIRE(at != std::string::npos);
        spoilt.replace(at, from.size(), to);
        try {
            SessionJson::parse(spoilt, "j.json", perStage());
        } catch (const InputError &e) {
            return std::string(e.what());
        }
        return std::string("(accepted)");
    };
    CHECK_THAT(refusal("\"stage\": \"s1\"", "\"stage\": \"s7\""),
               Catch::Contains("/worksheets/always_never/entries/0/stage: expected the id of a stage"));
    // The same entry without its stage.
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(json);
    doc["worksheets"]["always_never"]["entries"][0].erase("stage");
    try {
        SessionJson::parse(doc.dump(2), "j.json", perStage());
        FAIL("accepted an answer to a per-stage worksheet without its stage");
    } catch (const InputError &e) {
        CHECK_THAT(e.what(), Catch::Contains("/worksheets/always_never/entries/0: expected a \"stage\""));
    }
}

TEST_CASE("a session file whose answer names a stage the journey lacks is refused, unchanged")
{
    TempDir dir;
    const auto path = dir / "journey.cxm";
    SessionFile::write(path, perStage(), workshop(1), false);
    {
        auto file = SessionFile::open(path, SessionFile::Access::ReadWrite, perStage());
        const std::string s1 = file->addStage("I have a need", "", {});
        file->setListEntries("always_never", "customers", "always", {"Answer the phone"}, s1);
    }
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "UPDATE entry SET scope = 's9'", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const std::string bytes = readBytes(path);
    try {
        SessionFile::open(path, SessionFile::Access::ReadWrite, perStage());
        FAIL("opened");
    } catch (const FileError &e) {
        CHECK(e.kind() == FileError::Kind::Corrupt);
        CHECK_THAT(e.what(), Catch::Contains("\"s9\" that the journey does not have"));
    }
    CHECK(readBytes(path) == bytes);
}
