// Faults a laptop meets in a workshop: the process killed mid-edit, a second process on the same
// file, a hot journal left beside a file, a file with damaged bytes. Nothing acknowledged is lost;
// nothing damaged is opened.
#include "CsvExport.h"
#include "DemoSession.h"
#include "ScoringEngine.h"
#include "SessionJson.h"
#include "SessionFile.h"
#include "TempDir.h"
#include "TestSessions.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <chrono>
#include <csignal>
#include <algorithm>
#include <functional>
#include <map>
#include <sstream>
#include <random>
#include <thread>
#include <vector>

#include <grp.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
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
    std::string result =
        sqlite3_step(st) == SQLITE_ROW ? reinterpret_cast<const char *>(sqlite3_column_text(st, 0)) : "?";
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

// The account an unprivileged child runs as when the tests run as root ("nobody" on Debian).
constexpr uid_t kNobody = 65534;

// A forked child that cannot write what the test made read-only. Tests run as root in CI, where
// permission bits do not bind, so there the child first drops to uid/gid 65534 for good; as any
// other user the test's chmod already binds. The child talks to the parent in lines.
class UnprivilegedChild
{
public:
    explicit UnprivilegedChild(const std::function<void(UnprivilegedChild &)> &body)
    {
        REQUIRE(::pipe(m_up) == 0);
        REQUIRE(::pipe(m_down) == 0);
        m_pid = ::fork();
        REQUIRE(m_pid >= 0);
        if (m_pid == 0) {
            ::close(m_up[0]);
            ::close(m_down[1]);
            if (::geteuid() == 0) {
                if (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0 ||
                    ::getuid() != kNobody || ::setuid(0) == 0) {
                    say("could not drop privileges");
                    ::_exit(2);
                }
                // Changing credentials made the process non-dumpable, which hides /proc/self from
                // it; the sanitizers read /proc/self/maps.
                ::prctl(PR_SET_DUMPABLE, 1);
            }
            try {
                body(*this);
            } catch (const std::exception &e) {
                say(std::string("exception: ") + e.what());
                ::_exit(1);
            }
            ::_exit(0);
        }
        ::close(m_up[1]);
        ::close(m_down[0]);
    }
    ~UnprivilegedChild()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        ::close(m_up[0]);
        ::close(m_down[1]);
    }

    // In the child.
    void say(const std::string &line)
    {
        const std::string text = line + "\n";
        if (::write(m_up[1], text.data(), text.size()) != static_cast<ssize_t>(text.size()))
            ::_exit(3);
    }
    void waitForParent()
    {
        char c;
        if (::read(m_down[0], &c, 1) != 1)
            ::_exit(3);
    }

    // In the parent: the child's next line ("" once it is gone), letting it go on, its exit status.
    std::string hear()
    {
        std::string line;
        char c;
        while (::read(m_up[0], &c, 1) == 1 && c != '\n')
            line += c;
        return line;
    }
    void release()
    {
        const char c = 'g';
        REQUIRE(::write(m_down[1], &c, 1) == 1);
    }
    int finish()
    {
        int status = 0;
        REQUIRE(::waitpid(m_pid, &status, 0) == m_pid);
        m_pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }

private:
    pid_t m_pid = -1;
    int m_up[2] = {-1, -1};
    int m_down[2] = {-1, -1};
};

// What a child that opened a session it cannot write reports: how it opened, whether every answer
// is there, and what an edit does.
void reportReadOnlyOpen(UnprivilegedChild &child, const fs::path &path, const Session &expected)
{
    auto file = SessionFile::open(path);
    child.say(file->isReadOnly() ? "read-only" : "writable");
    child.say(file->readOnlyReason());
    child.say(file->load() == expected ? "every answer" : "answers differ");
    try {
        file->setRating("p1", "c1.culture", Rating::Early, "written by a reader");
        child.say("edit accepted");
    } catch (const FileError &e) {
        child.say(std::string(e.kind() == FileError::Kind::ReadOnly ? "refused ReadOnly: "
                                                                    : "refused otherwise: ") +
                  e.what());
    }
}

std::chrono::steady_clock::duration since(std::chrono::steady_clock::time_point start)
{
    return std::chrono::steady_clock::now() - start;
}

