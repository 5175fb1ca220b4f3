// Comparing sessions: the order, the changes per item, competency and stage, the milestone, the
// actions completed, the targets met, the perception gap, the JSON, and what is refused.
#include "Comparison.h"
#include "DemoSession.h"
#include "FollowUp.h"
#include "SessionFile.h"
#include "SessionJson.h"
#include "TempDir.h"
#include "TestSessions.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace cxm;
using namespace cxm::test;
namespace fs = std::filesystem;

namespace {

const Instrument &ins()
{
    return Instrument::builtin();
}

// The demo workshop and its follow-up six months on, as files, the follow-up naming the demo.
struct DemoPair
{
    TempDir dir;
    fs::path before = dir / "2026-11.cxm";
    fs::path after = dir / "2027-05.cxm";
    DemoPair()
    {
        const Session demo = makeDemoSession(ins());
        SessionFile::write(before, ins(), demo, false);
        const std::string uuid = SessionFile::open(before, SessionFile::Access::ReadOnly)->uuid();
        SessionFile::write(after, ins(), makeDemoFollowUp(ins()), false, systemClock,
                           followUpLineage(demo, uuid));
    }
};

const TrendRow &rowOf(const std::vector<TrendRow> &rows, const std::string &id)
{
    for (const TrendRow &r : rows)
        if (r.id == id)
            return r;
    FAIL("no row " << id);
    return rows.front();
}

std::string refusal(const std::vector<fs::path> &files, const Instrument &instrument = ins())
{
    try {
        compareSessions(readComparedSessions("cli.compare", files, instrument), instrument);
    } catch (const InputError &e) {
        return e.what();
    }
    return "(compared)";
}

// A copy of assessments/ with one text replaced, loaded as an instrument.
Instrument changedInstrument(const std::vector<std::pair<std::string, std::string>> &edits)
{
    std::vector<Instrument::Source> files;
    for (const auto &entry : fs::directory_iterator(fs::path(CXM_SOURCE_DIR) / "assessments"))
        if (entry.path().extension() == ".json") {
            std::ifstream in(entry.path());
            std::stringstream text;
            text << in.rdbuf();
            std::string t = text.str();
            for (const auto &[from, to] : edits)
                if (const auto pos = t.find(from); pos != std::string::npos)
                    t.replace(pos, from.size(), to);
            files.push_back({entry.path().string(), t});
        }
    return Instrument::load(files);
}

} // namespace

TEST_CASE("the demo and its follow-up: per item, competency and stage, oldest first")
{
    const DemoPair files;
    // Given newest first: the comparison puts them in the order they were taken.
    const Comparison c = compareSessions(readComparedSessions("cli.compare", {files.after, files.before}, ins()), ins());
    REQUIRE(c.sessions.size() == 2);
    CHECK(c.sessions[0].file == files.before.string());
    CHECK(c.sessions[1].file == files.after.string());
    CHECK(c.sessions[1].follows == c.sessions[0].uuid);
    CHECK(c.warnings.empty());
    CHECK(c.perceptionGaps.empty());

    // Culture: every rating one level up, so its value rose from 1.00 (agreed Early) to the mean.
    const TrendRow &culture = rowOf(c.items, "c1.culture");
    REQUIRE(culture.values[0]);
    REQUIRE(culture.values[1]);
    CHECK(*culture.values[0] == Approx(1.0));
    CHECK(*culture.values[1] > 1.5);
    CHECK(culture.overall.direction == Direction::Up);
    CHECK(culture.steps.size() == 1);
    CHECK(culture.steps[0].direction == Direction::Up);
    CHECK(*culture.levels[0] == "early");
    CHECK(rowOf(c.items, "c3.unaided").overall.direction == Direction::Down);
    CHECK(rowOf(c.items, "c2.alignment").overall.direction == Direction::Same);
    CHECK(rowOf(c.items, "c1.why").values[1] == Approx(2.0)); // the consensus, as the engine has it

    // Competencies are the engine's percent.
    const Score after = ScoringEngine(ins()).score(makeDemoFollowUp(ins()));
    const TrendRow &c1 = rowOf(c.competencies, "c1");
    CHECK(*c1.values[1] == Approx(*after.competencies[0].percent));
    CHECK(c1.overall.direction == Direction::Up);
    CHECK(*c1.overall.delta() == Approx(*c1.values[1] - *c1.values[0]));
    CHECK(*c.overall.values[1] == Approx(*after.overall));

    // Stages matched by id (a follow-up keeps them): move-in's reliability went up.
    REQUIRE(c.stages.size() == 6);
    const TrendRow &moveIn = c.stages[3];
    CHECK(moveIn.id == "reliability");
    CHECK(moveIn.label == "My power is on when I move in");
    CHECK(moveIn.stageIds == std::vector<std::string>{"s4", "s4"});
    CHECK(moveIn.overall.direction == Direction::Up);
}

