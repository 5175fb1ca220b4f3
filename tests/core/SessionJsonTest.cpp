#include "DemoSession.h"
#include "Error.h"
#include "SessionJson.h"

#include <catch2/catch.hpp>

using namespace cxm;

namespace {

const Instrument &ins()
{
    return Instrument::builtin();
}

const char *kValid = R"({
  "format": "cx-workbench-session", "version": 1,
  "session": {"title": "Q4", "organization": "Acme", "mode": "workshop", "facilitator": "Dana",
              "date": "2026-11-20", "notes": "free text"},
  "participants": [{"id": "p1", "name": "Ana Ortiz", "role": "CEO"}, {"id": "p2", "name": "Ben Cho", "role": "VP Sales"}],
  "ratings": [{"participant": "p1", "item": "c1.culture", "rating": "early"},
              {"participant": "p2", "item": "c1.culture", "rating": "mature", "note": "we review churn monthly"}],
  "consensus": [{"item": "c1.culture", "rating": "advanced", "note": "agreed after discussion"}],
  "power_core": [{"participant": "p1", "ranking": ["sales", "product", "it", "customer", "vertical", "marketing", "other"],
                  "other_label": "Finance"}],
  "power_core_consensus": {"ranking": ["sales", "customer", "product", "it", "vertical", "marketing", "other"]},
  "readiness": [{"participant": "p1", "question": "r1", "answer": "yes"}, {"participant": "p2", "question": "r1", "answer": "no"}],
  "readiness_consensus": [{"question": "r1", "answer": "no", "note": "nobody owns this today"}]
})";

std::string errorFor(const std::string &text)
{
    try {
        SessionJson::parse(text, "bad.json", ins());
    } catch (const InputError &e) {
        return e.what();
    }
    return "(accepted)";
}

// kValid with one substring replaced.
std::string spoil(const std::string &from, const std::string &to)
{
    std::string t = kValid;
    const auto pos = t.find(from);
    REQUIRE(pos != std::string::npos);
    t.replace(pos, from.size(), to);
    return t;
}

} // namespace

TEST_CASE("the specification's example parses completely")
{
    const Session s = SessionJson::parse(kValid, "example.json", ins());
    CHECK(s.info.organization == "Acme");
    CHECK(s.info.mode == Mode::Workshop);
    REQUIRE(s.participants.size() == 2);
    CHECK(s.participants[1].role == "VP Sales");
    REQUIRE(s.ratings.size() == 2);
    CHECK(s.ratings[1].rating == Rating::Mature);
    CHECK(s.ratings[1].note == "we review churn monthly");
    CHECK(s.consensus.at(0).note == "agreed after discussion");
    CHECK(s.rankings.at(0).otherLabel == "Finance");
    CHECK(s.findRankingConsensus("power_core")->ranking.at(1) == "customer");
    CHECK(s.checklistConsensus.at(0).answer == Answer::No);
}

TEST_CASE("JSON export and import round-trip a full session without loss")
{
    Session demo = makeDemoSession(ins());
    demo.participants[0].name = "<b>Ana</b> & \"Co\" \u05E9\u05DC\u05D5\u05DD \U0001F600";
    demo.info.notes = "line one\nline two\t=SUM(A1)";
    const std::string text = SessionJson::toString(demo, Instrument::builtin());
    const Session back = SessionJson::parse(text, "roundtrip.json", ins());
    CHECK(back == demo);
    CHECK(SessionJson::toString(back, Instrument::builtin()) == text);
}

TEST_CASE("the importer refuses bad documents with the location and what was expected")
{
    using Catch::Contains;
    CHECK_THAT(errorFor(spoil("\"rating\": \"early\"", "\"rating\": \"great\"")),
               Contains("bad.json: /ratings/0/rating: expected one of \"early\", \"advanced\", \"mature\", "
                        "found \"great\""));
    CHECK_THAT(errorFor(spoil("\"item\": \"c1.culture\", \"rating\": \"early\"",
                              "\"item\": \"c9.x\", \"rating\": \"early\"")),
               Contains("/ratings/0/item: expected a competency item id"));
    CHECK_THAT(errorFor(spoil("{\"participant\": \"p1\", \"item\"", "{\"participant\": \"p7\", \"item\"")),
               Contains("/ratings/0/participant: expected the id of a participant, found \"p7\""));
    CHECK_THAT(errorFor(spoil("\"format\": \"cx-workbench-session\", \"version\": 1,",
                              "\"format\": \"cx-workbench-session\", \"version\": 1, \"extra\": 1,")),
               Contains("bad.json: /extra: unknown field"));
    CHECK_THAT(errorFor(spoil("\"version\": 1", "\"version\": 3")), Contains("/version: expected 1 or 2"));
    // Version 2 names the instrument it was written with.
    CHECK_THAT(errorFor(spoil("\"version\": 1", "\"version\": 2")), Contains("/instrument: is missing"));
    CHECK_THAT(errorFor(spoil("\"mode\": \"workshop\"", "\"mode\": \"self\"")),
               Contains("/participants: expected exactly one participant in a self-assessment"));
    CHECK_THAT(errorFor(spoil("\"2026-11-20\"", "\"2026-02-30\"")),
               Contains("/session/date: expected a date as YYYY-MM-DD"));
    CHECK_THAT(errorFor(spoil("{\"id\": \"p2\"", "{\"id\": \"p1\"")),
               Contains("/participants/1/id: duplicate participant id"));
    CHECK_THAT(errorFor(spoil("\"marketing\", \"other\"],", "\"marketing\", \"sales\"],")),
               Contains("/power_core/0/ranking/6: \"sales\" is ranked twice"));
    CHECK_THAT(errorFor(spoil("\"marketing\", \"other\"],", "\"marketing\"],")),
               Contains("/power_core/0/ranking: expected a ranking of all 7 Power Core options, found 6"));
    CHECK_THAT(errorFor(spoil("\"question\": \"r1\", \"answer\": \"yes\"",
                              "\"question\": \"r12\", \"answer\": \"yes\"")),
               Contains("/readiness/0/question: expected a readiness question id"));
    CHECK_THAT(errorFor(spoil("\"answer\": \"yes\"", "\"answer\": true")),
               Contains("/readiness/0/answer: expected one of \"yes\", \"no\""));
    CHECK_THAT(errorFor(spoil("{\"participant\": \"p2\", \"item\": \"c1.culture\"",
                              "{\"participant\": \"p1\", \"item\": \"c1.culture\"")),
               Contains("/ratings/1: a second rating by \"p1\" for \"c1.culture\""));
    CHECK_THAT(errorFor(spoil("\"name\": \"Ana Ortiz\"", "\"name\": 42")),
               Contains("/participants/0/name: expected a non-empty string"));
    CHECK_THAT(errorFor("[1, 2]"), Contains("bad.json: /: expected an object"));
}

