// The journey's team decisions: the Stairway to DESIRE (a choice per stage), the Intelligent STOP
// DOING list (a reconcile worksheet) and the Customer Room (a checklist the team answers per stage),
// and the listening conversation (a reference card). Model, storage, stage removal and restore,
// JSON, CSV, score and progress.
#include "CsvExport.h"
#include "DemoSession.h"
#include "Progress.h"
#include "ScoringEngine.h"
#include "SessionFile.h"
#include "SessionJson.h"
#include "TempDir.h"
#include "TestSessions.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::test;

namespace cxm::detail {
std::vector<Instrument::Source> builtinInstrumentSources();
}

namespace {

const Instrument &ins()
{
    return Instrument::builtin();
}

// A workshop of two with a journey of three stages.
Session journey()
{
    Session s = workshop(2);
    s.stages = {{"s1", "I have a need", "Prospect", {}},
                {"s2", "I decide", "Pitch", {}},
                {"s3", "I use it", "Service", {}}};
    return s;
}

std::string refusalOf(const std::string &json)
{
    try {
        SessionJson::parse(json, "doc.json", ins());
    } catch (const InputError &e) {
        return e.what();
    }
    return "(accepted)";
}

} // namespace

TEST_CASE("the journey's decision worksheets are in the instrument, in the workbook's words")
{
    const Worksheet *stairway = ins().findWorksheet("stairway");
    REQUIRE(stairway);
    CHECK(stairway->kind == WorksheetKind::Choice);
    CHECK(stairway->scope == WorksheetScope::Stage);
    REQUIRE(stairway->items.size() == 4);
    CHECK(stairway->items[0].title == "Random Experience");
    CHECK(stairway->items[3].title == "DESIRE");
    CHECK(stairway->items[1].description ==
          "Consistently Define The Experience\nAlways Reliable At Priority Contacts");
    CHECK(stairway->items[2].description == "Who ELSE Does This?\nDeliver Memories That Set You Apart");
    CHECK(stairway->items[3].description == "Company DNA:\nMemory Creation");

    const Worksheet *stop = ins().findWorksheet("stop_doing");
    REQUIRE(stop);
    CHECK(stop->kind == WorksheetKind::Reconcile);
    CHECK(stop->title == "Intelligent STOP DOING List");
    CHECK(stop->reconcileTitle == "RECONCILE CUSTOMER PRIORITIES With PLANNED PROJECTS");
    CHECK(stop->itemsOf("projects").size() == 12); // "Project 1" … "Project 12", as the workbook
    CHECK(stop->itemsOf("projects")[11]->title == "Project 12");
    CHECK(stop->itemsOf("priorities").front()->title == "When the Customer...");
    CHECK(stop->findHeading("projects")->title == "SILO BASED PROJECTS IMPACTING THIS STAGE");
    CHECK(stop->decisions.size() == 3);

    const Worksheet *room = ins().findWorksheet("customer_room");
    REQUIRE(room);
    CHECK(room->kind == WorksheetKind::Checklist);
    CHECK(room->teamOnly);
    CHECK_FALSE(room->answeredByEach());
    CHECK(room->itemsOf("listening").size() == 5);
    CHECK(room->itemsOf("balanced").size() == 3);
    CHECK(room->findItem("room.human")->question ==
          "Make It Human \u2013 \u201cExperiential\u201d Listening");

    const Worksheet *card = ins().findWorksheet("listening");
    REQUIRE(card);
    CHECK(card->kind == WorksheetKind::Reference);
    REQUIRE(card->items.size() == 4);
    CHECK(card->items[0].tip == "LISTEN TO UNDERSTAND");
    CHECK(card->items[3].tip == "END WITH HUMILITY");
    CHECK(card->items[1].description.find("Repeat back what was heard.") != std::string::npos);
    // Nobody answers a card, so it asks nothing of anyone.
    CHECK(stepQuestions(journey(), *card).empty());
}

