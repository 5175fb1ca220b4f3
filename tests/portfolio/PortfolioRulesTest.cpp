// The portfolio's rules kept by PostgreSQL itself (docs/portfolio.md, "Who may do what"): each
// attack of issue 22 run by plain SQL as a publisher and as a reader, against a real server, and
// the portfolio checked byte for byte afterwards. Also what the detail role adds, and that an
// anonymous publication leads back to nothing.
#include "Portfolio.h"
#include "PortfolioSchema.h"
#include "RoleConnection.h"
#include "TestCluster.h"

#include "DemoSession.h"
#include "Uuid.h"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace cxm;
using namespace cxm::portfolio;
using namespace cxm::test;

namespace {

const Instrument &ins()
{
    return Instrument::builtin();
}

TestCluster &cluster()
{
    return TestCluster::instance();
}

constexpr const char *kVictimPassword = "victim-secret";
constexpr const char *kAuditorPassword = "auditor-secret";

// A second publisher ("victim") and a member of the detail role ("auditor"), once per cluster.
void makeRoles()
{
    static bool made = false;
    if (made)
        return;
    cluster().query(std::string("CREATE ROLE victim LOGIN PASSWORD '") + kVictimPassword +
                        "' IN ROLE cxm_publisher; CREATE ROLE auditor LOGIN PASSWORD '" + kAuditorPassword +
                        "' IN ROLE cxm_detail",
                    "postgres");
    made = true;
}

// Publishes as a login role, through cxm's own library (the password as libpq reads it).
PublishResult publishAs(const std::string &role, const char *password, const Session &session,
                        const std::string &uuid, const std::string &follows = {}, bool anonymous = false)
{
    ::setenv("PGPASSWORD", password, 1);
    Portfolio p(cluster().uri(role), ins());
    const PublishResult r = p.publish(session, uuid, follows, anonymous);
    ::unsetenv("PGPASSWORD");
    return r;
}

// Everything the portfolio holds, as text: equal before and after means nothing changed.
std::string everything()
{
    return cluster().query(
               "SELECT coalesce(string_agg(s::text, '|' ORDER BY s.uuid), '') FROM cxm_session s") +
           "\n" +
           cluster().query(
               "SELECT coalesce(string_agg(c::text, '|' ORDER BY c.session_key), '') FROM cxm_claim c") +
           "\n" + cluster().query("SELECT s::text FROM cxm_schema s");
}

struct Published
{
    std::string victimUuid;     // the victim's named session
    std::string victimAnonUuid; // the victim's anonymous session (its file's UUID)
    std::string victimAnonId;   // the id its publication is listed under
    std::string ownUuid;        // the attacker's own session
};

// The victim publishes a named and an anonymous session, the attacker ("pub") one of its own.
Published publishAll()
{
    makeRoles();
    cluster().clear();
    Published p{newUuid(), newUuid(), {}, newUuid()};
    Session named = makeDemoSession(ins());
    named.info.organization = "Victim Ltd";
    publishAs("victim", kVictimPassword, named, p.victimUuid);
    publishAs("victim", kVictimPassword, makeDemoSession(ins()), p.victimAnonUuid, {}, true);
    p.victimAnonId = cluster().query("SELECT uuid::text FROM cxm_session WHERE anonymous");
    Session own = makeDemoSession(ins());
    own.info.organization = "Attacker plc";
    publishAs("pub", TestCluster::kPublisherPassword, own, p.ownUuid);
    return p;
}

// What the attacks try, as plain SQL with the victim's UUID (or the attacker's own) as $1.
const char *const kTableAttacks[] = {
    "UPDATE cxm_session SET organization = 'Hacked' WHERE uuid = $1::uuid",
    "UPDATE cxm_session SET percents = '{\"c1\": 100}' WHERE uuid = $1::uuid",
    "UPDATE cxm_session SET published_by = 'someone-else' WHERE uuid = $1::uuid",
    "UPDATE cxm_session SET written_by = 99 WHERE uuid = $1::uuid",
    "UPDATE cxm_session SET revision = 2147483647 WHERE uuid = $1::uuid",
    "DELETE FROM cxm_session WHERE uuid = $1::uuid",
    "INSERT INTO cxm_session SELECT * FROM cxm_session WHERE uuid = $1::uuid",
    "SELECT document::text FROM cxm_session WHERE uuid = $1::uuid",
    "SELECT score::text FROM cxm_session_detail WHERE uuid = $1::uuid",
    "SELECT publisher FROM cxm_claim WHERE session_key <> $1::uuid",
    "SELECT key FROM cxm_secret WHERE $1::uuid IS NOT NULL",
    "SELECT cxm_session_key($1::uuid)",
    "UPDATE cxm_schema SET version = 99 WHERE $1::uuid IS NOT NULL",
    "UPDATE cxm_claim SET publisher = current_user WHERE session_key <> $1::uuid",
};

// cxm_publish as a client could call it, every value chosen by the caller: $1 the UUID, $2 anonymous.
const char *const kPublishCall =
    "SELECT published_revision, changed, stored_by_schema FROM cxm_publish($1::uuid, $2::boolean, NULL, "
    "'forged', 'Forged org', '', NULL, '', 'workshop', 3, 'cx', '1', 'mature', 100, '{\"c1\": 100}', "
    "'{}', '{}')";

} // namespace