// Temporaries a Save As or write() to `target` keeps beside it (journals not counted).
std::vector<std::string> temporariesOf(const fs::path &dir, const std::string &target)
{
    std::vector<std::string> names;
    for (const auto &name : listing(dir))
        if (name.rfind("." + target + ".tmp-", 0) == 0 && name.find("-journal") == std::string::npos)
            names.push_back(name);
    return names;
}

// A VFS over SQLite's default one that calls `beforeWrite(offset)` before each write to a main
// database file: a test can copy the file and its journal there, as a crash at that moment would
// leave them.
class SnapshotVfs
{
public:
    static constexpr const char *kName = "cxm-test-snapshot";
    explicit SnapshotVfs(std::function<void(sqlite3_int64)> beforeWrite)
    {
        s_beforeWrite = std::move(beforeWrite);
        s_base = sqlite3_vfs_find(nullptr);
        m_vfs = *s_base;
        m_vfs.iVersion = 1;
        m_vfs.szOsFile = static_cast<int>(sizeof(File)) + s_base->szOsFile;
        m_vfs.zName = kName;
        m_vfs.pNext = nullptr;
        m_vfs.xOpen = &open;
        sqlite3_vfs_register(&m_vfs, 0);
    }
    ~SnapshotVfs()
    {
        sqlite3_vfs_unregister(&m_vfs);
        s_beforeWrite = nullptr;
    }
    SnapshotVfs(const SnapshotVfs &) = delete;
    SnapshotVfs &operator=(const SnapshotVfs &) = delete;

private:
    struct File
    {
        sqlite3_file base;
        sqlite3_file *real;
        bool mainDb;
    };
    static sqlite3_file *real(sqlite3_file *f) { return reinterpret_cast<File *>(f)->real; }

    static int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
    {
        auto *file = reinterpret_cast<File *>(f);
        file->real = reinterpret_cast<sqlite3_file *>(file + 1);
        file->mainDb = (flags & SQLITE_OPEN_MAIN_DB) != 0;
        const int rc = s_base->xOpen(s_base, name, file->real, flags, outFlags);
        file->base.pMethods = file->real->pMethods ? &s_methods : nullptr;
        return rc;
    }
    static int write(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
    {
        if (reinterpret_cast<File *>(f)->mainDb && s_beforeWrite)
            s_beforeWrite(offset);
        return real(f)->pMethods->xWrite(real(f), data, amount, offset);
    }

    static inline sqlite3_vfs *s_base = nullptr;
    static inline std::function<void(sqlite3_int64)> s_beforeWrite;
    static inline const sqlite3_io_methods s_methods = {
        1,
        [](sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); },
        [](sqlite3_file *f, void *d, int n, sqlite3_int64 o) {
            return real(f)->pMethods->xRead(real(f), d, n, o);
        },
        &write,
        [](sqlite3_file *f, sqlite3_int64 s) { return real(f)->pMethods->xTruncate(real(f), s); },
        [](sqlite3_file *f, int flags) { return real(f)->pMethods->xSync(real(f), flags); },
        [](sqlite3_file *f, sqlite3_int64 *s) { return real(f)->pMethods->xFileSize(real(f), s); },
        [](sqlite3_file *f, int l) { return real(f)->pMethods->xLock(real(f), l); },
        [](sqlite3_file *f, int l) { return real(f)->pMethods->xUnlock(real(f), l); },
        [](sqlite3_file *f, int *r) { return real(f)->pMethods->xCheckReservedLock(real(f), r); },
        [](sqlite3_file *f, int op, void *a) { return real(f)->pMethods->xFileControl(real(f), op, a); },
        [](sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); },
        [](sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); },
        nullptr, // version 1: no shared memory (a rollback journal needs none), no memory mapping
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
    };
    sqlite3_vfs m_vfs{};
};

} // namespace

TEST_CASE("a file and folder the user cannot write open read-only with every answer, and edits are refused")
{
    TempDir dir("/tmp");
    const auto path = dir / "locked.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    const Session expected = SessionFile::open(path)->load();
    const bool root = ::geteuid() == 0;
    // As root the file stays root's, readable by all; as anyone else the bits themselves refuse.
    fs::permissions(path, root ? fs::perms(0644) : fs::perms(0444));
    fs::permissions(dir.path(), root ? fs::perms(0755) : fs::perms(0555));
    const std::string before = readBytes(path);

    UnprivilegedChild child([&](UnprivilegedChild &c) { reportReadOnlyOpen(c, path, expected); });
    CHECK(child.hear() == "read-only");
    CHECK_THAT(child.hear(), Catch::Contains("the file cannot be written"));
    CHECK(child.hear() == "every answer");
    CHECK_THAT(child.hear(), Catch::StartsWith("refused ReadOnly: " + path.string() + ": is open read-only"));
    CHECK(child.finish() == 0);

    CHECK(readBytes(path) == before);
    CHECK(listing(dir.path()) == std::vector<std::string>{"locked.cxm"});
}

