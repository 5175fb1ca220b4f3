// Merging sessions: people matched by id and name, name matches that need confirming, stages by
// name, conflicts of every sort, the lists and the plan, and the report.
#include "DemoSession.h"
#include "Merge.h"
#include "ScoringEngine.h"
#include "SessionFile.h"

#include "TempDir.h"
#include "TestSessions.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace cxm;
using namespace cxm::test;

namespace {

const Instrument &ins()
{
    return Instrument::builtin();
}

// One participant's part of a session: their answers, and (withTeam) the team's answers, the
// journey's stages, the lists and the plan, as a leader's own laptop would hold them.
Session partOf(const Session &all, const std::string &participant, bool withTeam)
{
    Session s;
    s.info = all.info;
    s.participants.push_back(*all.findParticipant(participant));
    s.stages = all.stages;
    const auto mine = [&](auto member) {
        for (const auto &a : all.*member)
            if (a.participant == participant)
                (s.*member).push_back(a);
    };
    mine(&Session::ratings);
    mine(&Session::rankings);
    mine(&Session::checklist);
    mine(&Session::tracked);
    mine(&Session::absences);
    if (withTeam) {
        s.consensus = all.consensus;
        s.rankingConsensus = all.rankingConsensus;
        s.checklistConsensus = all.checklistConsensus;
        s.trackedConsensus = all.trackedConsensus;
        s.itemNames = all.itemNames;
        s.entries = all.entries;
        s.choices = all.choices;
        s.reconciliations = all.reconciliations;
        s.targets = all.targets;
        s.actions = all.actions;
        s.dismissed = all.dismissed;
    }
    for (auto &a : s.actions)
        if (!a.owner.empty() && a.owner != participant) {
            a.ownerName = all.findParticipant(a.owner)->name;
            a.owner.clear();
        }
    return s;
}

MergeInput input(const std::string &label, Session s)
{
    return {label, std::move(s), {}};
}

Session one(const std::string &id, const std::string &name, Mode mode = Mode::Self)
{
    Session s;
    s.info.title = "Leadership";
    s.info.mode = mode;
    s.participants.push_back({id, name, "Role"});
    return s;
}

} // namespace

TEST_CASE("the demo workshop split into one file per leader merges back into the same workshop")
{
    const Session demo = makeDemoSession(ins());
    std::vector<MergeInput> inputs;
    for (std::size_t p = 0; p < demo.participants.size(); ++p)
        inputs.push_back(
            input("laptop-" + std::to_string(p + 1) + ".cxm", partOf(demo, demo.participants[p].id, p == 0)));
    const MergePlan plan = planMerge(inputs, ins());
    CHECK(plan.conflicts.empty());
    CHECK(plan.nameMatches.empty());
    REQUIRE(plan.people.size() == demo.participants.size());
    const MergeResult merged = applyMerge(plan, {}, ins());
    Session expected = demo;
    // The actions owned by others appeared in the first laptop by name; the first laptop's are kept.
    expected.actions = inputs.front().session.actions;
    sortCanonically(expected, ins());
    CHECK(merged.session.participants == expected.participants);
    CHECK(merged.session.stages == expected.stages);
    CHECK(merged.session.ratings == expected.ratings);
    CHECK(merged.session.rankings == expected.rankings);
    CHECK(merged.session.checklist == expected.checklist);
    CHECK(merged.session.tracked == expected.tracked);
    CHECK(merged.session.entries == expected.entries);
    CHECK(merged.session.absences == expected.absences);
    CHECK(merged.session == expected);
    CHECK_THAT(merged.report.text(), Catch::Contains("Conflicts: none"));
}

TEST_CASE("two self-assessments with the same id and different names become a workshop of two")
{
    Session ann = one("p1", "Ann Lee");
    ann.ratings.push_back({"p1", "c1.culture", Rating::Mature, "we care", ""});
    Session bob = one("p1", "Bob Stone");
    bob.ratings.push_back({"p1", "c1.culture", Rating::Early, "", ""});
    const MergePlan plan = planMerge({input("ann.cxm", ann), input("bob.cxm", bob)}, ins());
    CHECK(plan.conflicts.empty());
    REQUIRE(plan.people.size() == 2);
    CHECK(plan.people[0].participant.id == "p1");
    CHECK(plan.people[1].participant.id == "p2");
    CHECK(plan.people[1].participant.name == "Bob Stone");
    const MergeResult r = applyMerge(plan, {}, ins());
    CHECK(r.session.info.mode == Mode::Workshop);
    REQUIRE(r.session.ratings.size() == 2);
    CHECK(r.session.findRating("p2", "c1.culture")->rating == Rating::Early);
    CHECK(r.session.findRating("p1", "c1.culture")->note == "we care");
    CHECK_THAT(r.report.text(), Catch::Contains("The id p1 names different people"));
    CHECK_THAT(r.report.text(), Catch::Contains("Bob Stone (p2): from bob.cxm p1 (new id)"));
}

