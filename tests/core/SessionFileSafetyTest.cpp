// The session file against other programs and odd paths: writers that respect the writer's lock,
// a file replaced or removed behind an open session, symbolic links, special files, WAL mode and
// SQLite locks held by someone else.
#include "DemoSession.h"
#include "FileSafety.h"
#include "SessionFile.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace cxm;
using namespace cxm::test;
namespace fs = std::filesystem;

namespace {

const Instrument &ins()
{
    return Instrument::builtin();
}

FileError refusal(const std::function<void()> &action)
{
    try {
        action();
    } catch (const FileError &e) {
        return e;
    }
    FAIL("it was not refused");
    return FileError(FileError::Kind::Io, "", "");
}

sqlite3 *rawConnection(const fs::path &p)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(p.c_str(), &db) == SQLITE_OK);
    return db;
}

void rawExec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    REQUIRE(rc == SQLITE_OK);
}

std::vector<std::string> strayFiles(const fs::path &dir)
{
    std::vector<std::string> stray;
    for (const auto &name : listing(dir))
        if (name.find("-journal") != std::string::npos || name.find("-wal") != std::string::npos ||
            name.find("-shm") != std::string::npos || name.find(".tmp-") != std::string::npos)
            stray.push_back(name);
    return stray;
}

Session demoWith(const std::string &title)
{
    Session s = makeDemoSession(ins());
    s.info.title = title;
    return s;
}

} // namespace

TEST_CASE("write() and Save As refuse a session that is open for editing elsewhere, and change nothing")
{
    TempDir dir;
    const auto path = dir / "S.cxm";
    SessionFile::write(path, ins(), demoWith("in the window"), false);
    SessionFile::write(dir / "other.cxm", ins(), demoWith("another session"), false);
    auto window = SessionFile::open(path); // holds the writer's lock, as a window does
    REQUIRE_FALSE(window->isReadOnly());
    window->setRating("p1", "c1.culture", Rating::Mature, "acknowledged");
    const std::string bytes = readBytes(path);

    auto other = SessionFile::open(dir / "other.cxm");
    const FileError saveAs = refusal([&] { other->saveAs(path); });
    CHECK(saveAs.kind() == FileError::Kind::InUse);
    CHECK_THAT(std::string(saveAs.what()), Catch::StartsWith(path.string() + ": is open in another window"));
    const FileError write = refusal([&] { SessionFile::write(path, ins(), demoWith("imported"), true); });
    CHECK(write.kind() == FileError::Kind::InUse);
    CHECK_THAT(std::string(write.what()), Catch::Contains("is open in another window"));
    // Through another name for the same file, too.
    fs::create_symlink(path, dir / "alias.cxm");
    CHECK(refusal([&] { other->saveAs(dir / "alias.cxm"); }).kind() == FileError::Kind::InUse);

    CHECK(readBytes(path) == bytes);
    CHECK(strayFiles(dir.path()).empty());
    window->setRating("p1", "c1.data", Rating::Early); // the window goes on writing to its file
    CHECK(
        SessionFile::open(path, SessionFile::Access::ReadOnly)->load().findRating("p1", "c1.culture")->note ==
        "acknowledged");

    // A read-only viewer holds no lock: once the editor is closed, the file can be replaced.
    window.reset();
    auto viewer = SessionFile::open(path, SessionFile::Access::ReadOnly);
    other->saveAs(path);
    CHECK(SessionFile::open(path)->load().info.title == "another session");
}

TEST_CASE("an edit notices that its file was replaced or removed behind it; the session turns read-only")
{
    TempDir dir;
    const auto path = dir / "S.cxm";
    SessionFile::write(path, ins(), demoWith("ours"), false);
    auto file = SessionFile::open(path);
    file->setRating("p1", "c1.culture", Rating::Mature, "acknowledged");
    const Session onScreen = file->load();

    SECTION("renamed over")
    {
        SessionFile::write(dir / "theirs.cxm", ins(), demoWith("theirs"), false);
        fs::rename(dir / "theirs.cxm", path);
    }
    SECTION("removed")
    {
        fs::remove(path);
    }
    SECTION("written into by a program that ignores the lock")
    {
        sqlite3 *db = rawConnection(path);
        rawExec(db, "UPDATE session SET title = 'changed behind our back'");
        sqlite3_close(db);
    }
    const FileError e = refusal([&] { file->setRating("p1", "c1.data", Rating::Early); });
    CHECK(e.kind() == FileError::Kind::Replaced);
    CHECK_THAT(
        std::string(e.what()),
        Catch::Contains("S.cxm: was replaced or removed by another program, so the change was not saved"));
    CHECK(file->isReadOnly());
    CHECK_THAT(file->readOnlyReason(), Catch::Contains("replaced or removed by another program"));
    // Later edits are refused as read-only, with the same reason.
    const FileError again = refusal([&] { file->setConsensus("c1.culture", Rating::Early); });
    CHECK(again.kind() == FileError::Kind::ReadOnly);
    CHECK_THAT(std::string(again.what()), Catch::Contains("replaced or removed"));
}

