// A follow-up session: what it carries over from the previous one, what it leaves blank, and the
// lineage it records in its file.
#include "DemoSession.h"
#include "FollowUp.h"
#include "SessionFile.h"
#include "TempDir.h"
#include "TestSessions.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace cxm;
using namespace cxm::test;

TEST_CASE("a follow-up carries over the team's setup and plan, with no answers")
{
    const Instrument &ins = Instrument::builtin();
    Session before = makeDemoSession(ins);
    before.absences.push_back({"p2", "c1"});
    const Session next = makeFollowUp(before, "2027-05-20");

    CHECK(next.info.organization == before.info.organization);
    CHECK(next.info.title == before.info.title);
    CHECK(next.info.facilitator == before.info.facilitator);
    CHECK(next.info.mode == before.info.mode);
    CHECK(next.info.date == "2027-05-20");
    CHECK(next.info.notes.empty());
    CHECK(next.participants == before.participants);
    CHECK(next.stages == before.stages);
    CHECK(next.itemNames == before.itemNames);

    // Blank: every answer and decision.
    CHECK(next.ratings.empty());
    CHECK(next.consensus.empty());
    CHECK(next.rankings.empty());
    CHECK(next.rankingConsensus.empty());
    CHECK(next.checklist.empty());
    CHECK(next.checklistConsensus.empty());
    CHECK(next.tracked.empty());
    CHECK(next.trackedConsensus.empty());
    CHECK(next.entries.empty());
    CHECK(next.choices.empty());
    CHECK(next.reconciliations.empty());
    CHECK(next.absences.empty());
    CHECK(next.dismissed.empty());
    REQUIRE(!before.ratings.empty());
    REQUIRE(!before.entries.empty());
    REQUIRE(!before.choices.empty());
    REQUIRE(!before.reconciliations.empty());

    // The open and in-progress actions, with their ids; done and dropped ones stay behind.
    std::vector<std::string> ids;
    for (const Action &a : next.actions) {
        ids.push_back(a.id);
        CHECK((a.status == ActionStatus::Open || a.status == ActionStatus::InProgress));
        CHECK(*before.findAction(a.id) == a);
    }
    CHECK(ids == std::vector<std::string>{"a1", "a2", "a3", "a5"}); // a4 is done
}

TEST_CASE("a target set within N months keeps the day it falls due")
{
    const Instrument &ins = Instrument::builtin();
    const Session before = makeDemoSession(ins);
    REQUIRE(before.info.date == "2026-11-20");
    const Session next = makeFollowUp(before, "2027-05-20");
    REQUIRE(next.targets.size() == before.targets.size());
    for (std::size_t i = 0; i < next.targets.size(); ++i) {
        const Target &was = before.targets[i];
        const Target &is = next.targets[i];
        INFO(was.item);
        CHECK(is.item == was.item);
        CHECK(is.scope == was.scope);
        CHECK(is.level == was.level);
        CHECK(is.note == was.note);
        if (was.date.empty() && was.months > 0) {
            // 12 months from 2026-11-20, not from the follow-up's date.
            CHECK(is.date == "2027-11-20");
            CHECK(is.months == 0);
        } else {
            CHECK(is == was);
        }
    }
}

TEST_CASE("a follow-up's file records the session it follows and continues the action numbers")
{
    const Instrument &ins = Instrument::builtin();
    const TempDir dir;
    const Session before = makeDemoSession(ins);
    SessionFile::write(dir / "a.cxm", ins, before, false);
    const auto previous = SessionFile::open(dir / "a.cxm");
    REQUIRE(!previous->uuid().empty());

    const Lineage lineage = followUpLineage(before, previous->uuid());
    CHECK(lineage.uuid.empty()); // write() gives the new session its own
    CHECK(lineage.follows == previous->uuid());
    CHECK(lineage.actionCounter == 5);
    SessionFile::write(dir / "b.cxm", ins, makeFollowUp(before, "2027-05-20"), false, systemClock, lineage);

    const auto next = SessionFile::open(dir / "b.cxm");
    CHECK(next->follows() == previous->uuid());
    CHECK(!next->uuid().empty());
    CHECK(next->uuid() != previous->uuid());
    // a4 (done) stayed behind: a new action must not take its id, nor a5's.
    Action a;
    a.title = "A new action";
    CHECK(next->addAction(a) == "a6");
    const Session loaded = next->load();
    CHECK(loaded.findAction("a4") == nullptr);
    CHECK(loaded.ratings.empty());
    CHECK(loaded.participants == before.participants);
}

TEST_CASE("the demo's follow-up answers again and moves its plan on")
{
    const Instrument &ins = Instrument::builtin();
    const Session s = makeDemoFollowUp(ins);
    CHECK(s.info.date == "2027-05-20");
    CHECK(!s.ratings.empty());
    CHECK(s.findAction("a1")->status == ActionStatus::Done);
    CHECK(s.findAction("a6")->status == ActionStatus::Done);
    CHECK(s.findAction("a4") == nullptr);
}