TEST_CASE("a publisher changes, forges, freezes or reads nothing by plain SQL", "[portfolio][rules]")
{
    const Published p = publishAll();
    const std::string before = everything();
    const std::string median = cluster().query("SELECT median FROM cxm_benchmark WHERE competency = 'c1'");
    RoleConnection attacker("pub", TestCluster::kPublisherPassword);
    for (const std::string &target : {p.victimUuid, p.victimAnonId, p.ownUuid})
        for (const char *sql : kTableAttacks) {
            INFO(sql << " on " << target);
            CHECK(attacker.attempt(sql, {target}).sqlstate == "42501");
        }
    for (const char *sql : {"ALTER TABLE cxm_session DISABLE ROW LEVEL SECURITY", "DROP VIEW cxm_listing",
                            "CREATE TABLE public.cxm_shadow (x int)",
                            "CREATE OR REPLACE FUNCTION cxm_session_key(uuid) RETURNS uuid LANGUAGE sql AS "
                            "'SELECT $1'"}) {
        INFO(sql);
        CHECK(attacker.attempt(sql).sqlstate == "42501");
    }
    CHECK(everything() == before);
    CHECK(cluster().query("SELECT median FROM cxm_benchmark WHERE competency = 'c1'") == median);
}

TEST_CASE("a UUID belongs to the publisher who published it first; nobody else's publication of it "
          "changes anything",
          "[portfolio][rules]")
{
    const Published p = publishAll();
    const std::string before = everything();
    RoleConnection attacker("pub", TestCluster::kPublisherPassword);
    // Named or anonymous, the victim's UUID, or the anonymous publication's id as a UUID of one's own.
    for (const auto &[uuid, anonymous] :
         std::vector<std::pair<std::string, std::string>>{{p.victimUuid, "f"},
                                                          {p.victimUuid, "t"},
                                                          {p.victimAnonUuid, "t"},
                                                          {p.victimAnonUuid, "f"},
                                                          {p.victimAnonId, "f"}}) {
        INFO(uuid << " anonymous " << anonymous);
        const auto o = attacker.attempt(kPublishCall, {uuid, anonymous});
        CHECK(o.sqlstate == "CX001");
        CHECK_THAT(o.message, Catch::Contains("was first published by another role"));
    }
    // Through cxm's own library: a clear refusal, the kind the front ends word.
    ::setenv("PGPASSWORD", TestCluster::kPublisherPassword, 1);
    Portfolio portfolio(cluster().uri("pub"), ins());
    try {
        portfolio.publish(makeDemoSession(ins()), p.victimUuid, {}, false);
        FAIL("another publisher's session was replaced");
    } catch (const PortfolioError &e) {
        CHECK(e.kind() == PortfolioError::Kind::NotYours);
        CHECK_THAT(e.what(), Catch::Contains("session " + p.victimUuid +
                                             " was first published by another "
                                             "role") &&
                                 Catch::Contains("nothing was changed"));
    }
    // Nobody else's UUID leads to its anonymous publication either.
    CHECK(portfolio.publicationOf(p.victimAnonUuid) == p.victimAnonUuid);
    ::unsetenv("PGPASSWORD");
    CHECK(everything() == before);
}

