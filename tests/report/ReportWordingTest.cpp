// What the report says and how: where its claims come from, plain words for its figures, every tie
// named, "n of N answered" where a figure rests on fewer than everyone, and a self-assessment that
// speaks of one person.
#include "PdfReader.h"

#include "DemoSession.h"
#include "ScoringEngine.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace cxm;
using namespace cxm::test;

TEST_CASE("the milestone is called the tool's rule and points to the method page")
{
    QTemporaryDir dir;
    const Rendered r = render(dir, "claims", makeDemoSession(Instrument::builtin()));
    CHECK(has(r, "Where the organisation sits is this tool's rule, not the workbook's"));
    // The page it points to is the one the method starts on.
    const auto at = r.text.find("(see “How the scores are computed”, page ");
    REQUIRE(at != std::string::npos);
    const int page =
        std::stoi(r.text.substr(at + std::string("(see “How the scores are computed”, page ").size()));
    CHECK(squeeze(pageText(r, page)).find("How the scores are computed These rules are this tool's") !=
          std::string::npos);
}

TEST_CASE("points and agreement are explained in plain words, CXD is spelled out, tips are the workbook's")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    const Rendered r = render(dir, "plain", makeDemoSession(ins));
    const int top = ins.scoring.bordaTop;
    const int last = top - static_cast<int>(ins.powerCoreOptions().size()) + 1;
    CHECK(has(r, "an option earns " + std::to_string(top) + " points for a first place, " +
                     std::to_string(top - 1) + " for a second, and so on down to " + std::to_string(last) +
                     " for the last place."));
    CHECK(has(r, "on a scale from 0, no agreement, to 1, identical rankings"));
    const auto cxd = r.text.find("CXD");
    REQUIRE(cxd != std::string::npos);
    CHECK(r.text.substr(cxd, 40).find("CXD” (Customer Experience Development)") == 0);
    CHECK(has(r, "the workbook's own implementation tip follows, in its author's words."));
    CHECK(has(r, "The workbook's tip:"));
    CHECK_FALSE(has(r, "Implementation tip:"));
}

TEST_CASE(
    "a title the workbook leaves out is marked as the app's, the workbook's words are quoted as they are")
{
    QTemporaryDir dir;
    const Rendered r = render(dir, "words", makeDemoSession(Instrument::builtin()));
    // c2.value and c5.engagement have no title in the workbook.
    CHECK(has(r, "Knowing What Customers Value Most (title added by this app)"));
    CHECK(has(r, "Engaging Across the Organization (title added by this app)"));
    std::size_t marks = 0;
    for (auto at = r.text.find("(title added by this app)"); at != std::string::npos;
         at = r.text.find("(title added by this app)", at + 1))
        ++marks;
    CHECK(marks == 2);
    CHECK_FALSE(has(r, "Alignment Around Experience (title added by this app)"));
    // The workbook's own title, with its capitals and question mark (line 142).
    CHECK(has(r, "Wanting to know WHY?"));
}

TEST_CASE("every tied competency is named")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    const Session s = makeDemoSession(ins);
    const Score score = ScoringEngine(ins).score(s);
    // The demo's strongest competencies, C2 and C5, are tied.
    std::vector<const CompetencyScore *> scored;
    for (const auto &c : score.competencies)
        scored.push_back(&c);
    const double best = (*std::max_element(scored.begin(), scored.end(), [](auto x, auto y) {
                            return x->percent.value_or(0) < y->percent.value_or(0);
                        }))->percent.value_or(0);
    std::vector<std::string> tied;
    for (std::size_t i = 0; i < score.competencies.size(); ++i)
        if (report::formatPercent(*score.competencies[i].percent) == report::formatPercent(best))
            tied.push_back("C" + std::to_string(ins.competencies()[i].number) + " " +
                           ins.competencies()[i].title);
    REQUIRE(tied.size() == 2);
    const Rendered r = render(dir, "ties", s);
    CHECK(has(r, "Strongest competencies (tied): " + tied[0] + " and " + tied[1] + ", " +
                     report::formatPercent(best).toStdString()));

    SECTION("a self-assessment whose competencies all score the same says so")
    {
        Session self = workshop(1);
        self.info.mode = Mode::Self;
        for (auto &rating : self.ratings)
            rating.rating = Rating::Advanced;
        const Rendered even = render(dir, "even", self);
        CHECK(has(even, "Every competency scores the same: 50.0%"));
        CHECK_FALSE(has(even, "Weakest competency:"));
    }
    SECTION("a self-assessment with three competencies tied for weakest names all three")
    {
        Session self = workshop(1);
        self.info.mode = Mode::Self;
        // C2 Mature, C5 Advanced, C1, C3 and C4 Early: the "Weakest: C1" when C1, C3, C4 are equal.
        for (auto &rating : self.ratings) {
            const Competency *c = ins.competencyOfItem(rating.item);
            rating.rating = c->number == 2   ? Rating::Mature
                            : c->number == 5 ? Rating::Advanced
                                             : Rating::Early;
        }
        const Rendered three = render(dir, "three", self);
        const auto name = [&](int i) {
            return "C" + std::to_string(ins.competencies()[static_cast<std::size_t>(i)].number) + " " +
                   ins.competencies()[static_cast<std::size_t>(i)].title;
        };
        CHECK(has(three, "Weakest competencies (tied): " + name(0) + ", " + name(2) + " and " + name(3)));
        CHECK(has(three, "Strongest competency: " + name(1)));
    }
}

