#include "DemoSession.h"
#include "ScoringEngine.h"
#include "SessionJson.h"
#include "TestSessions.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace cxm;
using namespace cxm::test;
using Catch::Detail::Approx;

namespace {
const Instrument &ins()
{
    return Instrument::builtin();
}
Score scoreOf(const Session &s)
{
    return ScoringEngine(ins()).score(s);
}
} // namespace

TEST_CASE("an empty session scores as incomplete with every aggregate null")
{
    const Score score = scoreOf(workshop(2));
    CHECK_FALSE(score.complete);
    CHECK_FALSE(score.overall);
    CHECK_FALSE(score.milestone);
    REQUIRE(score.competencies.size() == 5);
    for (const auto &c : score.competencies) {
        CHECK_FALSE(c.mean);
        CHECK_FALSE(c.level);
        CHECK_FALSE(c.complete);
        for (const auto &i : c.items) {
            CHECK_FALSE(i.value);
            CHECK(i.spread == 0);
        }
    }
    CHECK_FALSE(score.powerCore.hasData);
    CHECK(score.readiness.unanswered == 11);
    CHECK_FALSE(score.readiness.mandate);

    const auto json = ScoringEngine::toJson(score);
    CHECK(json["overall"].is_null());
    CHECK(json["power_core"]["ranking"].is_null());
    CHECK(json["power_core"]["points"].is_null());
    CHECK(json["power_core"]["kendall_w"].is_null());
    CHECK(json["readiness"]["mandate"].is_null());
    CHECK(json["readiness"]["answers"].size() == 11);
}

TEST_CASE("all Advanced puts every competency at 50% and the organisation at Embed")
{
    Session s = workshop(3);
    rateAll(s, ins(), Rating::Advanced);
    const Score score = scoreOf(s);
    REQUIRE(score.complete);
    for (const auto &c : score.competencies) {
        CHECK(*c.mean == Approx(2.0));
        CHECK(*c.percent == Approx(50.0));
        CHECK(*c.level == "advanced");
    }
    CHECK(*score.overall == Approx(50.0));
    CHECK(*score.milestone == "embed");
    CHECK(*score.milestoneIndex == 2);
}

TEST_CASE("all Mature reaches Elevate and all Early stays at Commit")
{
    Session mature = workshop(1);
    rateAll(mature, ins(), Rating::Mature);
    CHECK(*scoreOf(mature).milestone == "elevate");
    CHECK(*scoreOf(mature).overall == Approx(100.0));

    Session early = workshop(1);
    rateAll(early, ins(), Rating::Early);
    CHECK(*scoreOf(early).milestone == "commit");
    CHECK(*scoreOf(early).overall == Approx(0.0));
}

TEST_CASE("the weakest competency caps the milestone at one above its own band")
{
    Session s = workshop(1);
    rateAll(s, ins(), Rating::Mature);
    // c1 all Early: 0%; the other four 100%: overall 80% would be Elevate.
    for (auto &r : s.ratings)
        if (r.item.rfind("c1.", 0) == 0)
            r.rating = Rating::Early;
    const Score score = scoreOf(s);
    CHECK(*score.overall == Approx(80.0));
    CHECK(*score.milestone == "unite_build");
    CHECK(score.weakest()->id == "c1");
}

TEST_CASE("a mean of exactly 5/3 is Advanced and exactly 7/3 is Mature")
{
    Session s = workshop(3);
    rateCompetency(s, ins(), "c1", {Rating::Early, Rating::Advanced, Rating::Advanced});  // 5/3
    rateCompetency(s, ins(), "c2", {Rating::Advanced, Rating::Advanced, Rating::Mature}); // 7/3
    rateCompetency(s, ins(), "c3", {Rating::Early, Rating::Early, Rating::Advanced});     // 4/3
    const Score score = scoreOf(s);
    CHECK(*score.competencies[0].level == "advanced");
    CHECK(*score.competencies[0].percent == Approx(100.0 / 3));
    CHECK(*score.competencies[1].level == "mature");
    CHECK(*score.competencies[2].level == "early");
    CHECK(ScoringEngine(ins()).levelFor(5.0 / 3.0 - 1e-12) == "advanced");
    CHECK(ScoringEngine(ins()).levelFor(5.0 / 3.0 - 1e-6) == "early");
}

