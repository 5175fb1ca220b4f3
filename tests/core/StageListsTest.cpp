// A lists worksheet answered per stage of the journey (the workbook's ALWAYS / NEVER, lines 631-675):
// entries stored with their stage and in their order, kept through a reorder, taken with a removed
// stage and restored exactly, carried by JSON (export, import, export identical) and CSV, and counted
// per stage in `cxm score --json`.
#include "CsvExport.h"
#include "DemoSession.h"
#include "ScoringEngine.h"
#include "SessionFile.h"
#include "SessionJson.h"
#include "TempDir.h"
#include "TestSessions.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace cxm;
using namespace cxm::test;

namespace {

const std::string kLists = "always_never";

const Instrument &ins()
{
    return Instrument::builtin();
}

nlohmann::json journeyOf(const Session &s)
{
    return nlohmann::json::parse(ScoringEngine::toJson(ScoringEngine(ins()).score(s)).dump())["journey"];
}

} // namespace

TEST_CASE("per-stage lists keep their stage and order through a reorder, a removal and its restore")
{
    TempDir dir;
    const auto path = dir / "always.cxm";
    SessionFile::write(path, ins(), workshop(2), false);
    auto file = SessionFile::open(path, SessionFile::Access::ReadWrite, ins());
    const std::string s1 = file->addStage("I have a need", "", {});
    const std::string s2 = file->addStage("I choose", "", {});
    const std::string s3 = file->addStage("I use it", "", {});
    file->setListEntries(kLists, "customers", "always", {"Call back the same day", "Explain the bill"}, s2);
    file->setListEntries(kLists, "customers", "never", {"Blame another department"}, s2);
    file->setListEntries(kLists, "employees", "always", {"Give crews the promised date"}, s2);
    file->setListEntries(kLists, "customers", "always", {"Answer in plain words"}, s3);

    Session s = file->load();
    CHECK(s.listEntries(kLists, "customers", "always", s2) ==
          std::vector<std::string>{"Call back the same day", "Explain the bill"});
    CHECK(s.listEntries(kLists, "customers", "always", s3) ==
          std::vector<std::string>{"Answer in plain words"});
    CHECK(s.listEntries(kLists, "customers", "always", s1).empty());
    CHECK(s.listEntries(kLists, "customers", "always").empty()); // nothing about the whole company

    // Another order of the stages and a new name: the entries stay with their stage.
    file->setStageOrder({s3, s2, s1});
    file->updateStage({s2, "I choose what fits me", "Pitch", {}});
    s = file->load();
    CHECK(s.stages[1].id == s2);
    CHECK(s.listEntries(kLists, "customers", "always", s2) ==
          std::vector<std::string>{"Call back the same day", "Explain the bill"});

    // Removing stage 2 takes its four entries and nothing else; restoring returns them in order.
    const Session before = s;
    const StageRecord removed = file->removeStage(s2);
    CHECK(removed.answers.entries.size() == 4);
    s = file->load();
    CHECK(s.entries.size() == 1);
    CHECK(s.listEntries(kLists, "customers", "always", s3) ==
          std::vector<std::string>{"Answer in plain words"});
    file->restoreStage(removed);
    CHECK(file->load() == before);
}

TEST_CASE("per-stage lists round-trip through JSON and a session file with their stage")
{
    const Session demo = makeDemoSession(ins());
    REQUIRE(demo.listEntries(kLists, "employees", "never", "s4") ==
            std::vector<std::string>{"Blame another department in front of the customer"});
    const std::string text = SessionJson::toString(demo, ins());
    // Each entry names its stage, list and heading.
    const auto doc = nlohmann::json::parse(text);
    const auto &entries = doc["worksheets"][kLists]["entries"];
    REQUIRE(entries.size() == 33);
    for (const auto &e : entries)
        CHECK(e.contains("stage"));
    CHECK(std::count(entries.begin(), entries.end(),
                     nlohmann::json{{"heading", "employees"},
                                    {"list", "never"},
                                    {"text", "Blame another department in front of the customer"},
                                    {"stage", "s4"}}) == 1);

    // Imported into a session file and exported again: the same document, byte for byte.
    TempDir dir;
    const auto path = dir / "imported.cxm";
    SessionFile::write(path, ins(), SessionJson::parse(text, "demo.json", ins()), false);
    const Session back = SessionFile::open(path, SessionFile::Access::ReadOnly, ins())->load();
    CHECK(back.entries == demo.entries);
    CHECK(SessionJson::toString(back, ins()) == text);
    CHECK(CsvExport::toCsv(back, ins()) == CsvExport::toCsv(demo, ins()));
}

