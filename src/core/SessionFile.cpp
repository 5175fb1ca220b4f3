#include "SessionFile.h"

#include "Text.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <fstream>
#include <random>
#include <set>
#include <tuple>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cxm {

namespace fs = std::filesystem;

namespace {

// Numbered migration steps: step N turns a schema of version N-1 into version N. A new file runs
// them all; an old file runs the ones it lacks, in one transaction. Never edit a released step:
// add a new one, and a test that opens a file written by the previous version.
const std::array<const char *, SessionFile::kSchemaVersion> kMigrationSteps = {
    // 1: the first schema.
    "CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE session(id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL,"
    " organization TEXT NOT NULL, mode TEXT NOT NULL CHECK (mode IN ('workshop', 'self')),"
    " facilitator TEXT NOT NULL, date TEXT NOT NULL, notes TEXT NOT NULL);"
    "CREATE TABLE participant(pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
    " role TEXT NOT NULL, position INTEGER NOT NULL);"
    "CREATE TABLE rating(participant INTEGER NOT NULL REFERENCES participant(pk) ON DELETE CASCADE,"
    " item TEXT NOT NULL, rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 3), note TEXT NOT NULL,"
    " PRIMARY KEY (participant, item)) WITHOUT ROWID;"
    "CREATE TABLE consensus(item TEXT PRIMARY KEY NOT NULL, rating INTEGER NOT NULL CHECK (rating BETWEEN 1 "
    "AND 3),"
    " note TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE power_core(participant INTEGER PRIMARY KEY REFERENCES participant(pk) ON DELETE CASCADE,"
    " ranking TEXT NOT NULL, other_label TEXT NOT NULL);"
    "CREATE TABLE power_core_consensus(id INTEGER PRIMARY KEY CHECK (id = 1), ranking TEXT NOT NULL,"
    " note TEXT NOT NULL);"
    "CREATE TABLE readiness(participant INTEGER NOT NULL REFERENCES participant(pk) ON DELETE CASCADE,"
    " question TEXT NOT NULL, answer INTEGER NOT NULL CHECK (answer IN (0, 1)), note TEXT NOT NULL,"
    " PRIMARY KEY (participant, question)) WITHOUT ROWID;"
    "CREATE TABLE readiness_consensus(question TEXT PRIMARY KEY NOT NULL,"
    " answer INTEGER NOT NULL CHECK (answer IN (0, 1)), note TEXT NOT NULL) WITHOUT ROWID;",
    // 2: workflow state that is not an answer, for private voting (answers hidden until revealed).
    "CREATE TABLE workflow(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;",
    // 3: participants marked absent for a step (a competency id, "power_core" or "readiness").
    "CREATE TABLE absence(participant INTEGER NOT NULL REFERENCES participant(pk) ON DELETE CASCADE,"
    " step TEXT NOT NULL, PRIMARY KEY (participant, step)) WITHOUT ROWID;",
};

std::uint32_t bigEndian32(const unsigned char *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

fs::path parentOf(const fs::path &p)
{
    const auto parent = p.parent_path();
    return parent.empty() ? fs::path(".") : parent;
}

// Temporaries beside a target are named ".NAME.tmp-PID-RANDOM" (plus SQLite's "-journal").
std::string tempPrefixFor(const fs::path &target)
{
    return "." + target.filename().string() + ".tmp-";
}

FileError::Kind kindForErrno(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return FileError::Kind::Full;
    case EACCES:
    case EPERM:
    case EROFS:
        return FileError::Kind::ReadOnly;
    default:
        return FileError::Kind::Io;
    }
}

std::string plainErrno(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return "the disk is full (or the file has reached its size limit)";
    case EACCES:
    case EPERM:
        return "the folder cannot be written (no permission)";
    case EROFS:
        return "the folder is on a read-only disk or medium";
    case ENOENT:
    case ENOTDIR:
        return "the folder does not exist";
    default:
        return std::strerror(error);
    }
}

// A temporary file beside a target that only carries its name while its writer holds an flock on
// it: it is created under a provisional name (NAME-new), locked, and then renamed. A temporary
// found unlocked was therefore left by a process that died, since the kernel drops the lock with
// the process. Where flock is not supported, nobody can lock it, and nothing is ever cleaned up.
void publish(const fs::path &temp, const fs::path &target);

