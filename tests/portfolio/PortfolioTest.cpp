// The portfolio library against a real PostgreSQL server (TestCluster): migrations, idempotent
// publishing and revisions, anonymised publishing, the roles, the benchmark's figures and filters.
#include "Portfolio.h"
#include "PortfolioSchema.h"
#include "TestCluster.h"

#include "DemoSession.h"
#include "SessionJson.h"
#include "Uuid.h"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace cxm;
using namespace cxm::portfolio;
using cxm::test::TestCluster;

namespace {

const Instrument &ins()
{
    return Instrument::builtin();
}

TestCluster &cluster()
{
    return TestCluster::instance();
}

// A published session with chosen figures: what the benchmark is computed from.
PublishRecord record(const std::string &organization, const std::string &date, const std::string &facilitator,
                     std::optional<std::string> milestone, double c1)
{
    PublishRecord r = recordOf(makeDemoSession(ins()), ins(), newUuid(), {}, false);
    r.organization = organization;
    r.date = date;
    r.facilitator = facilitator;
    r.milestone = milestone;
    r.percents = {{"c1", c1}, {"c2", 100 - c1}};
    r.title = organization + " " + date; // a distinct content
    return r;
}

Score scoreWith(double c1)
{
    Score s;
    CompetencyScore c;
    c.id = "c1";
    c.percent = c1;
    c.complete = true;
    s.competencies.push_back(c);
    CompetencyScore incomplete;
    incomplete.id = "c2";
    incomplete.percent = 10;
    incomplete.complete = false;
    s.competencies.push_back(incomplete);
    return s;
}

template<typename F>
PortfolioError::Kind kindOf(F &&f)
{
    try {
        f();
    } catch (const PortfolioError &e) {
        return e.kind();
    }
    FAIL("no PortfolioError");
    return PortfolioError::Kind::Refused;
}

} // namespace

TEST_CASE("a new database is migrated on first connect; a newer one is refused untouched", "[portfolio]")
{
    const std::string db = cluster().freshDatabase();
    {
        Portfolio first(cluster().uri("cxm_admin", db), ins());
        CHECK(first.schemaBefore() == 0);
    }
    Portfolio again(cluster().uri("cxm_admin", db), ins());
    CHECK(again.schemaBefore() == PortfolioSchema::kVersion);
    CHECK(cluster().query("SELECT version FROM cxm_schema", db) == std::to_string(PortfolioSchema::kVersion));

    cluster().query("UPDATE cxm_schema SET version = 99", db);
    try {
        Portfolio newer(cluster().uri("cxm_admin", db), ins());
        FAIL("a database of schema 99 was accepted");
    } catch (const PortfolioError &e) {
        CHECK(e.kind() == PortfolioError::Kind::NewerSchema);
        CHECK_THAT(e.what(), Catch::Contains("newer cxm (database schema 99, this cxm knows " +
                                             std::to_string(PortfolioSchema::kVersion) + ")"));
    }
    CHECK(cluster().query("SELECT version FROM cxm_schema", db) == "99");
}

TEST_CASE("a publisher cannot set up the tables: the owner migrates", "[portfolio]")
{
    const std::string db = cluster().freshDatabase();
    cluster().query("GRANT CONNECT ON DATABASE " + db + " TO cxm_publisher", "postgres");
    ::setenv("PGPASSWORD", TestCluster::kPublisherPassword, 1);
    try {
        Portfolio p(cluster().uri("pub", db), ins());
        FAIL("a publisher created the tables");
    } catch (const PortfolioError &e) {
        CHECK(e.kind() == PortfolioError::Kind::OlderSchema);
        CHECK_THAT(e.what(), Catch::Contains("may not create them") && Catch::Contains("--migrate"));
    }
    ::unsetenv("PGPASSWORD");
}