TEST_CASE("an overall of exactly 20% (computed as 19.999…) counts as the higher band")
{
    // Five participants rating 1,1,1,2,2 give every item a mean of 1.4: (1.4 - 1) / 2 * 100 is
    // 19.999999999999996 in floating point, which the tolerance must count as 20.
    Session s = workshop(5);
    for (const auto &c : ins().competencies())
        rateCompetency(s, ins(), c.id,
                       {Rating::Early, Rating::Early, Rating::Early, Rating::Advanced, Rating::Advanced});
    const Score score = scoreOf(s);
    REQUIRE(score.complete);
    CHECK(*score.overall < 20.0);
    CHECK(*score.overall == Approx(20.0));
    CHECK(*score.milestone == "unite_build");
    CHECK(ScoringEngine(ins()).bandFor(39.9999999999) == 2);
    CHECK(ScoringEngine(ins()).bandFor(39.99) == 1);
    CHECK(ScoringEngine(ins()).bandFor(100.0) == 4);
}

TEST_CASE("spread and disagreement per item")
{
    Session s = workshop(3);
    s.ratings = {{"p1", "c1.culture", Rating::Early, {}},
                 {"p2", "c1.culture", Rating::Mature, {}},
                 {"p1", "c1.data", Rating::Early, {}},
                 {"p2", "c1.data", Rating::Advanced, {}},
                 {"p3", "c1.why", Rating::Mature, {}}};
    const Score score = scoreOf(s);
    const auto *culture = score.findItem("c1.culture");
    CHECK(culture->spread == 2);
    CHECK(culture->disagreement);
    CHECK(*culture->value == Approx(2.0));
    CHECK(culture->counts == std::array<int, 3>{1, 0, 1});
    CHECK(score.findItem("c1.data")->spread == 1);
    CHECK_FALSE(score.findItem("c1.data")->disagreement);
    CHECK(score.findItem("c1.why")->spread == 0); // one rating: no spread
    CHECK(score.disagreements() == 1);
    CHECK(score.competencies[0].complete);
    CHECK_FALSE(score.complete);
}

TEST_CASE("a consensus rating overrides the mean of the individual ratings")
{
    Session s = workshop(2);
    rateAll(s, ins(), Rating::Early);
    s.consensus.push_back({"c1.culture", Rating::Mature, "agreed"});
    const Score score = scoreOf(s);
    const auto *item = score.findItem("c1.culture");
    CHECK(*item->value == 3.0);
    CHECK(*item->consensus == Rating::Mature);
    CHECK(item->counts[0] == 2); // the individual distribution is still reported
    CHECK(*score.competencies[0].mean == Approx(5.0 / 3.0));

    // A consensus alone gives an item a value, even without individual ratings.
    Session only = workshop(1);
    only.consensus.push_back({"c2.value", Rating::Advanced, {}});
    CHECK(*scoreOf(only).findItem("c2.value")->value == 2.0);
}

TEST_CASE("an incomplete competency has a mean but no overall score")
{
    Session s = workshop(1);
    rateAll(s, ins(), Rating::Mature);
    std::erase_if(s.ratings, [](const RatingEntry &r) { return r.item == "c5.employees"; });
    const Score score = scoreOf(s);
    CHECK_FALSE(score.competencies[4].complete);
    CHECK(*score.competencies[4].mean == Approx(3.0));
    CHECK(score.competencies[3].complete);
    CHECK_FALSE(score.complete);
    CHECK_FALSE(score.overall);
    CHECK_FALSE(score.milestone);
}

TEST_CASE("Power Core: Borda points, ties by first places then instrument order")
{
    Session s = workshop(2);
    s.rankings = {{"p1",
                   ranking({"customer", "product", "sales", "it", "vertical", "marketing", "other"}),
                   {},
                   "power_core"},
                  {"p2",
                   ranking({"sales", "product", "customer", "it", "vertical", "marketing", "other"}),
                   {},
                   "power_core"}};
    const auto pc = scoreOf(s).powerCore;
    REQUIRE(pc.hasData);
    CHECK(pc.pointsOf("customer") == 10);
    CHECK(pc.pointsOf("product") == 10);
    CHECK(pc.pointsOf("sales") == 10);
    CHECK(pc.pointsOf("it") == 6);
    CHECK(pc.pointsOf("other") == 0);
    // customer and sales have one first place each, product none; sales comes first in the instrument.
    CHECK(pc.ranking == ranking({"sales", "customer", "product", "it", "vertical", "marketing", "other"}));
    CHECK(*pc.primary == "sales");
    CHECK(*pc.secondary == "customer");
    CHECK(*pc.customerInCore);
}