class LockedTemp
{
public:
    explicit LockedTemp(const fs::path &target)
    {
        std::random_device random;
        for (int attempt = 0;; ++attempt) {
            // The pid keeps live writers apart; the random part, writers that died with the same pid.
            m_path = parentOf(target) / (tempPrefixFor(target) + std::to_string(::getpid()) + "-" +
                                         std::to_string(random() % 1000000000));
            const std::string provisional = m_path.string() + "-new";
            m_fd = ::open(provisional.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
            int error = errno;
            if (m_fd >= 0) {
                ::flock(m_fd, LOCK_EX);
                if (::rename(provisional.c_str(), m_path.c_str()) == 0)
                    return;
                error = errno;
                ::close(m_fd);
                ::unlink(provisional.c_str());
            }
            if (error != EEXIST || attempt == 10)
                throw FileError(kindForErrno(error), target.string(),
                                "could not be written: " + plainErrno(error));
        }
    }
    // Removes the temporary and its journal unless it was published. Close every SQLite
    // connection to the file first: closing a descriptor drops the process's POSIX locks on the
    // file, SQLite's included.
    ~LockedTemp()
    {
        if (!m_published) {
            ::unlink(m_path.c_str());
            ::unlink((m_path.string() + "-journal").c_str());
        }
        ::close(m_fd);
    }
    LockedTemp(const LockedTemp &) = delete;
    LockedTemp &operator=(const LockedTemp &) = delete;

    const fs::path &path() const { return m_path; }
    // Moves the finished temporary over the target; from then on it is no longer ours to remove.
    void publishAs(const fs::path &target)
    {
        publish(m_path, target);
        m_published = true;
    }

private:
    fs::path m_path;
    int m_fd = -1;
    bool m_published = false;
};

// Removes what a Save As or write() to this target left when its process was killed: temporaries
// of our naming pattern that no live writer holds, with their journals. Best effort, and careful
// never to take a live file: a locked temporary is skipped, a provisional one younger than a
// minute too (its writer may not have locked it yet), and so are this process's own.
void removeStaleTemporaries(const fs::path &target)
{
    const std::string prefix = tempPrefixFor(target);
    const auto isDigits = [](std::string_view t) {
        return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    const auto cutSuffix = [](std::string_view &t, std::string_view suffix) {
        if (t.size() <= suffix.size() || t.substr(t.size() - suffix.size()) != suffix)
            return false;
        t.remove_suffix(suffix.size());
        return true;
    };
    // Removes path (and its journal) if nobody holds it and it is old enough.
    const auto removeUnlocked = [](const fs::path &path, int minimumAgeSeconds) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0)
            return;
        struct stat held = {};
        struct stat named = {};
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &held) == 0 &&
            ::lstat(path.c_str(), &named) == 0 && held.st_dev == named.st_dev &&
            held.st_ino == named.st_ino && S_ISREG(held.st_mode) &&
            std::time(nullptr) - held.st_mtime >= minimumAgeSeconds) {
            ::unlink(path.c_str());
            ::unlink((path.string() + "-journal").c_str());
        }
        ::close(fd);
    };
    std::error_code ec;
    std::vector<fs::path> journals;
    for (fs::directory_iterator it(parentOf(target), ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.compare(0, prefix.size(), prefix) != 0)
            continue;
        std::string_view rest = std::string_view(name).substr(prefix.size());
        const bool journal = cutSuffix(rest, "-journal");
        const bool provisional = !journal && cutSuffix(rest, "-new");
        const auto dash = rest.find('-');
        if (dash == std::string_view::npos || !isDigits(rest.substr(0, dash)) ||
            !isDigits(rest.substr(dash + 1)) || rest.substr(0, dash) == std::to_string(::getpid()))
            continue;
        if (journal)
            journals.push_back(it->path());
        else
            removeUnlocked(it->path(), provisional ? 60 : 0);
    }
    // A journal whose temporary is gone has no writer: ours delete their journal before the rename.
    for (const auto &journal : journals) {
        const std::string name = journal.string();
        struct stat st = {};
        if (::lstat(name.substr(0, name.size() - std::strlen("-journal")).c_str(), &st) != 0 &&
            errno == ENOENT)
            ::unlink(name.c_str());
    }
}

void fsyncPath(const fs::path &p, bool directory)
{
    const int fd = ::open(p.c_str(), (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Moves a finished temporary file into place and makes the rename durable.
void publish(const fs::path &temp, const fs::path &target)
{
    fsyncPath(temp, false);
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) // the temporary's owner removes it
        throw FileError(FileError::Kind::Io, target.string(), "could not be written: " + ec.message());
    fsyncPath(parentOf(target), true);
}

FileError::Kind kindFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return FileError::Kind::Full;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return FileError::Kind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return FileError::Kind::InUse;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return FileError::Kind::Corrupt;
    default:
        return FileError::Kind::Io;
    }
}

std::string plainReason(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return "the disk is full (or the file has reached its size limit)";
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return "the file cannot be written here (read-only file, folder or medium)";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the file is in use by another window or program";
    case SQLITE_CORRUPT:
        return "the file is damaged";
    case SQLITE_NOTADB:
        return "the file is not a database";
    case SQLITE_IOERR:
        return "the disk reported an input/output error";
    case SQLITE_CANTOPEN:
        return "the file cannot be opened";
    default:
        return sqlite3_errstr(rc);
    }
}

// Opens a raw connection with the defensive settings every session file gets.
sqlite3 *openConnection(const fs::path &path, int flags, int &rc)
{
    sqlite3 *db = nullptr;
    rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(db);
        return nullptr;
    }
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 2000);
    return db;
}

int execRaw(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

std::string pragmaText(sqlite3 *db, const char *sql, int &rc)
{
    sqlite3_stmt *st = nullptr;
    rc = sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    std::string out;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            if (const auto *t = sqlite3_column_text(st, 0))
                out = reinterpret_cast<const char *>(t);
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(st);
    return out;
}

using SchemaRow = std::tuple<std::string, std::string, std::string, std::string>;

std::set<SchemaRow> readSchema(sqlite3 *db, int &rc)
{
    std::set<SchemaRow> rows;
    sqlite3_stmt *st = nullptr;
    rc = sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema", -1, &st,
                            nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const auto text = [&](int c) {
                const auto *t = sqlite3_column_text(st, c);
                return std::string(t ? reinterpret_cast<const char *>(t) : "");
            };
            rows.emplace(text(0), text(1), text(2), text(3));
        }
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rows;
}

int runMigrations(sqlite3 *db, int from, int to)
{
    for (int step = from + 1; step <= to; ++step) {
        if (int rc = execRaw(db, kMigrationSteps[static_cast<std::size_t>(step - 1)]); rc != SQLITE_OK)
            return rc;
    }
    const std::string version = "PRAGMA user_version = " + std::to_string(to);
    if (int rc = execRaw(db, version.c_str()); rc != SQLITE_OK)
        return rc;
    const std::string appId = "PRAGMA application_id = " + std::to_string(SessionFile::kApplicationId);
    return execRaw(db, appId.c_str());
}

