#include "Error.h"
#include "Instrument.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

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

const char *kFiles[] = {"competencies.json", "power_core.json", "readiness.json", "maturity_map.json",
                        "scoring.json"};

// A scratch copy of assessments/ in which one file can be spoiled.
struct ScratchInstrument
{
    fs::path dir;
    ScratchInstrument()
    {
        dir = fs::temp_directory_path() / ("cxm-instrument-" + std::to_string(::getpid()) + "-" +
                                           std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        fs::create_directories(dir);
        for (const char *f : kFiles)
            fs::copy_file(fs::path(CXM_SOURCE_DIR) / "assessments" / f, dir / f,
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
    CHECK(ins.competencies.size() == 5);
    CHECK(ins.itemCount() == 15);
    CHECK(ins.powerCoreOptions.size() == 7);
    CHECK(ins.readinessQuestions.size() == 11);
    CHECK(ins.milestones.size() == 5);
    const std::vector<std::string> ids = {"c1.culture",    "c1.data",       "c1.why",         "c2.alignment",
                                          "c2.priorities", "c2.value",      "c3.aided",       "c3.unaided",
                                          "c3.story",      "c4.rescue",     "c4.improvement", "c4.innovation",
                                          "c5.leadership", "c5.engagement", "c5.employees"};
    CHECK(ins.itemIds() == ids);
    const std::vector<std::string> options = {"sales",    "product",   "it",   "customer",
                                              "vertical", "marketing", "other"};
    for (std::size_t i = 0; i < options.size(); ++i)
        CHECK(ins.powerCoreOptions[i].id == options[i]);
    for (const auto &q : ins.readinessQuestions)
        CHECK_FALSE(q.tip.empty());
    CHECK(ins.findItem("c5.engagement")->question.find("stupid rules") != std::string::npos);
    CHECK(ins.findItem("c2.value")->question.find("value most") != std::string::npos);
    CHECK(ins.scoring.milestones.front() == "commit");
    CHECK(ins.scoring.milestones.back() == "elevate");
    CHECK(ins.findMilestone("unite_build")->title == "Unite & Build");
    CHECK(ins.priorities.size() == 2);
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
        const std::string q = Instrument::builtin().competencies[2].items[1].question;
        nlohmann::json j = q;
        s.replace("competencies.json", j.dump(), "\"  \"");
        const auto e = s.error();
        CHECK_THAT(e,
                   Catch::Contains(
                       "competencies.json: /competencies/2/items/1/question: expected a non-empty string"));
    }
    SECTION("a missing file")
    {
        fs::remove(s.dir / "readiness.json");
        CHECK_THAT(s.error(), Catch::Contains("readiness.json: cannot be read"));
    }
    SECTION("malformed JSON gives the line and column")
    {
        s.replace("power_core.json", "\"options\"", "\"options\" ::");
        CHECK_THAT(s.error(), Catch::Contains("power_core.json: not valid JSON (line"));
    }
    SECTION("a number too large for a double (found by fuzzing) is refused, not thrown past the loader")
    {
        s.replace("scoring.json", "\"schemaVersion\": 1", "\"schemaVersion\": 7777777e777771");
        CHECK_THAT(s.error(),
                   Catch::Contains("scoring.json: not valid JSON: it holds a number too large to read"));
    }
    SECTION("a wrong schema version")
    {
        s.replace("scoring.json", "\"schemaVersion\": 1", "\"schemaVersion\": 7");
        CHECK_THAT(s.error(), Catch::Contains("scoring.json: /schemaVersion: expected schemaVersion 1"));
    }
    SECTION("instrument versions that differ between files")
    {
        s.replace("readiness.json", "\"version\": \"" + Instrument::builtin().version + "\"",
                  "\"version\": \"9.9.9\"");
        CHECK_THAT(s.error(), Catch::Contains("readiness.json: /version: expected instrument"));
    }
    SECTION("a misspelt field is refused, not ignored")
    {
        s.replace("power_core.json", "\"instruction\"", "\"instructions\"");
        CHECK_THAT(s.error(), Catch::Contains("power_core.json: /instructions: unknown field"));
    }
    SECTION("thresholds out of order")
    {
        s.replace("scoring.json", "2.3333333333333335", "1.5");
        CHECK_THAT(s.error(),
                   Catch::Contains("scoring.json: /competencyLevels/2/fromMean: expected an ascending mean"));
    }
    SECTION("a duplicate item id")
    {
        s.replace("competencies.json", "\"c1.data\"", "\"c1.culture\"");
        CHECK_THAT(
            s.error(),
            Catch::Contains("competencies.json: /competencies/0/items/1/id: duplicate id \"c1.culture\""));
    }
    SECTION("a key that appears twice in one object")
    {
        s.replace("power_core.json", "\"instruction\"", "\"instruction\": \"x\", \"instruction\"");
        CHECK_THAT(s.error(), Catch::Contains("power_core.json: /: key \"instruction\" appears twice"));
    }
    SECTION("a key that appears twice deeper down")
    {
        s.replace("competencies.json", "\"id\": \"c1.data\"", "\"id\": \"c1.data\", \"id\": \"c1.data\"");
        CHECK_THAT(s.error(),
                   Catch::Contains("competencies.json: /competencies/0/items/1: key \"id\" appears twice"));
    }
    SECTION("a mandate band that leaves a gap")
    {
        s.replace("scoring.json", "\"minGaps\": 4", "\"minGaps\": 5");
        CHECK_THAT(s.error(), Catch::Contains("scoring.json: /mandate/1/minGaps: expected 4"));
    }
    SECTION("a year band naming an unknown milestone")
    {
        s.replace("maturity_map.json", "\"from\": \"commit\"", "\"from\": \"begin\"");
        CHECK_THAT(s.error(),
                   Catch::Contains("maturity_map.json: /yearBands/0/from: expected a milestone id"));
    }
}