TEST_CASE("Kendall's W is 1 for identical rankings, 0 for opposite ones, null for one ranker")
{
    const auto forward = ranking({"sales", "product", "it", "customer", "vertical", "marketing", "other"});
    const auto backward = ranking({"other", "marketing", "vertical", "customer", "it", "product", "sales"});
    Session same = workshop(3);
    for (const auto &p : same.participants)
        same.rankings.push_back({p.id, forward, {}, "power_core"});
    CHECK(*scoreOf(same).powerCore.kendallW == Approx(1.0));
    CHECK(*scoreOf(same).powerCore.agreement == "strong");
    CHECK_FALSE(*scoreOf(same).powerCore.customerInCore);

    Session opposite = workshop(2);
    opposite.rankings = {{"p1", forward, {}, "power_core"}, {"p2", backward, {}, "power_core"}};
    CHECK(*scoreOf(opposite).powerCore.kendallW == Approx(0.0).margin(1e-12));
    CHECK(*scoreOf(opposite).powerCore.agreement == "weak");

    Session one = workshop(2);
    one.rankings = {{"p1", forward, {}, "power_core"}};
    CHECK(scoreOf(one).powerCore.hasData);
    CHECK_FALSE(scoreOf(one).powerCore.kendallW);

    // W = 12 S / (m^2 (n^3 - n)) for m = 2: rankings differing by one swap of the top two.
    Session swap = workshop(2);
    swap.rankings = {{"p1", forward, {}, "power_core"},
                     {"p2",
                      ranking({"product", "sales", "it", "customer", "vertical", "marketing", "other"}),
                      {},
                      "power_core"}};
    // R = 3,3,6,8,10,12,14; mean 8; S = 25+25+4+0+4+16+36 = 110; W = 1320 / (4 * 336).
    CHECK(*scoreOf(swap).powerCore.kendallW == Approx(1320.0 / 1344.0));
}

TEST_CASE("a recorded Power Core consensus replaces the team ranking but keeps the points")
{
    Session s = workshop(2);
    const auto r = ranking({"sales", "product", "it", "customer", "vertical", "marketing", "other"});
    s.rankings = {{"p1", r, {}, "power_core"}, {"p2", r, {}, "power_core"}};
    s.rankingConsensus = {RankingConsensus{
        ranking({"customer", "sales", "product", "it", "vertical", "marketing", "other"}), {}, "power_core"}};
    const auto pc = scoreOf(s).powerCore;
    CHECK(*pc.primary == "customer");
    CHECK(*pc.secondary == "sales");
    CHECK(pc.pointsOf("sales") == 12);
    CHECK(pc.fromConsensus);

    Session alone = workshop(0);
    alone.rankingConsensus = s.rankingConsensus;
    const auto json = ScoringEngine::toJson(scoreOf(alone));
    CHECK(json["power_core"]["primary"] == "customer");
    CHECK(json["power_core"]["points"]["sales"] == 0);
    CHECK(json["power_core"]["kendall_w"].is_null());
}

TEST_CASE("readiness: majority, split on a tie, consensus override and mandate bands")
{
    Session s = workshop(2);
    const auto answerAll = [&](const std::string &p, Answer a) {
        for (const auto &q : ins().readinessQuestions())
            s.checklist.push_back({p, q.id, a, {}});
    };
    answerAll("p1", Answer::Yes);
    answerAll("p2", Answer::Yes);
    Score score = scoreOf(s);
    CHECK(score.readiness.yes == 11);
    CHECK(*score.readiness.mandate == "low");

    // p2 says No to r1 … r4: four splits, a moderate mandate.
    for (auto &a : s.checklist)
        if (a.participant == "p2" && ins().questionIndex(a.question) < 4)
            a.answer = Answer::No;
    score = scoreOf(s);
    CHECK(score.readiness.split == 4);
    CHECK(score.readiness.answerFor("r1") == TeamAnswer::Split);
    CHECK(*score.readiness.mandate == "moderate");

    // A consensus answer settles r1 as yes: three gaps left, a low mandate.
    s.checklistConsensus.push_back({"r1", Answer::Yes, {}});
    score = scoreOf(s);
    CHECK(score.readiness.answerFor("r1") == TeamAnswer::Yes);
    CHECK(score.readiness.gaps() == 3);
    CHECK(*score.readiness.mandate == "low");

    // Eight gaps: strong. Seven: moderate.
    s.checklistConsensus.clear();
    for (auto &a : s.checklist)
        if (ins().questionIndex(a.question) < 8)
            a.answer = Answer::No;
    CHECK(*scoreOf(s).readiness.mandate == "strong");
    CHECK(scoreOf(s).readiness.no == 8);
    for (auto &a : s.checklist)
        if (a.question == "r8")
            a.answer = Answer::Yes;
    CHECK(*scoreOf(s).readiness.mandate == "moderate");

    // One unanswered question: no mandate yet.
    std::erase_if(s.checklist, [](const ChecklistAnswer &a) { return a.question == "r11"; });
    CHECK(scoreOf(s).readiness.unanswered == 1);
    CHECK_FALSE(scoreOf(s).readiness.mandate);
}