TEST_CASE("a malformed decision worksheet is refused with the file, the place and what was expected")
{
    auto files = detail::builtinInstrumentSources();
    const auto errorWith = [&](const std::string &file, const std::string &from, const std::string &to) {
        auto copy = files;
        for (auto &f : copy)
            if (f.name.ends_with(file)) {
                const auto at = f.text.find(from);
                REQUIRE(at != std::string::npos);
                f.text.replace(at, from.size(), to);
            }
        try {
            Instrument::load(copy);
        } catch (const InputError &e) {
            return std::string(e.what());
        }
        return std::string("(loaded)");
    };
    CHECK_THAT(errorWith("stop_doing.json", "\"count\": 12", "\"count\": 0"),
               Catch::Contains("stop_doing.json: /projects/count: expected 1 to 20 slots"));
    CHECK_THAT(errorWith("customer_room.json", "\"group\": \"balanced\"", "\"group\": \"balance\""),
               Catch::Contains(
                   "customer_room.json: /items/5/group: expected the id of one of the worksheet's groups"));
    CHECK_THAT(errorWith("customer_room.json", "\"answeredBy\": \"team\"", "\"answeredBy\": \"all\""),
               Catch::Contains("customer_room.json: /answeredBy"));
    CHECK_THAT(errorWith("stairway.json", "\"kind\": \"choice\"", "\"kind\": \"choise\""),
               Catch::Contains("stairway.json: /kind"));
}

TEST_CASE("the team's decisions about a stage are stored, checked, and go and come back with it")
{
    TempDir dir;
    const auto path = dir / "journey.cxm";
    SessionFile::write(path, ins(), journey(), false);
    auto file = SessionFile::open(path);
    file->setChoice("stairway", ChoiceAnswer{"stairway", "stairway.reliable", "Defined at last", "s2"}, "s2");
    file->setItemName("stop_doing.priorities1", "When the customer calls", "s2");
    file->setItemName("stop_doing.projects1", "New phone menu", "s2");
    file->setItemName("stop_doing.projects2", "Brand campaign", "s2");
    file->setReconciliation(
        "stop_doing.projects1",
        Reconciliation{"stop_doing.projects1", "stop_doing.priorities1", "keep", "", "s2"}, "s2");
    file->setReconciliation("stop_doing.projects2",
                            Reconciliation{"stop_doing.projects2", "", "stop", "No customer asked", "s2"},
                            "s2");
    file->setChecklistConsensus("room.unaided", Answer::Yes, {}, "s2");
    file->setChecklistConsensus("room.blend", Answer::No, {}, "s3");

    SECTION("what cannot be held is refused, and nothing of it is stored")
    {
        const Session before = file->load();
        CHECK_THROWS_WITH(
            file->setChoice("stairway", ChoiceAnswer{"stairway", "stairway.nowhere", "", "s1"}, "s1"),
            Catch::Contains("\"stairway.nowhere\" is not an option of \"stairway\""));
        CHECK_THROWS_WITH(file->setChoice("stairway", ChoiceAnswer{"stairway", "stairway.random", "", ""}),
                          Catch::Contains("answered per stage"));
        CHECK_THROWS_WITH(file->setReconciliation(
                              "stop_doing.projects3",
                              Reconciliation{"stop_doing.projects3", "stop_doing.projects1", "", "", "s1"},
                              "s1"),
                          Catch::Contains("is not a priority"));
        CHECK_THROWS_WITH(
            file->setReconciliation("stop_doing.priorities1",
                                    Reconciliation{"stop_doing.priorities1", "", "keep", "", "s1"}, "s1"),
            Catch::Contains("is not a project"));
        CHECK_THROWS_WITH(
            file->setReconciliation("stop_doing.projects3",
                                    Reconciliation{"stop_doing.projects3", "", "abandon", "", "s1"}, "s1"),
            Catch::Contains("\"abandon\" is not a decision"));
        CHECK_THROWS_WITH(file->setChecklist("p1", "room.unaided", Answer::Yes, {}, "s1"),
                          Catch::Contains("answered by the team only"));
        CHECK(file->load() == before);
    }
    SECTION("removing a stage takes its decisions; restoring brings back exactly them")
    {
        const Session before = file->load();
        // What the window counts before it asks: a choice, names, reconciliations, a team answer.
        CHECK(before.answersAboutStage("s2") == 1 + 3 + 2 + 1);
        CHECK(before.answersAboutStage("s1") == 0);
        Session targeted = before;
        targeted.targets.push_back({"reliability.customer", Rating::Mature, {}, 12, {}, "s1"});
        CHECK(targeted.answersAboutStage("s1") == 1); // a target alone is worth asking about
        CHECK(before.choices.size() == 1);
        CHECK(before.reconciliations.size() == 2);
        const StageRecord record = file->removeStage("s2");
        CHECK(record.answers.choices.size() == 1);
        CHECK(record.answers.reconciliations.size() == 2);
        CHECK(record.answers.itemNames.size() == 3);
        CHECK(record.answers.checklistConsensus.size() == 1);
        const Session without = file->load();
        CHECK(without.choices.empty());
        CHECK(without.reconciliations.empty());
        CHECK(without.checklistConsensus.size() == 1); // s3's stays
        file->restoreStage(record);
        CHECK(file->load() == before);
        file.reset();
        CHECK(SessionFile::open(path, SessionFile::Access::ReadOnly)->load() == before);
    }
    SECTION("renaming and reordering stages keeps every decision where it was")
    {
        const Session before = file->load();
        file->updateStage({"s2", "I choose what fits me", "Pitch", {}});
        file->setStageOrder({"s3", "s2", "s1"});
        const Session after = file->load();
        CHECK(after.choices == before.choices);
        CHECK(after.reconciliations == before.reconciliations);
        CHECK(after.itemNames == before.itemNames);
        CHECK(after.findChoice("stairway", "s2")->option == "stairway.reliable");
    }
}

