// Private to the SessionFile sources: the cached prepared statements, the transaction wrapper that
// every edit goes through, and the raw SQLite helpers shared by opening and editing.
#pragma once

#include "SessionFile.h"

#include <sqlite3.h>

#include <filesystem>
#include <string>

namespace cxm {

namespace detail {

FileError::Kind kindFor(int rc);
// What an SQLite result code means for the person at the keyboard.
std::string plainReason(int rc);
// Opens a raw connection with the defensive settings every session file gets.
sqlite3 *openConnection(const std::filesystem::path &path, int flags, int &rc);
int execRaw(sqlite3 *db, const char *sql);
std::string pragmaText(sqlite3 *db, const char *sql, int &rc);

// Migrations and the schema (SessionFileSchema.cpp). Runs the numbered steps after `from` up to
// `to` and sets the version and application id.
int runMigrations(sqlite3 *db, int from, int to);
// Whether the file's tables are exactly those this version wrote: no views, triggers, extra tables
// or altered columns.
bool hasExpectedSchema(sqlite3 *db, int version, int &rc);

// The header of a file that claims to be a session (SessionFileHeader.cpp), checked before SQLite
// sees it: an SQLite file of ours, a version we read, not cut short. `wal` says it is in WAL mode.
bool holdsWorkbenchHeader(const std::filesystem::path &path, std::string &reason, FileError::Kind &kind,
                          bool &wal);
// A URI that opens the file as it is on disk, taking no lock and creating no helper file.
std::string immutableUri(const std::filesystem::path &path);

} // namespace detail

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
    bool isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }

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
    bool isNull(int c) const { return m_st->isNull(c); }

private:
    Statement *m_st;
};

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
    checkStillInPlace();
    exec("BEGIN IMMEDIATE");
    try {
        body();
        exec("COMMIT");
    } catch (...) {
        if (!sqlite3_get_autocommit(m_db))
            detail::execRaw(m_db, "ROLLBACK");
        rememberIdentity();
        throw;
    }
    rememberIdentity();
}
} // namespace cxm