TEST_CASE("a writable file in a folder the user cannot write opens read-only and does not block a writer")
{
    // Every save keeps a rollback journal beside the file, so without the folder nothing can be
    // saved safely: the file opens read-only, and lets go of the writer's lock.
    TempDir dir("/tmp");
    const auto path = dir / "shared.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    const Session expected = SessionFile::open(path)->load();
    const bool root = ::geteuid() == 0;
    fs::permissions(path, fs::perms(0644));
    if (root)
        REQUIRE(::chown(path.c_str(), kNobody, kNobody) == 0); // the child owns the file, not the folder
    fs::permissions(dir.path(), root ? fs::perms(0755) : fs::perms(0555));
    const std::string before = readBytes(path);

    UnprivilegedChild child([&](UnprivilegedChild &c) {
        reportReadOnlyOpen(c, path, expected);
        auto reader = SessionFile::open(path);
        c.say("holding it open");
        c.waitForParent();
        const Session now = reader->load();
        const auto *r = now.findRating("p1", "c1.culture");
        c.say(r ? r->note : "no rating");
    });
    CHECK(child.hear() == "read-only");
    CHECK_THAT(child.hear(), Catch::Contains("its folder cannot be written"));
    CHECK(child.hear() == "every answer");
    CHECK_THAT(child.hear(), Catch::StartsWith("refused ReadOnly: "));
    REQUIRE(child.hear() == "holding it open");
    CHECK(readBytes(path) == before);
    CHECK(listing(dir.path()) == std::vector<std::string>{"shared.cxm"});

    // Someone who may write the folder (here the test itself) edits the file meanwhile.
    fs::permissions(dir.path(), fs::perms(0755));
    {
        auto writer = SessionFile::open(path);
        CHECK_FALSE(writer->isReadOnly());
        writer->setRating("p1", "c1.culture", Rating::Mature, "from the writer");
    }
    child.release();
    CHECK(child.hear() == "from the writer");
    CHECK(child.finish() == 0);
    CHECK(listing(dir.path()) == std::vector<std::string>{"shared.cxm"});
}

TEST_CASE(
    "killing Save As of a large session at random moments leaves the original intact and the copy whole")
{
    TempDir dir;
    const auto source = dir / "big.cxm";
    const auto target = dir / "copy.cxm";
    SessionFile::write(source, ins(), largeWorkshop(ins()), false);
    const std::string original = readBytes(source);
    // One Save As made undisturbed: timed, checked, and the bytes every later copy must have.
    std::chrono::steady_clock::duration oneCopy{};
    std::string complete;
    {
        auto file = SessionFile::open(source);
        const auto start = std::chrono::steady_clock::now();
        file->saveAs(dir / "reference.cxm");
        oneCopy = since(start);
        CHECK(SessionFile::open(dir / "reference.cxm", SessionFile::Access::ReadOnly)->load() ==
              file->load());
        complete = readBytes(dir / "reference.cxm");
        fs::remove(dir / "reference.cxm");
    }
    REQUIRE(readBytes(source) == original);

    std::mt19937 rng(7);
    int interrupted = 0; // rounds whose kill fell inside a copy and left its temporary behind
    for (int round = 0; round < 15; ++round) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            try {
                auto file = SessionFile::open(source);
                for (;;) {
                    file->saveAs(target);
                    if (::write(fds[1], "S", 1) != 1)
                        ::_exit(3);
                }
            } catch (...) {
                ::_exit(4);
            }
        }
        ::close(fds[1]);
        // After the first complete copy (so the previous round's leftovers are cleaned), somewhere
        // in the next copy or two.
        char c = 0;
        const bool copied = ::read(fds[0], &c, 1) == 1;
        std::this_thread::sleep_for(oneCopy * std::uniform_real_distribution<double>(0.0, 1.5)(rng));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        ::close(fds[0]);
        INFO("round " << round);
        REQUIRE(copied);
        REQUIRE(WIFSIGNALED(status));

        CHECK(readBytes(source) == original);
        CHECK(integrity(source) == "ok");
        CHECK(readBytes(target) == complete);
        const auto temps = temporariesOf(dir.path(), "copy.cxm");
        CHECK(temps.size() <= 1); // each Save As removed what the previous kill left
        interrupted += temps.empty() ? 0 : 1;
    }
    CHECK(interrupted > 0);
    SessionFile::open(source)->saveAs(target);
    CHECK(listing(dir.path()) == std::vector<std::string>{"big.cxm", "copy.cxm"});
    CHECK(readBytes(target) == complete);
    CHECK(readBytes(source) == original);
}