TEST_CASE("stop candidates are the named projects that serve no named priority")
{
    Session s = journey();
    const auto name = [&](const char *item, const char *text, const char *stage) {
        s.itemNames.push_back({item, text, stage});
    };
    name("stop_doing.priorities1", "When the customer calls", "s1");
    name("stop_doing.projects1", "Phone menu", "s1");       // serves priorities1: kept off the list
    name("stop_doing.projects2", "Brand campaign", "s1");   // serves nothing: a candidate
    name("stop_doing.projects3", "Loyalty cards", "s1");    // serves an unnamed slot: a candidate
    name("stop_doing.projects5", "Price calculator", "s3"); // another stage, no answer: a candidate
    s.reconciliations = {{"stop_doing.projects1", "stop_doing.priorities1", "keep", "", "s1"},
                         {"stop_doing.projects2", "", "stop", "", "s1"},
                         {"stop_doing.projects3", "stop_doing.priorities2", "change", "", "s1"},
                         // an unnamed slot's answer is no project, and no candidate
                         {"stop_doing.projects4", "", "stop", "", "s1"}};
    s.choices = {{"stairway", "stairway.differentiated", "", "s1"}};
    s.checklistConsensus = {{"room.unaided", Answer::Yes, {}, "s1"}, {"room.aided", Answer::No, {}, "s1"}};
    sortCanonically(s, ins());
    const auto j = ScoringEngine::toJson(ScoringEngine(ins()).score(s));
    const auto &stages = j["journey"]["stages"];
    REQUIRE(stages.size() == 3);
    const auto &s1 = stages[0]["worksheets"];
    CHECK(s1["stop_doing"]["priorities"] == 1);
    CHECK(s1["stop_doing"]["projects"] == 3);
    CHECK(s1["stop_doing"]["stop_candidates"] ==
          nlohmann::ordered_json::array({"stop_doing.projects2", "stop_doing.projects3"}));
    CHECK(s1["stop_doing"]["decisions"]["keep"] == 1);
    CHECK(s1["stop_doing"]["decisions"]["stop"] == 1);
    CHECK(s1["stop_doing"]["decisions"]["change"] == 1);
    CHECK(s1["stairway"]["choice"] == "stairway.differentiated");
    CHECK(s1["customer_room"]["yes"] == 1);
    CHECK(s1["customer_room"]["no"] == 1);
    CHECK(s1["customer_room"]["unanswered"] == 6);
    CHECK(stages[1]["worksheets"]["stairway"]["choice"].is_null());
    CHECK(stages[2]["worksheets"]["stop_doing"]["stop_candidates"] ==
          nlohmann::ordered_json::array({"stop_doing.projects5"}));
    CHECK(stages[2]["worksheets"]["stop_doing"]["decisions"]["undecided"] == 1);

    // How far the team has come, as the window's step list shows it.
    CHECK(teamProgress(s, *ins().findWorksheet("stairway"))->done == 1);
    CHECK(teamProgress(s, *ins().findWorksheet("stairway"))->of == 3);
    CHECK(teamProgress(s, *ins().findWorksheet("stop_doing"))->done == 3); // of the 4 named projects
    CHECK(teamProgress(s, *ins().findWorksheet("stop_doing"))->of == 4);
    CHECK(teamProgress(s, *ins().findWorksheet("customer_room"))->done == 1);
    CHECK_FALSE(teamProgress(s, ins().readiness()));
}

