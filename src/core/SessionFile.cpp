#include "SessionFile.h"

#include "FileSafety.h"
#include "SessionFileSql.h"
#include "Uuid.h"
#include "Text.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
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

namespace detail {

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

} // namespace detail

using namespace detail;

namespace {

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

std::unique_ptr<SessionFile> SessionFile::open(const fs::path &path, Access access,
                                               const Instrument &instrument)
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

    // Resolved once: a symbolic link anywhere in the path (a linked home or cloud folder) is fine,
    // and from here on the real file is opened, locked and journalled beside, never the link.
    const fs::path real = resolveExisting(path);
    std::string reason;
    FileError::Kind kind{};
    bool wal = false;
    if (!holdsWorkbenchHeader(real, reason, kind, wal))
        throw FileError(kind, name, reason);

    std::unique_ptr<SessionFile> file(new SessionFile);
    file->m_instrument = &instrument;
    file->m_path = path;
    file->m_realPath = real;

    // One writer per file, across windows and processes: a flock on the file itself, held for as
    // long as the session is open (flock and SQLite's POSIX locks do not interfere on Linux).
    file->m_lockFd = ::open(real.c_str(), O_RDONLY | O_CLOEXEC);
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
    } else if (::access(real.c_str(), W_OK) != 0) {
        readOnlyBecause(errno == EROFS
                            ? "the file is on a read-only disk or medium and cannot be written"
                            : "the file cannot be written (it is marked read-only, or you do not have "
                              "permission to change it)");
    } else if (::access(parentOf(real).c_str(), W_OK) != 0) {
        // Each save keeps a rollback journal beside the file until it is complete; without it a
        // crash mid-save could not be undone, so a folder we cannot write in means read-only.
        readOnlyBecause("its folder cannot be written, and saving needs to keep a journal file beside it");
    }

    int rc = SQLITE_OK;
    const auto connect = [&](bool asReader) {
        if (!asReader)
            return openConnection(real, SQLITE_OPEN_READWRITE, rc);
        if (!wal)
            return openConnection(real, SQLITE_OPEN_READONLY, rc);
        // A reader of a file in WAL mode would create -wal and -shm beside it and leave them
        // there. Read the file as it is instead, unless another program has changes waiting in
        // its -wal (then only an open for editing, which returns it to one file, can fold them in).
        std::error_code walEc;
        if (fs::file_size(real.string() + "-wal", walEc) > 0 && !walEc)
            throw FileError(FileError::Kind::ReadOnly, name,
                            "was left by another program with changes in a helper file beside it (" +
                                path.filename().string() +
                                "-wal); open it for editing to bring them into the file, then try again");
        return openConnection(immutableUri(real), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, rc);
    };
    file->m_db = connect(readOnly);
    if (!file->m_db && !readOnly) {
        readOnlyBecause("the file cannot be written");
        file->m_db = connect(true);
    }
    if (!file->m_db)
        throw FileError(kindFor(rc), name, "cannot be opened: " + plainReason(rc));
    file->m_readOnly = readOnly;
    sqlite3 *db = file->m_db;

    const auto refuse = [&](FileError::Kind k, const std::string &why) { throw FileError(k, name, why); };

    execRaw(db, "PRAGMA cell_size_check = ON");
    const std::string check = pragmaText(db, "PRAGMA quick_check(1)", rc);
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        refuse(FileError::Kind::InUse,
               "is in use: another program holds a lock on it while it writes. Close that program, or wait "
               "until it has finished, and open the file again. Nothing in it was changed");
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
    const bool expected = hasExpectedSchema(db, version, rc);
    if (rc != SQLITE_OK)
        refuse(FileError::Kind::Corrupt, "is damaged: its table definitions cannot be read");
    if (!expected)
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
        const fs::path journal = real.string() + "-journal";
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
            (rc = runMigrations(db, version, kSchemaVersion)) != SQLITE_OK) {
            execRaw(db, "ROLLBACK");
            refuse(kindFor(rc), "was made by an older version and could not be upgraded: " + plainReason(rc));
        }
        // The upgrade is kept only if its result reads under this instrument: a file refused here
        // stays exactly as it was.
        try {
            (void)file->load();
        } catch (...) {
            file->m_statements.clear();
            execRaw(db, "ROLLBACK");
            throw;
        }
        file->m_statements.clear();
        if ((rc = execRaw(db, "COMMIT")) != SQLITE_OK) {
            execRaw(db, "ROLLBACK");
            refuse(kindFor(rc), "was made by an older version and could not be upgraded: " + plainReason(rc));
        }
        file->m_migratedFrom = version;
    }

    // A session's stable identity: a file written before sessions had one gets it the first time it
    // is opened for editing (a read-only look leaves the file as it is, and has none).
    if (!readOnly && file->meta("uuid").empty()) {
        const std::string assign =
            "INSERT OR IGNORE INTO meta(key, value) VALUES ('uuid', '" + newUuid() + "')";
        // On a full disk it stays without one (uuid() empty) rather than refusing to open.
        execRaw(db, assign.c_str());
        file->m_statements.clear();
    }

    // Read everything once, so a file with impossible values is refused now rather than later. The
    // result is kept for the caller's first load(), as long as nobody has changed the file since.
    const long long before = file->dataVersion(); // taken first: a commit while reading shows later
    file->m_loadedAtOpen = file->load();
    file->m_loadedVersion = before;
    if (!readOnly)
        file->rememberIdentity();
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
                        bool overwrite, const Clock &clock, const Lineage &lineage)
{
    const std::string name = path.string();
    // Through a symbolic link to its target; never over a folder, a device or a pipe.
    const fs::path target = resolveOutput(path);
    std::error_code ec;
    if (!overwrite && fs::exists(target, ec))
        throw FileError(FileError::Kind::Io, name, "already exists; choose another name");
    const WriterLock writerLock(target, name); // never over a session a window is editing
    removeStaleTemporaries(target);
    LockedTemp lockedTemp(target, name); // removed again, with its journal, on any failure below
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
        file->m_instrument = &instrument;
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
            putMeta("uuid", lineage.uuid.empty() ? newUuid() : lineage.uuid);
            if (!lineage.follows.empty())
                putMeta("follows", lineage.follows);
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
            ins.bind(1, p.id).bind(2, singleLineText(p.name)).bind(3, singleLineText(p.role));
            if (int r = ins.step(); r != SQLITE_DONE)
                file->raise(r, "writing");
        }
        file->putStages(session.stages);
        file->putAnswers(session);
        file->putPlan(session);
        if (lineage.actionCounter > 0) {
            auto counter = file->statement("INSERT OR REPLACE INTO meta(key, value) VALUES ('action_counter',"
                                           " max(?1, coalesce((SELECT CAST(value AS INTEGER) FROM meta"
                                           " WHERE key = 'action_counter'), 0)))");
            counter.bind(1, lineage.actionCounter);
            file->done(counter);
        }
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
    lockedTemp.publishAs(target);
}

std::unique_ptr<SessionFile> SessionFile::create(const fs::path &path, const Instrument &instrument,
                                                 const SessionInfo &info, const Clock &clock)
{
    Session session;
    session.info = info;
    write(path, instrument, session, false, clock);
    return open(path, Access::ReadWrite, instrument);
}

void SessionFile::saveAs(const fs::path &target) const
{
    const std::string name = target.string();
    const fs::path real = resolveOutput(target);
    if (sameFile(real, m_realPath))
        throw FileError(FileError::Kind::Io, name, "is the file already open; choose another name");
    const WriterLock writerLock(real, name); // never over a session another window is editing
    removeStaleTemporaries(real);
    LockedTemp lockedTemp(real, name); // removed again, with its journal, on any failure below
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
    lockedTemp.publishAs(real);
}

} // namespace cxm