TEST_CASE("a self-assessment report has no team, no disagreement, no points and no agreement figures")
{
    QTemporaryDir dir;
    Session s = workshop(1);
    s.info.mode = Mode::Self;
    const Rendered r = render(dir, "self", s);
    const std::string text = lower(r.text);
    // The report's own phrases (the workbook's text may say "consensus" or "agreements" itself).
    for (const char *phrase : {"team value", "team score", "the team", "team ranking", "team answer",
                               "disagreement", "early and mature both chosen", "borda", "kendall",
                               "first places", "strong agreement", "moderate agreement", "weak agreement",
                               "agreement not measured", "consensus:", "consensus note", "split"}) {
        INFO(phrase);
        CHECK(text.find(phrase) == std::string::npos);
    }
    CHECK(has(r, "Self-assessment"));
}

TEST_CASE("a figure that rests on fewer than everyone says how many answered")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    const int n = static_cast<int>(s.participants.size());
    const std::string all = " of " + std::to_string(n) + " answered";
    SECTION("everyone answered: no such note")
    {
        const Rendered r = render(dir, "complete", s);
        CHECK(r.text.find(all) == std::string::npos);
    }
    SECTION("one participant skipped an item, a question and the ranking")
    {
        const std::string who = s.participants.front().id;
        const std::string item = ins.competencies().front().items.front().id;
        const std::string question = ins.readinessQuestions().front().id;
        std::erase_if(s.ratings,
                      [&](const RatingEntry &e) { return e.participant == who && e.item == item; });
        std::erase_if(s.checklist, [&](const ChecklistAnswer &e) {
            return e.participant == who && e.question == question;
        });
        std::erase_if(s.rankings, [&](const RankingEntry &e) { return e.participant == who; });
        const Rendered r = render(dir, "partial", s);
        const std::string fewer = "(" + std::to_string(n - 1) + all + ")";
        std::size_t count = 0;
        for (auto at = r.text.find(fewer); at != std::string::npos; at = r.text.find(fewer, at + 1))
            ++count;
        // The item, its competency, the overall index, the Power Core (summary and section) and the
        // readiness mandate in the summary.
        CHECK(count >= 6);
        CHECK(has(r, std::to_string(n - 1) + " rankings " + fewer));
        CHECK(has(r, "; " + std::to_string(n - 1) + all + ")")); // the readiness question
    }
}

TEST_CASE("options tied for B in the Power Core are named")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = workshop(0);
    s.participants = {{"p1", "One Person", ""}, {"p2", "Two Person", ""}};
    // Two opposite rankings: every option earns the same points, and two options have one first place.
    std::vector<std::string> order;
    for (const auto &o : ins.powerCoreOptions())
        order.push_back(o.id);
    s.rankings.push_back({"p1", order, {}, "power_core"});
    s.rankings.push_back({"p2", std::vector<std::string>(order.rbegin(), order.rend()), {}, "power_core"});
    const Score score = ScoringEngine(ins).score(s);
    REQUIRE(score.powerCore.ranking.size() == ins.powerCoreOptions().size());
    const Rendered r = render(dir, "pc-ties", s);
    CHECK(has(r, "(A and B are tied on points and first places; the workbook's order lists " +
                     ins.findOption(score.powerCore.ranking[0])->title + " first)"));
}