TEST_CASE("the answers of a session whose file was replaced can still be saved elsewhere")
{
    TempDir dir;
    const auto path = dir / "S.cxm";
    SessionFile::write(path, ins(), demoWith("ours"), false);
    auto file = SessionFile::open(path);
    file->setRating("p1", "c1.culture", Rating::Mature, "acknowledged");
    const Session onScreen = file->load();
    SessionFile::write(dir / "theirs.cxm", ins(), demoWith("theirs"), false);
    fs::rename(dir / "theirs.cxm", path);
    CHECK(refusal([&] { file->setRating("p1", "c1.data", Rating::Early); }).kind() ==
          FileError::Kind::Replaced);
    CHECK(file->load() == onScreen); // still read from the file this session had open
    file->saveAs(dir / "kept.cxm");
    CHECK(SessionFile::open(dir / "kept.cxm")->load() == onScreen);
    CHECK(SessionFile::open(path)->load().info.title == "theirs");
}

TEST_CASE("a symbolic link in the path works; a link as the target is written through to its target")
{
    TempDir dir;
    fs::create_directories(dir / "real");
    fs::create_directory_symlink(dir / "real", dir / "link");
    const auto viaLink = dir / "link" / "new.cxm";

    SessionFile::write(viaLink, ins(), makeDemoSession(ins()), false);
    REQUIRE(fs::is_regular_file(fs::symlink_status(dir / "real" / "new.cxm")));
    {
        auto file = SessionFile::open(viaLink);
        CHECK_FALSE(file->isReadOnly());
        CHECK(file->path() == viaLink); // named as the user named it
        file->setRating("p1", "c1.culture", Rating::Mature, "through the link");
        file->saveAs(dir / "link" / "copy.cxm");
        // The lock is the real file's: a second open through another name is read-only.
        CHECK(SessionFile::open(dir / "real" / "new.cxm")->isReadOnly());
    }
    CHECK(SessionFile::open(dir / "real" / "copy.cxm")->load().findRating("p1", "c1.culture")->note ==
          "through the link");
    CHECK(strayFiles(dir / "real").empty());

    // The target itself a link: the link stays, and now leads to the new session.
    fs::create_symlink("real/new.cxm", dir / "current.cxm");
    SessionFile::write(dir / "current.cxm", ins(), demoWith("replaced through the link"), true);
    CHECK(fs::is_symlink(dir / "current.cxm"));
    CHECK(SessionFile::open(dir / "real" / "new.cxm")->load().info.title == "replaced through the link");
    // A link whose target does not exist yet: the target is created.
    fs::create_symlink("real/later.cxm", dir / "dangling.cxm");
    SessionFile::write(dir / "dangling.cxm", ins(), makeDemoSession(ins()), false);
    CHECK(fs::is_symlink(dir / "dangling.cxm"));
    CHECK(fs::is_regular_file(dir / "real" / "later.cxm"));
    CHECK(strayFiles(dir / "real").empty());
    CHECK(strayFiles(dir.path()).empty());
}

TEST_CASE("write() and Save As refuse a folder, a named pipe or a device as the target, and leave it")
{
    TempDir dir;
    REQUIRE(::mkfifo((dir / "pipe.cxm").c_str(), 0644) == 0);
    fs::create_symlink("/dev/null", dir / "null.cxm");
    fs::create_directories(dir / "folder.cxm");
    SessionFile::write(dir / "a.cxm", ins(), makeDemoSession(ins()), false);
    auto file = SessionFile::open(dir / "a.cxm");
    for (const char *name : {"pipe.cxm", "null.cxm", "folder.cxm"}) {
        INFO(name);
        const FileError w =
            refusal([&] { SessionFile::write(dir / name, ins(), makeDemoSession(ins()), true); });
        CHECK_THAT(std::string(w.what()), Catch::StartsWith((dir / name).string() + ": is a"));
        CHECK(refusal([&] { file->saveAs(dir / name); }).kind() == FileError::Kind::Io);
    }
    CHECK(fs::is_fifo(fs::symlink_status(dir / "pipe.cxm")));
    CHECK(fs::is_symlink(dir / "null.cxm"));
    CHECK(fs::is_character_file("/dev/null"));
    CHECK(fs::is_directory(dir / "folder.cxm"));
    CHECK(strayFiles(dir.path()).empty());
}

