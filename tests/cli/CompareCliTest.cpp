// cxm follow-up and cxm compare, run as a user runs them: arguments, output, exit codes, files.
#include "DemoSession.h"
#include "FollowUp.h"
#include "SessionFile.h"
#include "SessionJson.h"

#include "../core/TempDir.h"
#include "CxmProcess.h"
#include "../core/TestSessions.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <sys/wait.h>

using namespace cxm;
using namespace cxm::test;
namespace fs = std::filesystem;

namespace {

const Instrument &ins()
{
    return Instrument::builtin();
}

// demo.cxm, and next.cxm: the demo's follow-up (answered), made by cxm follow-up and then filled in.
void writeDemoPair(const TempDir &dir)
{
    SessionFile::write(dir / "demo.cxm", ins(), makeDemoSession(ins()), false);
    const std::string uuid = SessionFile::open(dir / "demo.cxm", SessionFile::Access::ReadOnly)->uuid();
    SessionFile::write(dir / "next.cxm", ins(), makeDemoFollowUp(ins()), false, systemClock,
                       followUpLineage(makeDemoSession(ins()), uuid));
}

} // namespace

TEST_CASE("cxm follow-up starts the next session from the previous one")
{
    const TempDir dir;
    REQUIRE(runCxm(dir, "demo -o demo.cxm").status == 0);
    const Run r = runCxm(dir, "follow-up demo.cxm -o next.cxm --date 2027-05-20");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains("next.cxm") && Catch::Contains("follow-up of demo.cxm") &&
                          Catch::Contains("6 participants") && Catch::Contains("4 open actions"));
    const auto previous = SessionFile::open(dir / "demo.cxm", SessionFile::Access::ReadOnly);
    const auto next = SessionFile::open(dir / "next.cxm", SessionFile::Access::ReadOnly);
    CHECK(next->follows() == previous->uuid());
    const Session s = next->load();
    CHECK(s == makeFollowUp(previous->load(), "2027-05-20"));
    CHECK(s.ratings.empty());

    // Never over an existing file: last year's session is not lost to a slip of the keyboard.
    const std::string before = readBytes(dir / "next.cxm");
    const Run again = runCxm(dir, "follow-up demo.cxm -o next.cxm --date 2027-05-21");
    CHECK(again.status == 2);
    CHECK_THAT(again.err, Catch::Contains("next.cxm: already exists"));
    CHECK(readBytes(dir / "next.cxm") == before);

    // Without --date it is today's; a bad date and missing arguments are usage errors.
    REQUIRE(runCxm(dir, "follow-up demo.cxm -o today.cxm").status == 0);
    CHECK(SessionFile::open(dir / "today.cxm", SessionFile::Access::ReadOnly)->load().info.date.size() == 10);
    CHECK(runCxm(dir, "follow-up demo.cxm -o x.cxm --date 2027-02-30").status == 1);
    CHECK(runCxm(dir, "follow-up demo.cxm").status == 1);
    CHECK(runCxm(dir, "follow-up -o x.cxm").status == 1);
}

TEST_CASE("cxm follow-up gives an older file its UUID first, and refuses what has none to give")
{
    const TempDir dir;
    fs::copy_file(fs::path(CXM_TEST_DATA_DIR) / "migrations" / "schema-v5.cxm", dir / "old.cxm");
    REQUIRE(SessionFile::open(dir / "old.cxm", SessionFile::Access::ReadOnly)->uuid().empty());
    const Run r = runCxm(dir, "follow-up old.cxm -o next.cxm --date 2027-05-20");
    INFO(r.err);
    REQUIRE(r.status == 0);
    const std::string given = SessionFile::open(dir / "old.cxm", SessionFile::Access::ReadOnly)->uuid();
    CHECK(!given.empty());
    CHECK(SessionFile::open(dir / "next.cxm", SessionFile::Access::ReadOnly)->follows() == given);

    // A session document has no UUID to follow; a missing file is named.
    REQUIRE(runCxm(dir, "export old.cxm --format json -o old.json").status == 0);
    const Run json = runCxm(dir, "follow-up old.json -o n2.cxm");
    CHECK(json.status == 2);
    CHECK_THAT(json.err, Catch::Contains("old.json: is not a session file"));
    const Run missing = runCxm(dir, "follow-up nothing.cxm -o n3.cxm");
    CHECK(missing.status == 2);
    CHECK_THAT(missing.err, Catch::Contains("nothing.cxm: does not exist"));
}

