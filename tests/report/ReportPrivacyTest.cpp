// An anonymous report names nobody: not on the cover, not in the tables, and not where someone typed
// a name into a note, a title or a label.
#include "PdfReader.h"

#include "DemoSession.h"

#include <catch2/catch.hpp>

#include <regex>

using namespace cxm;
using namespace cxm::test;

namespace {

// True when word occurs in text as a whole word, whatever its case.
bool hasWord(const std::string &text, const std::string &word)
{
    const std::regex re("(^|[^a-z0-9])" + lower(word) + "($|[^a-z0-9])");
    return std::regex_search(lower(text), re);
}

} // namespace

TEST_CASE("an anonymous report prints no participant's name, even one typed into free text")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    REQUIRE(s.participants.size() >= 4);
    const Participant a = s.participants[0];
    const Participant b = s.participants[1];
    const Participant c = s.participants[2];
    const Participant d = s.participants[3];
    const auto first = [](const Participant &p) { return p.name.substr(0, p.name.find(' ')); };
    const auto surname = [](const Participant &p) { return p.name.substr(p.name.rfind(' ') + 1); };

    s.info.notes = b.name + " disagreed strongly with the others.";
    s.info.title = "Offsite hosted by " + a.name;
    s.info.facilitator = d.name; // a participant who also facilitates
    const std::string item = ins.itemIds().front();
    std::erase_if(s.consensus, [&](const ConsensusRating &x) { return x.item == item; });
    s.consensus.push_back({item, Rating::Advanced, lower(first(b)) + " and " + surname(c) + " settled it."});
    s.checklistConsensus.push_back(
        {ins.readinessQuestions().front().id, Answer::No, "As " + first(c) + " said: not yet."});
    s.rankingConsensus = {
        RankingConsensus{s.rankings.front().ranking, "Asked " + surname(a) + "'s team.", "power_core"}};
    for (auto &r : s.rankings)
        r.otherLabel = first(b) + "'s unit";
    for (auto &r : s.ratings)
        r.note = "Per " + a.name + ".";
    for (auto &r : s.checklist)
        r.note = "Per " + b.name + ".";

    const Rendered named = render(dir, "named", s);
    REQUIRE(hasWord(named.text, first(b))); // the session really carries the names

    report::ReportOptions options;
    options.anonymous = true;
    const Rendered anon = render(dir, "anonymous", s, options);
    for (const Participant &p : s.participants) {
        INFO(p.name);
        CHECK_FALSE(hasWord(anon.text, p.name));
        CHECK_FALSE(hasWord(anon.text, first(p)));
        CHECK_FALSE(hasWord(anon.text, surname(p)));
        CHECK_FALSE(hasWord(info(anon, "Title"), first(p)));
        CHECK_FALSE(hasWord(info(anon, "Author"), first(p)));
        if (!p.role.empty())
            CHECK_FALSE(has(anon, p.role));
    }
    // The masked places still print, with the mask.
    CHECK(has(anon, "[participant] disagreed strongly with the others."));
    CHECK(has(anon, "[participant] and [participant] settled it."));
    CHECK(has(anon, "Offsite hosted by [participant]"));
    // The cover says that names were masked.
    CHECK(has(anon, "Names typed into notes and labels are masked"));
}

TEST_CASE("an anonymous report keeps words that only look like names inside other words")
{
    QTemporaryDir dir;
    Session s = makeDemoSession(Instrument::builtin());
    s.participants.front().name = "Ben Cho";
    s.info.notes = "Benefits and Chopin are not names here; Ben is.";
    report::ReportOptions options;
    options.anonymous = true;
    const Rendered anon = render(dir, "words", s, options);
    CHECK(has(anon, "Benefits and Chopin are not names here; [participant] is."));
}