TEST_CASE("a file in WAL mode is read without leaving -wal or -shm beside it")
{
    TempDir dir;
    const auto path = dir / "w.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    {
        sqlite3 *db = rawConnection(path);
        rawExec(db, "PRAGMA journal_mode = WAL");
        sqlite3_close(db);
    }
    REQUIRE(strayFiles(dir.path()).empty());

    SECTION("read-only: read as it is, nothing created")
    {
        const std::string bytes = readBytes(path);
        CHECK(SessionFile::open(path, SessionFile::Access::ReadOnly)->load() == makeDemoSession(ins()));
        CHECK(strayFiles(dir.path()).empty());
        CHECK(readBytes(path) == bytes);
    }
    SECTION("changes waiting in a -wal: refused read-only, folded in by an open for editing")
    {
        sqlite3 *db = rawConnection(path);
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        rawExec(db, "UPDATE session SET title = 'in the wal'");
        sqlite3_close(db);
        REQUIRE(fs::file_size(dir / "w.cxm-wal") > 0);
        const FileError e = refusal([&] { SessionFile::open(path, SessionFile::Access::ReadOnly); });
        CHECK_THAT(std::string(e.what()), Catch::Contains("open it for editing"));
        CHECK(SessionFile::open(path)->load().info.title == "in the wal");
        CHECK(strayFiles(dir.path()).empty());
        CHECK(SessionFile::open(path, SessionFile::Access::ReadOnly)->load().info.title == "in the wal");
    }
}

TEST_CASE("a file another program has locked is reported as in use, not as damaged")
{
    TempDir dir;
    const auto path = dir / "s.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    const std::string bytes = readBytes(path);
    sqlite3 *other = rawConnection(path);
    rawExec(other, "BEGIN EXCLUSIVE");
    for (const auto access : {SessionFile::Access::ReadOnly, SessionFile::Access::ReadWrite}) {
        const FileError e = refusal([&] { SessionFile::open(path, access); });
        CHECK(e.kind() == FileError::Kind::InUse);
        CHECK_THAT(std::string(e.what()), Catch::Contains("s.cxm: is in use"));
        CHECK_THAT(std::string(e.what()), !Catch::Contains("damaged"));
    }
    rawExec(other, "ROLLBACK");
    sqlite3_close(other);
    CHECK(readBytes(path) == bytes);
    CHECK(SessionFile::open(path)->load() == makeDemoSession(ins()));
}

TEST_CASE("inputs are read once and capped: a named pipe without a writer, a device, a folder")
{
    TempDir dir;
    REQUIRE(::mkfifo((dir / "pipe.json").c_str(), 0644) == 0);
    CHECK(readInput(dir / "pipe.json", 1024, "a session document").empty()); // at once, no writer
    fs::create_directories(dir / "folder");
    CHECK_THROWS_WITH(readInput(dir / "folder", 1024, "a session document"),
                      Catch::Contains("folder: is a folder, not a session document"));
    CHECK_THROWS_WITH(readInput("/dev/zero", 1024, "a session document"),
                      Catch::Contains("/dev/zero: is a device or another special file"));
    writeBytes(dir / "big.json", std::string(2048, ' '));
    CHECK_THROWS_WITH(readInput(dir / "big.json", 1024, "a session document"),
                      Catch::Contains("is too large"));
    CHECK(readInput(dir / "big.json", 4096, "a session document").size() == 2048);
}

TEST_CASE("an instrument folder holding a named pipe or a device is refused at once, naming the file")
{
    TempDir dir;
    const fs::path folder = dir / "instrument";
    fs::copy(fs::path(CXM_SOURCE_DIR) / "assessments", folder);
    fs::remove(folder / "readiness.json");
    REQUIRE(::mkfifo((folder / "readiness.json").c_str(), 0600) == 0);
    // No writer ever opens the pipe: reading must not wait for one.
    try {
        Instrument::loadDirectory(folder);
        FAIL("a named pipe was accepted as an instrument file");
    } catch (const Error &e) {
        CHECK_THAT(e.what(), Catch::Contains("readiness.json"));
    }
    fs::remove(folder / "readiness.json");
    fs::create_symlink("/dev/zero", folder / "readiness.json");
    CHECK_THROWS_WITH(Instrument::loadDirectory(folder), Catch::Contains("readiness.json"));
}