TEST_CASE("the milestone, actions completed since and targets met")
{
    const DemoPair files;
    const Comparison c = compareSessions(readComparedSessions("cli.compare", {files.before, files.after}, ins()), ins());
    REQUIRE(c.milestone.values[0]);
    REQUIRE(c.milestone.values[1]);
    CHECK(*c.milestone.levels[0] == "unite_build");
    CHECK(c.milestone.overall.direction ==
          (*c.milestone.values[1] > *c.milestone.values[0] ? Direction::Up : Direction::Same));

    // a1 was in progress, a2 open: both done since; a6 is new and done; a4 was done before: not again.
    std::vector<std::string> done;
    for (const CompletedAction &a : c.actionsCompleted) {
        done.push_back(a.action.id);
        CHECK(a.session == 1);
    }
    CHECK(done == std::vector<std::string>{"a1", "a2", "a6"});
    CHECK(c.actionsCompleted[0].was == ActionStatus::InProgress);
    CHECK(c.actionsCompleted[1].was == ActionStatus::Open);
    CHECK(!c.actionsCompleted[2].was);

    // Culture and data reached Advanced (within 12 months: by 2027-11-20, on time); the why aimed at
    // Mature and is at Advanced: not met; move-in reached Advanced before 2027-06-30.
    std::vector<std::string> met;
    for (const MetTarget &t : c.targetsMet) {
        met.push_back(t.target.item + (t.target.scope.empty() ? "" : "@" + t.target.scope));
        CHECK(t.onTime == true);
        CHECK(t.setIn == 0);
        CHECK(t.metIn == 1);
    }
    CHECK(met == std::vector<std::string>{"c1.culture", "c1.data", "reliability.customer@s4"});
    CHECK(c.targetsChecked == 4);
    CHECK(c.targetsMet[0].due == "2027-11-20");
    CHECK(c.targetsMet[2].stageName == "My power is on when I move in");
}

TEST_CASE("a target met after its deadline is met late; one reached already is not met again")
{
    Session before = workshop(2);
    before.info.date = "2026-01-10";
    rateAll(before, ins(), Rating::Early);
    before.targets = {{"c1.culture", Rating::Advanced, "2026-03-31", 0, {}, {}},
                      {"c1.data", Rating::Early, {}, 6, {}, {}}}; // reached already
    Session after = makeFollowUp(before, "2026-07-01");
    after.ratings = before.ratings;
    for (RatingEntry &r : after.ratings)
        if (r.item == "c1.culture")
            r.rating = Rating::Mature;
    const Comparison c = compareSessions(
        {{"a", "u1", "", ins().id, ins().version, before}, {"b", "u2", "u1", ins().id, ins().version, after}},
        ins());
    REQUIRE(c.targetsMet.size() == 1);
    CHECK(c.targetsMet[0].target.item == "c1.culture");
    CHECK(c.targetsMet[0].onTime == false);
    CHECK(c.targetsChecked == 1);
}

TEST_CASE("three sessions: consecutive changes, first to last, and ties ordered by the follow-up chain")
{
    Session s1 = workshop(2);
    s1.info.date = "2026-01-10";
    rateAll(s1, ins(), Rating::Early);
    Session s2 = makeFollowUp(s1, "2026-07-01");
    rateAll(s2, ins(), Rating::Mature);
    Session s3 = makeFollowUp(s2, "2026-07-01"); // the same day: the chain decides
    rateAll(s3, ins(), Rating::Advanced);
    const Comparison c = compareSessions({{"third", "u3", "u2", ins().id, ins().version, s3},
                                          {"second", "u2", "u1", ins().id, ins().version, s2},
                                          {"first", "u1", "", ins().id, ins().version, s1}},
                                         ins());
    REQUIRE(c.sessions.size() == 3);
    CHECK(c.sessions[0].file == "first");
    CHECK(c.sessions[1].file == "second");
    CHECK(c.sessions[2].file == "third");
    const TrendRow &culture = rowOf(c.items, "c1.culture");
    REQUIRE(culture.steps.size() == 2);
    CHECK(culture.steps[0].direction == Direction::Up);
    CHECK(culture.steps[1].direction == Direction::Down);
    CHECK(culture.overall.direction == Direction::Up);
    CHECK(*culture.overall.delta() == Approx(1.0));
    CHECK(rowOf(c.competencies, "c1").values == std::vector<std::optional<double>>{0.0, 100.0, 50.0});
    CHECK(c.milestone.levels == std::vector<std::optional<std::string>>{"commit", "elevate", "embed"});
}

