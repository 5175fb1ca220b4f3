// One connection to a PostgreSQL server through libpq, and the errors the portfolio reports. The
// connection and every result are owned (RAII); SQL runs only as prepared statements or with
// parameters, never with user text in the SQL. A password is taken from libpq's own sources
// (~/.pgpass, PGPASSFILE, PGPASSWORD), never from the program: a connection string that holds one
// (password=, or sslpassword=, a client key's passphrase) is refused before anything is sent.
#pragma once

#include "Error.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace cxm::portfolio {

// What went wrong with the shared portfolio, so each front end can word it (and tests can tell).
// what() is "DATABASE: REASON", the database named without any password.
class PortfolioError : public InputError
{
public:
    enum class Kind {
        BadAddress,  // a malformed URI or connection string, or one holding a password
        Unreachable, // no server there, or it refused the login (password, role, database)
        Lost,        // the connection broke during the work: nothing of it was stored
        Permission,  // the role may not do this (a reader publishing, a publisher migrating)
        NewerSchema, // the database or a stored session was written by a newer cxm
        NotYours,    // the session's UUID was first published by another role: it stays theirs
        OlderSchema, // the database needs a migration this role may not run
        Refused,     // anything else the server refused
    };
    PortfolioError(Kind kind, std::string database, std::string reason, std::string sqlstate = {})
        : InputError(std::move(database), std::move(reason))
        , m_kind(kind)
        , m_sqlstate(std::move(sqlstate))
    {}
    Kind kind() const { return m_kind; }
    // The server's SQLSTATE, when the server gave one.
    const std::string &sqlstate() const { return m_sqlstate; }

private:
    Kind m_kind;
    std::string m_sqlstate;
};

// A query's rows, as text (libpq's text format). Owns its PGresult.
class PgResult
{
public:
    explicit PgResult(pg_result *result);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&) = delete;
    PgResult(const PgResult &) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    std::string text(int row, int column) const;
    const char *raw(int row, int column) const; // valid while the result lives
    std::optional<double> number(int row, int column) const;
    long long integer(int row, int column) const;

private:
    pg_result *m_result;
};

// A parameter of a statement: text, or SQL NULL.
using PgParam = std::optional<std::string>;

class PgConnection
{
public:
    // Connects with a libpq URI (postgresql://…) or a key=value connection string. Adds a
    // connect_timeout of 10 s and application_name "cxm" unless the string sets them. Throws
    // PortfolioError (BadAddress, Unreachable).
    explicit PgConnection(const std::string &conninfo);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // The database as messages name it: "portfolio on /run/postgresql as cxm_publisher" (no password).
    const std::string &name() const { return m_name; }
    std::string user() const;

    // Names a statement for this connection (the name and the SQL are the caller's constants); it
    // is prepared on the server with its first run(), in the same round trip.
    void prepare(const char *name, const char *sql, int parameters);
    bool isPrepared(const char *name) const;
    // Runs a prepared statement with text parameters. Throws PortfolioError.
    PgResult run(const char *name, const std::vector<PgParam> &params = {});
    // Runs fixed SQL (no parameters at all; only the program's own constant text).
    PgResult exec(const char *sql);

    // The server's process id of this connection (to find it in pg_stat_activity).
    int backendPid() const;

    // The error of a failed result, worded for this database; SQLSTATE decides the kind.
    [[noreturn]] void fail(pg_result *result, const std::string &doing);

private:
    pg_conn *m_conn = nullptr;
    std::string m_name;
    struct Pending
    {
        std::string sql; // a copy: the caller's text may be a temporary
        int parameters;
    };
    std::map<std::string, Pending> m_pending; // named, not prepared on the server yet
    std::vector<std::string> m_prepared;
};

// Checks a connection string without connecting: throws PortfolioError::BadAddress when libpq
// cannot parse it or when it holds a password (password=, or sslpassword= for a client key). Returns how
// messages name it.
std::string describeDatabase(const std::string &conninfo);

// The connection string without its password or sslpassword (to remember it, to show it), or the
// string itself when it cannot be parsed.
std::string withoutPassword(const std::string &conninfo);
bool holdsPassword(const std::string &conninfo);

} // namespace cxm::portfolio