TEST_CASE("publishing is idempotent; a changed session replaces its earlier revision", "[portfolio]")
{
    cluster().clear();
    Portfolio p(cluster().uri(), ins());
    Session s = makeDemoSession(ins());
    const std::string uuid = newUuid();

    PublishResult r = p.publish(s, uuid, {}, false);
    CHECK(r.revision == 1);
    CHECK(r.changed);
    const std::string publishedAt = cluster().query("SELECT published_at::text FROM cxm_session");
    r = p.publish(s, uuid, {}, false);
    CHECK(r.revision == 1);
    CHECK_FALSE(r.changed);
    CHECK(cluster().query("SELECT published_at::text FROM cxm_session") == publishedAt);

    s.info.title = "After the offsite";
    r = p.publish(s, uuid, {}, false);
    CHECK(r.revision == 2);
    CHECK(r.changed);
    s.ratings.front().rating = s.ratings.front().rating == Rating::Early ? Rating::Mature : Rating::Early;
    CHECK(p.publish(s, uuid, {}, false).revision == 3);

    CHECK(cluster().query("SELECT count(*) FROM cxm_session") == "1");
    CHECK(cluster().query("SELECT revision || ' ' || title FROM cxm_session") == "3 After the offsite");
    CHECK(cluster().query("SELECT count(*) FROM cxm_session, jsonb_object_keys(percents)") == "5");
    CHECK(cluster().query("SELECT published_by FROM cxm_session") == "cxm_admin");

    const auto list = p.listing();
    REQUIRE(list.size() == 1);
    CHECK(list[0].uuid == uuid);
    CHECK(list[0].revision == 3);
    CHECK(list[0].organization == s.info.organization);
    CHECK(list[0].participants == static_cast<int>(s.participants.size()));
    const Score score = ScoringEngine(ins()).score(s);
    CHECK(list[0].milestone == score.milestone);
    REQUIRE(list[0].percents.size() == 5);
    CHECK(list[0].percents[0].second == Approx(*score.competencies[0].percent));
}

TEST_CASE("an anonymised session is stored without names, notes or free text", "[portfolio]")
{
    cluster().clear();
    Portfolio p(cluster().uri(), ins());
    Session s = makeDemoSession(ins());
    s.info.notes = "Confidential: the board reshuffle";
    s.ratings.front().note = "Marta said the board does not listen";
    const std::string uuid = newUuid();
    CHECK(p.publish(s, uuid, {}, true).revision == 1);

    const std::string stored =
        cluster().query("SELECT document::text || organization || title || facilitator "
                        "|| score::text || percents::text FROM cxm_session");
    REQUIRE_FALSE(stored.empty());
    for (const auto &participant : s.participants) {
        CHECK_THAT(stored, !Catch::Contains(participant.name));
        if (!participant.role.empty())
            CHECK_THAT(stored, !Catch::Contains("\"" + participant.role + "\""));
    }
    CHECK_THAT(stored, !Catch::Contains(s.info.organization));
    CHECK_THAT(stored, !Catch::Contains("board"));
    REQUIRE_FALSE(s.actions.empty());
    CHECK_THAT(stored, !Catch::Contains(s.actions.front().title));
    CHECK(cluster().query("SELECT anonymous::text FROM cxm_session") == "true");
    // The answers are all there: the same scores as the session with names.
    const Score score = ScoringEngine(ins()).score(s);
    const auto list = p.listing();
    REQUIRE(list.size() == 1);
    CHECK(list[0].anonymous);
    CHECK(list[0].organization.empty());
    CHECK(list[0].milestone == score.milestone);
    CHECK(cluster().query("SELECT jsonb_array_length(document->'ratings') FROM cxm_session") ==
          std::to_string(SessionJson::toJson(s, ins())["ratings"].size()));

    // The anonymous row is listed under an id of its own, not the session's UUID.
    CHECK(list[0].uuid != uuid);
    CHECK(p.publicationOf(uuid) == list[0].uuid);
    // Published again with names, it is a row of its own that takes the anonymous one's place (a
    // session counts once), from revision 1: nothing carries over from the anonymous row.
    CHECK(p.publish(s, uuid, {}, false).revision == 1);
    CHECK(cluster().query("SELECT count(*) || ' ' || uuid::text || ' ' || organization FROM cxm_session "
                          "GROUP BY uuid, organization") == "1 " + uuid + " " + s.info.organization);
    CHECK(p.publicationOf(uuid) == uuid);
}