TEST_CASE("two files that each claim to follow the other are compared in the order given")
{
    Session a = workshop(1);
    a.info.date = "2026-01-10";
    Session b = a;
    rateAll(b, ins(), Rating::Mature);
    const Comparison c = compareSessions(
        {{"a", "ua", "ub", ins().id, ins().version, a}, {"b", "ub", "ua", ins().id, ins().version, b}},
        ins());
    REQUIRE(c.sessions.size() == 2);
}

TEST_CASE("stages of independent sessions are matched by name; a new stage has no earlier value")
{
    Session a = makeDemoSession(ins());
    Session b = makeDemoSession(ins());
    b.info.date = "2027-06-01";
    // b numbered its stages differently and renamed none but the first's case.
    for (Stage &st : b.stages)
        st.id = "x" + st.id;
    for (auto &r : b.ratings)
        if (!r.scope.empty())
            r.scope = "x" + r.scope;
    for (auto &r : b.consensus)
        if (!r.scope.empty())
            r.scope = "x" + r.scope;
    b.stages[0].name = "I'M MOVING  and need power";
    b.stages.push_back({"xs7", "I leave", "", {}});
    const Comparison c = compareSessions(
        {{"a", "", "", ins().id, ins().version, a}, {"b", "", "", ins().id, ins().version, b}}, ins());
    REQUIRE(c.stages.size() == 7);
    CHECK(c.stages[0].stageIds == std::vector<std::string>{"s1", "xs1"});
    CHECK(c.stages[0].overall.direction == Direction::Same);
    CHECK(c.stages[6].stageIds == std::vector<std::string>{"", "xs7"});
    CHECK(c.stages[6].overall.direction == Direction::Unknown);
}

TEST_CASE("perception gap: a leader's self-assessment against the team and last time")
{
    const DemoPair files;
    const TempDir dir;
    Session self = makeSelfDemoSession(ins());
    self.info.date = "2027-05-18";
    // She thinks the why is Mature now and data still Early; the team agreed the why as Advanced.
    for (RatingEntry &r : self.ratings) {
        if (r.item == "c1.why")
            r.rating = Rating::Mature;
        if (r.item == "c1.data")
            r.rating = Rating::Early;
    }
    SessionFile::write(dir / "self.cxm", ins(), self, false);
    const Comparison c =
        compareSessions(readComparedSessions("cli.compare", {dir / "self.cxm", files.before, files.after}, ins()), ins());
    // The self-assessment is not part of the trend.
    REQUIRE(c.sessions.size() == 2);
    REQUIRE(c.perceptionGaps.size() == 1);
    const PerceptionGap &g = c.perceptionGaps[0];
    CHECK(g.leader == self.participants[0].name);
    CHECK(g.file == (dir / "self.cxm").string());
    CHECK(g.teamFile == files.after.string());
    CHECK(g.previousFile == files.before.string());
    REQUIRE(g.items.size() == 15);
    const GapItem &why = g.items[2];
    CHECK(why.item == "c1.why");
    CHECK(*why.self == Approx(3.0));
    CHECK(*why.team == Approx(2.0));
    CHECK(*why.previous == Approx(1.0));
    CHECK(*why.selfLevel == "mature");
    CHECK(*why.teamLevel == "advanced");
    CHECK(*why.previousLevel == "early");
    CHECK(why.direction == Direction::Up);
    CHECK(*why.gap() == Approx(1.0));
    const GapItem &data = g.items[1];
    CHECK(*data.selfLevel == "early");
    CHECK(*data.teamLevel != "early");
    CHECK(data.direction == Direction::Down);
    CHECK(g.differing() >= 2);

    // The function itself, with no previous session.
    const auto sessions = readComparedSessions("cli.compare", {dir / "self.cxm", files.after}, ins());
    const PerceptionGap alone = perceptionGap(sessions[0], sessions[1], nullptr, ins());
    CHECK(!alone.items[0].previous);
    CHECK(alone.previousFile.empty());
    // One workshop and a self-assessment: no trend, the gap only.
    const Comparison gapOnly = compareSessions(sessions, ins());
    CHECK(!gapOnly.hasTrend());
    CHECK(gapOnly.perceptionGaps.size() == 1);
}

