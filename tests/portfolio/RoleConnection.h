// A plain libpq connection as one login role of the test cluster: what any client of that role could
// send, without cxm in between. The attacks on the portfolio's rules are run through it; the SQL is
// the test's own constant text, values go as parameters.
#pragma once

#include "TestCluster.h"

#include <libpq-fe.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace cxm::test {

class RoleConnection
{
public:
    RoleConnection(const std::string &role, const std::string &password,
                   const std::string &database = "portfolio")
    {
        const std::string conninfo = TestCluster::instance().uri(role, database);
        const char *keys[] = {"dbname", "password", nullptr};
        const char *values[] = {conninfo.c_str(), password.c_str(), nullptr};
        m_conn = PQconnectdbParams(keys, values, 1);
        if (PQstatus(m_conn) != CONNECTION_OK)
            throw std::runtime_error("cannot connect as " + role + ": " + PQerrorMessage(m_conn));
        PQsetNoticeProcessor(
            m_conn, [](void *, const char *) {}, nullptr);
    }
    ~RoleConnection() { PQfinish(m_conn); }
    RoleConnection(const RoleConnection &) = delete;
    RoleConnection &operator=(const RoleConnection &) = delete;

    struct Outcome
    {
        std::string sqlstate; // empty: the server did it
        std::string message;
        int affected = 0;               // rows inserted, changed or deleted
        std::vector<std::string> first; // the first row, as text ("" for NULL)
        int rows = 0;
    };

    // Runs one statement with text parameters; never throws for what the server refuses.
    Outcome attempt(const std::string &sql, const std::vector<std::string> &params = {})
    {
        std::vector<const char *> values;
        for (const auto &p : params)
            values.push_back(p.c_str());
        PGresult *r = PQexecParams(m_conn, sql.c_str(), static_cast<int>(values.size()), nullptr,
                                   values.data(), nullptr, nullptr, 0);
        Outcome o;
        const auto status = PQresultStatus(r);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
            o.sqlstate = state ? state : "?????";
            o.message = PQresultErrorMessage(r);
        } else {
            const char *n = PQcmdTuples(r);
            o.affected = n && *n ? std::stoi(n) : 0;
            o.rows = PQntuples(r);
            if (o.rows > 0)
                for (int c = 0; c < PQnfields(r); ++c)
                    o.first.emplace_back(PQgetvalue(r, 0, c));
        }
        PQclear(r);
        return o;
    }

    // The first value of a statement that must succeed.
    std::string value(const std::string &sql, const std::vector<std::string> &params = {})
    {
        const Outcome o = attempt(sql, params);
        if (!o.sqlstate.empty())
            throw std::runtime_error(sql + ": " + o.message);
        return o.first.empty() ? std::string() : o.first.front();
    }

private:
    PGconn *m_conn = nullptr;
};

} // namespace cxm::test