TEST_CASE("the server sets the revision, the writer's schema and who published; figures out of range "
          "are refused",
          "[portfolio][rules]")
{
    const Published p = publishAll();
    RoleConnection attacker("pub", TestCluster::kPublisherPassword);
    const std::string fresh = newUuid();
    const auto o = attacker.attempt(kPublishCall, {fresh, "f"});
    REQUIRE(o.sqlstate.empty());
    CHECK(o.first == std::vector<std::string>{"1", "t", std::to_string(PortfolioSchema::kVersion)});
    CHECK(cluster().query("SELECT revision || ' ' || written_by || ' ' || published_by FROM cxm_session "
                          "WHERE uuid = '" +
                          fresh + "'") == "1 " + std::to_string(PortfolioSchema::kVersion) + " pub");
    // The function takes no revision, writer or publisher: a call that passes one does not exist.
    CHECK(
        attacker
            .attempt("SELECT cxm_publish($1::uuid, false, NULL, 'x', '', '', NULL, '', 'workshop', 3, 'cx', "
                     "'1', NULL, NULL, '{}', '{}', '{}', 'someone-else')",
                     {newUuid()})
            .sqlstate == "42883");
    const std::string before = everything();
    for (const char *sql :
         {"SELECT cxm_publish($1::uuid, false, NULL, 'x', '', '', NULL, '', 'workshop', 3, 'cx', '1', NULL, "
          "NULL, '{\"c1\": 1000}', '{}', '{}')",
          "SELECT cxm_publish($1::uuid, false, NULL, 'x', '', '', NULL, '', 'workshop', -1, 'cx', '1', NULL, "
          "NULL, '{}', '{}', '{}')",
          "SELECT cxm_publish($1::uuid, false, NULL, 'x', '', '', NULL, '', 'workshop', 3, 'cx', '1', NULL, "
          "-5, '{}', '{}', '{}')",
          "SELECT cxm_publish($1::uuid, true, NULL, 'x', 'Named after all', '', NULL, '', 'workshop', 3, "
          "'cx', '1', NULL, NULL, '{}', '{}', '{}')"}) {
        INFO(sql);
        const std::string state = attacker.attempt(sql, {p.ownUuid}).sqlstate;
        CHECK((state == "22023" || state == "23514"));
    }
    CHECK(everything() == before);
}

TEST_CASE("a right on the tables granted by mistake still shows and changes no row", "[portfolio][rules]")
{
    const Published p = publishAll();
    const std::string before = everything();
    cluster().query("GRANT SELECT, UPDATE, DELETE ON cxm_session TO cxm_publisher");
    RoleConnection attacker("pub", TestCluster::kPublisherPassword);
    const auto read =
        attacker.attempt("SELECT count(*) FROM cxm_session WHERE $1::uuid IS NOT NULL", {p.ownUuid});
    const auto update = attacker.attempt("UPDATE cxm_session SET organization = 'Hacked' WHERE $1::uuid IS "
                                         "NOT NULL",
                                         {p.ownUuid});
    const auto removed = attacker.attempt("DELETE FROM cxm_session WHERE $1::uuid IS NOT NULL", {p.ownUuid});
    cluster().query("REVOKE SELECT, UPDATE, DELETE ON cxm_session FROM cxm_publisher");
    CHECK(read.first == std::vector<std::string>{"0"});
    CHECK(update.sqlstate.empty());
    CHECK(update.affected == 0);
    CHECK(removed.affected == 0);
    CHECK(everything() == before);
}