TEST_CASE("a session published by a newer cxm is refused and left as it is", "[portfolio]")
{
    cluster().clear();
    Portfolio p(cluster().uri(), ins());
    Session s = makeDemoSession(ins());
    const std::string uuid = newUuid();
    p.publish(s, uuid, {}, false);
    cluster().query("UPDATE cxm_session SET written_by = 7");
    s.info.title = "Changed";
    try {
        p.publish(s, uuid, {}, false);
        FAIL("a newer row was replaced");
    } catch (const PortfolioError &e) {
        CHECK(e.kind() == PortfolioError::Kind::NewerSchema);
        CHECK_THAT(e.what(), Catch::Contains("was published by a newer cxm (portfolio schema 7"));
    }
    CHECK(cluster().query("SELECT revision || ' ' || written_by FROM cxm_session") == "1 7");
    // The connection is usable after the refusal (the transaction was rolled back).
    CHECK(p.listing().size() == 1);
}

TEST_CASE("the reader role reads the portfolio and may not publish", "[portfolio]")
{
    cluster().clear();
    {
        Portfolio admin(cluster().uri(), ins());
        admin.publish(makeDemoSession(ins()), newUuid(), {}, false);
    }
    ::setenv("PGPASSWORD", TestCluster::kReaderPassword, 1);
    Portfolio reader(cluster().uri("reader"), ins());
    CHECK(reader.listing().size() == 1);
    CHECK(reader.benchmark().sessions == 1);
    try {
        reader.publish(makeDemoSession(ins()), newUuid(), {}, false);
        FAIL("the reader published");
    } catch (const PortfolioError &e) {
        CHECK(e.kind() == PortfolioError::Kind::Permission);
        CHECK_THAT(e.what(), Catch::Contains("the role \"reader\" is not allowed to do this"));
    }
    ::unsetenv("PGPASSWORD");
    CHECK(cluster().query("SELECT count(*) FROM cxm_session") == "1");

    ::setenv("PGPASSWORD", TestCluster::kPublisherPassword, 1);
    Portfolio publisher(cluster().uri("pub"), ins());
    CHECK(publisher.publish(makeDemoSession(ins()), newUuid(), {}, false).changed);
    ::unsetenv("PGPASSWORD");
    CHECK(cluster().query("SELECT count(*) FROM cxm_session") == "2");
}

TEST_CASE("the benchmark: sessions per milestone, distributions, percentiles, filters", "[portfolio]")
{
    cluster().clear();
    Portfolio p(cluster().uri(), ins());
    p.publish(record("Acme", "2025-01-10", "Dana", "commit", 10));
    p.publish(record("Acme", "2025-03-01", "Dana", "unite_build", 20));
    p.publish(record("Borealis", "2025-05-01", "Eli", "unite_build", 30));
    p.publish(record("Borealis", "2025-07-01", "Dana", "embed", 40));
    const PublishRecord last = record("Cobalt", "", "Eli", std::nullopt, 50);
    p.publish(last);

    const Benchmark b = p.benchmark();
    CHECK(b.sessions == 5);
    CHECK(b.unscored == 1);
    REQUIRE(b.milestones.size() == 5);
    CHECK(b.milestones[0] == std::pair<std::string, long long>("commit", 1));
    CHECK(b.milestones[1] == std::pair<std::string, long long>("unite_build", 2));
    CHECK(b.milestones[2] == std::pair<std::string, long long>("embed", 1));
    CHECK(b.milestones[4] == std::pair<std::string, long long>("elevate", 0));
    REQUIRE(b.competencies.size() == 5);
    REQUIRE(b.competencies[0].second);
    const Distribution &c1 = *b.competencies[0].second;
    CHECK(c1.sessions == 5);
    CHECK(c1.min == Approx(10));
    CHECK(c1.q1 == Approx(20));
    CHECK(c1.median == Approx(30));
    CHECK(c1.q3 == Approx(40));
    CHECK(c1.max == Approx(50));
    CHECK(c1.mean == Approx(30));
    CHECK(b.competencies[1].second->median == Approx(70));
    CHECK_FALSE(b.competencies[2].second); // nobody completed c3 in these records

    // 30 among 10 … 50: two below, one equal (counted half) of five.
    auto pct = p.percentiles(scoreWith(30), {});
    REQUIRE(pct.size() == 1); // the incomplete c2 is not placed
    CHECK(pct[0].first == "c1");
    CHECK(*pct[0].second == Approx(50));
    CHECK(*p.percentiles(scoreWith(55), {})[0].second == Approx(100));
    CHECK(*p.percentiles(scoreWith(5), {})[0].second == Approx(0));
    // The session itself is left out: 50 among the four others is above all of them.
    CHECK(*p.percentiles(scoreWith(50), last.uuid)[0].second == Approx(100));

    Filter acme;
    acme.organization = "acme"; // whatever the case
    CHECK(p.benchmark(acme).sessions == 2);
    CHECK(p.listing(acme).size() == 2);
    CHECK(p.benchmark(acme).competencies[0].second->max == Approx(20));
    CHECK(*p.percentiles(scoreWith(15), {}, acme)[0].second == Approx(50));
    Filter dana;
    dana.facilitator = "Dana";
    CHECK(p.listing(dana).size() == 3);
    Filter spring;
    spring.from = "2025-02-01";
    spring.to = "2025-06-30";
    const auto springList = p.listing(spring);
    REQUIRE(springList.size() == 2);
    CHECK(springList[0].date == "2025-05-01"); // newest first
    CHECK(p.benchmark(spring).milestones[1].second == 2);
    Filter nobody;
    nobody.organization = "Nobody";
    const Benchmark none = p.benchmark(nobody);
    CHECK(none.sessions == 0);
    CHECK_FALSE(none.competencies[0].second);
    CHECK_FALSE(p.percentiles(scoreWith(30), {}, nobody)[0].second);
}

