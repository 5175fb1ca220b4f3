#include "Error.h"
#include "Instrument.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

using namespace cxm;
namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A scratch copy of assessments/ in which one file can be spoiled.
struct ScratchInstrument
{
    fs::path dir;
    ScratchInstrument()
    {
        dir = fs::temp_directory_path() / ("cxm-instrument-" + std::to_string(::getpid()) + "-" +
                                           std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        fs::create_directories(dir);
        for (const auto &entry : fs::directory_iterator(fs::path(CXM_SOURCE_DIR) / "assessments"))
            if (entry.path().extension() == ".json")
                fs::copy_file(entry.path(), dir / entry.path().filename(),
                              fs::copy_options::overwrite_existing);
    }
    ~ScratchInstrument() { fs::remove_all(dir); }
    void replace(const char *file, const std::string &from, const std::string &to)
    {
        std::string text = readText(dir / file);
        const auto pos = text.find(from);
        REQUIRE(pos != std::string::npos);
        text.replace(pos, from.size(), to);
        std::ofstream(dir / file, std::ios::binary | std::ios::trunc) << text;
    }
    std::string error()
    {
        try {
            Instrument::loadDirectory(dir);
        } catch (const InputError &e) {
            return e.what();
        }
        return "(loaded without error)";
    }
};

} // namespace

TEST_CASE("the built-in instrument holds the whole workbook")
{
    const Instrument &ins = Instrument::builtin();
    CHECK(ins.competencies().size() == 5);
    CHECK(ins.itemCount() == 15);
    CHECK(ins.powerCoreOptions().size() == 7);
    CHECK(ins.readinessQuestions().size() == 11);
    CHECK(ins.milestones.size() == 5);
    const std::vector<std::string> ids = {"c1.culture",    "c1.data",       "c1.why",         "c2.alignment",
                                          "c2.priorities", "c2.value",      "c3.aided",       "c3.unaided",
                                          "c3.story",      "c4.rescue",     "c4.improvement", "c4.innovation",
                                          "c5.leadership", "c5.engagement", "c5.employees"};
    CHECK(ins.itemIds() == ids);
    const std::vector<std::string> options = {"sales",    "product",   "it",   "customer",
                                              "vertical", "marketing", "other"};
    for (std::size_t i = 0; i < options.size(); ++i)
        CHECK(ins.powerCoreOptions()[i].id == options[i]);
    for (const auto &q : ins.readinessQuestions())
        CHECK_FALSE(q.tip.empty());
    CHECK(ins.findItem("c5.engagement")->question.find("stupid rules") != std::string::npos);
    CHECK(ins.findItem("c2.value")->question.find("value most") != std::string::npos);
    CHECK(ins.scoring.milestones.front() == "commit");
    CHECK(ins.scoring.milestones.back() == "elevate");
    CHECK(ins.findMilestone("unite_build")->title == "Unite & Build");
    CHECK(ins.priorities.size() == 2);
}

// Lines 631-675: by stage, what the team will always and never do, for customers and for employees.
TEST_CASE("the ALWAYS / NEVER worksheet is four lists per stage in the workbook's words")
{
    const Worksheet *w = Instrument::builtin().findWorksheet("always_never");
    REQUIRE(w);
    CHECK(w->kind == WorksheetKind::Lists);
    CHECK(w->scope == WorksheetScope::Stage);
    CHECK(w->titleSource == TextSource::App);
    CHECK(w->introductionSource == TextSource::Workbook);
    CHECK(w->introduction ==
          "By stage of the customer experience, What must we ALWAYS do to honor customers? "
          "What must we NEVER do to dishonor customers?");
    CHECK(w->prompt == "What behaviors and conditions will drive our conduct & decisions?");
    REQUIRE(w->headings.size() == 2);
    CHECK(w->headings[0].id == "customers");
    CHECK(w->headings[0].title == "What Will We ENSURE for Customers?");
    CHECK(w->headings[1].id == "employees");
    CHECK(w->headings[1].title == "What Will We ENSURE for Employees?");
    REQUIRE(w->columns.size() == 2);
    CHECK(w->columns[0].id == "always");
    CHECK(w->columns[0].title == "We Will ALWAYS...");
    CHECK(w->columns[1].id == "never");
    CHECK(w->columns[1].title == "We Will NEVER...");
    // In the workbook's order: after the Stairway to DESIRE, before the STOP DOING list; the enablers
    // and inhibitors have no prompt.
    const auto &all = Instrument::builtin().worksheets;
    const auto at = [&](const char *id) {
        return std::find_if(all.begin(), all.end(), [&](const Worksheet &x) { return x.id == id; }) -
               all.begin();
    };
    CHECK(at("always_never") == at("stairway") + 1);
    CHECK(at("stop_doing") == at("always_never") + 1);
    CHECK(Instrument::builtin().findWorksheet("enablers_inhibitors")->prompt.empty());
}