TEST_CASE("killing the upgrade of a version 1 file at random moments loses no answer")
{
    TempDir dir;
    const fs::path fixture = fs::path(CXM_TEST_DATA_DIR) / "migrations" / "schema-v1.cxm";
    const auto path = dir / "old.cxm";
    const fs::path journal = path.string() + "-journal";
    // Every answer of the version 1 file, read through an upgraded private copy (the file stays
    // as it is), and checked against what the migration test expects.
    fs::copy_file(fixture, path);
    const Session expected = SessionFile::open(path, SessionFile::Access::ReadOnly)->load();
    REQUIRE(expected.participants.size() == 2);
    CHECK(expected.participants[0].name == "Ana Ortiz");
    CHECK(expected.findRating("p2", "c1.culture")->note == "we review churn monthly");
    CHECK(expected.findConsensus("c1.culture")->rating == Rating::Advanced);
    CHECK(expected.findRanking("power_core", "p1")->otherLabel == "Finance");
    CHECK(expected.findChecklistConsensus("r1")->note == "nobody owns this today");

    std::mt19937 rng(11);
    std::chrono::steady_clock::duration oneUpgrade{}; // from fork to the child's open, measured in round 0
    int withJournal = 0;                              // rounds killed inside the upgrade's transaction
    int upgraded = 0;                                 // rounds killed after it committed
    for (int round = 0; round < 20; ++round) {
        fs::remove(path);
        fs::remove(journal);
        fs::copy_file(fixture, path);
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const auto forked = std::chrono::steady_clock::now();
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            try {
                auto file = SessionFile::open(path);
                [[maybe_unused]] auto written = ::write(fds[1], "D", 1);
                for (;;)
                    ::pause();
            } catch (...) {
                ::_exit(4);
            }
        }
        ::close(fds[1]);
        // Polls until `condition` holds or the child has finished its open.
        const auto waitUntil = [&](const std::function<bool()> &condition) {
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            int ready = 0;
            while (!condition() && std::chrono::steady_clock::now() < deadline &&
                   !(::ioctl(fds[0], FIONREAD, &ready) == 0 && ready > 0)) {
            }
        };
        if (round == 0) {
            char c = 0;
            REQUIRE(::read(fds[0], &c, 1) == 1);
            oneUpgrade = since(forked);
        } else if (round % 3 == 0) {
            std::this_thread::sleep_for(oneUpgrade * std::uniform_real_distribution<double>(0.0, 1.2)(rng));
        } else if (round % 3 == 1) {
            // Inside the transaction: as soon as its journal appears.
            waitUntil([&] { return fs::exists(journal); });
        } else {
            // Just after a commit: had the upgrade been several transactions, this is between two.
            waitUntil([&] { return fs::exists(journal); });
            waitUntil([&] { return !fs::exists(journal); });
        }
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        ::close(fds[0]);
        INFO("round " << round);
        REQUIRE(WIFSIGNALED(status));
        withJournal += fs::exists(journal) ? 1 : 0;

        auto file = SessionFile::open(path); // rolls back a half-done upgrade, then upgrades
        upgraded += file->wasMigrated() ? 0 : 1;
        CHECK_FALSE(file->isReadOnly());
        CHECK(file->load() == expected);
        file.reset();
        CHECK(integrity(path) == "ok");
        CHECK(listing(dir.path()) == std::vector<std::string>{"old.cxm"});
        CHECK_FALSE(SessionFile::open(path)->wasMigrated());
    }
    INFO(withJournal << " rounds killed inside the upgrade, " << upgraded << " after it");
    CHECK(withJournal > 0);
}

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
        sqlite3_exec(db, "PRAGMA cache_size = 1; BEGIN; DELETE FROM answer; DELETE FROM team_answer;",
                     nullptr, nullptr, nullptr);
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

