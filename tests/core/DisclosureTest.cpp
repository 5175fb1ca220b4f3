// The disclosure rule (Disclosure.h), for every reader the registry lists: while the answers are
// hidden, a reader that must refuse refuses, and a reader that withholds sees nothing that depends
// on what anyone answered, only who answered.
#include "CsvExport.h"
#include "DemoSession.h"
#include "Disclosure.h"
#include "Instrument.h"
#include "Plan.h"
#include "Progress.h"
#include "ScoringEngine.h"
#include "SessionFile.h"
#include "SessionJson.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace cxm;

namespace {

// The same session, with every individual answer changed to another one.
Session otherAnswers(Session s)
{
    for (auto &r : s.ratings) {
        r.rating = r.rating == Rating::Mature ? Rating::Early : Rating::Mature;
        r.note = "changed " + r.note;
    }
    for (auto &a : s.checklist)
        a.answer = a.answer == Answer::Yes ? Answer::No : Answer::Yes;
    for (auto &r : s.rankings)
        std::reverse(r.ranking.begin(), r.ranking.end());
    for (auto &t : s.tracked) {
        t.tracked = t.tracked == Answer::Yes ? Answer::No : Answer::Yes;
        if (t.difficulty)
            t.difficulty = *t.difficulty == 1 ? 2 : 1;
    }
    return s;
}

} // namespace

TEST_CASE("every reader is registered once, and an unregistered one cannot read")
{
    std::set<std::string_view> ids;
    for (const Reader &r : readers()) {
        INFO(r.id);
        CHECK(ids.insert(r.id).second);
        CHECK_FALSE(r.reach.empty());
    }
    CHECK_THROWS_AS(disclose(Session{}, Votes::Open, "cli.something-new"), std::logic_error);
    CHECK_THROWS_AS(reader("window.export.pdf.typo"), std::logic_error);
}

TEST_CASE("while answers are hidden, no registered reader sees what anyone answered")
{
    const Instrument &ins = Instrument::builtin();
    const Session demo = makeDemoSession(ins);
    const Session other = otherAnswers(demo);
    REQUIRE(demo != other);
    REQUIRE_FALSE(demo.ratings.empty());
    REQUIRE_FALSE(demo.checklist.empty());
    REQUIRE_FALSE(demo.rankings.empty());

    for (const Reader &r : readers()) {
        INFO(r.id);
        if (r.whenHidden == WhenHidden::Refuse) {
            CHECK_THROWS_AS(disclose(demo, Votes::Hidden, r.id, "demo.cxm"), VotesHiddenError);
            continue;
        }
        const Session a = disclose(demo, Votes::Hidden, r.id);
        const Session b = disclose(other, Votes::Hidden, r.id);
        // Nothing of an individual answer is left, so nothing computed from one can differ.
        CHECK(a == b);
        CHECK(a.ratings.empty());
        CHECK(a.checklist.empty());
        CHECK(a.rankings.empty());
        CHECK(a.tracked.empty());
        CHECK(ScoringEngine::toJson(ScoringEngine(ins).score(a)).dump() ==
              ScoringEngine::toJson(ScoringEngine(ins).score(b)).dump());
        CHECK(SessionJson::toString(a, ins) == SessionJson::toString(b, ins));
        CHECK(CsvExport::toCsv(a, ins) == CsvExport::toCsv(b, ins));
        CHECK(suggestActions(a, ins, ScoringEngine(ins).score(a)) ==
              suggestActions(b, ins, ScoringEngine(ins).score(b)));
        // Who answered stays known: "4 of 6 have answered" is the same as with the answers.
        for (const std::string &step : answerSteps(ins)) {
            INFO(step);
            CHECK(Progress(a, ins).step(step).answered == Progress(demo, ins).step(step).answered);
        }
    }
}

TEST_CASE("after the reveal every reader reads the session as it is; after an anonymous one, only "
          "readers that name nobody")
{
    const Instrument &ins = Instrument::builtin();
    const Session demo = makeDemoSession(ins);
    for (const Reader &r : readers()) {
        INFO(r.id);
        CHECK(disclose(demo, Votes::Revealed, r.id) == demo);
        CHECK(disclose(demo, Votes::Open, r.id) == demo);
        if (r.named && r.whenHidden == WhenHidden::Refuse)
            CHECK_THROWS_AS(disclose(demo, Votes::RevealedAnonymously, r.id), VotesHiddenError);
        else
            CHECK(disclose(demo, Votes::RevealedAnonymously, r.id) == demo);
    }
}

TEST_CASE("a votes state this version does not know reads as hidden")
{
    CHECK(parseVotes(std::nullopt) == Votes::Open);
    CHECK(parseVotes(std::string("hidden")) == Votes::Hidden);
    CHECK(parseVotes(std::string("revealed")) == Votes::Revealed);
    CHECK(parseVotes(std::string("revealed-anonymous")) == Votes::RevealedAnonymously);
    CHECK(parseVotes(std::string("sealed-by-a-newer-version")) == Votes::Hidden);
    for (Votes v : {Votes::Open, Votes::Hidden, Votes::RevealedAnonymously, Votes::Revealed})
        CHECK(parseVotes(storedVotes(v)) == v);
}

TEST_CASE("a session file read for a reader keeps its hidden answers hidden")
{
    const Instrument &ins = Instrument::builtin();
    test::TempDir dir;
    const auto path = dir / "hidden.cxm";
    SessionFile::write(path, ins, makeDemoSession(ins), false);
    auto file = SessionFile::open(path, SessionFile::Access::ReadWrite, ins);
    CHECK(file->votes() == Votes::Open);
    CHECK(file->read("cli.score") == file->load());
    file->setWorkflow(kVotesKey, std::string("hidden"));
    CHECK(file->votes() == Votes::Hidden);
    try {
        (void)file->read("cli.export.json");
        FAIL("a hidden session was exported");
    } catch (const VotesHiddenError &e) {
        CHECK(e.source() == path.string());
        CHECK(std::string(e.what()).find("cxm reveal") != std::string::npos);
    }
    CHECK(file->read("window.session").ratings.empty());
    CHECK_FALSE(file->load().ratings.empty()); // nothing stored was lost
}