TEST_CASE("the same id and name (ignoring case and spacing) is one person; identical answers are no conflict")
{
    Session a = one("p1", "Ann Lee", Mode::Workshop);
    a.ratings.push_back({"p1", "c1.culture", Rating::Mature, "first", ""});
    Session b = one("p1", "  ann   LEE ", Mode::Workshop);
    b.ratings.push_back({"p1", "c1.culture", Rating::Mature, "second", ""});
    b.ratings.push_back({"p1", "c1.data", Rating::Early, "", ""});
    const MergePlan plan = planMerge({input("a.cxm", a), input("b.cxm", b)}, ins());
    CHECK(plan.nameMatches.empty());
    CHECK(plan.conflicts.empty());
    REQUIRE(plan.people.size() == 1);
    const MergeResult r = applyMerge(plan, {}, ins());
    CHECK(r.session.participants.front().name == "Ann Lee");
    REQUIRE(r.session.ratings.size() == 2);
    CHECK(r.session.findRating("p1", "c1.culture")->note == "first\n\nsecond");
}

TEST_CASE("the same name under different ids is one person only when the facilitator confirms it")
{
    Session a = one("p1", "Ann Lee", Mode::Workshop);
    a.participants.push_back({"p2", "Carl", ""});
    a.ratings.push_back({"p1", "c1.culture", Rating::Mature, "", ""});
    Session b = one("p7", "Ann Lee", Mode::Workshop);
    b.ratings.push_back({"p7", "c1.culture", Rating::Advanced, "", ""});
    const std::vector<MergeInput> inputs{input("a.cxm", a), input("b.cxm", b)};

    const MergePlan apart = planMerge(inputs, ins());
    REQUIRE(apart.nameMatches.size() == 1);
    CHECK_FALSE(apart.nameMatches[0].confirmed);
    CHECK(apart.nameMatches[0].sides.size() == 2);
    CHECK(apart.people.size() == 3);
    CHECK(apart.conflicts.empty());
    CHECK_THAT(mergeReport(apart, {}).text(), Catch::Contains("not confirmed, kept as 2 different people"));

    const MergePlan together = planMerge(inputs, ins(), {0});
    CHECK(together.nameMatches[0].confirmed);
    REQUIRE(together.people.size() == 2);
    CHECK(together.people[0].sources == std::vector<MergeSource>{{0, "p1"}, {1, "p7"}});
    REQUIRE(together.conflicts.size() == 1);
    const MergeConflict &c = together.conflicts[0];
    CHECK(c.kind == ConflictKind::PersonAnswer);
    CHECK(c.person == "p1");
    REQUIRE(c.sides.size() == 2);
    CHECK(c.sides[0].words == "Mature");
    CHECK(c.sides[1].words == "Advanced");
    CHECK(c.sides[1].inputs == std::vector<std::size_t>{1});

    const MergeResult first = applyMerge(together, preferSides(together, false), ins());
    CHECK(first.session.findRating("p1", "c1.culture")->rating == Rating::Mature);
    const MergeResult last = applyMerge(together, preferSides(together, true), ins());
    CHECK(last.session.findRating("p1", "c1.culture")->rating == Rating::Advanced);
    CHECK(last.session.ratings.size() == 1);
    const std::string report = last.report.text();
    CHECK_THAT(report, Catch::Contains("1. Ann Lee, C1"));
    CHECK_THAT(report, Catch::Contains("A: Mature   [a.cxm]"));
    CHECK_THAT(report, Catch::Contains("B: Advanced   [b.cxm]"));
    CHECK_THAT(report, Catch::Contains("chosen: B"));
    CHECK_THROWS_AS(applyMerge(together, {}, ins()), InputError);
    CHECK_THROWS_AS(applyMerge(together, {2}, ins()), InputError);
}