TEST_CASE("the assessments folder on disk matches the built-in instrument")
{
    const Instrument disk = Instrument::loadDirectory(fs::path(CXM_SOURCE_DIR) / "assessments");
    CHECK(disk.version == Instrument::builtin().version);
    CHECK(disk.itemIds() == Instrument::builtin().itemIds());
}

TEST_CASE("the instrument loader names the file, the JSON location and what was expected")
{
    ScratchInstrument s;
    SECTION("an empty question")
    {
        const std::string q = Instrument::builtin().competencies()[2].items[1].question;
        nlohmann::json j = q;
        s.replace("c3.json", j.dump(), "\"  \"");
        CHECK_THAT(s.error(), Catch::Contains("c3.json: /items/1/question: expected a non-empty string"));
    }
    SECTION("a lists worksheet's prompt may not be empty, and belongs to the lists kind only")
    {
        s.replace("always_never.json",
                  "\"What behaviors and conditions will drive our conduct & decisions?\"", "\" \"");
        CHECK_THAT(s.error(), Catch::Contains("always_never.json: /prompt: expected a non-empty string"));
    }
    SECTION("a prompt on a checklist is refused")
    {
        s.replace("readiness.json", "\"kind\": \"checklist\",",
                  "\"kind\": \"checklist\", \"prompt\": \"Why?\",");
        CHECK_THAT(
            s.error(),
            Catch::Contains("readiness.json: /prompt: unknown field for a worksheet of kind \"checklist\""));
    }
    SECTION("a missing worksheet file")
    {
        fs::remove(s.dir / "readiness.json");
        CHECK_THAT(s.error(),
                   Catch::Contains("instrument.json: /worksheets/8: expected a worksheet file with the "
                                   "id \"readiness\""));
    }
    SECTION("a missing instrument.json")
    {
        fs::remove(s.dir / "instrument.json");
        CHECK_THAT(s.error(), Catch::Contains("instrument.json: is missing"));
    }
    SECTION("malformed JSON gives the line and column")
    {
        s.replace("power_core.json", "\"items\"", "\"items\" ::");
        CHECK_THAT(s.error(), Catch::Contains("power_core.json: not valid JSON (line"));
    }
    SECTION("a number too large for a double (found by fuzzing) is refused, not thrown past the loader")
    {
        s.replace("scoring.json", "\"schemaVersion\": 3", "\"schemaVersion\": 7777777e777771");
        CHECK_THAT(s.error(),
                   Catch::Contains("scoring.json: not valid JSON: it holds a number too large to read"));
    }
    SECTION("a wrong schema version")
    {
        s.replace("scoring.json", "\"schemaVersion\": 3", "\"schemaVersion\": 7");
        CHECK_THAT(s.error(), Catch::Contains("scoring.json: /schemaVersion: expected schemaVersion 3"));
    }
    SECTION("instrument versions that differ between files")
    {
        s.replace("scoring.json", "\"version\": \"" + Instrument::builtin().version + "\"",
                  "\"version\": \"9.9.9\"");
        CHECK_THAT(s.error(), Catch::Contains("scoring.json: /version: expected instrument"));
    }
    SECTION("a misspelt field is refused, not ignored")
    {
        s.replace("power_core.json", "\"introduction\"", "\"introductions\"");
        CHECK_THAT(s.error(),
                   Catch::Contains("power_core.json: /introductions: unknown field for a worksheet of "
                                   "kind \"ranking\""));
    }
    SECTION("an unknown kind")
    {
        s.replace("readiness.json", "\"kind\": \"checklist\"", "\"kind\": \"quiz\"");
        CHECK_THAT(s.error(), Catch::Contains("readiness.json: /kind: expected one of"));
    }
    SECTION("a role given to a worksheet of the wrong kind")
    {
        s.replace("instrument.json", "\"readiness\": \"readiness\"", "\"readiness\": \"power_core\"");
        CHECK_THAT(s.error(), Catch::Contains("instrument.json: /readiness: expected a worksheet of kind "
                                              "\"checklist\", \"power_core\" is a ranking"));
    }
    SECTION("thresholds out of order")
    {
        s.replace("scoring.json", "2.3333333333333335", "1.5");
        CHECK_THAT(s.error(),
                   Catch::Contains("scoring.json: /competencyLevels/2/fromMean: expected an ascending mean"));
    }
    SECTION("a duplicate item id in one worksheet")
    {
        s.replace("c1.json", "\"c1.data\"", "\"c1.culture\"");
        CHECK_THAT(s.error(),
                   Catch::Contains("c1.json: /items/1/id: the id \"c1.culture\" is already used in"));
    }
    SECTION("a key that appears twice in one object")
    {
        s.replace("power_core.json", "\"introduction\"", "\"introduction\": \"x\", \"introduction\"");
        CHECK_THAT(s.error(), Catch::Contains("power_core.json: /: key \"introduction\" appears twice"));
    }
    SECTION("a key that appears twice deeper down")
    {
        s.replace("c1.json", "\"id\": \"c1.data\"", "\"id\": \"c1.data\", \"id\": \"c1.data\"");
        CHECK_THAT(s.error(), Catch::Contains("c1.json: /items/1: key \"id\" appears twice"));
    }
    SECTION("a mandate band that leaves a gap")
    {
        s.replace("scoring.json", "\"minGaps\": 4", "\"minGaps\": 5");
        CHECK_THAT(s.error(), Catch::Contains("scoring.json: /mandate/1/minGaps: expected 4"));
    }
    SECTION("a mark of an app text that is neither the workbook's nor the app's")
    {
        s.replace("c2.json", "\"titleSource\": \"app\"", "\"titleSource\": \"author\"");
        CHECK_THAT(s.error(), Catch::Contains("c2.json: /items/2/titleSource: expected one of \"workbook\", "
                                              "\"app\", found \"author\""));
    }
    SECTION("a mark on a text that cannot carry one")
    {
        s.replace("readiness.json", "\"tip\"", "\"tipSource\": \"app\", \"tip\"");
        CHECK_THAT(s.error(), Catch::Contains("readiness.json: /items/0/tipSource: unknown field"));
    }
    SECTION("an id used by two files: a Power Core option named like a competency item")
    {
        s.replace("power_core.json", "\"id\": \"sales\"", "\"id\": \"c1.culture\"");
        CHECK_THAT(s.error(),
                   Catch::Contains("power_core.json: /items/0/id: the id \"c1.culture\" is already used in"));
        CHECK_THAT(s.error(), Catch::Contains("c1.json"));
    }
    SECTION("a copied worksheet that keeps the original's id")
    {
        fs::copy_file(s.dir / "readiness.json", s.dir / "governance.json");
        CHECK_THAT(s.error(),
                   Catch::Contains("governance.json: /id: the worksheet id \"readiness\" is already "
                                   "used in"));
    }
    SECTION("a copied worksheet with a new id that keeps the original's question ids")
    {
        fs::copy_file(s.dir / "readiness.json", s.dir / "governance.json");
        s.replace("governance.json", "\"id\": \"readiness\"", "\"id\": \"governance\"");
        CHECK_THAT(s.error(),
                   Catch::Contains("governance.json: /items/0/id: the id \"r1\" is already used in"));
    }
    SECTION("a year band naming an unknown milestone")
    {
        s.replace("maturity_map.json", "\"from\": \"commit\"", "\"from\": \"begin\"");
        CHECK_THAT(s.error(),
                   Catch::Contains("maturity_map.json: /yearBands/0/from: expected a milestone id"));
    }
}

