#include "PgConnection.h"

#include <libpq-fe.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>

namespace cxm::portfolio {

namespace {

struct ParsedOptions
{
    std::vector<std::pair<std::string, std::string>> set; // the keywords given, in libpq's order
    std::string error;                                    // empty when parsed
};

ParsedOptions parse(const std::string &conninfo)
{
    ParsedOptions parsed;
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.c_str(), &error);
    if (!options) {
        parsed.error = error ? error : "could not be read";
        if (error)
            PQfreemem(error);
        while (!parsed.error.empty() && (parsed.error.back() == '\n' || parsed.error.back() == ' '))
            parsed.error.pop_back();
        return parsed;
    }
    for (PQconninfoOption *o = options; o->keyword; ++o)
        if (o->val)
            parsed.set.emplace_back(o->keyword, o->val);
    PQconninfoFree(options);
    return parsed;
}

std::string valueOf(const ParsedOptions &parsed, const std::string &keyword)
{
    for (const auto &[k, v] : parsed.set)
        if (k == keyword)
            return v;
    return {};
}

std::string describe(const std::string &db, const std::string &host, const std::string &port,
                     const std::string &user)
{
    std::string text = "database " + (db.empty() ? std::string("(default)") : "\"" + db + "\"");
    if (!host.empty())
        text += " on " + host + (port.empty() ? "" : ":" + port);
    if (!user.empty())
        text += " as " + user;
    return text;
}

std::string trimmed(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == '\r'))
        text.pop_back();
    // libpq starts server errors with their severity; the message reads better without it.
    for (const char *prefix : {"FATAL:  ", "ERROR:  "})
        if (text.rfind(prefix, 0) == 0)
            text.erase(0, std::strlen(prefix));
    return text;
}

// The keywords whose values are secrets: the login's password and the client key's passphrase.
bool isSecret(const std::string &keyword)
{
    return keyword == "password" || keyword == "sslpassword";
}

// The first secret the string sets, or empty.
std::string secretIn(const ParsedOptions &parsed)
{
    for (const auto &[k, v] : parsed.set)
        if (isSecret(k) && !v.empty())
            return k;
    return {};
}

} // namespace

bool holdsPassword(const std::string &conninfo)
{
    return !secretIn(parse(conninfo)).empty();
}

std::string withoutPassword(const std::string &conninfo)
{
    const ParsedOptions parsed = parse(conninfo);
    if (!parsed.error.empty() || secretIn(parsed).empty())
        return conninfo;
    // Rebuilt as key=value pairs, values quoted as libpq reads them.
    std::string out;
    for (const auto &[k, v] : parsed.set) {
        if (isSecret(k))
            continue;
        std::string quoted = "'";
        for (char c : v) {
            if (c == '\'' || c == '\\')
                quoted += '\\';
            quoted += c;
        }
        out += (out.empty() ? "" : " ") + k + "=" + quoted + "'";
    }
    return out;
}

std::string describeDatabase(const std::string &conninfo)
{
    const ParsedOptions parsed = parse(conninfo);
    if (!parsed.error.empty())
        throw PortfolioError(PortfolioError::Kind::BadAddress, "--db",
                             "is not a PostgreSQL URI or connection string: " + parsed.error +
                                 " (for example postgresql://cxm_publisher@db.example.com/portfolio)");
    const std::string name = describe(valueOf(parsed, "dbname"), valueOf(parsed, "host"),
                                      valueOf(parsed, "port"), valueOf(parsed, "user"));
    const std::string secret = secretIn(parsed);
    if (secret == "password")
        throw PortfolioError(PortfolioError::Kind::BadAddress, name,
                             "the connection string holds a password; cxm never takes one there (it "
                             "would be visible to other users and remembered): put it in ~/.pgpass or "
                             "PGPASSWORD instead (docs/portfolio.md)");
    if (!secret.empty())
        throw PortfolioError(PortfolioError::Kind::BadAddress, name,
                             "the connection string holds a password (sslpassword, the client key's "
                             "passphrase); cxm never takes one there (it would be visible to other users "
                             "and remembered): use a client key without a passphrase that only you can "
                             "read (docs/portfolio.md)");
    return name;
}

PgResult::PgResult(pg_result *result)
    : m_result(result)
{}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(other.m_result)
{
    other.m_result = nullptr;
}