TEST_CASE("a crash while a commit grows the file leaves it looking truncated; its journal restores it")
{
    // SQLite commits by writing page 1 (which records the new, larger size) first and the pages
    // past the old end last. A crash in between leaves a file shorter than its header says, with
    // a hot journal beside it that restores the old, complete file: that is not damage.
    TempDir dir;
    const auto path = dir / "grow.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    const Session before = SessionFile::open(path)->load();
    const auto sizeBefore = static_cast<sqlite3_int64>(fs::file_size(path));
    bool snapped = false;
    {
        // The moment of the crash: just before the first write past the old end of the file.
        SnapshotVfs vfs([&](sqlite3_int64 offset) {
            if (snapped || offset < sizeBefore)
                return;
            snapped = true;
            fs::copy_file(path, dir / "crashed.cxm");
            fs::copy_file(dir / "grow.cxm-journal", dir / "crashed.cxm-journal");
        });
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, SnapshotVfs::kName) == SQLITE_OK);
        CHECK(sqlite3_exec(db, "UPDATE answer SET note = hex(randomblob(1500))", nullptr, nullptr, nullptr) ==
              SQLITE_OK);
        sqlite3_close(db);
    }
    REQUIRE(snapped);
    // As after the crash: the header claims more pages than the file holds.
    const std::string header = readBytes(dir / "crashed.cxm").substr(0, 100);
    const auto be32 = [&](std::size_t at) {
        return (std::uint32_t(std::uint8_t(header[at])) << 24) |
               (std::uint32_t(std::uint8_t(header[at + 1])) << 16) |
               (std::uint32_t(std::uint8_t(header[at + 2])) << 8) |
               std::uint32_t(std::uint8_t(header[at + 3]));
    };
    const std::uint32_t pageSize = (std::uint32_t(std::uint8_t(header[16])) << 8) | std::uint8_t(header[17]);
    REQUIRE(be32(24) == be32(92));
    REQUIRE(std::int64_t(be32(28)) * pageSize > sizeBefore);
    REQUIRE(static_cast<sqlite3_int64>(fs::file_size(dir / "crashed.cxm")) == sizeBefore);
    // Reading alone (cxm export) cannot undo the unfinished save: it says so and changes nothing.
    const std::string crashed = readBytes(dir / "crashed.cxm");
    const std::string journal = readBytes(dir / "crashed.cxm-journal");
    try {
        SessionFile::open(dir / "crashed.cxm", SessionFile::Access::ReadOnly);
        FAIL("a file with an unfinished save was read without undoing it");
    } catch (const FileError &e) {
        CHECK(e.kind() == FileError::Kind::ReadOnly);
        CHECK_THAT(e.what(), Catch::Contains("was not closed properly"));
    }
    CHECK(readBytes(dir / "crashed.cxm") == crashed);
    CHECK(readBytes(dir / "crashed.cxm-journal") == journal);
    {
        auto file = SessionFile::open(dir / "crashed.cxm");
        CHECK(file->load() == before);
    }
    CHECK_FALSE(fs::exists(dir / "crashed.cxm-journal"));
    CHECK(integrity(dir / "crashed.cxm") == "ok");
}

TEST_CASE("a file with flipped bits in its table definitions is refused and not changed")
{
    TempDir dir;
    const auto path = dir / "flip.cxm";
    SessionFile::write(path, ins(), makeDemoSession(ins()), false);
    std::string bytes = readBytes(path);
    // Damage the schema text on page 1 ("CREATE TABLE answer" becomes "CREATE TABLE answes").
    const auto pos = bytes.find("CREATE TABLE answer(");
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
    const Session s = largeWorkshop(ins());
    REQUIRE(s.participants.size() == 500);
    const std::string note = longNote();
    REQUIRE(note.size() == 10000);
    SessionFile::write(dir / "big.cxm", ins(), s, false);
    const Session loaded = SessionFile::open(dir / "big.cxm")->load();
    CHECK(loaded == s);
    const Score score = ScoringEngine(ins()).score(loaded);
    CHECK(score.complete);
    CHECK(score.powerCore.rankers == 500);
    CHECK(score.findItem("c1.culture")->answered() == 500);
    const std::string csv = CsvExport::toCsv(loaded, ins());
    CHECK(csv.find(note) != std::string::npos);
    const std::string json = SessionJson::toString(loaded, Instrument::builtin());
    CHECK(SessionJson::parse(json, "big.json", ins()) == loaded);
}