// The exact schema a file of this version must have, made by running the same migration steps
// on an empty in-memory database.
const std::set<SchemaRow> &expectedSchema(int version)
{
    static std::map<int, std::set<SchemaRow>> cache;
    auto it = cache.find(version);
    if (it == cache.end()) {
        int rc = SQLITE_OK;
        sqlite3 *db = openConnection(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, rc);
        runMigrations(db, 0, version);
        it = cache.emplace(version, readSchema(db, rc)).first;
        sqlite3_close_v2(db);
    }
    return it->second;
}

bool holdsWorkbenchHeader(const fs::path &path, std::string &reason, FileError::Kind &kind)
{
    std::ifstream in(path, std::ios::binary);
    std::array<unsigned char, 100> h{};
    in.read(reinterpret_cast<char *>(h.data()), h.size());
    const auto got = in.gcount();
    if (got < 100 || std::memcmp(h.data(), "SQLite format 3", 16) != 0) {
        kind = FileError::Kind::NotAWorkbenchFile;
        reason = "is not a CX Maturity Workbench session file";
        return false;
    }
    if (bigEndian32(&h[68]) != static_cast<std::uint32_t>(SessionFile::kApplicationId)) {
        kind = FileError::Kind::NotAWorkbenchFile;
        reason = "is a database of another application, not a CX Maturity Workbench session file";
        return false;
    }
    const auto version = static_cast<int>(bigEndian32(&h[60]));
    if (version > SessionFile::kSchemaVersion) {
        kind = FileError::Kind::NewerVersion;
        reason = "was saved by a newer version of CX Maturity Workbench (file format " +
                 std::to_string(version) + "; this version reads up to " +
                 std::to_string(SessionFile::kSchemaVersion) + "). Please update the workbench to open it";
        return false;
    }
    if (version < 1) {
        kind = FileError::Kind::Corrupt;
        reason = "is damaged (its format version is missing)";
        return false;
    }
    std::uint32_t pageSize = (std::uint32_t(h[16]) << 8) | h[17];
    if (pageSize == 1)
        pageSize = 65536;
    const auto pages = bigEndian32(&h[28]);
    const bool sizeValid = bigEndian32(&h[24]) == bigEndian32(&h[92]) && pages > 0;
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    // A commit that grows the file writes page 1 (with the new size) before the pages past the
    // old end; a crash in between leaves a short file whose journal restores it. SQLite plays the
    // journal back before the quick_check, which still refuses a file that is really cut short.
    std::error_code journalEc;
    const bool journalPending = fs::file_size(path.string() + "-journal", journalEc) > 0 && !journalEc;
    if (!ec && sizeValid && !journalPending && static_cast<std::uintmax_t>(pages) * pageSize > size) {
        kind = FileError::Kind::Corrupt;
        reason = "is damaged: it is shorter than it should be (truncated, perhaps by an incomplete copy or "
                 "download)";
        return false;
    }
    return true;
}

std::string nowIso()
{
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

} // namespace

std::string systemClock()
{
    return nowIso();
}