TEST_CASE("a worksheet the folder has beyond the declared order comes after it, in file-name order")
{
    ScratchInstrument s;
    for (const char *name : {"zeta", "alpha"}) {
        std::string text = readText(s.dir / "readiness.json");
        const auto swap = [&](const std::string &from, const std::string &to) {
            for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
                text.replace(pos, from.size(), to);
        };
        swap("\"id\": \"readiness\"", std::string("\"id\": \"") + name + "\"");
        swap("\"id\": \"r", std::string("\"id\": \"") + name + ".r");
        std::ofstream(s.dir / (std::string(name) + ".json"), std::ios::binary) << text;
    }
    const Instrument ins = Instrument::loadDirectory(s.dir);
    REQUIRE(ins.worksheets.size() == Instrument::builtin().worksheets.size() + 2);
    CHECK(ins.worksheets[ins.worksheets.size() - 2].id == "alpha");
    CHECK(ins.worksheets.back().id == "zeta");
    CHECK(ins.worksheets.back().kind == WorksheetKind::Checklist);
    CHECK(ins.findItem("zeta.r1")->question == ins.findItem("r1")->question);
    CHECK(ins.readiness().id == "readiness");
}

TEST_CASE("the texts the workbook lacks are marked as the app's own, and only those")
{
    const Instrument &ins = Instrument::builtin();
    const std::vector<std::string> own = {"instrument.json: competencies title",
                                          "instrument.json: competencies instruction",
                                          "c2.json: c2.value title",
                                          "c5.json: c5.engagement title",
                                          "enablers_inhibitors.json: introduction",
                                          "asset_metrics.json: introduction",
                                          "asset_metrics.json: am.behavior1 title",
                                          "asset_metrics.json: am.behavior2 title",
                                          "asset_metrics.json: am.behavior3 title",
                                          "asset_metrics.json: am.behavior4 title",
                                          "asset_metrics.json: am.behavior5 title",
                                          "asset_metrics.json: barometer labels",
                                          "journey_stages.json: title",
                                          "journey_stages.json: introduction",
                                          "reliability.json: title",
                                          "stairway.json: introduction",
                                          "always_never.json: title",
                                          "stop_doing.json: introduction",
                                          "stop_doing.json: reconcile serves, none, decision and decisions",
                                          "customer_room.json: introduction",
                                          "listening.json: title",
                                          "listening.json: introduction"};
    CHECK(ins.appTexts() == own);
    CHECK(ins.findItem("c2.value")->titleSource == TextSource::App);
    CHECK(ins.findItem("c5.engagement")->titleSource == TextSource::App);
    for (const auto &id : ins.itemIds())
        if (id != "c2.value" && id != "c5.engagement")
            CHECK(ins.findItem(id)->titleSource == TextSource::Workbook);
    CHECK(ins.powerCore().introductionSource == TextSource::Workbook);
    CHECK(ins.readiness().introductionSource == TextSource::Workbook);
}

