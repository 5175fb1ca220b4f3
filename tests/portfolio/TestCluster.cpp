#include "TestCluster.h"

#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <unistd.h>

namespace fs = std::filesystem;

namespace cxm::test {

namespace {

std::string script()
{
    return std::string(CXM_SOURCE_DIR) + "/tests/portfolio/pg-test-cluster";
}

std::string run(const std::string &command)
{
    std::string out;
    FILE *p = ::popen(command.c_str(), "r");
    if (!p)
        throw std::runtime_error("could not run " + command);
    char buf[512];
    while (std::fgets(buf, sizeof buf, p))
        out += buf;
    const int status = ::pclose(p);
    if (status != 0)
        throw std::runtime_error(command + " failed (see its messages above): PostgreSQL's server is "
                                           "needed for these tests (scripts/setup installs it)");
    while (!out.empty() && out.back() == '\n')
        out.pop_back();
    return out;
}

std::string readFile(const fs::path &path)
{
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TestCluster &TestCluster::instance()
{
    static TestCluster cluster;
    return cluster;
}

TestCluster::TestCluster()
{
    // Under /tmp (see pg-test-cluster), its folder recorded in the test's private HOME, where
    // ctest's cleanup fixture and the next run look for a cluster a crashed run left.
    const char *home = std::getenv("HOME");
    m_record = fs::path(home ? home : "/tmp") / "pg-cluster.path";
    run(script() + " stop-recorded '" + m_record.string() + "'");
    char pattern[] = "/tmp/cxm-pg-XXXXXX";
    if (!::mkdtemp(pattern))
        throw std::runtime_error("test cluster: cannot make a folder in /tmp");
    m_dir = pattern;
    std::ofstream(m_record) << m_dir.string();
    m_socket = run(script() + " start '" + m_dir.string() + "'");
    query("CREATE DATABASE portfolio", "postgres");
    query("CREATE ROLE pub LOGIN PASSWORD '" + std::string(kPublisherPassword) + "'", "postgres");
    query("CREATE ROLE reader LOGIN PASSWORD '" + std::string(kReaderPassword) + "'", "postgres");
    run("'" + std::string(CXM_BINARY) + "' portfolio --db '" + uri() + "' --migrate >/dev/null");
    query(readFile(std::string(CXM_SOURCE_DIR) + "/docs/portfolio-roles.sql"));
    query("GRANT cxm_publisher TO pub; GRANT cxm_reader TO reader");
}

TestCluster::~TestCluster()
{
    std::system((script() + " stop-recorded '" + m_record.string() + "'").c_str());
}

std::string TestCluster::uri(const std::string &role, const std::string &database) const
{
    return "postgresql://" + role + "@/" + database + "?host=" + m_socket.string();
}

std::string TestCluster::query(const std::string &sql, const std::string &database) const
{
    PGconn *conn = PQconnectdb(uri("cxm_admin", database).c_str());
    if (PQstatus(conn) != CONNECTION_OK) {
        const std::string message = PQerrorMessage(conn);
        PQfinish(conn);
        throw std::runtime_error("test cluster: " + message);
    }
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    PGresult *r = PQexec(conn, sql.c_str());
    const auto status = PQresultStatus(r);
    std::string out;
    if (status == PGRES_TUPLES_OK && PQntuples(r) > 0 && PQnfields(r) > 0)
        out = PQgetvalue(r, 0, 0);
    const std::string error = PQresultErrorMessage(r);
    PQclear(r);
    PQfinish(conn);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        throw std::runtime_error("test cluster: " + sql + ": " + error);
    return out;
}

void TestCluster::clear() const
{
    query("DELETE FROM cxm_session; DELETE FROM cxm_claim");
}

std::string TestCluster::freshDatabase() const
{
    static int n = 0;
    const std::string name = "fresh" + std::to_string(++n);
    query("CREATE DATABASE " + name, "postgres");
    return name;
}

void TestCluster::kill() const
{
    run(script() + " kill '" + m_dir.string() + "'");
}

void TestCluster::restart() const
{
    run(script() + " restart '" + m_dir.string() + "'");
}

} // namespace cxm::test