// A cached prepared statement with small binding helpers. Reset after every use.
class SessionFile::Statement
{
public:
    Statement(sqlite3 *db, const char *sql, int &rc)
    {
        rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement &bind(int i, const std::string &s)
    {
        sqlite3_bind_text(m_stmt, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &bind(int i, long long v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    int step() { return sqlite3_step(m_stmt); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    std::string text(int c) const
    {
        const auto *t = sqlite3_column_text(m_stmt, c);
        return t ? std::string(reinterpret_cast<const char *>(t),
                               static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, c)))
                 : std::string();
    }
    long long integer(int c) const { return sqlite3_column_int64(m_stmt, c); }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// One use of a cached statement: resets it when the use ends, so a query that stopped before its
// last row never keeps the file's read lock (which would block the other window's writes).
class SessionFile::Query
{
public:
    explicit Query(Statement &st)
        : m_st(&st)
    {}
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    ~Query() { m_st->reset(); }
    Query &bind(int i, const std::string &s)
    {
        m_st->bind(i, s);
        return *this;
    }
    Query &bind(int i, long long v)
    {
        m_st->bind(i, v);
        return *this;
    }
    int step() { return m_st->step(); }
    std::string text(int c) const { return m_st->text(c); }
    long long integer(int c) const { return m_st->integer(c); }

private:
    Statement *m_st;
};

SessionFile::Query SessionFile::statement(const char *sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        int rc = SQLITE_OK;
        auto st = std::make_unique<Statement>(m_db, sql, rc);
        if (rc != SQLITE_OK)
            raise(rc, "reading");
        it = m_statements.emplace(sql, std::move(st)).first;
    }
    return Query(*it->second);
}

void SessionFile::exec(const char *sql) const
{
    if (int rc = execRaw(m_db, sql); rc != SQLITE_OK)
        raise(rc, "writing");
}

void SessionFile::raise(int rc, const std::string &doing) const
{
    throw FileError(kindFor(rc), m_path.string(),
                    (doing == "writing" ? "the change was not saved: " : "could not be read: ") +
                        plainReason(rc));
}

template<typename Body>
void SessionFile::transaction(Body &&body)
{
    m_loadedAtOpen.reset();
    if (m_readOnly)
        throw FileError(FileError::Kind::ReadOnly, m_path.string(),
                        "is open read-only, so the change was not saved (" + m_readOnlyReason + ")");
    if (m_inBulk) {
        body();
        return;
    }
    exec("BEGIN IMMEDIATE");
    try {
        body();
        exec("COMMIT");
    } catch (...) {
        if (!sqlite3_get_autocommit(m_db))
            execRaw(m_db, "ROLLBACK");
        throw;
    }
}

std::unique_ptr<SessionFile> SessionFile::open(const fs::path &path, Access access)
{
    const std::string name = path.string();
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        throw FileError(FileError::Kind::NotFound, name, "does not exist");
    if (fs::is_directory(status))
        throw FileError(FileError::Kind::NotAWorkbenchFile, name, "is a folder, not a session file");
    if (!fs::is_regular_file(status))
        throw FileError(FileError::Kind::NotAWorkbenchFile, name, "is not a regular file");
    if (fs::file_size(path, ec) == 0)
        throw FileError(FileError::Kind::NotAWorkbenchFile, name,
                        "is empty, not a CX Maturity Workbench session file");

    std::string reason;
    FileError::Kind kind{};
    if (!holdsWorkbenchHeader(path, reason, kind))
        throw FileError(kind, name, reason);

    std::unique_ptr<SessionFile> file(new SessionFile);
    file->m_path = path;

    // One writer per file, across windows and processes: a flock on the file itself, held for as
    // long as the session is open (flock and SQLite's POSIX locks do not interfere on Linux).
    file->m_lockFd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (file->m_lockFd < 0)
        throw FileError(FileError::Kind::Io, name, std::string("cannot be opened: ") + std::strerror(errno));
    bool readOnly = access == Access::ReadOnly;
    // A reader that cannot write lets go of the writer's lock, so it never keeps someone who can
    // write this file (its owner, another account) from editing it.
    const auto readOnlyBecause = [&](const char *why) {
        readOnly = true;
        file->m_readOnlyReason = why;
        ::flock(file->m_lockFd, LOCK_UN);
    };
    if (readOnly) {
        file->m_readOnlyReason = "opened read-only on request";
    } else if (::flock(file->m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        readOnly = true;
        file->m_readOnlyReason = "it is open in another window or program";
    } else if (::access(path.c_str(), W_OK) != 0) {
        readOnlyBecause(errno == EROFS
                            ? "the file is on a read-only disk or medium and cannot be written"
                            : "the file cannot be written (it is marked read-only, or you do not have "
                              "permission to change it)");
    } else if (::access(parentOf(path).c_str(), W_OK) != 0) {
        // Each save keeps a rollback journal beside the file until it is complete; without it a
        // crash mid-save could not be undone, so a folder we cannot write in means read-only.
        readOnlyBecause("its folder cannot be written, and saving needs to keep a journal file beside it");
    }

    int rc = SQLITE_OK;
    file->m_db = openConnection(path, readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, rc);
    if (!file->m_db && !readOnly) {
        readOnlyBecause("the file cannot be written");
        file->m_db = openConnection(path, SQLITE_OPEN_READONLY, rc);
    }
    if (!file->m_db)
        throw FileError(kindFor(rc), name, "cannot be opened: " + plainReason(rc));
    file->m_readOnly = readOnly;
    sqlite3 *db = file->m_db;

    const auto refuse = [&](FileError::Kind k, const std::string &why) { throw FileError(k, name, why); };

    execRaw(db, "PRAGMA cell_size_check = ON");
    const std::string check = pragmaText(db, "PRAGMA quick_check(1)", rc);
    if (rc == SQLITE_READONLY_ROLLBACK)
        refuse(
            FileError::Kind::ReadOnly,
            "was not closed properly (the program saving it stopped mid-save), and the unfinished save can "
            "only be undone where the file can be written: open it for editing to recover it");
    if (rc != SQLITE_OK || check != "ok")
        refuse(FileError::Kind::Corrupt, "is damaged (" + (rc != SQLITE_OK ? plainReason(rc) : check) +
                                             "); it cannot be opened safely");
    const int version = std::atoi(pragmaText(db, "PRAGMA user_version", rc).c_str());
    if (std::atoi(pragmaText(db, "PRAGMA application_id", rc).c_str()) != kApplicationId)
        refuse(FileError::Kind::NotAWorkbenchFile, "is not a CX Maturity Workbench session file");
    if (version < 1 || version > kSchemaVersion)
        refuse(FileError::Kind::NewerVersion, "has an unknown format version " + std::to_string(version));

    // The schema must be exactly what this version wrote: no views, triggers, extra tables or
    // altered columns. Checked before we run any statement against the file's tables.
    const auto schema = readSchema(db, rc);
    if (rc != SQLITE_OK)
        refuse(FileError::Kind::Corrupt, "is damaged: its table definitions cannot be read");
    if (schema != expectedSchema(version))
        refuse(FileError::Kind::Unsafe, "does not have the table layout of a CX Maturity Workbench session "
                                        "(it was altered or crafted by another program); it was not opened");

    execRaw(db, "PRAGMA foreign_keys = ON");
    execRaw(db, "PRAGMA synchronous = FULL");
    if (!readOnly) {
        // Keep a single file that can be mailed alone: leave WAL mode if the file arrived in it.
        const std::string mode = pragmaText(db, "PRAGMA journal_mode", rc);
        if (mode != "delete" && pragmaText(db, "PRAGMA journal_mode = DELETE", rc) != "delete")
            refuse(FileError::Kind::InUse,
                   "is in use by another program and cannot be switched to a single-file mode");
        // A program killed before its first change reached the disk leaves a journal that is not
        // "hot" (its header was never completed): SQLite ignores it but leaves it beside the file.
        // Any hot journal was rolled back by the check above, so under the write lock what is left
        // is stale; removing it keeps the session one file that can be mailed alone.
        const fs::path journal = path.string() + "-journal";
        if (fs::exists(journal, ec) && execRaw(db, "BEGIN IMMEDIATE") == SQLITE_OK) {
            fs::remove(journal, ec);
            execRaw(db, "COMMIT");
        }
    }

    if (version < kSchemaVersion) {
        if (readOnly) {
            // Upgrade a private in-memory copy; the file itself stays as it is.
            sqlite3 *mem = openConnection(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, rc);
            sqlite3_backup *b = sqlite3_backup_init(mem, "main", db, "main");
            if (b) {
                sqlite3_backup_step(b, -1);
                sqlite3_backup_finish(b);
            }
            sqlite3_close_v2(db);
            file->m_db = db = mem;
            execRaw(db, "PRAGMA foreign_keys = ON");
        }
        if (execRaw(db, "BEGIN IMMEDIATE") != SQLITE_OK ||
            (rc = runMigrations(db, version, kSchemaVersion)) != SQLITE_OK ||
            (rc = execRaw(db, "COMMIT")) != SQLITE_OK) {
            execRaw(db, "ROLLBACK");
            refuse(kindFor(rc), "was made by an older version and could not be upgraded: " + plainReason(rc));
        }
        file->m_migratedFrom = version;
    }

    // Read everything once, so a file with impossible values is refused now rather than later. The
    // result is kept for the caller's first load(), as long as nobody has changed the file since.
    const long long before = file->dataVersion(); // taken first: a commit while reading shows later
    file->m_loadedAtOpen = file->load();
    file->m_loadedVersion = before;
    return file;
}

SessionFile::~SessionFile()
{
    m_statements.clear();
    if (m_db)
        sqlite3_close_v2(m_db);
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

void SessionFile::write(const fs::path &path, const Instrument &instrument, const Session &session,
                        bool overwrite, const Clock &clock)
{
    const std::string name = path.string();
    std::error_code ec;
    if (!overwrite && fs::exists(path, ec))
        throw FileError(FileError::Kind::Io, name, "already exists; choose another name");
    if (fs::is_directory(path, ec))
        throw FileError(FileError::Kind::Io, name, "is a folder");
    removeStaleTemporaries(path);
    LockedTemp lockedTemp(path); // removed again, with its journal, on any failure below
    const fs::path &temp = lockedTemp.path();
    int rc = SQLITE_OK;
    sqlite3 *db = openConnection(temp, SQLITE_OPEN_READWRITE, rc);
    const auto fail = [&](int code, const std::string &doing) {
        if (db)
            sqlite3_close_v2(db);
        throw FileError(kindFor(code), name, "could not be " + doing + ": " + plainReason(code));
    };
    if (!db)
        fail(rc, "created");
    execRaw(db, "PRAGMA journal_mode = DELETE");
    execRaw(db, "PRAGMA synchronous = FULL");
    execRaw(db, "PRAGMA foreign_keys = ON");
    if ((rc = execRaw(db, "BEGIN IMMEDIATE")) != SQLITE_OK ||
        (rc = runMigrations(db, 0, kSchemaVersion)) != SQLITE_OK || (rc = execRaw(db, "COMMIT")) != SQLITE_OK)
        fail(rc, "created");
    sqlite3_close_v2(db);
    db = nullptr;

    // Fill it through the same edit paths the application uses, in one transaction.
    try {
        std::unique_ptr<SessionFile> file(new SessionFile);
        file->m_path = temp;
        file->m_db = openConnection(temp, SQLITE_OPEN_READWRITE, rc);
        if (!file->m_db)
            fail(rc, "created");
        file->exec("PRAGMA foreign_keys = ON");
        file->exec("PRAGMA synchronous = FULL");
        file->transaction([&] {
            const auto putMeta = [&](const char *k, const std::string &v) {
                auto st = file->statement("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
                st.bind(1, std::string(k)).bind(2, v);
                if (int r = st.step(); r != SQLITE_DONE)
                    file->raise(r, "writing");
            };
            putMeta("instrument_id", instrument.id);
            putMeta("instrument_version", instrument.version);
            putMeta("created_at", clock ? clock() : nowIso());
            putMeta("application", "CX Maturity Workbench");
            auto st =
                file->statement("INSERT INTO session(id, title, organization, mode, facilitator, date, notes)"
                                " VALUES (1, '', '', 'workshop', '', '', '')");
            if (int r = st.step(); r != SQLITE_DONE)
                file->raise(r, "writing");
        });
        // Each of the calls below is its own transaction on a private temporary file; durability
        // of the whole comes from the final fsync + rename.
        file->exec("PRAGMA synchronous = OFF");
        file->exec("BEGIN IMMEDIATE");
        file->m_inBulk = true;
        file->setInfo(session.info);
        for (const auto &p : session.participants) {
            auto ins = file->statement("INSERT INTO participant(id, name, role, position) VALUES (?1, ?2, ?3,"
                                       " (SELECT coalesce(max(position), 0) + 1 FROM participant))");
            ins.bind(1, p.id).bind(2, p.name).bind(3, p.role);
            if (int r = ins.step(); r != SQLITE_DONE)
                file->raise(r, "writing");
        }
        for (const auto &r : session.ratings)
            file->setRating(r.participant, r.item, r.rating, r.note);
        for (const auto &c : session.consensus)
            file->setConsensus(c.item, c.rating, c.note);
        for (const auto &pc : session.powerCore)
            file->setPowerCore(pc.participant, pc.ranking, pc.otherLabel);
        file->setPowerCoreConsensus(session.powerCoreConsensus);
        for (const auto &a : session.readiness)
            file->setReadiness(a.participant, a.question, a.answer, a.note);
        for (const auto &c : session.readinessConsensus)
            file->setReadinessConsensus(c.question, c.answer, c.note);
        for (const auto &a : session.absences)
            file->setAbsent(a.participant, a.step, true);
        file->m_inBulk = false;
        file->exec("COMMIT");
        file.reset();
    } catch (const FileError &e) {
        throw FileError(e.kind(), name, e.reason()); // named after the target, not the temporary
    } catch (const Error &e) {
        // The session itself is inconsistent (an answer of an unknown participant, …).
        throw InputError(name, std::string("was not written: ") + e.what());
    }
    lockedTemp.publishAs(path);
}

std::unique_ptr<SessionFile> SessionFile::create(const fs::path &path, const Instrument &instrument,
                                                 const SessionInfo &info, const Clock &clock)
{
    Session session;
    session.info = info;
    write(path, instrument, session, false, clock);
    return open(path);
}

std::string SessionFile::meta(const char *key) const
{
    auto st = statement("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, std::string(key));
    return st.step() == SQLITE_ROW ? st.text(0) : std::string();
}

std::string SessionFile::instrumentId() const
{
    return meta("instrument_id");
}

std::string SessionFile::instrumentVersion() const
{
    return meta("instrument_version");
}

std::string SessionFile::createdAt() const
{
    return meta("created_at");
}

int SessionFile::participantRow(const std::string &id) const
{
    auto st = statement("SELECT pk FROM participant WHERE id = ?1");
    st.bind(1, id);
    if (st.step() != SQLITE_ROW)
        throw Error("unknown participant \"" + id + "\"");
    return static_cast<int>(st.integer(0));
}

long long SessionFile::dataVersion() const
{
    auto st = statement("PRAGMA data_version");
    return st.step() == SQLITE_ROW ? st.integer(0) : -1;
}

Session SessionFile::load() const
{
    if (m_loadedAtOpen) {
        std::optional<Session> cached;
        cached.swap(m_loadedAtOpen);
        // data_version moves when another connection commits; our own edits drop the copy.
        if (dataVersion() == m_loadedVersion)
            return std::move(*cached);
    }
    const Instrument &ins = Instrument::builtin();
    const std::string name = m_path.string();
    const auto corrupt = [&](const std::string &what) {
        throw FileError(FileError::Kind::Corrupt, name, "contains an impossible value: " + what);
    };
    const auto text = [&](Query &st, int c) {
        std::string t = st.text(c);
        if (!isValidUtf8(t))
            corrupt("text that is not valid UTF-8");
        return t;
    };
    if (instrumentId() != ins.id)
        throw FileError(FileError::Kind::NotAWorkbenchFile, name,
                        "was taken with the instrument \"" + instrumentId() +
                            "\", which this version does not know");

    Session s;
    {
        auto st =
            statement("SELECT title, organization, mode, facilitator, date, notes FROM session WHERE id = 1");
        if (st.step() != SQLITE_ROW)
            corrupt("the session details are missing");
        s.info.title = text(st, 0);
        s.info.organization = text(st, 1);
        s.info.mode = parseMode(st.text(2)).value_or(Mode::Workshop);
        s.info.facilitator = text(st, 3);
        s.info.date = text(st, 4);
        s.info.notes = text(st, 5);
    }
    std::map<long long, std::string> ids;
    {
        auto st = statement("SELECT pk, id, name, role FROM participant ORDER BY position, pk");
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            Participant p{text(st, 1), text(st, 2), text(st, 3)};
            if (p.id.empty())
                corrupt("a participant without an id");
            ids[st.integer(0)] = p.id;
            s.participants.push_back(std::move(p));
        }
        if (rc != SQLITE_DONE)
            raise(rc, "reading");
    }
    const auto participantOf = [&](long long pk) {
        const auto it = ids.find(pk);
        if (it == ids.end())
            corrupt("an answer of a participant who does not exist");
        return it->second;
    };
    const auto checkRating = [&](long long v) {
        if (v < 1 || v > 3)
            corrupt("a rating outside Early/Advanced/Mature");
        return static_cast<Rating>(v);
    };
    const auto checkItem = [&](const std::string &item) {
        if (!ins.findItem(item))
            corrupt("an answer to an unknown question \"" + item + "\"");
        return item;
    };
    const auto checkQuestion = [&](const std::string &q) {
        if (ins.questionIndex(q) < 0)
            corrupt("an answer to an unknown readiness question \"" + q + "\"");
        return q;
    };
    const auto checkAnswer = [&](long long v) {
        if (v != 0 && v != 1)
            corrupt("a readiness answer other than yes or no");
        return static_cast<Answer>(v);
    };
    const auto checkRanking = [&](const std::string &t) {
        auto r = split(t, ',');
        auto sorted = r;
        std::sort(sorted.begin(), sorted.end());
        std::vector<std::string> all;
        for (const auto &o : ins.powerCoreOptions)
            all.push_back(o.id);
        std::sort(all.begin(), all.end());
        if (sorted != all)
            corrupt("a Power Core ranking that does not rank all seven options once");
        return r;
    };

    {
        auto st = statement("SELECT participant, item, rating, note FROM rating");
        while (st.step() == SQLITE_ROW)
            s.ratings.push_back({participantOf(st.integer(0)), checkItem(text(st, 1)),
                                 checkRating(st.integer(2)), text(st, 3)});
    }
    {
        auto st = statement("SELECT item, rating, note FROM consensus");
        while (st.step() == SQLITE_ROW)
            s.consensus.push_back({checkItem(text(st, 0)), checkRating(st.integer(1)), text(st, 2)});
    }
    {
        auto st = statement("SELECT participant, ranking, other_label FROM power_core");
        while (st.step() == SQLITE_ROW)
            s.powerCore.push_back({participantOf(st.integer(0)), checkRanking(text(st, 1)), text(st, 2)});
    }
    {
        auto st = statement("SELECT ranking, note FROM power_core_consensus WHERE id = 1");
        if (st.step() == SQLITE_ROW)
            s.powerCoreConsensus = PowerCoreConsensus{checkRanking(text(st, 0)), text(st, 1)};
    }
    {
        auto st = statement("SELECT participant, question, answer, note FROM readiness");
        while (st.step() == SQLITE_ROW)
            s.readiness.push_back({participantOf(st.integer(0)), checkQuestion(text(st, 1)),
                                   checkAnswer(st.integer(2)), text(st, 3)});
    }
    {
        auto st = statement("SELECT question, answer, note FROM readiness_consensus");
        while (st.step() == SQLITE_ROW)
            s.readinessConsensus.push_back(
                {checkQuestion(text(st, 0)), checkAnswer(st.integer(1)), text(st, 2)});
    }
    {
        auto st = statement("SELECT p.id, a.step FROM absence a JOIN participant p ON p.pk = a.participant"
                            " ORDER BY p.position, a.step");
        while (st.step() == SQLITE_ROW) {
            std::string step = text(st, 1);
            const bool competency = std::any_of(ins.competencies.begin(), ins.competencies.end(),
                                                [&](const Competency &c) { return c.id == step; });
            if (!competency && step != kPowerCoreStep && step != kReadinessStep)
                corrupt("an absence from an unknown step \"" + step + "\"");
            s.absences.push_back({text(st, 0), std::move(step)});
        }
    }
    sortCanonically(s, ins);
    return s;
}

void SessionFile::done(Query &st) const
{
    if (int rc = st.step(); rc != SQLITE_DONE)
        raise(rc, "writing");
}

void SessionFile::setInfo(const SessionInfo &info)
{
    transaction([&] {
        auto st = statement("UPDATE session SET title = ?1, organization = ?2, mode = ?3, facilitator = ?4,"
                            " date = ?5, notes = ?6 WHERE id = 1");
        st.bind(1, info.title).bind(2, info.organization).bind(3, std::string(toString(info.mode)));
        st.bind(4, info.facilitator).bind(5, info.date).bind(6, info.notes);
        done(st);
    });
}

std::string SessionFile::addParticipant(const std::string &name, const std::string &role)
{
    std::string id;
    transaction([&] {
        id = load().nextParticipantId();
        auto st = statement("INSERT INTO participant(id, name, role, position) VALUES (?1, ?2, ?3,"
                            " (SELECT coalesce(max(position), 0) + 1 FROM participant))");
        st.bind(1, id).bind(2, name).bind(3, role);
        done(st);
    });
    return id;
}

void SessionFile::updateParticipant(const std::string &id, const std::string &name, const std::string &role)
{
    transaction([&] {
        participantRow(id);
        auto st = statement("UPDATE participant SET name = ?2, role = ?3 WHERE id = ?1");
        st.bind(1, id).bind(2, name).bind(3, role);
        done(st);
    });
}

ParticipantRecord SessionFile::removeParticipant(const std::string &id)
{
    ParticipantRecord record;
    transaction([&] {
        const Session s = load();
        const auto it = std::find_if(s.participants.begin(), s.participants.end(),
                                     [&](const Participant &p) { return p.id == id; });
        if (it == s.participants.end())
            throw Error("unknown participant \"" + id + "\"");
        record.participant = *it;
        {
            auto st = statement("SELECT position FROM participant WHERE id = ?1");
            st.bind(1, id);
            st.step();
            record.position = static_cast<int>(st.integer(0));
        }
        for (const auto &r : s.ratings)
            if (r.participant == id)
                record.ratings.push_back(r);
        if (const auto *pc = s.findPowerCore(id))
            record.powerCore = *pc;
        for (const auto &a : s.readiness)
            if (a.participant == id)
                record.readiness.push_back(a);
        for (const auto &a : s.absences)
            if (a.participant == id)
                record.absences.push_back(a.step);
        auto st = statement("DELETE FROM participant WHERE id = ?1");
        st.bind(1, id);
        done(st);
    });
    return record;
}

void SessionFile::restoreParticipant(const ParticipantRecord &record)
{
    const bool outer = m_inBulk;
    transaction([&] {
        auto st = statement("INSERT INTO participant(id, name, role, position) VALUES (?1, ?2, ?3, ?4)");
        st.bind(1, record.participant.id).bind(2, record.participant.name).bind(3, record.participant.role);
        st.bind(4, static_cast<long long>(record.position));
        done(st);
        m_inBulk = true; // the answers below join this transaction
        try {
            for (const auto &r : record.ratings)
                setRating(r.participant, r.item, r.rating, r.note);
            if (record.powerCore)
                setPowerCore(record.participant.id, record.powerCore->ranking, record.powerCore->otherLabel);
            for (const auto &a : record.readiness)
                setReadiness(a.participant, a.question, a.answer, a.note);
            for (const auto &step : record.absences)
                setAbsent(record.participant.id, step, true);
        } catch (...) {
            m_inBulk = outer;
            throw;
        }
        m_inBulk = outer;
    });
}

void SessionFile::setRating(const std::string &participant, const std::string &item,
                            std::optional<Rating> rating, const std::string &note)
{
    transaction([&] {
        const long long pk = participantRow(participant);
        if (rating) {
            auto st = statement("INSERT INTO rating(participant, item, rating, note) VALUES (?1, ?2, ?3, ?4)"
                                " ON CONFLICT(participant, item) DO UPDATE SET rating = excluded.rating,"
                                " note = excluded.note");
            st.bind(1, pk).bind(2, item).bind(3, static_cast<long long>(ratingValue(*rating))).bind(4, note);
            done(st);
        } else {
            auto st = statement("DELETE FROM rating WHERE participant = ?1 AND item = ?2");
            st.bind(1, pk).bind(2, item);
            done(st);
        }
    });
}

void SessionFile::setConsensus(const std::string &item, std::optional<Rating> rating, const std::string &note)
{
    transaction([&] {
        if (rating) {
            auto st = statement("INSERT OR REPLACE INTO consensus(item, rating, note) VALUES (?1, ?2, ?3)");
            st.bind(1, item).bind(2, static_cast<long long>(ratingValue(*rating))).bind(3, note);
            done(st);
        } else {
            auto st = statement("DELETE FROM consensus WHERE item = ?1");
            st.bind(1, item);
            done(st);
        }
    });
}

void SessionFile::setPowerCore(const std::string &participant,
                               const std::optional<std::vector<std::string>> &ranking,
                               const std::string &otherLabel)
{
    transaction([&] {
        const long long pk = participantRow(participant);
        if (ranking) {
            auto st = statement("INSERT OR REPLACE INTO power_core(participant, ranking, other_label)"
                                " VALUES (?1, ?2, ?3)");
            st.bind(1, pk).bind(2, join(*ranking, ",")).bind(3, otherLabel);
            done(st);
        } else {
            auto st = statement("DELETE FROM power_core WHERE participant = ?1");
            st.bind(1, pk);
            done(st);
        }
    });
}

void SessionFile::setPowerCoreConsensus(const std::optional<PowerCoreConsensus> &consensus)
{
    transaction([&] {
        if (consensus) {
            auto st = statement(
                "INSERT OR REPLACE INTO power_core_consensus(id, ranking, note) VALUES (1, ?1, ?2)");
            st.bind(1, join(consensus->ranking, ",")).bind(2, consensus->note);
            done(st);
        } else {
            {
                auto st = statement("DELETE FROM power_core_consensus");
                done(st);
            }
        }
    });
}

void SessionFile::setReadiness(const std::string &participant, const std::string &question,
                               std::optional<Answer> answer, const std::string &note)
{
    transaction([&] {
        const long long pk = participantRow(participant);
        if (answer) {
            auto st =
                statement("INSERT INTO readiness(participant, question, answer, note) VALUES (?1, ?2, ?3, ?4)"
                          " ON CONFLICT(participant, question) DO UPDATE SET answer = excluded.answer,"
                          " note = excluded.note");
            st.bind(1, pk).bind(2, question).bind(3, static_cast<long long>(*answer)).bind(4, note);
            done(st);
        } else {
            auto st = statement("DELETE FROM readiness WHERE participant = ?1 AND question = ?2");
            st.bind(1, pk).bind(2, question);
            done(st);
        }
    });
}

void SessionFile::setReadinessConsensus(const std::string &question, std::optional<Answer> answer,
                                        const std::string &note)
{
    transaction([&] {
        if (answer) {
            auto st = statement(
                "INSERT OR REPLACE INTO readiness_consensus(question, answer, note) VALUES (?1, ?2, ?3)");
            st.bind(1, question).bind(2, static_cast<long long>(*answer)).bind(3, note);
            done(st);
        } else {
            auto st = statement("DELETE FROM readiness_consensus WHERE question = ?1");
            st.bind(1, question);
            done(st);
        }
    });
}

void SessionFile::setAbsent(const std::string &participant, const std::string &step, bool absent)
{
    transaction([&] {
        const long long pk = participantRow(participant);
        auto st = statement(absent ? "INSERT OR IGNORE INTO absence(participant, step) VALUES (?1, ?2)"
                                   : "DELETE FROM absence WHERE participant = ?1 AND step = ?2");
        st.bind(1, pk).bind(2, step);
        done(st);
    });
}

void SessionFile::setWorkflow(const std::string &key, const std::optional<std::string> &value)
{
    transaction([&] {
        if (value) {
            auto st = statement("INSERT OR REPLACE INTO workflow(key, value) VALUES (?1, ?2)");
            st.bind(1, key).bind(2, *value);
            done(st);
        } else {
            auto st = statement("DELETE FROM workflow WHERE key = ?1");
            st.bind(1, key);
            done(st);
        }
    });
}

std::optional<std::string> SessionFile::workflow(const std::string &key) const
{
    auto st = statement("SELECT value FROM workflow WHERE key = ?1");
    st.bind(1, key);
    if (st.step() == SQLITE_ROW)
        return st.text(0);
    return std::nullopt;
}

void SessionFile::saveAs(const fs::path &target) const
{
    const std::string name = target.string();
    std::error_code ec;
    if (fs::exists(target, ec) && fs::equivalent(target, m_path, ec))
        throw FileError(FileError::Kind::Io, name, "is the file already open; choose another name");
    removeStaleTemporaries(target);
    LockedTemp lockedTemp(target); // removed again, with its journal, on any failure below
    const fs::path &temp = lockedTemp.path();
    int rc = SQLITE_OK;
    sqlite3 *dest = openConnection(temp, SQLITE_OPEN_READWRITE, rc);
    if (!dest)
        throw FileError(kindFor(rc), name, "could not be written: " + plainReason(rc));
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", m_db, "main");
    if (!backup) {
        rc = sqlite3_errcode(dest);
    } else {
        while ((rc = sqlite3_backup_step(backup, -1)) == SQLITE_OK || rc == SQLITE_BUSY ||
               rc == SQLITE_LOCKED)
            sqlite3_sleep(10);
        const int finish = sqlite3_backup_finish(backup);
        if (rc == SQLITE_DONE)
            rc = finish;
    }
    if (rc == SQLITE_OK)
        rc = execRaw(dest, "PRAGMA journal_mode = DELETE") == SQLITE_OK ? SQLITE_OK : sqlite3_errcode(dest);
    sqlite3_close_v2(dest);
    if (rc != SQLITE_OK)
        throw FileError(kindFor(rc), name, "could not be written: " + plainReason(rc));
    lockedTemp.publishAs(target);
}

void SessionFile::limitPagesForTesting(int pages)
{
    const std::string sql = "PRAGMA max_page_count = " + std::to_string(pages);
    exec(sql.c_str());
}

} // namespace cxm
