// Targets against where the team stands: the gaps ranked largest first, a per-stage item's value
// for its stage, and the day a target "within N months" falls due.
#include "DemoSession.h"
#include "TargetGaps.h"

#include <catch2/catch.hpp>

using namespace cxm;

TEST_CASE("the demo's gaps, largest first")
{
    const Instrument &ins = Instrument::builtin();
    const Session s = makeDemoSession(ins);
    const Score score = ScoringEngine(ins).score(s);
    const auto gaps = targetGaps(s, ins, score);
    REQUIRE(gaps.size() == s.targets.size());
    for (const auto &g : gaps) {
        INFO(g.target.item << " " << g.target.scope);
        REQUIRE(g.current);
        REQUIRE(g.gap());
        CHECK(*g.gap() == Approx(ratingValue(g.target.level) - *g.current));
    }
    for (std::size_t i = 1; i < gaps.size(); ++i)
        CHECK(*gaps[i - 1].gap() >= *gaps[i].gap() - 1e-9);
    // Wanting to know WHY? is rated Early by everyone and aims at Mature: the largest gap, 2.
    CHECK(gaps.front().target.item == "c1.why");
    CHECK(*gaps.front().gap() == Approx(2.0));
    // A per-stage item's value is its stage's.
    const auto stage =
        std::find_if(gaps.begin(), gaps.end(), [](const TargetGap &g) { return !g.target.scope.empty(); });
    REQUIRE(stage != gaps.end());
    CHECK(stage->current == teamValue(score, ins, stage->target.item, stage->target.scope));
    CHECK(!teamValue(score, ins, stage->target.item, "no-such-stage"));
}

TEST_CASE("reached and unrated targets come after the open gaps")
{
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.targets = {{"c2.alignment", Rating::Early, {}, 6, {}, {}}, // already there: reached
                 {"c1.why", Rating::Advanced, {}, 0, {}, {}},    // 1.00 now: a gap of 1
                 {"reliability.customer", Rating::Mature, {}, 0, {}, "s1"}};
    std::erase_if(s.ratings,
                  [](const RatingEntry &r) { return r.item == "reliability.customer" && r.scope == "s1"; });
    std::erase_if(s.consensus, [](const ConsensusRating &r) {
        return r.item == "reliability.customer" && r.scope == "s1";
    });
    const auto gaps = targetGaps(s, ins, ScoringEngine(ins).score(s));
    REQUIRE(gaps.size() == 3);
    CHECK(gaps[0].target.item == "c1.why");
    CHECK(gaps[1].target.item == "c2.alignment");
    CHECK(*gaps[1].gap() <= 0);
    CHECK(gaps[2].target.item == "reliability.customer");
    CHECK(!gaps[2].gap());
}

TEST_CASE("a target within N months falls due N months after the session's date")
{
    SessionInfo info;
    info.date = "2026-11-20";
    CHECK(targetDate({"c1.why", Rating::Mature, {}, 12, {}, {}}, info) == "2027-11-20");
    CHECK(targetDate({"c1.why", Rating::Mature, {}, 3, {}, {}}, info) == "2027-02-20");
    CHECK(targetDate({"c1.why", Rating::Mature, "2027-12-31", 12, {}, {}}, info) == "2027-12-31");
    CHECK(targetDate({"c1.why", Rating::Mature, {}, 0, {}, {}}, info).empty());
    info.date = "2027-01-31";
    CHECK(targetDate({"c1.why", Rating::Mature, {}, 1, {}, {}}, info) == "2027-02-28");
    info.date = "2027-08-31";
    CHECK(targetDate({"c1.why", Rating::Mature, {}, 6, {}, {}}, info) == "2028-02-29");
    info.date.clear();
    CHECK(targetDate({"c1.why", Rating::Mature, {}, 12, {}, {}}, info).empty());
}