TEST_CASE("what cannot be compared is refused, naming the files")
{
    const DemoPair files;
    const TempDir dir;
    // One session.
    CHECK_THAT(refusal({files.before}), Catch::Contains("two or more sessions"));
    // The same session twice, also as a copy (Save As keeps the UUID).
    SessionFile::open(files.before, SessionFile::Access::ReadOnly)->saveAs(dir / "copy.cxm");
    CHECK_THAT(refusal({files.before, dir / "copy.cxm"}),
               Catch::Contains("is the same session as") && Catch::Contains(files.before.string()));
    CHECK_THAT(refusal({files.before, files.before}), Catch::Contains("is the same session as"));
    // Not a session.
    std::ofstream(dir / "notes.txt") << "hello";
    CHECK_THAT(refusal({files.before, dir / "notes.txt"}), Catch::Contains("notes.txt"));
    CHECK_THAT(refusal({files.before, dir / "missing.cxm"}), Catch::Contains("missing.cxm"));

    // Another instrument: both files and both instruments named, whichever comes first.
    const Instrument other =
        changedInstrument({{"\"instrument\": \"cco-cx-maturity\"", "\"instrument\": \"other-maturity\""}});
    REQUIRE(other.id == "other-maturity");
    SessionFile::write(dir / "other.cxm", other, makeDemoSession(other), false);
    for (const auto &order : {std::vector<fs::path>{files.before, dir / "other.cxm"},
                              std::vector<fs::path>{dir / "other.cxm", files.before}}) {
        const std::string why = refusal(order);
        CHECK_THAT(why, Catch::Contains("other.cxm") && Catch::Contains(files.before.string()) &&
                            Catch::Contains("other-maturity") && Catch::Contains("cco-cx-maturity"));
    }
    // A version of the instrument whose items differ (an item renamed): its answers do not fit.
    const Instrument v3 = changedInstrument({{"\"version\": \"2.0.0\"", "\"version\": \"3.0.0\""},
                                             {"\"id\": \"c1.culture\"", "\"id\": \"c1.culture3\""}});
    REQUIRE(v3.version == "3.0.0");
    Session v3Session = workshop(2);
    rateAll(v3Session, v3, Rating::Advanced);
    SessionFile::write(dir / "v3.cxm", v3, v3Session, false);
    const std::string why = refusal({files.before, dir / "v3.cxm"});
    CHECK_THAT(why, Catch::Contains("v3.cxm") && Catch::Contains(files.before.string()) &&
                        Catch::Contains("c1.culture3") && Catch::Contains("2.0.0"));
}

TEST_CASE("different organisations are compared with a warning")
{
    Session a = workshop(2);
    a.info.date = "2026-01-01";
    Session b = workshop(2);
    b.info.date = "2026-07-01";
    b.info.organization = "  acme ";
    const Comparison same = compareSessions(
        {{"a", "", "", ins().id, ins().version, a}, {"b", "", "", ins().id, ins().version, b}}, ins());
    CHECK(same.warnings.empty()); // case and spacing aside, the same name
    b.info.organization = "Globex";
    const Comparison other = compareSessions(
        {{"a", "", "", ins().id, ins().version, a}, {"b", "", "", ins().id, ins().version, b}}, ins());
    REQUIRE(other.warnings.size() == 1);
    CHECK_THAT(other.warnings[0], Catch::Contains("\"Acme\"") && Catch::Contains("\"Globex\""));
}

TEST_CASE("the comparison's JSON: ids, values per session, changes")
{
    const DemoPair files;
    const Comparison c = compareSessions(readComparedSessions("cli.compare", {files.before, files.after}, ins()), ins());
    const auto j = comparisonJson(c, ins());
    CHECK(j["format"] == "cxm-comparison");
    CHECK(j["version"] == 1);
    REQUIRE(j["sessions"].size() == 2);
    CHECK(j["sessions"][0]["date"] == "2026-11-20");
    CHECK(j["sessions"][1]["follows"] == j["sessions"][0]["uuid"]);
    CHECK(j["sessions"][0]["milestone"] == "unite_build");
    CHECK(j["items"].size() == 15);
    CHECK(j["items"][0]["id"] == "c1.culture");
    CHECK(j["items"][0]["competency"] == "c1");
    CHECK(j["items"][0]["values"].size() == 2);
    CHECK(j["items"][0]["change"]["direction"] == "up");
    CHECK(j["items"][0]["changes"].size() == 1);
    CHECK(j["competencies"].size() == 5);
    CHECK(j["stages"][3]["stage_ids"] == nlohmann::json({"s4", "s4"}));
    CHECK(j["actions_completed"].size() == 3);
    CHECK(j["actions_completed"][0]["was"] == "in_progress");
    CHECK(j["targets_met"].size() == 3);
    CHECK(j["targets_met"][0]["on_time"] == true);
    CHECK(j["perception_gap"].is_array());
}