TEST_CASE("a reader reads the listing and the benchmark, not the answers or notes; the detail role "
          "does",
          "[portfolio][rules]")
{
    const Published p = publishAll();
    const std::string before = everything();
    RoleConnection reader("reader", TestCluster::kReaderPassword);
    CHECK(reader.value("SELECT count(*) FROM cxm_listing") == "3");
    CHECK(reader.value("SELECT sessions FROM cxm_benchmark WHERE competency = 'c1'") == "3");
    CHECK(reader.value("SELECT sum(sessions) FROM cxm_milestones") == "3");
    // The listing has no column that holds an answer, a note or a link.
    const std::string columns = reader.value(
        "SELECT string_agg(column_name, ' ' ORDER BY column_name) FROM information_schema.columns "
        "WHERE table_name = $1",
        {"cxm_listing"});
    for (const char *hidden : {"score", "document", "follows", "content_hash", "session_key"})
        CHECK_THAT(columns, !Catch::Contains(hidden));
    for (const std::string &target : {p.victimUuid, p.ownUuid})
        for (const char *sql : kTableAttacks) {
            INFO(sql);
            CHECK(reader.attempt(sql, {target}).sqlstate == "42501");
        }
    CHECK(reader.attempt(kPublishCall, {newUuid(), "f"}).sqlstate == "42501");
    CHECK(everything() == before);

    ::setenv("PGPASSWORD", TestCluster::kReaderPassword, 1);
    Portfolio asReader(cluster().uri("reader"), ins());
    CHECK(asReader.listing().size() == 3);
    ::unsetenv("PGPASSWORD");

    // The detail role: each session's score and document, the notes with them; still no writing.
    RoleConnection auditor("auditor", kAuditorPassword);
    CHECK(auditor.value(
              "SELECT document->'session'->>'organization' FROM cxm_session_detail WHERE uuid = $1::uuid",
              {p.victimUuid}) == "Victim Ltd");
    CHECK(auditor.attempt(kTableAttacks[0], {p.victimUuid}).sqlstate == "42501");
    CHECK(auditor.attempt(kPublishCall, {newUuid(), "f"}).sqlstate == "42501");
    CHECK(everything() == before);
}

TEST_CASE("an anonymous publication leads back to nothing: no follows, UUID or publisher",
          "[portfolio][rules]")
{
    publishAll();
    const std::string first = newUuid();
    const std::string followUp = newUuid();
    publishAs("pub", TestCluster::kPublisherPassword, makeDemoSession(ins()), first);
    Session later = makeDemoSession(ins());
    later.info.title = "Six months on";
    REQUIRE(publishAs("pub", TestCluster::kPublisherPassword, later, followUp, first, true).revision == 1);

    const std::string anonId =
        cluster().query("SELECT uuid::text FROM cxm_session WHERE anonymous AND published_by = 'pub'");
    CHECK(anonId != followUp);
    CHECK(cluster().query("SELECT count(*) FROM cxm_session WHERE follows IS NOT NULL") == "0");
    RoleConnection reader("reader", TestCluster::kReaderPassword);
    const std::string row =
        reader.value("SELECT l::text FROM cxm_listing l WHERE l.uuid = $1::uuid", {anonId});
    REQUIRE_FALSE(row.empty());
    for (const std::string &link : {first, followUp, std::string("pub")})
        CHECK_THAT(row, !Catch::Contains(link));
    CHECK(reader.value("SELECT count(*) FROM cxm_listing WHERE uuid = $1::uuid", {followUp}) == "0");
    CHECK(reader.value("SELECT cxm_publication_of($1::uuid) IS NULL", {followUp}) == "t");
    RoleConnection auditor("auditor", kAuditorPassword);
    const std::string detail =
        auditor.value("SELECT d::text FROM cxm_session_detail d WHERE d.uuid = $1::uuid", {anonId});
    REQUIRE_FALSE(detail.empty());
    CHECK_THAT(detail, !Catch::Contains(first) && !Catch::Contains(followUp));
    RoleConnection victim("victim", kVictimPassword);
    CHECK(victim.value("SELECT cxm_publication_of($1::uuid) IS NULL", {followUp}) == "t");
    // Its own publisher finds it (to leave it out of its own comparison), and republishes in place.
    RoleConnection owner("pub", TestCluster::kPublisherPassword);
    CHECK(owner.value("SELECT cxm_publication_of($1::uuid)", {followUp}) == anonId);
    later.info.date = "2025-09-01";
    CHECK(publishAs("pub", TestCluster::kPublisherPassword, later, followUp, first, true).revision == 2);
    CHECK(cluster().query("SELECT revision FROM cxm_session WHERE uuid = '" + anonId + "'") == "2");
}
