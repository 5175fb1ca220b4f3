// A throwaway PostgreSQL cluster for one test binary (tests/portfolio/pg-test-cluster): started on
// first use in a private folder under /tmp on a Unix socket, stopped (pg_ctl stop -m immediate) and removed
// when the binary ends; ctest's cleanup fixture stops one a crashed binary left. A missing server
// fails the test. The database "portfolio" is migrated, docs/portfolio-roles.sql is applied, and
// two login roles exist: "pub" (cxm_publisher) and "reader" (cxm_reader), with passwords.
#pragma once

#include <filesystem>
#include <string>

namespace cxm::test {

class TestCluster
{
public:
    static TestCluster &instance();
    ~TestCluster();

    static constexpr const char *kPublisherPassword = "pub-secret";
    static constexpr const char *kReaderPassword = "reader-secret";

    const std::filesystem::path &socketDir() const { return m_socket; }
    // A libpq URI for a role ("cxm_admin": the superuser, trusted on the socket) and a database.
    std::string uri(const std::string &role = "cxm_admin", const std::string &database = "portfolio") const;

    // Runs the program's own fixed SQL as the superuser (test set-up and checks only).
    std::string query(const std::string &sql, const std::string &database = "portfolio") const;
    // Empties the portfolio (every published session), keeping the schema and the roles.
    void clear() const;
    // Makes a fresh empty database and returns its name.
    std::string freshDatabase() const;

    // Stops the server at once (as a crash would) and starts it again.
    void kill() const;
    void restart() const;

private:
    TestCluster();
    std::filesystem::path m_record; // the file naming m_dir, for the cleanup fixture
    std::filesystem::path m_dir;
    std::filesystem::path m_socket;
};

} // namespace cxm::test