TEST_CASE("cxm compare shows the change with arrows and words")
{
    const TempDir dir;
    writeDemoPair(dir);
    const Run r = runCxm(dir, "compare next.cxm demo.cxm");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    // Oldest first, whatever the order given.
    CHECK(r.out.find("1. 2026-11-20") < r.out.find("2. 2027-05-20"));
    CHECK_THAT(r.out, Catch::Contains("the follow-up of 1"));
    CHECK_THAT(r.out, Catch::Contains("Milestone: Unite & Build \u2192 Embed   \u25B2 up 1 milestone\n"));
    CHECK_THAT(r.out,
               Catch::Contains("(My power is on when I move in): SOMETIMES Reliable reached by 2027-05-20"));
    // An item up, one down, one unchanged: the arrow and the word, so greyscale print keeps it.
    const auto line = [&](const std::string &start) {
        const auto at = r.out.find(start);
        REQUIRE(at != std::string::npos);
        return r.out.substr(at, r.out.find('\n', at) - at);
    };
    CHECK_THAT(line("  C1 Culture"), Catch::Contains("1.00 Early") && Catch::Contains("\u25B2 up +"));
    CHECK_THAT(line("  C3 Real-time Unaided Listening"), Catch::Contains("\u25BC down -"));
    CHECK_THAT(line("  C2 Alignment Around Experience"), Catch::Contains("\u25AC no change"));
    CHECK_THAT(line("  My power is on when I move in"), Catch::Contains("\u25B2 up"));
    CHECK_THAT(r.out, Catch::Contains("Actions completed since the session before: 3"));
    CHECK_THAT(r.out, Catch::Contains("a6 Publish the move-in promise on the website") &&
                          Catch::Contains("new since the session before"));
    CHECK_THAT(r.out, Catch::Contains("Targets met: 3 of 4"));
    CHECK_THAT(r.out, Catch::Contains("due 2027-06-30: on time"));
}

TEST_CASE("cxm compare --json: the documented fields")
{
    const TempDir dir;
    writeDemoPair(dir);
    const Run r = runCxm(dir, "compare demo.cxm next.cxm --json");
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["format"] == "cxm-comparison");
    REQUIRE(j["sessions"].size() == 2);
    CHECK(j["sessions"][0]["file"] == "demo.cxm");
    CHECK(j["sessions"][1]["follows"] == j["sessions"][0]["uuid"]);
    for (const char *key : {"overall", "milestone"})
        CHECK(j[key].contains("values"));
    for (const char *key :
         {"competencies", "items", "stages", "actions_completed", "targets_met", "perception_gap"})
        CHECK(j[key].is_array());
    CHECK(j["items"][0]["change"]["direction"] == "up");
    CHECK(j["targets_checked"] == 4);
}

TEST_CASE("cxm compare with a self-assessment adds the perception gap")
{
    const TempDir dir;
    writeDemoPair(dir);
    Session self = makeSelfDemoSession(ins());
    for (RatingEntry &rating : self.ratings)
        if (rating.item == "c1.why")
            rating.rating = Rating::Advanced;
    SessionFile::write(dir / "self.cxm", ins(), self, false);
    const Run r = runCxm(dir, "compare demo.cxm next.cxm self.cxm");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out,
               Catch::Contains("Perception gap: " + self.participants[0].name +
                               "'s self-assessment (self.cxm) against the team (next.cxm) and last time "
                               "(demo.cxm)"));
    CHECK_THAT(r.out, Catch::Contains("You: Advanced \u00b7 Team: Advanced \u00b7 Last time: Early"));
    // Two files: a workshop and a self-assessment give the gap alone.
    const Run two = runCxm(dir, "compare self.cxm next.cxm --json");
    REQUIRE(two.status == 0);
    const auto j = nlohmann::json::parse(two.out);
    CHECK(j["sessions"].size() == 1);
    REQUIRE(j["perception_gap"].size() == 1);
    CHECK(j["perception_gap"][0]["items"][2]["id"] == "c1.why");
    CHECK(j["perception_gap"][0]["items"][2]["self_level"] == "advanced");
    CHECK(j["perception_gap"][0]["previous_file"].is_null());
}

