#include "DemoSession.h"
#include "ScoringEngine.h"
#include "SessionJson.h"
#include "../core/TempDir.h"

#include <catch2/catch.hpp>

#include <sys/wait.h>

using namespace cxm;
using namespace cxm::test;
namespace fs = std::filesystem;

namespace {

struct Run
{
    int status = -1;
    std::string out;
    std::string err;
};

std::string quote(const std::string &s)
{
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

Run runCxm(const TempDir &dir, const std::string &args)
{
    const auto outFile = dir / ".stdout";
    const auto errFile = dir / ".stderr";
    const std::string cmd = "cd " + quote(dir.path().string()) + " && " + quote(CXM_BINARY) + " " + args + " >"
                            + quote(outFile.string()) + " 2>" + quote(errFile.string());
    const int raw = std::system(cmd.c_str());
    Run r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = readBytes(outFile);
    r.err = readBytes(errFile);
    fs::remove(outFile);
    fs::remove(errFile);
    return r;
}

} // namespace

TEST_CASE("cxm --help and --version")
{
    TempDir dir;
    const auto help = runCxm(dir, "--help");
    CHECK(help.status == 0);
    CHECK_THAT(help.out, Catch::Contains("cxm score FILE [--json]"));
    const auto version = runCxm(dir, "--version");
    CHECK(version.status == 0);
    CHECK_THAT(version.out, Catch::StartsWith("cxm "));
    CHECK(runCxm(dir, "").status == 1);
    const auto unknown = runCxm(dir, "frobnicate");
    CHECK(unknown.status == 1);
    CHECK_THAT(unknown.err, Catch::StartsWith("cxm: error: unknown command"));
}

TEST_CASE("cxm demo, score --json and the readable summary agree with the scoring engine")
{
    TempDir dir;
    REQUIRE(runCxm(dir, "demo -o demo.cxm").status == 0);
    const auto json = runCxm(dir, "score demo.cxm --json");
    REQUIRE(json.status == 0);
    const auto expected = ScoringEngine::toJson(ScoringEngine(Instrument::builtin()).score(makeDemoSession(Instrument::builtin())));
    CHECK(nlohmann::ordered_json::parse(json.out) == expected);
    CHECK(expected["complete"] == true);

    const auto text = runCxm(dir, "score demo.cxm");
    REQUIRE(text.status == 0);
    CHECK_THAT(text.out, Catch::Contains("Northwind Utilities"));
    CHECK_THAT(text.out, Catch::Contains("Maturity milestone: "));
    CHECK_THAT(text.out, Catch::Contains("Power Core: A = "));
    CHECK_THAT(text.out, Catch::Contains("Mandate to explore the Chief Customer Officer role"));
}

TEST_CASE("cxm import, export json|csv and score of a JSON document")
{
    TempDir dir;
    writeBytes(dir / "demo.json", SessionJson::toString(makeDemoSession(Instrument::builtin())));
    REQUIRE(runCxm(dir, "import demo.json -o s.cxm").status == 0);
    const auto exported = runCxm(dir, "export s.cxm --format json");
    REQUIRE(exported.status == 0);
    CHECK(exported.out == readBytes(dir / "demo.json"));
    REQUIRE(runCxm(dir, "export s.cxm --format csv -o s.csv").status == 0);
    CHECK_THAT(readBytes(dir / "s.csv"), Catch::StartsWith("scope,participant_id"));
    CHECK(runCxm(dir, "score demo.json --json").out == runCxm(dir, "score s.cxm --json").out);
    // Scoring and exporting never change the session file.
    const auto before = readBytes(dir / "s.cxm");
    runCxm(dir, "score s.cxm");
    CHECK(readBytes(dir / "s.cxm") == before);
}

TEST_CASE("cxm refuses bad input with exit 2, names the file and writes nothing")
{
    TempDir dir;
    writeBytes(dir / "bad.json", R"({"format": "cx-workbench-session", "version": 1, "session": {"mode": "team"}, "participants": []})");
    const auto r = runCxm(dir, "import bad.json -o out.cxm");
    CHECK(r.status == 2);
    CHECK(r.err == "cxm: error: bad.json: /session/mode: expected one of \"workshop\", \"self\", found \"team\"\n");
    CHECK_FALSE(fs::exists(dir / "out.cxm"));

    writeBytes(dir / "junk.cxm", "this is not a session");
    const auto junk = runCxm(dir, "score junk.cxm");
    CHECK(junk.status == 2);
    CHECK_THAT(junk.err, Catch::StartsWith("cxm: error: junk.cxm: "));

    const auto missing = runCxm(dir, "score missing.cxm");
    CHECK(missing.status == 2);
    CHECK(missing.err == "cxm: error: missing.cxm: does not exist\n");

    // An existing output survives a failed import untouched.
    writeBytes(dir / "keep.cxm", "precious");
    CHECK(runCxm(dir, "import bad.json -o keep.cxm").status == 2);
    CHECK(readBytes(dir / "keep.cxm") == "precious");
    for (const auto &e : fs::directory_iterator(dir.path()))
        CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("cxm usage errors exit 1")
{
    TempDir dir;
    CHECK(runCxm(dir, "import").status == 1);
    CHECK(runCxm(dir, "export x.cxm --format xml").status == 1);
    CHECK(runCxm(dir, "score").status == 1);
    CHECK(runCxm(dir, "demo").status == 1);
    CHECK(runCxm(dir, "score a b").status == 1);
    CHECK(runCxm(dir, "score x --bogus").status == 1);
}

TEST_CASE("cxm validate checks an instrument folder")
{
    TempDir dir;
    const auto ok = runCxm(dir, "validate " + quote((fs::path(CXM_SOURCE_DIR) / "assessments").string()));
    CHECK(ok.status == 0);
    CHECK_THAT(ok.out, Catch::Contains("is valid (5 competencies, 15 items"));
    fs::create_directories(dir / "empty");
    const auto bad = runCxm(dir, "validate empty");
    CHECK(bad.status == 2);
    CHECK_THAT(bad.err, Catch::Contains("competencies.json: cannot be read"));
}
