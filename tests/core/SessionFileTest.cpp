#include "DemoSession.h"
#include "SessionFile.h"
#include "ScoringEngine.h"
#include "SessionJson.h"
#include "TempDir.h"
#include "Text.h"
#include "TestSessions.h"
#include "Uuid.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <random>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace cxm;
using namespace cxm::test;
namespace fs = std::filesystem;
using namespace std::string_literals;

namespace {

const Instrument &ins()
{
    return Instrument::builtin();
}

FileError::Kind refusalKind(const fs::path &p, std::string *message = nullptr)
{
    try {
        SessionFile::open(p);
    } catch (const FileError &e) {
        if (message)
            *message = e.what();
        return e.kind();
    }
    FAIL("the file was opened: " << p);
    return FileError::Kind::Io;
}

void sqlExec(const fs::path &p, const std::string &sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(p.c_str(), &db) == SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

bool hasStrayFiles(const fs::path &dir)
{
    for (const auto &e : fs::directory_iterator(dir)) {
        const auto name = e.path().filename().string();
        if (name.find("-journal") != std::string::npos || name.find("-wal") != std::string::npos ||
            name.find("-shm") != std::string::npos || name.find(".tmp-") != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("a new session file records the instrument and every edit survives reopening")
{
    TempDir dir;
    const auto path = dir / "workshop.cxm";
    {
        auto file =
            SessionFile::create(path, ins(), {"Title", "Org", Mode::Workshop, "Dana", "2026-11-20", "n"},
                                [] { return std::string("2026-11-22T10:00:00Z"); });
        CHECK(file->instrumentId() == ins().id);
        CHECK(file->instrumentVersion() == ins().version);
        CHECK(file->createdAt() == "2026-11-22T10:00:00Z");
        const auto a = file->addParticipant("Ana", "CEO");
        const auto b = file->addParticipant("Ben", "VP Sales");
        CHECK(a == "p1");
        CHECK(b == "p2");
        file->setRating(a, "c1.culture", Rating::Early, "note ' ); DROP TABLE rating; --");
        file->setRating(b, "c1.culture", Rating::Mature);
        file->setRating(b, "c1.culture", Rating::Advanced, "changed my mind");
        file->setConsensus("c1.culture", Rating::Advanced, "agreed");
        file->setRanking("power_core", a,
                         ranking({"sales", "product", "it", "customer", "vertical", "marketing", "other"}),
                         "Finance");
        file->setRankingConsensus(
            "power_core",
            RankingConsensus{
                ranking({"customer", "sales", "product", "it", "vertical", "marketing", "other"}), "ok"});
        file->setChecklist(a, "r3", Answer::Yes, "yes indeed");
        file->setChecklistConsensus("r3", Answer::No, "not really");
        file->setWorkflow("voting", "hidden");
        file->updateParticipant(b, "Ben Cho", "VP Sales & Marketing");
    }
    auto file = SessionFile::open(path);
    CHECK_FALSE(file->isReadOnly());
    const Session s = file->load();
    CHECK(s.info.facilitator == "Dana");
    REQUIRE(s.participants.size() == 2);
    CHECK(s.participants[1].name == "Ben Cho");
    CHECK(s.participants[1].role == "VP Sales & Marketing");
    REQUIRE(s.ratings.size() == 2);
    CHECK(s.findRating("p1", "c1.culture")->note == "note ' ); DROP TABLE rating; --");
    CHECK(s.findRating("p2", "c1.culture")->rating == Rating::Advanced);
    CHECK(s.findConsensus("c1.culture")->note == "agreed");
    CHECK(s.findRanking("power_core", "p1")->otherLabel == "Finance");
    CHECK(s.findRankingConsensus("power_core")->ranking.front() == "customer");
    CHECK(s.findChecklist("p1", "r3")->answer == Answer::Yes);
    CHECK(s.findChecklistConsensus("r3")->answer == Answer::No);
    CHECK(file->workflow("voting") == std::optional<std::string>("hidden"));

    // Clearing answers removes them.
    file->setRating("p1", "c1.culture", std::nullopt);
    file->setConsensus("c1.culture", std::nullopt);
    file->setRankingConsensus("power_core", std::nullopt);
    file->setWorkflow("voting", std::nullopt);
    const Session cleared = file->load();
    CHECK_FALSE(cleared.findRating("p1", "c1.culture"));
    CHECK_FALSE(cleared.findConsensus("c1.culture"));
    CHECK_FALSE(cleared.findRankingConsensus("power_core"));
    CHECK_FALSE(file->workflow("voting"));
}

TEST_CASE("the file uses a rollback journal, full sync, and carries its application id and version")
{
    TempDir dir;
    const auto path = dir / "s.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    const auto pragma = [&](const char *sql) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
        sqlite3_step(st);
        const std::string v = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        return v;
    };
    CHECK(pragma("PRAGMA application_id") == std::to_string(SessionFile::kApplicationId));
    CHECK(pragma("PRAGMA user_version") == std::to_string(SessionFile::kSchemaVersion));
    CHECK(pragma("PRAGMA journal_mode") == "delete");
    sqlite3_close(db);
    CHECK_FALSE(hasStrayFiles(dir.path()));
}

TEST_CASE("removing a participant removes their answers, and restoring brings every one back")
{
    TempDir dir;
    const auto path = dir / "s.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    auto file = SessionFile::open(path);
    const Session before = file->load();
    const auto record = file->removeParticipant("p3");
    CHECK(record.ratings.size() == 15 + 12); // and 2 × 6 stages of experience reliability
    CHECK(record.checklist.size() == 11);
    CHECK(record.rankings.size() == 1);
    CHECK(record.tracked.size() == 7);
    const Session without = file->load();
    CHECK(without.participants.size() == 5);
    CHECK_FALSE(without.findRating("p3", "c1.culture"));
    file->restoreParticipant(record);
    CHECK(file->load() == before);
}

TEST_CASE("a session round-trips .cxm -> JSON -> .cxm without loss")
{
    TempDir dir;
    Session demo = makeDemoSession(ins());
    demo.participants[1].name = "=HYPERLINK(\"http://x\") <img src=\"/etc/hostname\"><b>&\"";
    SessionFile::write(dir / "a.cxm", ins(), demo, false);
    const Session first = SessionFile::open(dir / "a.cxm")->load();
    CHECK(first == demo);
    const std::string json = SessionJson::toString(first, Instrument::builtin());
    SessionFile::write(dir / "b.cxm", ins(), SessionJson::parse(json, "a.json", ins()), false);
    const Session second = SessionFile::open(dir / "b.cxm")->load();
    CHECK(second == first);
    CHECK(SessionJson::toString(second, Instrument::builtin()) == json);
}

TEST_CASE("write() refuses to overwrite unless asked, and never leaves a partial file")
{
    TempDir dir;
    const auto path = dir / "s.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    const std::string bytes = readBytes(path);
    CHECK_THROWS_AS(SessionFile::write(path, ins(), Session{}, false), FileError);
    CHECK(readBytes(path) == bytes);
    // A session referring to an unknown participant fails part-way: the target keeps its content.
    Session broken = makeDemoSession(ins());
    broken.ratings.push_back({"p99", "c1.culture", Rating::Early, {}});
    CHECK_THROWS(SessionFile::write(path, ins(), broken, true));
    CHECK(readBytes(path) == bytes);
    CHECK_FALSE(hasStrayFiles(dir.path()));
}

TEST_CASE("files that are not workbench sessions are refused and left byte-for-byte unchanged")
{
    TempDir dir;
    std::string message;

    SECTION("a missing path is not created")
    {
        CHECK(refusalKind(dir / "nope.cxm", &message) == FileError::Kind::NotFound);
        CHECK_THAT(message, Catch::Contains("nope.cxm: does not exist"));
        CHECK_FALSE(fs::exists(dir / "nope.cxm"));
    }
    SECTION("an empty file")
    {
        writeBytes(dir / "empty.cxm", "");
        CHECK(refusalKind(dir / "empty.cxm", &message) == FileError::Kind::NotAWorkbenchFile);
        CHECK_THAT(message, Catch::Contains("empty.cxm: is empty"));
        CHECK(fs::file_size(dir / "empty.cxm") == 0);
    }
    SECTION("random bytes")
    {
        std::mt19937 rng(7);
        std::string bytes(8192, '\0');
        for (auto &c : bytes)
            c = static_cast<char>(rng());
        writeBytes(dir / "random.cxm", bytes);
        CHECK(refusalKind(dir / "random.cxm", &message) == FileError::Kind::NotAWorkbenchFile);
        CHECK_THAT(message, Catch::Contains("is not a CX Maturity Workbench session file"));
        CHECK(readBytes(dir / "random.cxm") == bytes);
    }
    SECTION("another application's SQLite database")
    {
        sqlExec(dir / "other.db", "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        const std::string bytes = readBytes(dir / "other.db");
        CHECK(refusalKind(dir / "other.db", &message) == FileError::Kind::NotAWorkbenchFile);
        CHECK_THAT(message, Catch::Contains("another application"));
        CHECK(readBytes(dir / "other.db") == bytes);
    }
    SECTION("a file from a newer version")
    {
        SessionFile::write(dir / "new.cxm", ins(), makeDemoSession(ins()), false);
        sqlExec(dir / "new.cxm", "PRAGMA user_version = 99");
        const std::string bytes = readBytes(dir / "new.cxm");
        CHECK(refusalKind(dir / "new.cxm", &message) == FileError::Kind::NewerVersion);
        CHECK_THAT(message, Catch::Contains("newer version"));
        CHECK(readBytes(dir / "new.cxm") == bytes);
    }
    SECTION("a truncated file")
    {
        SessionFile::write(dir / "t.cxm", ins(), makeDemoSession(ins()), false);
        std::string bytes = readBytes(dir / "t.cxm");
        bytes.resize(bytes.size() / 2);
        writeBytes(dir / "t.cxm", bytes);
        CHECK(refusalKind(dir / "t.cxm", &message) == FileError::Kind::Corrupt);
        CHECK_THAT(message, Catch::Contains("truncated"));
        CHECK(readBytes(dir / "t.cxm") == bytes);
    }
    SECTION("a crafted schema with a trigger or a view is refused before any of its SQL runs")
    {
        SessionFile::write(dir / "c.cxm", ins(), makeDemoSession(ins()), false);
        sqlExec(dir / "c.cxm",
                "CREATE TABLE pwned(x);"
                "CREATE TRIGGER t AFTER INSERT ON answer BEGIN INSERT INTO pwned VALUES (1); END;"
                "CREATE VIEW v AS SELECT * FROM answer;");
        const std::string bytes = readBytes(dir / "c.cxm");
        CHECK(refusalKind(dir / "c.cxm", &message) == FileError::Kind::Unsafe);
        CHECK_THAT(message, Catch::Contains("table layout"));
        CHECK(readBytes(dir / "c.cxm") == bytes);
    }
    SECTION("a table whose definition differs")
    {
        SessionFile::write(dir / "d.cxm", ins(), makeDemoSession(ins()), false);
        sqlExec(dir / "d.cxm", "ALTER TABLE participant ADD COLUMN secret TEXT");
        CHECK(refusalKind(dir / "d.cxm") == FileError::Kind::Unsafe);
    }
    SECTION("impossible values inside a well-formed file")
    {
        SessionFile::write(dir / "v.cxm", ins(), makeDemoSession(ins()), false);
        sqlExec(dir / "v.cxm", "UPDATE answer SET value = 'superb' WHERE item = 'c1.culture'"
                               " AND participant = (SELECT min(participant) FROM answer)");
        CHECK(refusalKind(dir / "v.cxm", &message) == FileError::Kind::Corrupt);
        CHECK_THAT(message, Catch::Contains("a rating \"superb\""));
        const std::string bytes = readBytes(dir / "v.cxm");
        SessionFile::write(dir / "w.cxm", ins(), makeDemoSession(ins()), false);
        sqlExec(dir / "w.cxm", "UPDATE answer SET value = 'yes', level = 9 WHERE item = 'am.net_growth'");
        CHECK(refusalKind(dir / "w.cxm", &message) == FileError::Kind::Corrupt);
        CHECK_THAT(message, Catch::Contains("difficulty outside the barometer"));
        CHECK(readBytes(dir / "v.cxm") == bytes);
    }
    SECTION("answers to a question the instrument does not have")
    {
        SessionFile::write(dir / "q.cxm", ins(), makeDemoSession(ins()), false);
        sqlExec(dir / "q.cxm", "UPDATE answer SET item = 'c9.nothing' WHERE item = 'c1.culture'"
                               " AND participant = (SELECT min(participant) FROM answer)");
        const std::string bytes = readBytes(dir / "q.cxm");
        CHECK(refusalKind(dir / "q.cxm", &message) == FileError::Kind::OtherInstrument);
        CHECK_THAT(message, Catch::Contains("c9.nothing"));
        CHECK(readBytes(dir / "q.cxm") == bytes);
    }
    SECTION("a folder")
    {
        CHECK(refusalKind(dir.path(), &message) == FileError::Kind::NotAWorkbenchFile);
    }
}

TEST_CASE("a second open of the same file is read-only and refuses edits")
{
    TempDir dir;
    const auto path = dir / "s.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    auto first = SessionFile::open(path);
    auto second = SessionFile::open(path);
    CHECK_FALSE(first->isReadOnly());
    REQUIRE(second->isReadOnly());
    CHECK_THAT(second->readOnlyReason(), Catch::Contains("another window or program"));
    try {
        second->setRating("p1", "c1.culture", Rating::Mature);
        FAIL("the read-only file accepted an edit");
    } catch (const FileError &e) {
        CHECK(e.kind() == FileError::Kind::ReadOnly);
    }
    // The first window's edits are seen by the second.
    first->setRating("p1", "c1.culture", Rating::Mature, "from the first window");
    CHECK(second->load().findRating("p1", "c1.culture")->note == "from the first window");
    first.reset();
    CHECK_FALSE(SessionFile::open(path)->isReadOnly());
}

TEST_CASE("a full disk fails the edit clearly and keeps everything saved before")
{
    TempDir dir;
    const auto path = dir / "s.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    Session saved;
    {
        auto file = SessionFile::open(path);
        saved = file->load();
        const auto pages = fs::file_size(path) / 4096;
        file->limitPagesForTesting(static_cast<int>(pages));
        const std::string huge(kMaxNoteText, 'x'); // the longest note there is: several pages
        try {
            file->setRating("p1", "c1.culture", Rating::Mature, huge);
            FAIL("the edit did not fail");
        } catch (const FileError &e) {
            CHECK(e.kind() == FileError::Kind::Full);
            CHECK_THAT(std::string(e.what()), Catch::Contains("the change was not saved: the disk is full"));
        }
        CHECK(file->load() == saved);
    }
    CHECK(SessionFile::open(path)->load() == saved);
    CHECK_FALSE(hasStrayFiles(dir.path()));
}

TEST_CASE("Save As copies the whole session through the backup API")
{
    TempDir dir;
    SessionFile::write(dir / "a.cxm", ins(), makeDemoSession(ins()), false);
    auto file = SessionFile::open(dir / "a.cxm");
    file->setWorkflow("voting", "revealed");
    file->saveAs(dir / "b.cxm");
    auto copy = SessionFile::open(dir / "b.cxm");
    CHECK(copy->load() == file->load());
    CHECK(copy->workflow("voting") == std::optional<std::string>("revealed"));
    CHECK_THROWS_AS(file->saveAs(dir / "a.cxm"), FileError);
    CHECK_FALSE(hasStrayFiles(dir.path()));
}

TEST_CASE("Save As and write() remove the temporaries a killed Save As left, and only those")
{
    TempDir dir;
    SessionFile::write(dir / "a.cxm", ins(), makeDemoSession(ins()), false);
    const auto make = [&](const std::string &name, const std::string &bytes = "left by a killed Save As") {
        writeBytes(dir / name, bytes);
        return dir / name;
    };
    const auto old = [](const fs::path &p) {
        fs::last_write_time(p, fs::file_time_type::clock::now() - std::chrono::hours(1));
    };
    // Left by dead writers: removed.
    make(".b.cxm.tmp-1234-567");
    make(".b.cxm.tmp-1234-567-journal");
    make(".b.cxm.tmp-99-1-journal"); // a journal whose temporary is gone
    old(make(".b.cxm.tmp-5-6-new", ""));
    // Not ours to remove: kept.
    const std::string live = ".b.cxm.tmp-42-43";
    make(live);
    const int held = ::open((dir / live).c_str(), O_RDONLY);
    REQUIRE(held >= 0);
    REQUIRE(::flock(held, LOCK_EX) == 0);                    // a writer at work in another process
    make(".b.cxm.tmp-7-8-new", "");                          // just created, perhaps not locked yet
    make(".b.cxm.tmp-" + std::to_string(::getpid()) + "-9"); // this process's own
    make(".c.cxm.tmp-1-2");                                  // another target's
    make(".b.cxm.tmp-x-2");                                  // not our pattern
    make("b.cxm.tmp-1-2");
    make("notes.txt");

    SessionFile::open(dir / "a.cxm")->saveAs(dir / "b.cxm");
    ::close(held);
    // Sorted like the listing: this process's id may sort before or after "42-43".
    std::vector<std::string> kept = {".b.cxm.tmp-" + std::to_string(::getpid()) + "-9",
                                     ".b.cxm.tmp-42-43",
                                     ".b.cxm.tmp-7-8-new",
                                     ".b.cxm.tmp-x-2",
                                     ".c.cxm.tmp-1-2",
                                     "a.cxm",
                                     "b.cxm",
                                     "b.cxm.tmp-1-2",
                                     "notes.txt"};
    std::sort(kept.begin(), kept.end());
    CHECK(listing(dir.path()) == kept);
    CHECK(readBytes(dir / live) == "left by a killed Save As");

    // write() cleans up the same way; now nobody holds the one that was live.
    SessionFile::write(dir / "b.cxm", ins(), makeDemoSession(ins()), true);
    CHECK_FALSE(fs::exists(dir / live));
    CHECK(fs::exists(dir / ".b.cxm.tmp-7-8-new"));
    CHECK(SessionFile::open(dir / "b.cxm")->load() == makeDemoSession(ins()));
}

TEST_CASE("a file left in WAL mode is opened and returned to a single-file rollback journal")
{
    TempDir dir;
    const auto path = dir / "w.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    sqlExec(path, "PRAGMA journal_mode = WAL");
    {
        auto file = SessionFile::open(path);
        CHECK(file->load().participants.size() == 6);
        file->setRating("p1", "c1.culture", Rating::Mature);
    }
    CHECK_FALSE(hasStrayFiles(dir.path()));
    CHECK(SessionFile::open(path)->load().findRating("p1", "c1.culture")->rating == Rating::Mature);
}

TEST_CASE("migration step 2: a file written by schema version 1 opens, upgrades and keeps every answer")
{
    TempDir dir;
    const fs::path fixture = fs::path(CXM_TEST_DATA_DIR) / "migrations" / "schema-v1.cxm";
    const auto path = dir / "old.cxm";
    fs::copy_file(fixture, path);
    const std::string original = readBytes(path);

    SECTION("read-only: upgraded in memory, the file is untouched")
    {
        auto file = SessionFile::open(path, SessionFile::Access::ReadOnly);
        CHECK(file->migratedFrom() == 1);
        const Session s = file->load();
        CHECK(s.participants.size() == 2);
        CHECK(readBytes(path) == original);
    }
    SECTION("read-write: upgraded in place, in one transaction")
    {
        {
            auto file = SessionFile::open(path);
            CHECK(file->migratedFrom() == 1);
            const Session s = file->load();
            REQUIRE(s.participants.size() == 2);
            CHECK(s.participants[0].name == "Ana Ortiz");
            CHECK(s.findRating("p2", "c1.culture")->rating == Rating::Mature);
            CHECK(s.findRating("p2", "c1.culture")->note == "we review churn monthly");
            CHECK(s.findConsensus("c1.culture")->rating == Rating::Advanced);
            CHECK(s.findRanking("power_core", "p1")->otherLabel == "Finance");
            CHECK(s.findChecklistConsensus("r1")->note == "nobody owns this today");
            file->setWorkflow("voting", "hidden"); // the table added by step 2 works
        }
        auto again = SessionFile::open(path);
        CHECK_FALSE(again->wasMigrated());
        CHECK(again->workflow("voting") == std::optional<std::string>("hidden"));
    }
}

TEST_CASE("participant ids never overflow or collide, whatever ids were imported")
{
    TempDir dir;
    const auto path = dir / "s.cxm";
    const std::string json =
        R"({"format": "cx-workbench-session", "version": 1, "session": {"mode": "workshop"},
            "participants": [{"id": "p9223372036854775807", "name": "Max"}, {"id": "p2", "name": "Two"},
                             {"id": "p99999999999999999999999", "name": "Huge"}]})";
    SessionFile::write(path, ins(), SessionJson::parse(json, "big.json", ins()), false);
    auto file = SessionFile::open(path);
    std::vector<std::string> added;
    for (int i = 0; i < 4; ++i)
        added.push_back(file->addParticipant("New " + std::to_string(i), ""));
    CHECK(added == std::vector<std::string>{"p1", "p3", "p4", "p5"});
    const Session s = file->load();
    CHECK(s.participants.size() == 7);
    file->setRating("p5", "c1.culture", Rating::Mature);
    CHECK(file->load().findRating("p5", "c1.culture"));

    // An ordinary session goes on counting from its highest id, as before.
    Session plain = workshop(3);
    plain.participants.erase(plain.participants.begin() + 1);
    CHECK(plain.nextParticipantId() == "p4");
}

TEST_CASE("edits neutralise control characters and bidirectional overrides before they are stored")
{
    TempDir dir;
    const auto path = dir / "s.cxm";
    auto file =
        SessionFile::create(path, ins(), {"T\nitle", "Org\u202E", Mode::Workshop, "Da\0na", "", "a\nb"});
    const auto id = file->addParticipant("Ana\0\nOrtiz"s, "C\u2067EO");
    file->setRating(id, "c1.culture", Rating::Early, "two\nlines\u202E\x01");
    file->setRanking("power_core", id,
                     ranking({"sales", "product", "it", "customer", "vertical", "marketing", "other"}),
                     "Fin\tance");
    const Session s = SessionFile::open(path, SessionFile::Access::ReadOnly)->load();
    CHECK(s.info.title == "T itle");
    CHECK(s.info.organization == "Org");
    CHECK(s.info.facilitator == "Da");
    CHECK(s.info.notes == "a\nb");
    CHECK(s.participants.at(0).name == "Ana Ortiz");
    CHECK(s.participants.at(0).role == "CEO");
    CHECK(s.findRating(id, "c1.culture")->note == "two\nlines");
    CHECK(s.findRanking("power_core", id)->otherLabel == "Fin ance");
}

TEST_CASE("a session is refused, unchanged, under an instrument that lacks what it answered, also when it "
          "first needs an upgrade")
{
    TempDir dir;
    // A consultant's folder in which the item c1.culture has another id.
    const auto folder = dir / "instrument";
    fs::create_directories(folder);
    for (const auto &entry : fs::directory_iterator(fs::path(CXM_SOURCE_DIR) / "assessments"))
        if (entry.path().extension() == ".json")
            fs::copy_file(entry.path(), folder / entry.path().filename());
    std::string c1 = readBytes(folder / "c1.json");
    const auto at = c1.find("\"c1.culture\"");
    REQUIRE(at != std::string::npos);
    c1.replace(at, 12, "\"c1.climate\"");
    writeBytes(folder / "c1.json", c1);
    const Instrument other = Instrument::loadDirectory(folder);

    SECTION("a file of today's schema")
    {
        const auto path = dir / "s.cxm";
        SessionFile::write(path, ins(), makeDemoSession(ins()), false);
        const std::string bytes = readBytes(path);
        try {
            SessionFile::open(path, SessionFile::Access::ReadWrite, other);
            FAIL("opened under an instrument without c1.culture");
        } catch (const FileError &e) {
            CHECK(e.kind() == FileError::Kind::OtherInstrument);
            CHECK_THAT(e.what(), Catch::Contains("c1 (c1.culture)"));
            CHECK_THAT(e.what(), Catch::Contains("nothing in it was changed"));
        }
        CHECK(readBytes(path) == bytes);
        CHECK(SessionFile::open(path)->load() == makeDemoSession(ins()));
    }
    SECTION("a file of schema 2, which the open would migrate: the migration is rolled back")
    {
        const auto path = dir / "v2.cxm";
        fs::copy_file(fs::path(CXM_TEST_DATA_DIR) / "migrations" / "schema-v2.cxm", path);
        const std::string bytes = readBytes(path);
        CHECK_THROWS_AS(SessionFile::open(path, SessionFile::Access::ReadWrite, other), FileError);
        CHECK(readBytes(path) == bytes);
        CHECK(SessionFile::open(path)->migratedFrom() == 2);
    }
}

// Each fixture was written by the program of its schema (schema-v3.cxm by `cxm demo` of the last
// version before worksheets became data, with one absence and the private-voting state added), and
// schema-vN.score.json is what that program's `cxm score --json` printed for it.
TEST_CASE("a file of every earlier schema opens, scores as its own program scored it, and takes edits")
{
    for (const int version : {1, 2, 3}) {
        INFO("schema " << version);
        TempDir dir;
        const fs::path data = fs::path(CXM_TEST_DATA_DIR) / "migrations";
        const auto path = dir / "old.cxm";
        fs::copy_file(data / ("schema-v" + std::to_string(version) + ".cxm"), path);
        const auto golden =
            nlohmann::json::parse(readBytes(data / ("schema-v" + std::to_string(version) + ".score.json")));

        auto file = SessionFile::open(path);
        CHECK(file->migratedFrom() == version);
        const Session session = file->load();
        auto scored =
            nlohmann::json::parse(ScoringEngine::toJson(ScoringEngine(ins()).score(session)).dump());
        CHECK(scored.contains("worksheets")); // the two fields added since
        CHECK(scored.contains("journey"));
        scored.erase("worksheets");
        scored.erase("journey");
        CHECK(scored == golden);
        if (version == 3) {
            CHECK(session.isAbsent("p6", "readiness"));
            CHECK(file->workflow("votes") == std::optional<std::string>("revealed"));
        }
        // It can be edited: a rating changed and a metric of the new worksheet answered.
        file->setRating("p1", "c1.culture", Rating::Mature, "changed after the upgrade");
        file->setTracked("p1", "am.net_growth", TrackedAnswer{"p1", "am.net_growth", Answer::No, 4, {}});
        file.reset();
        const Session after = SessionFile::open(path)->load();
        CHECK(after.findRating("p1", "c1.culture")->rating == Rating::Mature);
        CHECK(after.findTracked("p1", "am.net_growth")->difficulty == 4);
    }
}

TEST_CASE("every session has a stable UUID: kept by Save As and reopening, given to an older file on its "
          "first edit, and none for a read-only look")
{
    TempDir dir;
    SessionFile::write(dir / "a.cxm", ins(), makeDemoSession(ins()), false);
    SessionFile::write(dir / "b.cxm", ins(), makeDemoSession(ins()), false);
    const std::string a = SessionFile::open(dir / "a.cxm", SessionFile::Access::ReadOnly)->uuid();
    CHECK(isUuid(a));
    CHECK(a != SessionFile::open(dir / "b.cxm")->uuid()); // two sessions, two identities
    CHECK(SessionFile::open(dir / "a.cxm")->follows().empty());
    SessionFile::open(dir / "a.cxm")->saveAs(dir / "copy.cxm");
    CHECK(SessionFile::open(dir / "copy.cxm")->uuid() == a);

    // A follow-up names the session it follows; a given UUID is kept.
    const Lineage lineage{newUuid(), a};
    SessionFile::write(dir / "next.cxm", ins(), Session{}, false, systemClock, lineage);
    auto next = SessionFile::open(dir / "next.cxm");
    CHECK(next->uuid() == lineage.uuid);
    CHECK(next->follows() == a);

    // A file of schema 3 had no identity: a read-only look leaves it so; opened for editing, it gets
    // one that stays.
    const auto old = dir / "old.cxm";
    fs::copy_file(fs::path(CXM_TEST_DATA_DIR) / "migrations" / "schema-v3.cxm", old);
    CHECK(SessionFile::open(old, SessionFile::Access::ReadOnly)->uuid().empty());
    const std::string given = SessionFile::open(old)->uuid();
    CHECK(isUuid(given));
    CHECK(SessionFile::open(old)->uuid() == given);
    CHECK(SessionFile::open(old, SessionFile::Access::ReadOnly)->uuid() == given);
}