TEST_CASE("text in a filter or a session is data, never SQL", "[portfolio]")
{
    cluster().clear();
    Portfolio p(cluster().uri(), ins());
    Session s = makeDemoSession(ins());
    s.info.organization = "Robert'); DROP TABLE cxm_session; --";
    p.publish(s, newUuid(), {}, false);
    Filter f;
    f.organization = s.info.organization;
    REQUIRE(p.listing(f).size() == 1);
    CHECK(p.listing(f)[0].organization == s.info.organization);
}

TEST_CASE("connection strings: malformed, with a password, or to nowhere", "[portfolio]")
{
    CHECK(kindOf([] { Portfolio p("postgresql://[broken", ins()); }) == PortfolioError::Kind::BadAddress);
    CHECK(kindOf([] { Portfolio p("host=/tmp dbname='unterminated", ins()); }) ==
          PortfolioError::Kind::BadAddress);
    try {
        Portfolio p("postgresql://pub:hunter2@/portfolio?host=" + cluster().socketDir().string(), ins());
        FAIL("a password in the URI was taken");
    } catch (const PortfolioError &e) {
        CHECK(e.kind() == PortfolioError::Kind::BadAddress);
        CHECK_THAT(e.what(), Catch::Contains("~/.pgpass") && !Catch::Contains("hunter2"));
    }
    CHECK(withoutPassword("postgresql://pub:hunter2@/portfolio?host=/tmp/x").find("hunter2") ==
          std::string::npos);
    CHECK(withoutPassword("postgresql://pub@/portfolio") == "postgresql://pub@/portfolio");
    // A client key's passphrase is a password too: refused, and never remembered (the window's
    // settings keep withoutPassword() of the address).
    const std::string withKeyPass = "postgresql://pub@/portfolio?sslpassword=hunter2&host=/tmp/x";
    CHECK(holdsPassword(withKeyPass));
    CHECK(withoutPassword(withKeyPass).find("hunter2") == std::string::npos);
    CHECK(withoutPassword(withKeyPass).find("host='/tmp/x'") != std::string::npos);
    CHECK(kindOf([&] { Portfolio p(withKeyPass, ins()); }) == PortfolioError::Kind::BadAddress);
    CHECK(kindOf([] {
              Portfolio p("postgresql://cxm_admin@/portfolio?host=/nonexistent-socket-dir", ins());
          }) == PortfolioError::Kind::Unreachable);
    ::setenv("PGPASSWORD", "wrong", 1);
    try {
        Portfolio p(cluster().uri("pub"), ins());
        FAIL("a wrong password was let in");
    } catch (const PortfolioError &e) {
        CHECK(e.kind() == PortfolioError::Kind::Unreachable);
        CHECK_THAT(e.what(), Catch::Contains("password authentication failed for user \"pub\""));
    }
    ::unsetenv("PGPASSWORD");
}
