// The plan: targets, actions and dismissed suggestions through storage (every refusal named, nothing
// half-stored), removal and exact restore (with a participant or a stage taken away), JSON v2 and
// CSV, the suggestion rules, and a schema-5 file migrated to schema 6.
#include "CsvExport.h"
#include "DemoSession.h"
#include "Plan.h"
#include "ScoringEngine.h"
#include "SessionFile.h"
#include "SessionJson.h"
#include "TempDir.h"
#include "TestSessions.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::test;
namespace fs = std::filesystem;

namespace {

const Instrument &ins()
{
    return Instrument::builtin();
}

Session withJourney()
{
    Session s = workshop(3);
    s.stages = {{"s1", "I have a need", "", {}}, {"s2", "I decide", "", {}}};
    return s;
}

} // namespace

TEST_CASE("actions are added, edited, removed and restored; ids are never handed out twice")
{
    TempDir dir;
    const auto path = dir / "plan.cxm";
    SessionFile::write(path, ins(), withJourney(), false);
    auto file = SessionFile::open(path);
    Action a;
    a.title = "Call lost customers";
    a.owner = "p2";
    a.due = "2027-03-31";
    a.addresses = "item:c1.why";
    a.priority = "years1to3.fix";
    const std::string a1 = file->addAction(a);
    a.title = "Map the move-in";
    a.owner.clear();
    a.ownerName = "Move-in working group";
    a.addresses = "stage:s2";
    const std::string a2 = file->addAction(a);
    CHECK(a1 == "a1");
    CHECK(a2 == "a2");
    Session s = file->load();
    REQUIRE(s.actions.size() == 2);
    CHECK(s.actions[1].ownerName == "Move-in working group");

    Action changed = s.actions[0];
    changed.status = ActionStatus::Done;
    changed.note = "Done in <b>two</b> weeks";
    file->updateAction(changed);
    CHECK(file->load().findAction(a1)->status == ActionStatus::Done);

    const Session before = file->load();
    const ActionRecord removed = file->removeAction(a1);
    CHECK(file->load().actions.size() == 1);
    CHECK(file->addAction(a) == "a3"); // not a1: its removal can still be undone
    file->removeAction("a3");
    file->restoreAction(removed);
    CHECK(file->load() == before); // back in its place, first

    SECTION("what an action cannot hold is refused, and nothing of it is stored")
    {
        const auto refused = [&](Action bad) {
            try {
                file->addAction(bad);
            } catch (const Error &e) {
                return std::string(e.what());
            }
            return std::string("(accepted)");
        };
        Action bad = a;
        bad.title = "   ";
        CHECK_THAT(refused(bad), Catch::Contains("needs a title"));
        bad = a;
        bad.owner = "p9";
        CHECK_THAT(refused(bad), Catch::Contains("unknown participant \"p9\""));
        bad = a;
        bad.due = "2027-02-30";
        CHECK_THAT(refused(bad), Catch::Contains("expected a due date as YYYY-MM-DD"));
        bad = a;
        bad.addresses = "stage:s7";
        CHECK_THAT(refused(bad), Catch::Contains("\"s7\" is not a stage"));
        bad = a;
        bad.addresses = "item:r1";
        CHECK_THAT(refused(bad), Catch::Contains("not an item the team rates"));
        bad = a;
        bad.addresses = "drop table action";
        CHECK_THAT(refused(bad), Catch::Contains("expected what an action addresses as item:ID"));
        bad = a;
        bad.priority = "years1to3.conquer";
        CHECK_THAT(refused(bad), Catch::Contains("is not one of the workbook's CCO priorities"));
        CHECK(file->load() == before);
    }
}

TEST_CASE("a removed participant's actions keep their name, a removed stage's actions address nothing; undo "
          "restores both exactly")
{
    TempDir dir;
    const auto path = dir / "plan.cxm";
    Session s = withJourney();
    s.actions = {
        {"a1", "Own the move-in", "p2", {}, "2027-01-31", ActionStatus::Open, {}, "stage:s2", {}, {}},
        {"a2", "Stop the bonus", "p3", {}, {}, ActionStatus::InProgress, {}, "item:c2.value", {}, {}}};
    s.targets = {{"reliability.customer", Rating::Mature, "2027-06-30", 0, {}, "s2"},
                 {"c1.culture", Rating::Advanced, {}, 12, {}, {}}};
    sortCanonically(s, ins());
    SessionFile::write(path, ins(), s, false);
    auto file = SessionFile::open(path);
    const Session before = file->load();
    CHECK(before == s);

    const ParticipantRecord person = file->removeParticipant("p2");
    Session now = file->load();
    CHECK(now.findAction("a1")->owner.empty());
    CHECK(now.findAction("a1")->ownerName == "Person 2");
    file->restoreParticipant(person);
    CHECK(file->load() == before);

    const StageRecord stage = file->removeStage("s2");
    now = file->load();
    CHECK(now.findAction("a1")->addresses.empty());
    CHECK_FALSE(now.findTarget("reliability.customer", "s2"));
    CHECK(now.findTarget("c1.culture"));
    file->restoreStage(stage);
    CHECK(file->load() == before);
    file.reset();
    CHECK(SessionFile::open(path, SessionFile::Access::ReadOnly)->load() == before);
}