TEST_CASE("the CSV gives each entry a row with its stage, in the journey's order")
{
    Session s = makeDemoSession(ins());
    const auto rowsOf = [&](const Session &session) {
        std::vector<std::string> rows;
        const std::string csv = CsvExport::toCsv(session, ins());
        for (std::size_t at = 0, end; (end = csv.find("\r\n", at)) != std::string::npos; at = end + 2)
            if (csv.compare(at, 18, "team,,,,always_nev") == 0)
                rows.push_back(csv.substr(at, end - at));
        return rows;
    };
    const auto rows = rowsOf(s);
    REQUIRE(rows.size() == 33);
    CHECK(rows.front() ==
          "team,,,,always_never,s1:customers.always,Stage 1 (I'm moving and need power): What "
          "Will We ENSURE for Customers?: We Will ALWAYS...,Give the start date and the first "
          "bill's total up front,");
    CHECK(rows.back() ==
          "team,,,,always_never,s6:employees.never,Stage 6 (They know me and help me save): What "
          "Will We ENSURE for Employees?: We Will NEVER...,Set renewal targets that reward "
          "overselling,");
    // Stage 6 moved first: its rows come first and it is numbered 1.
    std::rotate(s.stages.begin(), s.stages.end() - 1, s.stages.end());
    CHECK(rowsOf(s).front() ==
          "team,,,,always_never,s6:customers.always,Stage 1 (They know me and help me save): "
          "What Will We ENSURE for Customers?: We Will ALWAYS...,Suggest a cheaper plan as "
          "soon as their usage fits one,");
}

TEST_CASE("the score's journey counts each stage's ALWAYS and NEVER entries for customers and employees")
{
    const auto journey = journeyOf(makeDemoSession(ins()));
    const auto &stages = journey["stages"];
    REQUIRE(stages.size() == 6);
    // Stage 4, move-in: 3 + 2 for customers, 2 + 1 for employees.
    const auto &moveIn = stages[3]["worksheets"][kLists];
    CHECK(moveIn["lists"] == nlohmann::json::parse(R"({"always": {"customers": 3, "employees": 2},
                                                       "never": {"customers": 2, "employees": 1}})"));
    // The counts by "heading.list" are as before.
    CHECK(moveIn["entries"]["customers.always"] == 3);
    CHECK(stages[5]["worksheets"][kLists]["lists"]["never"]["employees"] == 1);
    // The reliability of the same stage is still there beside them.
    CHECK(stages[3]["worksheets"].contains("reliability"));
    // The whole-company lists are no part of the journey.
    CHECK_FALSE(stages[0]["worksheets"].contains("enablers_inhibitors"));

    // A journey with nothing written yet: every stage, list and heading counts 0.
    Session empty = workshop(1);
    empty.stages = {{"s1", "I have a need", "", {}}, {"s2", "I choose", "", {}}};
    const auto none = journeyOf(empty)["stages"];
    REQUIRE(none.size() == 2);
    for (const auto &stage : none) {
        CHECK(stage["worksheets"][kLists]["lists"] ==
              nlohmann::json::parse(R"({"always": {"customers": 0, "employees": 0},
                                        "never": {"customers": 0, "employees": 0}})"));
        CHECK(stage["worksheets"][kLists]["entries"] == nlohmann::json::object());
    }
    // One entry counts for its stage only.
    empty.entries.push_back({kLists, "employees", "never", "Blame another department", "s2"});
    const auto one = journeyOf(empty)["stages"];
    CHECK(one[0]["worksheets"][kLists]["lists"]["never"]["employees"] == 0);
    CHECK(one[1]["worksheets"][kLists]["lists"]["never"]["employees"] == 1);
    CHECK(one[1]["worksheets"][kLists]["lists"]["always"]["employees"] == 0);
}