// The workbook (the seed text the instrument was taken from) lies outside the repository, so the
// expected sentences are copied here; the comments give their lines in that file. Each is one the
// data once paraphrased.
TEST_CASE("the instrument quotes the workbook verbatim")
{
    const Instrument &ins = Instrument::builtin();
    const auto milestone = [&](const char *id) { return *ins.findMilestone(id); };

    // Line 765, Mature column: no article added, "Identify" capitalized as written.
    CHECK(milestone("mature").leaders ==
          std::vector<std::string>{
              "Customer Life Improvement \u2013 Customer Room evolving to Identify & Commit "
              "to Differentiating Moments in Customer Journey"});
    // Line 766, Embed column: two paragraphs, as written.
    CHECK(milestone("embed").employees ==
          std::vector<std::string>{"Five Competencies part of business improvement engine: \u201cCXD\u201d",
                                   "Competency Consistently Practiced by Teams."});
    // Line 766, Commit column: two paragraphs, not merged into one sentence.
    CHECK(milestone("commit").employees ==
          std::vector<std::string>{"Select Individuals Participate in Competency Teams:",
                                   "Building First Generation of 5 Competencies."});
    // Line 766, Elevate column: one paragraph, not split.
    CHECK(milestone("elevate").employees ==
          std::vector<std::string>{"One-company consistency in customer experience decision making. "
                                   "Collaborative silos find it easy to practice \u201cCXD\u201d."});
    // Line 779, Commit column.
    CHECK(ins.teamResources.at(0).formalOrganization ==
          std::vector<std::string>{
              "Chief Customer Officer",
              "1-2 headcount assigned (temporarily) to first generation build full time."});
    // Line 786.
    CHECK(ins.priorities.at(0).items.at(0).verb == "UNITE");
    // Lines 192 and 886 (the same instruction twice).
    CHECK(ins.powerCore().introduction ==
          "What predominant priority in our organization drives the action? How do we rank each of these, "
          "starting with the priority that most drives the corporate agenda? Mark your primary Power Core "
          "\"A\" and your secondary \"B\"");
    // Line 910.
    CHECK(ins.findOption("marketing")->description ==
          "the marketing department \"owns\" the tenor and tone of the relationship with customers");
    // Line 221.
    CHECK(ins.competencies().at(0).tagline ==
          "Know the Growth and Loss of Customers and Care About \u201cWHY?\u201d");
    // Lines 39-40 (one line break, a slide's layout, becomes a space).
    CHECK(ins.competencies().at(1).tagline ==
          "Give Leaders a Framework for Guiding the Work of the Organization. Unite Accountability as "
          "Customers Experience You. Not Down Your Silos.");
    // Line 142.
    CHECK(ins.findItem("c1.why")->title == "Wanting to know WHY?");
    // Line 164, without the italics.
    CHECK(ins.findItem("c3.aided")
              ->question.rfind("(we initiate request for feedback) Is the survey score "
                               "the big focus?",
                               0) == 0);
    // Line 174.
    CHECK(ins.findItem("c4.innovation")
              ->question.find("competency that rivals in its importance, the new "
                              "product development process?") != std::string::npos);
    // Line 868, without the italics.
    CHECK(ins.readinessQuestions().at(8).tip.rfind(
              "There's a term that people used a lot at Microsoft: boiling the ocean. What I learned", 0) ==
          0);
}