TEST_CASE("targets: set, changed, cleared; per stage only with a stage; bad ones refused")
{
    TempDir dir;
    const auto path = dir / "plan.cxm";
    SessionFile::write(path, ins(), withJourney(), false);
    auto file = SessionFile::open(path);
    file->setTarget("c3.aided", Target{"c3.aided", Rating::Mature, {}, 18, "by the next offsite", {}});
    file->setTarget("reliability.employee",
                    Target{"reliability.employee", Rating::Advanced, "2027-09-30", 0, {}, "s1"}, "s1");
    Session s = file->load();
    CHECK(s.findTarget("c3.aided")->months == 18);
    CHECK(s.findTarget("reliability.employee", "s1")->date == "2027-09-30");
    CHECK_THROWS_WITH(file->setTarget("reliability.employee", Target{"reliability.employee"}),
                      Catch::Contains("answered per stage"));
    CHECK_THROWS_WITH(file->setTarget("r1", Target{"r1"}),
                      Catch::Contains("is not an item of a scale worksheet"));
    CHECK_THROWS_WITH(file->setTarget("c3.aided", Target{"c3.aided", Rating::Mature, "31/12/2027"}),
                      Catch::Contains("expected a date as YYYY-MM-DD"));
    CHECK_THROWS_WITH(file->setTarget("c3.aided", Target{"c3.aided", Rating::Mature, {}, 500}),
                      Catch::Contains("expected 0 to 120 months"));
    CHECK(file->load() == s);
    file->setTarget("c3.aided", std::nullopt);
    CHECK_FALSE(file->load().findTarget("c3.aided"));
}

TEST_CASE(
    "suggestions: a readiness No, a stop decision, the three weakest items; a minority No is only flagged")
{
    Session s = makeDemoSession(ins());
    s.actions.clear();
    s.dismissed.clear();
    const Score score = ScoringEngine(ins()).score(s);
    auto suggestions = suggestActions(s, ins(), score);
    const auto find = [&](const std::string &key) {
        const auto it = std::find_if(suggestions.begin(), suggestions.end(),
                                     [&](const Suggestion &x) { return x.key == key; });
        return it == suggestions.end() ? nullptr : &*it;
    };
    // The demo's team answers No to 9 readiness questions (r6 and r9 are Yes).
    for (const char *q : {"r1", "r2", "r3", "r4", "r5", "r7", "r8", "r10", "r11"})
        CHECK(find(std::string("readiness:") + q));
    CHECK_FALSE(find("readiness:r6"));
    REQUIRE(find("readiness:r1"));
    CHECK(find("readiness:r1")->note == ins().findItem("r1")->tip); // seeded with the workbook's tip
    CHECK(find("readiness:r1")->addresses == "question:r1");
    // Stop decisions of the stop-doing list.
    CHECK(find("stop:s4:stop_doing.projects4"));
    CHECK(find("stop:s2:stop_doing.projects2"));
    // The three weakest items, lowest team value first (1.00 each; the instrument's order on a tie).
    std::vector<std::string> weakest;
    for (const auto &x : suggestions)
        if (x.key.rfind("weakest:", 0) == 0)
            weakest.push_back(x.key);
    CHECK(weakest ==
          std::vector<std::string>{"weakest:c1.culture", "weakest:c1.why", "weakest:c4.innovation"});

    // Taken into the plan or dismissed: no longer offered.
    s.actions.push_back({"a1", "x", {}, {}, {}, ActionStatus::Open, {}, {}, {}, "readiness:r1"});
    s.dismissed.push_back("weakest:c1.why");
    suggestions = suggestActions(s, ins(), score);
    CHECK_FALSE(find("readiness:r1"));
    CHECK_FALSE(find("weakest:c1.why"));
    CHECK(find("readiness:r2"));

    // A minority No (4 Yes, 2 No) with no team decision is flagged to discuss, not suggested.
    Session m = workshop(6);
    for (int p = 0; p < 6; ++p)
        m.checklist.push_back(
            {m.participants[static_cast<std::size_t>(p)].id, "r3", p < 4 ? Answer::Yes : Answer::No, {}});
    const auto flags = readinessToDiscuss(m, ins());
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].question == "r3");
    CHECK(flags[0].yes == 4);
    CHECK(flags[0].no == 2);
    const auto none = suggestActions(m, ins(), ScoringEngine(ins()).score(m));
    CHECK(
        std::none_of(none.begin(), none.end(), [](const Suggestion &x) { return x.key == "readiness:r3"; }));
    // Decided by the team, it is no longer for discussion.
    m.checklistConsensus.push_back({"r3", Answer::Yes, {}});
    CHECK(readinessToDiscuss(m, ins()).empty());
}