TEST_CASE("malformed, truncated, non-UTF-8, deeply nested and oversized documents are refused")
{
    using Catch::Contains;
    const std::string valid = kValid;
    CHECK_THAT(errorFor(valid.substr(0, valid.size() / 2)), Contains("bad.json: not valid JSON (line"));
    CHECK_THAT(errorFor(""), Contains("not valid JSON"));
    CHECK_THAT(errorFor(spoil("Acme", "Ac\xff\xfe me")), Contains("bad.json: is not UTF-8 text"));
    CHECK_THAT(errorFor(std::string(100000, '[') + std::string(100000, ']')),
               Contains("nests more than 64 levels"));
    CHECK_THAT(errorFor(std::string(SessionJson::kMaxBytes + 1, ' ')), Contains("is too large"));
    // Found by fuzzing: a number beyond a double's range threw past the importer.
    CHECK_THAT(errorFor(spoil("\"version\": 1", "\"version\": 7777777e777771")),
               Contains("bad.json: not valid JSON: it holds a number too large to read"));
    // Also found by fuzzing: a whole number beyond long long was converted with undefined behaviour.
    CHECK_THAT(errorFor(spoil("\"version\": 1", "\"version\": 1e24")), Contains("/version: expected"));
    CHECK_THAT(errorFor(spoil("\"version\": 1", "\"version\": 18446744073709551615")),
               Contains("/version: expected"));
}

TEST_CASE("a session with no answers at all is valid")
{
    const Session s = SessionJson::parse(
        R"({"format": "cx-workbench-session", "version": 1, "session": {"mode": "workshop"}, "participants": []})",
        "x.json", ins());
    CHECK(s.participants.empty());
    CHECK(s.ratings.empty());
}

TEST_CASE("a key that appears twice in one object is refused at any level, with its location")
{
    using Catch::Contains;
    // The last of two used to win silently: a second "ratings": [] emptied a document of its answers.
    CHECK_THAT(errorFor(spoil("\"readiness_consensus\"", "\"ratings\": [], \"readiness_consensus\"")),
               Contains("bad.json: /: key \"ratings\" appears twice"));
    CHECK_THAT(errorFor(spoil("\"version\": 1", "\"version\": 1, \"version\": 1")),
               Contains("bad.json: /: key \"version\" appears twice"));
    CHECK_THAT(errorFor(spoil("\"rating\": \"mature\"", "\"rating\": \"mature\", \"rating\": \"early\"")),
               Contains("bad.json: /ratings/1: key \"rating\" appears twice"));
    CHECK_THAT(errorFor(spoil("\"mode\": \"workshop\"", "\"mode\": \"workshop\", \"mode\": \"self\"")),
               Contains("bad.json: /session: key \"mode\" appears twice"));
    CHECK_THAT(errorFor(spoil("\"note\": \"agreed after discussion\"", "\"note\": {\"a/b\": 1, \"a/b\": 2}")),
               Contains("bad.json: /consensus/0/note: key \"a/b\" appears twice"));
    // The same key in different objects is, of course, fine.
    CHECK_NOTHROW(SessionJson::parse(kValid, "good.json", ins()));
}

TEST_CASE("control characters and bidirectional overrides in names and notes are neutralised on import")
{
    const std::string doc = R"({"format": "cx-workbench-session", "version": 1,
        "session": {"mode": "workshop", "title": "Q4\nreview", "organization": "Acme\u0000 Inc",
                    "facilitator": "\u202Eanad", "notes": "line one\nline two\u0007"},
        "participants": [{"id": "p1", "name": "Ana\r\nOrtiz\u202E", "role": "C\u2066EO\u2069"}],
        "ratings": [{"participant": "p1", "item": "c1.culture", "rating": "early",
                     "note": "keep\nthe break, not the \u0000 or the \u202Eoverride"}]})";
    const Session s = SessionJson::parse(doc, "ctl.json", ins());
    CHECK(s.info.title == "Q4 review");
    CHECK(s.info.organization == "Acme Inc");
    CHECK(s.info.facilitator == "anad");
    CHECK(s.info.notes == "line one\nline two");
    CHECK(s.participants.at(0).name == "Ana  Ortiz");
    CHECK(s.participants.at(0).role == "CEO");
    CHECK(s.ratings.at(0).note == "keep\nthe break, not the  or the override");
    // A name made only of control characters leaves nothing: the participant is known by their id.
    const Session onlyControls =
        SessionJson::parse(spoil("\"name\": \"Ana Ortiz\"", "\"name\": \"\\u202E\\n\""), "ctl.json", ins());
    CHECK(onlyControls.participants.at(0).name == "p1");
}
