// "n of N answered": the counts behind every team figure.
#include "AnswerCount.h"
#include "DemoSession.h"

#include <catch2/catch.hpp>

using namespace cxm;

TEST_CASE("the demo: everyone answered everything")
{
    const Instrument &ins = Instrument::builtin();
    const Session s = makeDemoSession(ins);
    const AnswerCounter count(s, ins);
    const int n = static_cast<int>(s.participants.size());
    for (const auto &c : ins.competencies()) {
        CHECK_FALSE(count.competency(c).partial());
        for (const auto &item : c.items)
            CHECK(count.item(item.id).answered == n);
    }
    CHECK(count.competencies().answered == n);
    CHECK(count.powerCore().answered == n);
    CHECK(count.readiness().answered == n);
}

TEST_CASE("missing answers lower n, never N")
{
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    const int n = static_cast<int>(s.participants.size());
    const std::string first = ins.competencies().front().items.front().id;
    const std::string who = s.participants.front().id;
    std::erase_if(s.ratings, [&](const RatingEntry &r) { return r.item == first && r.participant == who; });
    std::erase_if(s.rankings, [&](const RankingEntry &r) { return r.participant == who; });
    const std::string q = ins.readinessQuestions().back().id;
    std::erase_if(s.checklist, [&](const ChecklistAnswer &a) { return a.question == q; });
    const AnswerCounter count(s, ins);
    CHECK(count.item(first).answered == n - 1);
    CHECK(count.item(first).expected == n);
    CHECK(count.item(first).partial());
    CHECK(count.competency(ins.competencies().front()).answered == n - 1);
    CHECK_FALSE(count.competency(ins.competencies().back()).partial());
    CHECK(count.competencies().answered == n - 1);
    CHECK(count.powerCore().answered == n - 1);
    CHECK(count.readinessQuestion(q).answered == 0);
    CHECK(count.readiness().answered == 0);
    CHECK(count.readinessQuestion(ins.readinessQuestions().front().id).answered == n);
}