TEST_CASE("a readiness question split 3-3 is to discuss, as the mandate counts it a gap, not an action")
{
    Session m = workshop(6);
    for (int p = 0; p < 6; ++p)
        m.checklist.push_back(
            {m.participants[static_cast<std::size_t>(p)].id, "r5", p < 3 ? Answer::Yes : Answer::No, {}});
    const Score score = ScoringEngine(ins()).score(m);
    REQUIRE(score.readiness.answerFor("r5") == TeamAnswer::Split);
    CHECK(ReadinessScore::isGap(score.readiness.answerFor("r5"))); // the mandate counts it
    const auto flags = readinessToDiscuss(m, ins());
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].question == "r5");
    CHECK(flags[0].yes == 3);
    CHECK(flags[0].no == 3);
    const auto suggestions = suggestActions(m, ins(), score);
    CHECK(std::none_of(suggestions.begin(), suggestions.end(),
                       [](const Suggestion &x) { return x.key == "readiness:r5"; }));
    // A majority No is an action, not a discussion.
    m.checklist.back().answer = Answer::No;
    m.checklist.front().answer = Answer::No;
    CHECK(readinessToDiscuss(m, ins()).empty());
}

TEST_CASE("the plan travels through JSON and CSV; hostile values are refused with their place")
{
    const Session demo = makeDemoSession(ins());
    REQUIRE(demo.actions.size() == 5);
    REQUIRE_FALSE(demo.targets.empty());
    const std::string json = SessionJson::toString(demo, ins());
    CHECK(SessionJson::parse(json, "demo.json", ins()) == demo);
    const auto spoil = [&](const std::string &from, const std::string &to) {
        std::string text = json;
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        try {
            SessionJson::parse(text, "demo.json", ins());
        } catch (const InputError &e) {
            return std::string(e.what());
        }
        return std::string("(accepted)");
    };
    CHECK_THAT(spoil("\"status\": \"in_progress\"", "\"status\": \"someday\""),
               Catch::Contains("/actions/0/status"));
    CHECK_THAT(spoil("\"due\": \"2027-01-31\"", "\"due\": \"tomorrow\""),
               Catch::Contains("/actions/0/due: expected a date as YYYY-MM-DD, found \"tomorrow\""));
    CHECK_THAT(spoil("\"owner\": \"p1\"", "\"owner\": \"p99\""), Catch::Contains("/actions/0/owner"));
    CHECK_THAT(spoil("\"addresses\": \"question:r1\"", "\"addresses\": \"question:r99\""),
               Catch::Contains("/actions/0/addresses"));
    CHECK_THAT(spoil("\"id\": \"a2\"", "\"id\": \"a1\""), Catch::Contains("duplicate action id \"a1\""));
    CHECK_THAT(spoil("\"level\": \"mature\"", "\"level\": \"perfect\""), Catch::Contains("/targets/"));

    const std::string csv = CsvExport::toCsv(demo, ins());
    CHECK_THAT(
        csv, Catch::Contains("action,p1,Ana Ortiz,Chief Executive Officer,plan,a1,\"Name one owner for "
                             "customer outcomes across sales, service and billing\",in_progress; due "
                             "2027-01-31; addresses Readiness question 1; serves UNITE (Years 1 through 3"));
    CHECK_THAT(csv, Catch::Contains("action,,Move-in working group,,plan,a5,"));
    CHECK_THAT(csv, Catch::Contains("target,,,,competency,c1.why,Wanting to know WHY?,mature by 2027-12-31"));
}

TEST_CASE(
    "a file of schema 5 (the journey, before the plan) opens, scores as its program did, and takes a plan")
{
    TempDir dir;
    const fs::path data = fs::path(CXM_TEST_DATA_DIR) / "migrations";
    const auto path = dir / "v5.cxm";
    fs::copy_file(data / "schema-v5.cxm", path);
    const auto golden = nlohmann::json::parse(readBytes(data / "schema-v5.score.json"));
    auto file = SessionFile::open(path);
    CHECK(file->migratedFrom() == 5);
    const Session s = file->load();
    CHECK(s.stages.size() == 6);
    CHECK(s.actions.empty());
    CHECK(nlohmann::json::parse(ScoringEngine::toJson(ScoringEngine(ins()).score(s)).dump()) == golden);
    Action a;
    a.title = "First action after the upgrade";
    CHECK(file->addAction(a) == "a1");
    file.reset();
    CHECK(SessionFile::open(path)->load().actions.size() == 1);
}