TEST_CASE("the obvious typos fixed in the workbook's text are the ones docs/workbook-text.md lists")
{
    const Instrument &ins = Instrument::builtin();
    // Line 173: "metrics for solving this issues".
    CHECK(ins.findItem("c4.improvement")->question.find("metrics for solving these issues?") !=
          std::string::npos);
    // Line 180: "Are leader united".
    CHECK(ins.findItem("c5.leadership")->question.rfind("Are leaders united in how they communicate", 0) ==
          0);
    // Line 914: "such as Finance which drive the priorities".
    CHECK(
        ins.findOption("other")->description ==
        "You may have another power core, such as Finance which drives the priorities of the organization.");
    // Line 902: "what they value; and build" (line 200, the same sentence, has the comma).
    CHECK(ins.findOption("customer")->description ==
          "You begin with customer needs and what they value, and build your operation from there.");
    // Line 779, Embed column: "cxd work teams" (CXD everywhere else).
    CHECK(ins.teamResources.at(2).formalOrganization.at(2) == "2-6 headcount to facilitate CXD work teams.");

    const std::string doc = readText(fs::path(CXM_SOURCE_DIR) / "docs" / "workbook-text.md");
    for (const char *fixed : {"solving these issues", "Are leaders united", "Finance which drives",
                              "what they value, and build", "CXD work teams"}) {
        INFO(fixed);
        CHECK(doc.find(fixed) != std::string::npos);
    }
}