TEST_CASE("a name given to two people in one session is not matched across sessions")
{
    Session a = one("p1", "Ann Lee", Mode::Workshop);
    a.participants.push_back({"p2", "Ann Lee", ""});
    Session b = one("p5", "Ann Lee", Mode::Workshop);
    const MergePlan plan = planMerge({input("a.cxm", a), input("b.cxm", b)}, ins());
    CHECK(plan.nameMatches.empty());
    CHECK(plan.people.size() == 3);
    CHECK_THAT(mergeReport(plan, {}).text(), Catch::Contains("is given to more than one person"));
}

TEST_CASE("different team answers are conflicts of the team; half tracked answers fill each other")
{
    Session a = workshop(1);
    a.consensus.push_back({"c1.culture", Rating::Mature, "", ""});
    a.checklistConsensus.push_back({"r1", Answer::Yes, "", ""});
    a.tracked.push_back({"p1", "am.new_customers", Answer::Yes, std::nullopt, "", ""});
    a.rankingConsensus.push_back(
        {{"customer", "sales", "product", "it", "vertical", "marketing", "other"}, "", "power_core", ""});
    Session b = workshop(1);
    b.consensus.push_back({"c1.culture", Rating::Early, "we disagree", ""});
    b.checklistConsensus.push_back({"r1", Answer::Yes, "agreed", ""});
    b.tracked.push_back({"p1", "am.new_customers", std::nullopt, 3, "", ""});
    b.rankingConsensus.push_back(
        {{"sales", "customer", "product", "it", "vertical", "marketing", "other"}, "", "power_core", ""});
    const MergePlan plan = planMerge({input("a.cxm", a), input("b.cxm", b)}, ins());
    REQUIRE(plan.conflicts.size() == 2);
    CHECK(plan.conflicts[0].kind == ConflictKind::TeamAnswer);
    CHECK(plan.conflicts[0].sides[1].words == "Early (note: \u201cwe disagree\u201d)");
    CHECK(plan.conflicts[1].question == "What Is Your Company Power Core?");
    const MergeResult r = applyMerge(plan, {1, 0}, ins());
    CHECK(r.session.findConsensus("c1.culture")->rating == Rating::Early);
    CHECK(r.session.findRankingConsensus("power_core")->ranking.front() == "customer");
    CHECK(r.session.findChecklistConsensus("r1")->note == "agreed");
    const TrackedAnswer *t = r.session.findTracked("p1", "am.new_customers");
    REQUIRE(t);
    CHECK(t->tracked == Answer::Yes);
    CHECK(t->difficulty == 3);
    CHECK_THAT(r.report.text(), Catch::Contains("the team, C1"));
}

TEST_CASE("stages are matched by name, answers follow their stage, and differing definitions are a conflict")
{
    Session a = workshop(1);
    a.stages = {{"s1", "I have a need", "Prospect", {"Who can help?"}}, {"s2", "I decide", "Sale", {}}};
    a.ratings.push_back({"p1", "reliability.customer", Rating::Mature, "", "s2"});
    a.entries.push_back({"always_never", "customers", "always", "Answer the phone", "s2"});
    a.actions.push_back({"a1", "Fix the decision", "p1", "", "", ActionStatus::Open, "", "stage:s2", "", ""});
    Session b = workshop(1);
    b.participants[0].name = "Someone else";
    b.stages = {
        {"s1", "i DECIDE", "Sale", {}}, {"s2", "I use it", "", {}}, {"s3", "I have a need", "Lead", {}}};
    b.ratings.push_back({"p1", "reliability.customer", Rating::Early, "", "s1"});
    b.entries.push_back({"always_never", "customers", "always", "Answer the phone", "s1"});
    b.entries.push_back({"always_never", "customers", "always", "Call back", "s1"});
    b.choices.push_back({"stairway", "stairway.desire", "", "s2"});
    const MergePlan plan = planMerge({input("a.cxm", a), input("b.cxm", b)}, ins());
    REQUIRE(plan.merged.stages.size() == 3);
    CHECK(plan.merged.stages[0].name == "I have a need");
    CHECK(plan.merged.stages[1].id == "s2");
    CHECK(plan.merged.stages[2].name == "I use it");
    CHECK(plan.merged.stages[2].id == "s3");
    REQUIRE(plan.conflicts.size() == 1);
    CHECK(plan.conflicts[0].kind == ConflictKind::StageDefinition);
    const MergeResult r = applyMerge(plan, {1}, ins());
    CHECK(r.session.stages[0].replaces == "Lead");
    CHECK(r.session.stages[0].questions.empty());
    // Two people (different names for p1), each rating the stage "I decide".
    CHECK(r.session.findRating("p1", "reliability.customer", "s2")->rating == Rating::Mature);
    CHECK(r.session.findRating("p2", "reliability.customer", "s2")->rating == Rating::Early);
    CHECK(r.session.listEntries("always_never", "customers", "always", "s2") ==
          std::vector<std::string>{"Answer the phone", "Call back"});
    CHECK(r.session.findChoice("stairway", "s3"));
    CHECK(r.session.actions.at(0).addresses == "stage:s2");
    CHECK_THAT(r.report.text(), Catch::Contains("1 list entries were in more than one session"));

    TempDir dir;
    SessionFile::write(dir / "merged.cxm", ins(), r.session, false);
    CHECK(SessionFile::open(dir / "merged.cxm", SessionFile::Access::ReadOnly)->load() == r.session);
}

