// Step progress: a step is complete only when every participant who is not absent answered all of it.
#include "Progress.h"
#include "SessionFile.h"
#include "TempDir.h"
#include "TestSessions.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace cxm;
namespace fs = std::filesystem;

TEST_CASE("a competency with one answer per item is not complete: 1 of 6 answered")
{
    const Instrument &ins = Instrument::builtin();
    Session s = test::workshop(6);
    for (const auto &item : ins.competencies()[0].items)
        s.ratings.push_back({"p1", item.id, Rating::Mature, {}});
    s.ratings.push_back({"p2", ins.competencies()[0].items[0].id, Rating::Early, {}});

    const StepProgress p = stepProgress(s, ins, "c1");
    CHECK(p.expected == 6);
    CHECK(p.answered == 1);
    CHECK(p.partly == 1);
    CHECK_FALSE(p.complete());
    const StepProgress q = questionProgress(s, ins, ins.competencies()[0].items[0].id);
    CHECK(q.answered == 2);
    CHECK(q.expected == 6);
    const Progress answers(s, ins);
    CHECK(answers.answered("p2", ins.competencies()[0].items[0].id));
    CHECK_FALSE(answers.answered("p2", ins.competencies()[0].items[1].id));
    CHECK(answers.step("c1").answered == 1); // the class and the one-off functions agree

    SECTION("marking the others absent completes it, and N counts only those present")
    {
        for (const char *id : {"p2", "p3", "p4", "p5", "p6"})
            s.absences.push_back({id, "c1"});
        CHECK(stepProgress(s, ins, "c1").complete());
        // Item 1: only p1 is awaited (p2, absent, rated only item 0, so counts there alone).
        CHECK(questionProgress(s, ins, ins.competencies()[0].items[1].id).expected == 1);
        CHECK(questionProgress(s, ins, ins.competencies()[0].items[0].id).expected == 2);
        CHECK(stepProgress(s, ins, "c2").expected == 6); // absence is per step
    }
    SECTION("someone marked absent who answered anyway counts, as the score counts them: n never exceeds N")
    {
        for (const char *id : {"p3", "p4", "p5", "p6"})
            s.absences.push_back({id, "c1"});
        s.absences.push_back({"p2", "c1"}); // p2 answered one item of c1
        const StepProgress first = questionProgress(s, ins, ins.competencies()[0].items[0].id);
        CHECK(first.answered == 2);
        CHECK(first.expected == 2);
        CHECK(questionProgress(s, ins, ins.competencies()[0].items[1].id).expected == 1);
        const StepProgress step = stepProgress(s, ins, "c1");
        CHECK(step.expected == 1); // p2 answered only part of the step: not awaited for the rest
        CHECK(step.complete());
    }
}

TEST_CASE("Power Core and readiness progress count rankings and answers")
{
    const Instrument &ins = Instrument::builtin();
    Session s = test::workshop(3);
    std::vector<std::string> order;
    for (const auto &o : ins.powerCoreOptions())
        order.push_back(o.id);
    s.rankings.push_back({"p1", order, {}, "power_core"});
    CHECK(stepProgress(s, ins, kPowerCoreStep).answered == 1);
    CHECK_FALSE(stepProgress(s, ins, kPowerCoreStep).complete());
    for (const auto &q : ins.readinessQuestions())
        for (const auto &p : s.participants)
            s.checklist.push_back({p.id, q.id, Answer::Yes, {}});
    CHECK(stepProgress(s, ins, kReadinessStep).complete());
    CHECK(answerSteps(ins).size() == ins.worksheets.size());
}

TEST_CASE(
    "absences are stored, survive Save As and participant removal with undo, and old files gain the table")
{
    test::TempDir dir;
    const Instrument &ins = Instrument::builtin();
    const auto path = dir / "s.cxm";
    SessionFile::write(path, ins, test::workshop(2), false);
    {
        auto file = SessionFile::open(path);
        file->setAbsent("p2", "c3", true);
        file->setAbsent("p2", kReadinessStep, true);
        file->setAbsent("p2", kReadinessStep, true); // twice is once
    }
    Session s = SessionFile::open(path)->load();
    CHECK(s.absences == std::vector<Absence>{{"p2", "c3"}, {"p2", kReadinessStep}});
    CHECK(s.isAbsent("p2", "c3"));
    CHECK_FALSE(s.isAbsent("p1", "c3"));

    SessionFile::open(path)->saveAs(dir / "copy.cxm");
    CHECK(SessionFile::open(dir / "copy.cxm")->load().absences == s.absences);

    {
        auto file = SessionFile::open(path);
        const ParticipantRecord record = file->removeParticipant("p2");
        CHECK(file->load().absences.empty());
        file->restoreParticipant(record);
        CHECK(file->load().absences == s.absences);
        file->setAbsent("p2", "c3", false);
        CHECK(file->load().absences == std::vector<Absence>{{"p2", kReadinessStep}});
    }

    SECTION("a file of schema version 2 opens, scores the same, and can take absences")
    {
        const fs::path fixture = fs::path(CXM_TEST_DATA_DIR) / "migrations" / "schema-v2.cxm";
        const auto old = dir / "v2.cxm";
        fs::copy_file(fixture, old);
        {
            auto readOnly = SessionFile::open(old, SessionFile::Access::ReadOnly);
            CHECK(readOnly->migratedFrom() == 2);
            CHECK(readOnly->load().participants.size() == 6);
        }
        auto file = SessionFile::open(old);
        CHECK(file->migratedFrom() == 2);
        file->setAbsent("p1", "c1", true);
        CHECK(file->load().isAbsent("p1", "c1"));
    }
}

TEST_CASE("a metric counts as answered with both halves, as stored with either, and only once named")
{
    const Instrument &ins = Instrument::builtin();
    const Worksheet &metrics = *ins.findWorksheet("asset_metrics");
    Session s = test::workshop(2);
    // The five behaviour slots are no questions until the team names them.
    CHECK(stepQuestions(s, metrics).size() == 3);
    s.itemNames.push_back({"am.behavior2", "Usage of the app"});
    CHECK(stepQuestions(s, metrics) ==
          std::vector<std::string>{"am.new_customers", "am.lost_customers", "am.net_growth", "am.behavior2"});

    s.tracked.push_back({"p1", "am.new_customers", Answer::Yes, std::nullopt, {}});
    const Progress half(s, ins);
    CHECK_FALSE(half.answered("p1", "am.new_customers"));
    CHECK(half.step("asset_metrics").partly == 0);
    CHECK(s.answersStored("p1") == 1); // removing p1 would take it: the window asks first
    CHECK(s.answersStored("p2") == 0);

    s.tracked.back().difficulty = 2;
    CHECK(Progress(s, ins).answered("p1", "am.new_customers"));
    CHECK(Progress(s, ins).step("asset_metrics").partly == 1);
    // A ranking's one question is its worksheet's id; a lists worksheet asks nobody.
    CHECK(stepQuestions(s, ins.powerCore()) == std::vector<std::string>{ins.powerCore().id});
    CHECK(stepQuestions(s, *ins.findWorksheet("enablers_inhibitors")).empty());
}

TEST_CASE("an absence from a step the instrument does not have is refused, not written")
{
    test::TempDir dir;
    const auto path = dir / "s.cxm";
    SessionFile::write(path, Instrument::builtin(), test::workshop(1), false);
    auto file = SessionFile::open(path);
    CHECK_THROWS_WITH(file->setAbsent("p1", "no_such_step", true), Catch::Contains("not a step"));
    CHECK(SessionFile::open(path, SessionFile::Access::ReadOnly)->load().absences.empty());
}