int PgResult::rows() const
{
    return PQntuples(m_result);
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

std::string PgResult::text(int row, int column) const
{
    return std::string(PQgetvalue(m_result, row, column),
                       static_cast<std::size_t>(PQgetlength(m_result, row, column)));
}

const char *PgResult::raw(int row, int column) const
{
    return PQgetvalue(m_result, row, column);
}

std::optional<double> PgResult::number(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    return std::strtod(PQgetvalue(m_result, row, column), nullptr);
}

long long PgResult::integer(int row, int column) const
{
    return isNull(row, column) ? 0 : std::strtoll(PQgetvalue(m_result, row, column), nullptr, 10);
}

PgConnection::PgConnection(const std::string &conninfo)
{
    m_name = describeDatabase(conninfo);
    const ParsedOptions parsed = parse(conninfo);
    std::vector<std::pair<std::string, std::string>> options = parsed.set;
    const auto has = [&](const char *k) {
        return std::any_of(options.begin(), options.end(), [&](const auto &o) { return o.first == k; });
    };
    // Without a timeout libpq waits for an unreachable host as long as TCP does.
    if (!has("connect_timeout") && !std::getenv("PGCONNECT_TIMEOUT"))
        options.emplace_back("connect_timeout", "10");
    if (!has("application_name"))
        options.emplace_back("application_name", "cxm");
    std::vector<const char *> keywords;
    std::vector<const char *> values;
    for (const auto &[k, v] : options) {
        keywords.push_back(k.c_str());
        values.push_back(v.c_str());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keywords.data(), values.data(), 0);
    if (!m_conn)
        throw PortfolioError(PortfolioError::Kind::Unreachable, m_name, "out of memory while connecting");
    if (PQstatus(m_conn) != CONNECTION_OK) {
        std::string reason = trimmed(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        m_conn = nullptr;
        throw PortfolioError(PortfolioError::Kind::Unreachable, m_name,
                             "could not connect: " + reason + "; nothing was changed");
    }
    // Notices (CREATE … IF NOT EXISTS) are not for the user.
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    const char *host = PQhost(m_conn);
    m_name = describe(PQdb(m_conn), host ? host : "", PQport(m_conn), PQuser(m_conn));
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

std::string PgConnection::user() const
{
    return PQuser(m_conn);
}

int PgConnection::backendPid() const
{
    return PQbackendPID(m_conn);
}

bool PgConnection::isPrepared(const char *name) const
{
    return std::find(m_prepared.begin(), m_prepared.end(), name) != m_prepared.end();
}

void PgConnection::prepare(const char *name, const char *sql, int parameters)
{
    if (isPrepared(name) || m_pending.count(name))
        return;
    m_pending[name] = {sql, parameters};
}

PgResult PgConnection::run(const char *name, const std::vector<PgParam> &params)
{
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const auto &p : params)
        values.push_back(p ? p->c_str() : nullptr);
    const auto pending = m_pending.find(name);
    if (pending == m_pending.end()) {
        PGresult *result =
            PQexecPrepared(m_conn, name, static_cast<int>(values.size()), values.data(), nullptr, nullptr, 0);
        const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            fail(result, name);
        return PgResult(result);
    }
    // The first use prepares and runs in one round trip: both sent in a pipeline, then read back
    // (the preparation's result, the execution's, the sync point). A round trip is what a busy
    // server makes a publication wait for.
    const bool sent =
        PQenterPipelineMode(m_conn) &&
        PQsendPrepare(m_conn, name, pending->second.sql.c_str(), pending->second.parameters, nullptr) &&
        PQsendQueryPrepared(m_conn, name, static_cast<int>(values.size()), values.data(), nullptr, nullptr,
                            0) &&
        PQpipelineSync(m_conn);
    PGresult *error = nullptr;
    PGresult *rows = nullptr;
    bool preparedNow = false;
    int results = 0;
    int nulls = 0;
    while (sent) {
        PGresult *r = PQgetResult(m_conn);
        if (!r) {
            // One null ends each command's results; two in a row: nothing more will come.
            if (PQstatus(m_conn) != CONNECTION_OK || ++nulls > 1)
                break;
            continue;
        }
        nulls = 0;
        const auto status = PQresultStatus(r);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(r);
            break;
        }
        const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (++results == 1 && ok)
            preparedNow = true;
        if (!ok && status != PGRES_PIPELINE_ABORTED && !error) {
            error = r;
        } else if (results == 2 && ok && !rows) {
            rows = r;
        } else {
            PQclear(r);
        }
    }
    PQexitPipelineMode(m_conn);
    if (preparedNow) {
        m_prepared.emplace_back(name);
        m_pending.erase(pending);
    }
    if (error || !rows) {
        if (rows)
            PQclear(rows);
        fail(error, name);
    }
    return PgResult(rows);
}

PgResult PgConnection::exec(const char *sql)
{
    PGresult *result = PQexec(m_conn, sql);
    const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(result, "running the portfolio's SQL");
    return PgResult(result);
}

void PgConnection::fail(pg_result *result, const std::string &doing)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string sqlstate = state ? state : "";
    std::string message = trimmed(result ? PQresultErrorMessage(result) : "");
    if (message.empty())
        message = trimmed(PQerrorMessage(m_conn));
    if (result)
        PQclear(result);
    // Class 08 (connection exception) and 57 (operator intervention: the server shutting down), or
    // no answer at all: the connection is gone, and the transaction with it.
    if (PQstatus(m_conn) != CONNECTION_OK || sqlstate.rfind("08", 0) == 0 || sqlstate.rfind("57", 0) == 0)
        throw PortfolioError(PortfolioError::Kind::Lost, m_name,
                             "the connection to the server was lost (" + message +
                                 "); nothing of this was stored, run it again when the server is back",
                             sqlstate);
    // Raised by the server's publishing function (PortfolioSteps.cpp): the UUID is another role's.
    if (sqlstate == "CX001")
        throw PortfolioError(PortfolioError::Kind::NotYours, m_name, message + "; nothing was changed",
                             sqlstate);
    if (sqlstate == "42501")
        throw PortfolioError(PortfolioError::Kind::Permission, m_name,
                             "the role \"" + user() + "\" is not allowed to do this (" + message +
                                 "); see the roles in docs/portfolio.md",
                             sqlstate);
    throw PortfolioError(PortfolioError::Kind::Refused, m_name,
                         "the server refused " + doing + ": " + message, sqlstate);
}

} // namespace cxm::portfolio