TEST_CASE(
    "actions are kept once with new ids and their owners; absences stand only where every session has them")
{
    Session a = workshop(2);
    a.actions.push_back({"a1", "Hire a CCO", "p2", "", "2027-01-31", ActionStatus::Open, "", "", "", ""});
    a.absences.push_back({"p1", "c1"});
    a.absences.push_back({"p2", "c2"});
    a.dismissed.push_back("weakest:c1.culture");
    Session b = workshop(2);
    b.actions.push_back({"a1", "Map the journey", "", "Dana", "", ActionStatus::Done, "", "", "", ""});
    b.actions.push_back({"a2", "Hire a CCO", "p2", "", "2027-01-31", ActionStatus::Open, "", "", "", ""});
    b.absences.push_back({"p1", "c1"});
    b.dismissed.push_back("weakest:c1.culture");
    const MergeResult r = applyMerge(planMerge({input("a.cxm", a), input("b.cxm", b)}, ins()), {}, ins());
    REQUIRE(r.session.actions.size() == 2);
    CHECK(r.session.actions[0].id == "a1");
    CHECK(r.session.actions[0].owner == "p2");
    CHECK(r.session.actions[1].id == "a2");
    CHECK(r.session.actions[1].title == "Map the journey");
    CHECK(r.session.absences == std::vector<Absence>{{"p1", "c1"}});
    CHECK(r.session.dismissed == std::vector<std::string>{"weakest:c1.culture"});
    const std::string report = r.report.text();
    CHECK_THAT(report, Catch::Contains("1 actions were in more than one session"));
    CHECK_THAT(report, Catch::Contains("Person 2 was marked absent for"));
}

TEST_CASE("session details: the first session's are kept and the others reported; notes are combined")
{
    Session a = one("p1", "Ann");
    a.info.title = "Q3 workshop";
    a.info.notes = "Room 4";
    Session b = one("p9", "Bob");
    b.info.title = "Bob's answers";
    b.info.organization = "Acme";
    b.info.notes = "Sent by mail";
    const MergeResult r = applyMerge(planMerge({input("a.cxm", a), input("b.cxm", b)}, ins()), {}, ins());
    CHECK(r.session.info.title == "Q3 workshop");
    CHECK(r.session.info.organization == "Acme");
    CHECK(r.session.info.notes == "Room 4\n\nSent by mail");
    CHECK_THAT(r.report.text(), Catch::Contains("The title Bob's answers of b.cxm is not kept"));
    CHECK_THAT(r.report.text(),
               Catch::Contains("Self-assessments merged with other people make a workshop."));

    // One leader's two files stay a self-assessment.
    const MergeResult self = applyMerge(planMerge({input("a.cxm", a), input("a2.cxm", a)}, ins()), {}, ins());
    CHECK(self.session.info.mode == Mode::Self);
    CHECK_THROWS_AS(planMerge({}, ins()), InputError);
}

TEST_CASE("comparableName ignores case and spacing")
{
    CHECK(comparableName("  Ann \t LEE ") == "ann lee");
    CHECK(comparableName("\u00c9lise") == "\u00c9lise");
    CHECK(comparableName("") == "");
}