TEST_CASE("cxm compare refuses what it cannot compare, with the CLI's exit codes")
{
    const TempDir dir;
    writeDemoPair(dir);
    // Usage: fewer than two files, an unknown option, an output.
    CHECK(runCxm(dir, "compare demo.cxm").status == 1);
    CHECK_THAT(runCxm(dir, "compare demo.cxm").err, Catch::Contains("two or more sessions"));
    CHECK(runCxm(dir, "compare demo.cxm next.cxm --gap").status == 1);
    CHECK(runCxm(dir, "compare demo.cxm next.cxm -o x.txt").status == 1);
    // Bad input: the same session twice, a file that is no session, a missing one.
    fs::copy_file(dir / "demo.cxm", dir / "copy.cxm");
    const Run same = runCxm(dir, "compare demo.cxm copy.cxm");
    CHECK(same.status == 2);
    CHECK_THAT(same.err, Catch::Contains("copy.cxm: is the same session as demo.cxm"));
    writeBytes(dir / "notes.txt", "not a session");
    const Run text = runCxm(dir, "compare demo.cxm notes.txt");
    CHECK(text.status == 2);
    CHECK_THAT(text.err, Catch::StartsWith("cxm: error: notes.txt"));
    CHECK(runCxm(dir, "compare demo.cxm missing.cxm").status == 2);
    // Another instrument (a copy of assessments/ under another id, given with --instrument).
    const fs::path other = dir / "other";
    fs::create_directories(other);
    for (const auto &e : fs::directory_iterator(fs::path(CXM_SOURCE_DIR) / "assessments"))
        if (e.path().extension() == ".json") {
            std::string t = readBytes(e.path());
            for (auto at = t.find("\"cco-cx-maturity\""); at != std::string::npos;
                 at = t.find("\"cco-cx-maturity\""))
                t.replace(at, 17, "\"another-instrument\"");
            writeBytes(other / e.path().filename(), t);
        }
    REQUIRE(runCxm(dir, "--instrument other demo -o other.cxm").status == 0);
    const Run mixed = runCxm(dir, "compare demo.cxm other.cxm");
    CHECK(mixed.status == 2);
    CHECK_THAT(mixed.err, Catch::Contains("other.cxm: cannot be compared with demo.cxm") &&
                              Catch::Contains("another-instrument") && Catch::Contains("cco-cx-maturity"));
    // Another organisation: compared, with a warning on standard error.
    Session globex = makeDemoSession(ins());
    globex.info.organization = "Globex";
    globex.info.date = "2027-06-01";
    SessionFile::write(dir / "globex.cxm", ins(), globex, false);
    const Run warned = runCxm(dir, "compare demo.cxm globex.cxm");
    CHECK(warned.status == 0);
    CHECK_THAT(warned.err, Catch::Contains("cxm: warning: the sessions name different organisations"));
}

TEST_CASE("cxm report --compare writes the trend report; refuses what it cannot make")
{
    const TempDir dir;
    REQUIRE(runCxm(dir, "demo -o nov.cxm").status == 0);
    const Run follow = runCxm(dir, "demo --follow-up-of nov.cxm -o may.cxm");
    INFO(follow.err);
    REQUIRE(follow.status == 0);
    CHECK(SessionFile::open(dir / "may.cxm", SessionFile::Access::ReadOnly)->follows() ==
          SessionFile::open(dir / "nov.cxm", SessionFile::Access::ReadOnly)->uuid());

    const Run r = runCxm(dir, "report --compare may.cxm nov.cxm -o trend.pdf --page-size Letter");
    INFO(r.err);
    REQUIRE(r.status == 0);
    const std::string pdf = [&] {
        const TempDir out;
        const std::string cmd = "pdftotext -layout " + quote((dir / "trend.pdf").string()) + " " +
                                quote((out / "t.txt").string());
        REQUIRE(std::system(cmd.c_str()) == 0);
        return readBytes(out / "t.txt");
    }();
    CHECK(pdf.find("CX Maturity Trend Report") != std::string::npos);
    CHECK(pdf.find("2 sessions, 2026-11-20 to 2027-05-20") != std::string::npos);
    CHECK(pdf.find("\u25B2 up +1.67") != std::string::npos);
    CHECK(pdf.find("Targets met") != std::string::npos);
    const TempDir info;
    REQUIRE(
        std::system(("pdfinfo " + quote((dir / "trend.pdf").string()) + " > " + quote((info / "i").string()))
                        .c_str()) == 0);
    CHECK(readBytes(info / "i").find("612 x 792 pts (letter)") != std::string::npos);

    // Usage: one file, no output, an editable report, a session report's options.
    CHECK(runCxm(dir, "report --compare nov.cxm -o t.pdf").status == 1);
    CHECK(runCxm(dir, "report --compare nov.cxm may.cxm").status == 1);
    const Run odt = runCxm(dir, "report --compare nov.cxm may.cxm -o t.odt");
    CHECK(odt.status == 1);
    CHECK_THAT(odt.err, Catch::Contains("the trend report is a PDF"));
    CHECK(runCxm(dir, "report --compare nov.cxm may.cxm -o t.pdf --anonymous").status == 1);
    // Bad input: the same session twice, over one of its inputs.
    const Run same = runCxm(dir, "report --compare nov.cxm nov.cxm -o t.pdf");
    CHECK(same.status == 2);
    CHECK_THAT(same.err, Catch::Contains("is the same session as nov.cxm"));
    CHECK(runCxm(dir, "report --compare nov.cxm may.cxm -o may.cxm").status == 2);
    CHECK(!fs::exists(dir / "t.pdf"));
    // The demo's follow-up needs the demo.
    SessionFile::write(dir / "other.cxm", ins(), workshop(2), false);
    CHECK(runCxm(dir, "demo --follow-up-of other.cxm -o x.cxm").status == 2);
}