TEST_CASE("the decisions travel through JSON and CSV with their stage, and bad ones are refused")
{
    const Session demo = makeDemoSession(ins());
    REQUIRE(demo.choices.size() == 6);
    REQUIRE_FALSE(demo.reconciliations.empty());
    const std::string json = SessionJson::toString(demo, ins());
    const Session back = SessionJson::parse(json, "demo.json", ins());
    CHECK(back == demo);
    CHECK(SessionJson::toString(back, ins()) == json);

    const auto spoil = [&](const std::string &from, const std::string &to) {
        std::string text = json;
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        return refusalOf(text);
    };
    CHECK_THAT(spoil("\"option\": \"stairway.reliable\"", "\"option\": \"stairway.heaven\""),
               Catch::Contains("/worksheets/stairway/team/0/option: expected an item of \"stairway\""));
    CHECK_THAT(spoil("\"decision\": \"keep\"", "\"decision\": \"abandon\""),
               Catch::Contains("expected a decision of \"stop_doing\", found \"abandon\""));
    CHECK_THAT(spoil("\"serves\": \"stop_doing.priorities1\"", "\"serves\": \"stop_doing.projects2\""),
               Catch::Contains("expected one of the priorities of \"stop_doing\""));
    // A participant's own answer to the Customer Room, which only the team answers.
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(json);
    doc["worksheets"]["customer_room"]["answers"] = {
        {{"participant", "p1"}, {"item", "room.aided"}, {"answer", "yes"}, {"stage", "s1"}}};
    CHECK_THAT(refusalOf(doc.dump(2)),
               Catch::Contains("/worksheets/customer_room/answers: expected the team's answers only"));
    // A card takes no answers.
    doc = nlohmann::ordered_json::parse(json);
    doc["worksheets"]["listening"] = {{"team", nlohmann::ordered_json::array()}};
    CHECK_THAT(refusalOf(doc.dump(2)), Catch::Contains("/worksheets/listening: expected no answers"));

    const std::string csv = CsvExport::toCsv(demo, ins());
    CHECK_THAT(
        csv, Catch::Contains("team,,,,stairway,s4:stairway,Stage 4 (My power is on when I move in): The "
                             "Stairway to DESIRE,Random Experience,Nobody owns the move-in date from end to "
                             "end.\r\n"));
    CHECK_THAT(csv,
               Catch::Contains("s4:stop_doing.projects4,Stage 4 (My power is on when I move in): SILO BASED "
                               "PROJECTS IMPACTING THIS STAGE,Sales bonus for two-year contracts; Serves the "
                               "priority touchpoint: None of the priorities; Decision: Stop,"));
    CHECK_THAT(csv, Catch::Contains(
                        "s6:room.unaided,Stage 6 (They know me and help me save): Unaided Listening,no"));
}

TEST_CASE("a session with stages and nothing else is written as version 2, so its stages are kept")
{
    Session s = journey();
    const std::string json = SessionJson::toString(s, ins());
    CHECK_THAT(json, Catch::Contains("\"version\": 2"));
    CHECK(SessionJson::parse(json, "j.json", ins()).stages == s.stages);
}

TEST_CASE("a self-assessment keeps the leader's own decisions about the journey")
{
    const Session self = makeSelfDemoSession(ins());
    CHECK(self.choices.size() == 6);
    CHECK_FALSE(self.reconciliations.empty());
    CHECK(std::all_of(self.checklistConsensus.begin(), self.checklistConsensus.end(),
                      [](const ChecklistConsensus &c) { return c.question.rfind("room.", 0) == 0; }));
    CHECK(self.checklistConsensus.size() == 6 * 8);
}
