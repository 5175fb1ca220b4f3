// A portfolio made by schema 1 (tests/data/portfolio/schema-v1.sql: its tables, its roles' grants
// and three sessions) migrated by `cxm portfolio --migrate`: the rows kept, the publishers' rights
// on the tables taken back, each session claimed by the role that published it, and the anonymous
// follow-up re-keyed so nothing leads from it to its named predecessor.
#include "Portfolio.h"
#include "PortfolioSchema.h"
#include "RoleConnection.h"
#include "TestCluster.h"

#include "DemoSession.h"

#include "../cli/CxmProcess.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace cxm;
using namespace cxm::portfolio;
using namespace cxm::test;

namespace {

std::string readText(const std::string &path)
{
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

const char *const kNamed = "11111111-1111-4111-8111-111111111111";
const char *const kAnonymous = "22222222-2222-4222-8222-222222222222";
const char *const kOthers = "33333333-3333-4333-8333-333333333333";

} // namespace

TEST_CASE("cxm portfolio --migrate takes a portfolio of schema 1 to the rules in the database",
          "[portfolio][rules][migration]")
{
    TestCluster &cluster = TestCluster::instance();
    const std::string db = cluster.freshDatabase();
    cluster.query(readText(std::string(CXM_TEST_DATA_DIR) + "/portfolio/schema-v1.sql"), db);
    const auto may = [&](const char *role, const char *right) {
        return cluster.query(std::string("SELECT has_table_privilege('") + role + "', 'cxm_session', '" +
                                 right + "')::text",
                             db);
    };
    REQUIRE(may("cxm_publisher", "UPDATE") == "true"); // the hole this migration closes
    const std::string kept = cluster.query("SELECT string_agg(uuid::text || revision || content_hash || "
                                           "organization || percents::text, '|' ORDER "
                                           "BY uuid) FROM cxm_session WHERE NOT anonymous",
                                           db);

    TempDir dir;
    Run r = runCxm(dir, "portfolio --migrate --db " + quote(cluster.uri("cxm_admin", db)));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("portfolio schema " + std::to_string(PortfolioSchema::kVersion) +
                                      " (migrated from 1)"));
    CHECK(cluster.query("SELECT version FROM cxm_schema", db) == std::to_string(PortfolioSchema::kVersion));
    // Before the owner runs the roles again, nobody but the owner has any right on the table.
    for (const char *role : {"cxm_publisher", "cxm_reader"})
        for (const char *right : {"SELECT", "INSERT", "UPDATE", "DELETE"}) {
            INFO(role << " " << right);
            CHECK(may(role, right) == "false");
        }
    cluster.query(readText(std::string(CXM_SOURCE_DIR) + "/docs/portfolio-roles.sql"), db);

    // The named sessions as they were; the anonymous one under an id of its own, following nothing.
    CHECK(cluster.query(
              "SELECT string_agg(uuid::text || revision || content_hash || organization || percents::text, "
              "'|' ORDER BY uuid) FROM cxm_session WHERE NOT anonymous",
              db) == kept);
    const std::string anonId = cluster.query("SELECT uuid::text FROM cxm_session WHERE anonymous", db);
    CHECK(anonId != kAnonymous);
    CHECK(cluster.query("SELECT count(*) FROM cxm_session WHERE follows IS NOT NULL", db) == "0");
    CHECK(cluster.query("SELECT count(*) FROM cxm_claim", db) == "3");
    RoleConnection reader("reader", TestCluster::kReaderPassword, db);
    const std::string listing = reader.value("SELECT string_agg(l::text, '|') FROM cxm_listing l");
    CHECK_THAT(listing, !Catch::Contains(kAnonymous) && Catch::Contains(kNamed) && Catch::Contains(anonId));
    CHECK(reader.attempt("SELECT document FROM cxm_session").sqlstate == "42501");
    CHECK(reader.value("SELECT count(*) FROM cxm_listing") == "3");

    // Each session stays its publisher's: pub's two publish on, ana's is refused to pub.
    RoleConnection pub("pub", TestCluster::kPublisherPassword, db);
    CHECK(pub.attempt("UPDATE cxm_session SET written_by = 99").sqlstate == "42501");
    ::setenv("PGPASSWORD", TestCluster::kPublisherPassword, 1);
    {
        Portfolio p(cluster.uri("pub", db), Instrument::builtin());
        CHECK(p.schemaBefore() == PortfolioSchema::kVersion);
        const Session s = makeDemoSession(Instrument::builtin());
        CHECK(p.publish(s, kNamed, {}, false).revision == 3);
        CHECK(p.publish(s, kAnonymous, kNamed, true).revision == 2); // the same anonymous row
        CHECK(p.publicationOf(kAnonymous) == anonId);
        const std::string before = cluster.query(
            "SELECT s::text FROM cxm_session s WHERE uuid = '" + std::string(kOthers) + "'", db);
        try {
            p.publish(s, kOthers, {}, false);
            FAIL("pub replaced ana's session");
        } catch (const PortfolioError &e) {
            CHECK(e.kind() == PortfolioError::Kind::NotYours);
        }
        CHECK(cluster.query("SELECT s::text FROM cxm_session s WHERE uuid = '" + std::string(kOthers) + "'",
                            db) == before);
    }
    ::unsetenv("PGPASSWORD");
    CHECK(cluster.query("SELECT count(*) || ' ' || count(*) FILTER (WHERE anonymous) FROM cxm_session", db) ==
          "3 1");
    CHECK(cluster.query("SELECT revision FROM cxm_session WHERE uuid = '" + anonId + "'", db) == "2");
}
