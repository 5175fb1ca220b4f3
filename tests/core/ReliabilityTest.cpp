// Faults a laptop meets in a workshop: the process killed mid-edit, a second process on the same
// file, a hot journal left beside a file, a file with damaged bytes. Nothing acknowledged is lost;
// nothing damaged is opened.
#include "CsvExport.h"
#include "DemoSession.h"
#include "ScoringEngine.h"
#include "SessionJson.h"
#include "SessionFile.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <csignal>
#include <map>
#include <sstream>
#include <random>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace cxm;
using namespace cxm::test;
namespace fs = std::filesystem;

namespace {

const Instrument &ins()
{
    return Instrument::builtin();
}

std::string integrity(const fs::path &p)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(p.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
    std::string result = sqlite3_step(st) == SQLITE_ROW ? reinterpret_cast<const char *>(sqlite3_column_text(st, 0)) : "?";
    sqlite3_finalize(st);
    sqlite3_close(db);
    return result;
}

// The child: records ratings in a loop and reports each one on the pipe once it is saved.
[[noreturn]] void recordForever(const fs::path &path, int reportFd, int round)
{
    try {
        auto file = SessionFile::open(path);
        const auto items = ins().itemIds();
        for (long i = 0;; ++i) {
            const std::string participant = "p" + std::to_string(1 + i % 6);
            const std::string &item = items[static_cast<std::size_t>(i / 6) % items.size()];
            const std::string note = std::to_string(round) + ":" + std::to_string(i);
            file->setRating(participant, item, static_cast<Rating>(1 + i % 3), note);
            const std::string line = participant + " " + item + " " + note + "\n";
            if (::write(reportFd, line.data(), line.size()) < 0)
                ::_exit(3);
        }
    } catch (...) {
        ::_exit(4);
    }
}

} // namespace

TEST_CASE("killing the process mid-edit 30 times loses nothing that was reported saved")
{
    TempDir dir;
    const auto path = dir / "crash.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    std::mt19937 rng(42);
    for (int round = 0; round < 30; ++round) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            recordForever(path, fds[1], round);
        }
        ::close(fds[1]);
        std::this_thread::sleep_for(std::chrono::milliseconds(20 + rng() % 120));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        // Everything the child reported before it died.
        std::string reported;
        char buf[4096];
        ssize_t n;
        while ((n = ::read(fds[0], buf, sizeof buf)) > 0)
            reported.append(buf, static_cast<std::size_t>(n));
        ::close(fds[0]);
        INFO("round " << round);
        REQUIRE(WIFSIGNALED(status));
        std::map<std::pair<std::string, std::string>, std::string> lastSaved;
        std::size_t start = 0;
        while (true) {
            const auto end = reported.find('\n', start);
            if (end == std::string::npos)
                break; // a half-written last line was not a complete report
            std::istringstream line(reported.substr(start, end - start));
            std::string participant, item, note;
            line >> participant >> item >> note;
            lastSaved[{participant, item}] = note;
            start = end + 1;
        }
        REQUIRE(integrity(path) == "ok");
        const Session s = SessionFile::open(path)->load();
        for (const auto &[key, note] : lastSaved) {
            const auto *r = s.findRating(key.first, key.second);
            REQUIRE(r);
            // The stored note is the reported one or a later one (written, not yet reported).
            const auto counter = [](const std::string &t) { return std::stol(t.substr(t.find(':') + 1)); };
            CHECK(r->note.substr(0, r->note.find(':')) == std::to_string(round));
            CHECK(counter(r->note) >= counter(note));
        }
        CHECK(s.participants.size() == 6);
    }
    for (const auto &e : fs::directory_iterator(dir.path())) {
        INFO(e.path().filename().string() << " " << fs::file_size(e.path()));
        CHECK(e.path().filename().string().find("-journal") == std::string::npos);
    }
}

TEST_CASE("a second process on the same file gets it read-only and cannot overwrite the first's answers")
{
    TempDir dir;
    const auto path = dir / "shared.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    auto first = SessionFile::open(path);
    first->setRating("p1", "c1.culture", Rating::Mature, "first process");
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(fds[0]);
        char verdict = 'x';
        try {
            auto second = SessionFile::open(path);
            if (!second->isReadOnly())
                verdict = 'w';
            else {
                try {
                    second->setRating("p1", "c1.culture", Rating::Early, "second process");
                    verdict = 'e';
                } catch (const FileError &e) {
                    verdict = e.kind() == FileError::Kind::ReadOnly ? 'r' : 'k';
                }
            }
        } catch (...) {
            verdict = 'o';
        }
        [[maybe_unused]] auto written = ::write(fds[1], &verdict, 1);
        ::_exit(0);
    }
    ::close(fds[1]);
    char verdict = '?';
    REQUIRE(::read(fds[0], &verdict, 1) == 1);
    ::close(fds[0]);
    ::waitpid(child, nullptr, 0);
    CHECK(verdict == 'r');
    CHECK(first->load().findRating("p1", "c1.culture")->note == "first process");
}