TEST_CASE("a participant's own score ignores consensus and other participants")
{
    Session s = workshop(2);
    rateAll(s, ins(), Rating::Early);
    for (auto &r : s.ratings)
        if (r.participant == "p2")
            r.rating = Rating::Mature;
    s.consensus.push_back({"c1.culture", Rating::Advanced, {}});
    const Score mine = ScoringEngine(ins()).scoreParticipant(s, "p2");
    CHECK(*mine.overall == Approx(100.0));
    CHECK_FALSE(mine.findItem("c1.culture")->consensus);
    CHECK(mine.findItem("c1.culture")->spread == 0);
    const Score team = scoreOf(s);
    CHECK(*team.findItem("c1.culture")->value == 2.0);
}

TEST_CASE("data-driven scoring cases under tests/data/scoring")
{
    namespace fs = std::filesystem;
    const fs::path root = fs::path(CXM_TEST_DATA_DIR) / "scoring";
    int cases = 0;
    for (const auto &dir : fs::directory_iterator(root)) {
        if (!dir.is_directory())
            continue;
        SECTION(dir.path().filename().string())
        {
            const Session s = SessionJson::readFile(dir.path() / "session.json", ins());
            std::ifstream in(dir.path() / "expected.json");
            std::stringstream ss;
            ss << in.rdbuf();
            const auto expected = nlohmann::json::parse(ss.str());
            const auto actual = nlohmann::json::parse(ScoringEngine::toJson(scoreOf(s)).dump());
            // Every leaf in expected.json (worked out by hand) must match; numbers to 1e-9.
            const auto flatExpected = expected.flatten();
            const auto flatActual = actual.flatten();
            for (const auto &[pointer, value] : flatExpected.items()) {
                INFO(dir.path().filename().string() << " " << pointer);
                REQUIRE(flatActual.contains(pointer));
                if (value.is_number())
                    CHECK(flatActual[pointer].get<double>() == Approx(value.get<double>()).margin(1e-9));
                else
                    CHECK(flatActual[pointer] == value);
            }
        }
        ++cases;
    }
    CHECK(cases >= 2);
}

TEST_CASE("the journey section gives each stage's reliability for customers and employees")
{
    const Session demo = makeDemoSession(ins());
    const auto json = nlohmann::json::parse(ScoringEngine::toJson(ScoringEngine(ins()).score(demo)).dump());
    const auto &stages = json["journey"]["stages"];
    REQUIRE(stages.size() == demo.stages.size());
    CHECK(stages[3]["id"] == "s4");
    CHECK(stages[3]["name"] == "My power is on when I move in");
    const auto &customer = stages[3]["worksheets"]["reliability"]["items"]["reliability.customer"];
    // On the worksheet's own levels: 2 frequently unreliable, 3 sometimes, 1 always; both ends given.
    CHECK(customer["ratings"] == nlohmann::json{{"unreliable", 2}, {"sometimes", 3}, {"always", 1}});
    CHECK(customer["both_extremes"] == true);
    CHECK(customer["consensus"] == "unreliable");
    CHECK(customer["value"] == 1.0); // the team's decision
    const auto &employee = stages[3]["worksheets"]["reliability"]["items"]["reliability.employee"];
    CHECK(employee["both_extremes"] == false);
    CHECK(employee["consensus"].is_null());
    CHECK(employee["value"].get<double>() == Approx(4.0 / 3.0)); // 1,1,1,1,2,2 → 8/6
    // A rating about a stage never reaches the competencies or another stage.
    Session one = workshop(1);
    one.stages = {{"s1", "Only stage", "", {}}};
    one.ratings.push_back({"p1", "reliability.customer", Rating::Mature, {}, "s1"});
    const Score score = ScoringEngine(ins()).score(one);
    CHECK_FALSE(score.complete);
    const auto only = nlohmann::json::parse(ScoringEngine::toJson(score).dump())["journey"]["stages"][0];
    CHECK(only["worksheets"]["reliability"]["items"]["reliability.customer"]["ratings"]["always"] == 1);
    CHECK(only["worksheets"]["reliability"]["items"]["reliability.employee"]["value"].is_null());
}