TEST_CASE("a hot journal left beside a file is rolled back on open and leaves no stray file")
{
    TempDir dir;
    const auto path = dir / "hot.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    const Session before = SessionFile::open(path)->load();
    // Make a crash mid-transaction: copy the file and its journal while a write is uncommitted.
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        sqlite3_exec(db, "PRAGMA cache_size = 1; BEGIN; DELETE FROM rating; DELETE FROM readiness;", nullptr, nullptr,
                     nullptr);
        // Force the change into the database file itself (cache spill), as a crash could leave it.
        for (int i = 0; i < 50; ++i)
            sqlite3_exec(db, "UPDATE participant SET name = name || 'x'", nullptr, nullptr, nullptr);
        REQUIRE(fs::exists(dir / "hot.cxm-journal"));
        fs::copy_file(path, dir / "crashed.cxm");
        fs::copy_file(dir / "hot.cxm-journal", dir / "crashed.cxm-journal");
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    {
        auto file = SessionFile::open(dir / "crashed.cxm");
        CHECK(file->load() == before);
    }
    CHECK_FALSE(fs::exists(dir / "crashed.cxm-journal"));
}

TEST_CASE("a file with flipped bits in its table definitions is refused and not changed")
{
    TempDir dir;
    const auto path = dir / "flip.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    std::string bytes = readBytes(path);
    // Damage the schema text on page 1 ("CREATE TABLE rating" becomes "CREATE TABLE ratinf").
    const auto pos = bytes.find("CREATE TABLE rating(");
    REQUIRE(pos != std::string::npos);
    bytes[pos + 18] = static_cast<char>(bytes[pos + 18] ^ 0x01);
    writeBytes(path, bytes);
    CHECK_THROWS_AS(SessionFile::open(path), FileError);
    CHECK(readBytes(path) == bytes);

    // Random flips anywhere past the header: refused or opened intact, never a crash.
    SessionFile::write(dir / "random.cxm", ins(), makeDemoSession(ins()), false);
    const std::string clean = readBytes(dir / "random.cxm");
    std::mt19937 rng(1);
    for (int trial = 0; trial < 40; ++trial) {
        std::string damaged = clean;
        for (int k = 0; k < 8; ++k)
            damaged[100 + rng() % (damaged.size() - 100)] ^= static_cast<char>(1 << (rng() % 8));
        writeBytes(dir / "damaged.cxm", damaged);
        try {
            SessionFile::open(dir / "damaged.cxm", SessionFile::Access::ReadOnly)->load();
        } catch (const FileError &) {
        }
        CHECK(readBytes(dir / "damaged.cxm") == damaged);
    }
}

TEST_CASE("a session of 500 participants with 10,000-character notes opens, scores and exports")
{
    TempDir dir;
    Session s = makeDemoSession(ins());
    const Session demo = s;
    s.participants.clear();
    s.ratings.clear();
    s.powerCore.clear();
    s.readiness.clear();
    const std::string longNote = std::string(9990, 'n') + " \u00e9\U0001F600 end";
    for (int p = 0; p < 500; ++p) {
        const auto &from = demo.participants[static_cast<std::size_t>(p) % demo.participants.size()];
        const std::string id = "p" + std::to_string(p + 1);
        s.participants.push_back({id, from.name + " " + std::to_string(p + 1), from.role});
        for (const auto &r : demo.ratings)
            if (r.participant == from.id)
                s.ratings.push_back({id, r.item, r.rating, r.item == "c1.culture" ? longNote : r.note});
        s.powerCore.push_back({id, demo.findPowerCore(from.id)->ranking, {}});
        for (const auto &a : demo.readiness)
            if (a.participant == from.id)
                s.readiness.push_back({id, a.question, a.answer, a.note});
    }
    SessionFile::write(dir / "big.cxm", ins(), s, false);
    const Session loaded = SessionFile::open(dir / "big.cxm")->load();
    CHECK(loaded == s);
    const Score score = ScoringEngine(ins()).score(loaded);
    CHECK(score.complete);
    CHECK(score.powerCore.rankers == 500);
    CHECK(score.findItem("c1.culture")->answered() == 500);
    const std::string csv = CsvExport::toCsv(loaded, ins());
    CHECK(csv.find(longNote) != std::string::npos);
    const std::string json = SessionJson::toString(loaded);
    CHECK(SessionJson::parse(json, "big.json", ins()) == loaded);
}
