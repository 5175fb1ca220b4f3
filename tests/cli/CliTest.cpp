#include "CsvExport.h"
#include "DemoSession.h"
#include "ScoringEngine.h"
#include "SessionJson.h"
#include "SessionFile.h"

#include <nlohmann/json.hpp>
#include "../core/TempDir.h"
#include "../core/TestSessions.h"
#include "CxmProcess.h"
#ifdef CXM_PYTHON
#include "../core/XlsxReader.h"
#endif

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <vector>

#include <sqlite3.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cxm;
using namespace cxm::test;
namespace fs = std::filesystem;

namespace {

// cxm on a disk that is full after `blocks` × 512 bytes: a child shell's file-size limit, with
// SIGXFSZ ignored so that writes past it fail with EFBIG, as they fail with ENOSPC on a full disk.
Run runCxmOnFullDisk(const TempDir &dir, const std::string &args, int blocks)
{
    const std::string script = "trap '' XFSZ; ulimit -f " + std::to_string(blocks) + "; exec \"$0\" \"$@\"";
    return runIn(dir.path(), "sh -c " + quote(script) + " " + quote(CXM_BINARY) + " " + args);
}

// cxm as a user who cannot write what the test made: as root (tests run as root in CI, where
// permission bits do not bind) through setpriv as uid/gid 65534; as anyone else, as themselves.
Run runCxmUnprivileged(const fs::path &cwd, const std::string &args)
{
    const std::string as = ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
    return runIn(cwd, as + quote(CXM_BINARY) + " " + args);
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
    const auto expected = ScoringEngine::toJson(
        ScoringEngine(Instrument::builtin()).score(makeDemoSession(Instrument::builtin())));
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
    writeBytes(dir / "demo.json",
               SessionJson::toString(makeDemoSession(Instrument::builtin()), Instrument::builtin()));
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

TEST_CASE(
    "cxm export --format xlsx writes the workbook; a target it cannot write is named, and nothing is left")
{
    TempDir dir;
    REQUIRE(runCxm(dir, "demo -o s.cxm").status == 0);
    const auto r = runCxm(dir, "export s.cxm --format xlsx -o plan.xlsx");
    REQUIRE(r.status == 0);
    CHECK(r.out.empty());
    CHECK(r.err.empty());
#ifdef CXM_PYTHON
    const auto book = readXlsx(dir / "plan.xlsx");
    std::vector<std::string> names;
    for (const auto &sheet : book["sheets"])
        names.push_back(sheet["name"]);
    CHECK(names == std::vector<std::string>{"Actions", "Scores", "Answers"});
    const auto rows = CsvExport::rows(makeDemoSession(Instrument::builtin()), Instrument::builtin());
    CHECK(sheetOf(book, "Answers")["autoFilter"] == "A1:I" + std::to_string(rows.size()));
    CHECK(cellOf(sheetOf(book, "Actions"), "A1")["value"] == "Action");
#endif
    // A folder that does not exist, and a folder in the way of the name: exit 2, the file named,
    // nothing written.
    const auto missing = runCxm(dir, "export s.cxm --format xlsx -o nowhere/plan.xlsx");
    CHECK(missing.status == 2);
    CHECK_THAT(missing.err, Catch::StartsWith("cxm: error: nowhere/plan.xlsx: "));
    fs::create_directories(dir / "folder.xlsx");
    const auto folder = runCxm(dir, "export s.cxm --format xlsx -o folder.xlsx");
    CHECK(folder.status == 2);
    CHECK_THAT(folder.err, Catch::StartsWith("cxm: error: folder.xlsx: "));
    CHECK(listing(dir.path()) == std::vector<std::string>{"folder.xlsx", "plan.xlsx", "s.cxm"});
}

TEST_CASE("cxm refuses bad input with exit 2, names the file and writes nothing")
{
    TempDir dir;
    writeBytes(
        dir / "bad.json",
        R"({"format": "cx-workbench-session", "version": 1, "session": {"mode": "team"}, "participants": []})");
    const auto r = runCxm(dir, "import bad.json -o out.cxm");
    CHECK(r.status == 2);
    CHECK(r.err ==
          "cxm: error: bad.json: /session/mode: expected one of \"workshop\", \"self\", found \"team\"\n");
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
    CHECK(runCxm(dir, "export x.cxm --format xlsx").status == 1); // a workbook never goes to standard output
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
    CHECK_THAT(ok.out, Catch::Contains("is valid (16 worksheets, 5 milestones)"));
    CHECK_THAT(ok.out, Catch::Contains("  asset_metrics: tracked, 8 items"));
    CHECK_THAT(ok.out, Catch::Contains("  enablers_inhibitors: lists, 4 headings of 2 lists"));
    CHECK_THAT(ok.out, Catch::Contains("  always_never: lists, 2 headings of 2 lists"));
    // The texts the workbook lacks are named, so whoever edits the folder sees what is not quoted.
    CHECK_THAT(ok.out, Catch::Contains("  stairway: choice, 4 options per stage"));
    CHECK_THAT(ok.out, Catch::Contains("  stop_doing: reconcile, 17 slots per stage"));
    CHECK_THAT(ok.out, Catch::Contains("  listening: reference, 4 cards"));
    CHECK_THAT(ok.out, Catch::Contains("22 texts are the app's own, not the workbook's:\n"
                                       "  instrument.json: competencies title\n"
                                       "  instrument.json: competencies instruction\n"
                                       "  c2.json: c2.value title\n"
                                       "  c5.json: c5.engagement title\n"));
    fs::create_directories(dir / "empty");
    const auto bad = runCxm(dir, "validate empty");
    CHECK(bad.status == 2);
    CHECK_THAT(bad.err, Catch::Contains("instrument.json: is missing"));
    // The same folder given with --instrument is checked the same way, before any session is read.
    const auto viaOption = runCxm(dir, "--instrument empty score nothing.cxm");
    CHECK(viaOption.status == 2);
    CHECK_THAT(viaOption.err, Catch::Contains("instrument.json: is missing"));
}

TEST_CASE("cxm export and report to a full disk exit 2, name the output, keep the previous file, leave no "
          "temporary")
{
    TempDir dir;
    REQUIRE(runCxm(dir, "demo -o s.cxm").status == 0);
    constexpr int kBlocks = 8; // 4 KiB free: less than any of the outputs below
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"export s.cxm --format json -o ", "out.json"},
        {"export s.cxm --format csv -o ", "out.csv"},
        {"export s.cxm --format xlsx -o ", "out.xlsx"},
        {"report s.cxm -o ", "out.pdf"},
    };
    for (const auto &[command, out] : cases) {
        INFO(command << out);
        // With room, the output is larger than the space the full disk leaves.
        REQUIRE(runCxm(dir, command + out).status == 0);
        REQUIRE(fs::file_size(dir / out) > kBlocks * 512);

        const std::string previous = "the previous " + out + ", which must survive\n";
        writeBytes(dir / out, previous);
        const auto full = runCxmOnFullDisk(dir, command + out, kBlocks);
        CHECK(full.status == 2);
        CHECK_THAT(full.err, Catch::Contains("cxm: error: " + out + ": "));
        CHECK_THAT(full.err, Catch::Contains("File too large")); // the reason, in the system's words
        CHECK(readBytes(dir / out) == previous);
        CHECK(listing(dir.path()) == std::vector<std::string>{out, "s.cxm"});

        fs::remove(dir / out);
        const auto fresh = runCxmOnFullDisk(dir, command + out, kBlocks);
        CHECK(fresh.status == 2);
        CHECK_THAT(fresh.err, Catch::Contains("cxm: error: " + out + ": "));
        CHECK(listing(dir.path()) == std::vector<std::string>{"s.cxm"});
    }
    // Without -o the output goes to standard output: a full disk behind it is an error too.
    const auto piped = runCxmOnFullDisk(dir, "export s.cxm --format json", 1);
    CHECK(piped.status == 2);
    CHECK_THAT(piped.err, Catch::Contains("cxm: error: standard output: could not be written completely"));
}

TEST_CASE("cxm export, report and demo into a folder the user cannot write exit 2 and change nothing")
{
    TempDir dir("/tmp"); // reachable by the unprivileged user, unlike the build tree's test home
    REQUIRE(runCxm(dir, "demo -o s.cxm").status == 0);
    writeBytes(dir / "out.json", "the previous export\n");
    writeBytes(dir / "out.pdf", "the previous report\n");
    for (const char *name : {"s.cxm", "out.json", "out.pdf"})
        fs::permissions(dir / name, fs::perms(0644));
    fs::permissions(dir.path(), ::geteuid() == 0 ? fs::perms(0755) : fs::perms(0555));
    const auto before = listing(dir.path());

    for (const auto &[args, out] : std::vector<std::pair<std::string, std::string>>{
             {"export s.cxm --format json -o out.json", "out.json"},
             {"export s.cxm --format csv -o new.csv", "new.csv"},
             {"export s.cxm --format xlsx -o out.json", "out.json"},
             {"export s.cxm --format xlsx -o new.xlsx", "new.xlsx"},
             {"report s.cxm -o out.pdf", "out.pdf"},
             {"report s.cxm -o new.pdf", "new.pdf"},
             {"demo -o new.cxm", "new.cxm"},
         }) {
        INFO(args);
        const auto r = runCxmUnprivileged(dir.path(), args);
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("cxm: error: " + out + ": "));
        CHECK(listing(dir.path()) == before);
    }
    CHECK(readBytes(dir / "out.json") == "the previous export\n");
    CHECK(readBytes(dir / "out.pdf") == "the previous report\n");
}

TEST_CASE("cxm import and demo refuse a session that a window has open for editing, and change nothing")
{
    TempDir dir;
    REQUIRE(runCxm(dir, "demo -o S.cxm").status == 0);
    writeBytes(dir / "x.json",
               SessionJson::toString(makeDemoSession(Instrument::builtin()), Instrument::builtin()));
    auto window = SessionFile::open(dir / "S.cxm"); // the writer's lock, as the window holds it
    REQUIRE_FALSE(window->isReadOnly());
    window->setRating("p1", "c1.culture", Rating::Mature, "acknowledged in the window");
    const std::string bytes = readBytes(dir / "S.cxm");
    for (const char *args : {"import x.json -o S.cxm", "demo -o S.cxm"}) {
        INFO(args);
        const auto r = runCxm(dir, args);
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::StartsWith("cxm: error: S.cxm: is open in another window"));
        CHECK(readBytes(dir / "S.cxm") == bytes);
        CHECK(listing(dir.path()) == std::vector<std::string>{"S.cxm", "x.json"});
    }
    window->setRating("p1", "c1.data", Rating::Early); // still the window's file
    window.reset();
    CHECK(runCxm(dir, "import x.json -o S.cxm").status == 0);
}

TEST_CASE("cxm report and export never write onto their input, nor replace a session with an export")
{
    TempDir dir;
    REQUIRE(runCxm(dir, "demo -o S.cxm").status == 0);
    REQUIRE(runCxm(dir, "demo -o other.cxm").status == 0);
    REQUIRE(runCxm(dir, "export S.cxm --format json -o s.json").status == 0);
    fs::create_directories(dir / "sub");
    fs::create_symlink("S.cxm", dir / "link.cxm");
    const std::string session = readBytes(dir / "S.cxm");
    const std::string other = readBytes(dir / "other.cxm");
    const std::string json = readBytes(dir / "s.json");
    for (const char *args : {"report S.cxm -o S.cxm", "export S.cxm --format csv -o S.cxm",
                             "export S.cxm --format json -o S.cxm", "export link.cxm --format csv -o S.cxm",
                             "export S.cxm --format csv -o sub/../S.cxm", "report S.cxm -o link.cxm",
                             "export s.json --format json -o s.json", "import s.json -o ./s.json"}) {
        INFO(args);
        const auto r = runCxm(dir, args);
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("is the input file"));
    }
    for (const char *args :
         {"export S.cxm --format csv -o other.cxm", "export S.cxm --format xlsx -o other.cxm",
          "report S.cxm -o other.cxm", "export s.json --format json -o other.cxm"}) {
        INFO(args);
        const auto r = runCxm(dir, args);
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("cxm: error: other.cxm: is a workbench session file"));
    }
    CHECK(readBytes(dir / "S.cxm") == session);
    CHECK(readBytes(dir / "other.cxm") == other);
    CHECK(readBytes(dir / "s.json") == json);
    CHECK(listing(dir.path()) == std::vector<std::string>{"S.cxm", "link.cxm", "other.cxm", "s.json", "sub"});
}

TEST_CASE("cxm reads pipes and process substitutions once; a pipe without a writer or a device does not hang")
{
    TempDir dir;
    const Session demo = makeDemoSession(Instrument::builtin());
    writeBytes(dir / "s.json", SessionJson::toString(demo, Instrument::builtin()));
    REQUIRE(runCxm(dir, "demo -o s.cxm").status == 0);
    const auto expected = runCxm(dir, "score s.json --json");
    REQUIRE(expected.status == 0);

    const auto substituted =
        runIn(dir.path(), "bash -c " + quote(quote(CXM_BINARY) + " score <(cat s.json) --json"));
    CHECK(substituted.status == 0);
    CHECK(substituted.err.empty());
    CHECK(substituted.out == expected.out);
    const auto piped =
        runIn(dir.path(), "cat s.json | " + quote(CXM_BINARY) + " export /dev/stdin --format json");
    CHECK(piped.status == 0);
    CHECK(piped.out == readBytes(dir / "s.json"));

    // Each of these used to hang or to read until memory ran out: `timeout` would exit 124.
    REQUIRE(::mkfifo((dir / "fifo.json").c_str(), 0644) == 0);
    REQUIRE(::mkfifo((dir / "fifo.cxm").c_str(), 0644) == 0);
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"score fifo.json", "cxm: error: fifo.json: is empty"},
        {"score fifo.cxm", "cxm: error: fifo.cxm: is empty"},
        {"score /dev/zero", "cxm: error: /dev/zero: is a device or another special file"},
        {"import /dev/zero -o z.cxm", "cxm: error: /dev/zero: is a device or another special file"},
    };
    for (const auto &[args, message] : cases) {
        INFO(args);
        const auto r = runIn(dir.path(), "timeout 30 " + quote(CXM_BINARY) + " " + args);
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::StartsWith(message));
    }
    const auto cxmPiped = runIn(dir.path(), "bash -c " + quote(quote(CXM_BINARY) + " score <(cat s.cxm)"));
    CHECK(cxmPiped.status == 2);
    CHECK_THAT(cxmPiped.err,
               Catch::Contains("holds a session file (.cxm), which cxm reads only from a file"));
    CHECK(listing(dir.path()) == std::vector<std::string>{"fifo.cxm", "fifo.json", "s.cxm", "s.json"});
}

TEST_CASE("every cxm command works through a symbolically linked folder")
{
    TempDir dir;
    fs::create_directories(dir / "real");
    fs::create_directory_symlink("real", dir / "link");
    CHECK(runCxm(dir, "demo -o link/new.cxm").status == 0);
    CHECK(runCxm(dir, "score link/new.cxm").status == 0);
    CHECK(runCxm(dir, "export link/new.cxm --format json -o link/s.json").status == 0);
    CHECK(runCxm(dir, "export link/new.cxm --format csv -o link/s.csv").status == 0);
    CHECK(runCxm(dir, "import link/s.json -o link/back.cxm").status == 0);
    CHECK(runCxm(dir, "score link/back.cxm --json").out == runCxm(dir, "score real/new.cxm --json").out);
    const auto report = runCxm(dir, "report link/new.cxm -o link/r.pdf");
    CHECK(report.status == 0);
    CHECK(report.err.find("cxm: error") == std::string::npos);
    CHECK(listing(dir / "real") ==
          std::vector<std::string>{"back.cxm", "new.cxm", "r.pdf", "s.csv", "s.json"});
}

TEST_CASE("cxm writes through a symbolic link to its target, and refuses a device or a named pipe as output")
{
    TempDir dir;
    REQUIRE(runCxm(dir, "demo -o s.cxm").status == 0);
    fs::create_directories(dir / "real");
    writeBytes(dir / "real" / "out.csv", "old");
    fs::create_symlink("real/out.csv", dir / "out.csv");
    fs::create_symlink("real/out.pdf", dir / "out.pdf");
    fs::create_symlink("real/out.cxm", dir / "out.cxm");
    CHECK(runCxm(dir, "export s.cxm --format csv -o out.csv").status == 0);
    CHECK(runCxm(dir, "report s.cxm -o out.pdf").status == 0);
    CHECK(runCxm(dir, "demo -o out.cxm").status == 0);
    for (const char *name : {"out.csv", "out.pdf", "out.cxm"}) {
        INFO(name);
        CHECK(fs::is_symlink(dir / name));
        CHECK(fs::file_size(dir / "real" / name) > 100);
    }
    CHECK(listing(dir / "real") == std::vector<std::string>{"out.csv", "out.cxm", "out.pdf"});

    REQUIRE(::mkfifo((dir / "pipe.csv").c_str(), 0644) == 0);
    fs::create_symlink("/dev/null", dir / "null.csv");
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"export s.cxm --format csv -o pipe.csv", "cxm: error: pipe.csv: is a named pipe (FIFO)"},
        {"report s.cxm -o pipe.csv", "cxm: error: pipe.csv: is a named pipe (FIFO)"},
        {"demo -o pipe.csv", "cxm: error: pipe.csv: is a named pipe (FIFO)"},
        {"export s.cxm --format json -o null.csv", "cxm: error: null.csv: is a device"},
        {"report s.cxm -o null.csv", "cxm: error: null.csv: is a device"},
        {"import real/../s.cxm -o /dev/null", "cxm: error: /dev/null: is a device"},
    };
    for (const auto &[args, message] : cases) {
        INFO(args);
        const auto r = runIn(dir.path(), "timeout 30 " + quote(CXM_BINARY) + " " + args);
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::StartsWith(message));
    }
    CHECK(fs::is_fifo(dir / "pipe.csv"));
    CHECK(fs::is_symlink(dir / "null.csv"));
    CHECK(fs::is_character_file("/dev/null"));
}

TEST_CASE("cxm score on a file in WAL mode leaves nothing beside it; a locked file is in use, not damaged")
{
    TempDir dir;
    REQUIRE(runCxm(dir, "demo -o w.cxm").status == 0);
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open((dir / "w.cxm").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    REQUIRE(listing(dir.path()) == std::vector<std::string>{"w.cxm"});
    CHECK(runCxm(dir, "score w.cxm").status == 0);
    CHECK(runCxm(dir, "export w.cxm --format csv").status == 0);
    CHECK(listing(dir.path()) == std::vector<std::string>{"w.cxm"});

    REQUIRE(runCxm(dir, "demo -o s.cxm").status == 0);
    REQUIRE(sqlite3_open((dir / "s.cxm").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    const auto busy = runCxm(dir, "score s.cxm");
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    CHECK(busy.status == 2);
    CHECK_THAT(busy.err, Catch::StartsWith("cxm: error: s.cxm: is in use"));
    CHECK_THAT(busy.err, !Catch::Contains("damaged"));
}

// Hidden from the main run and registered as its own ctest entry (see CMakeLists.txt): the
// report's appendix has a page or so per participant, and 500 of them take a while under ASan.
TEST_CASE("cxm report renders a session of 500 participants with 10,000-character notes", "[.][large]")
{
    TempDir dir;
    const Instrument &ins = Instrument::builtin();
    // Every participant's answers are in the appendix; long notes for ten of them, since more
    // notes only add to the time, not to what is tested.
    const Session s = largeWorkshop(ins, 500, 10000, 10);
    SessionFile::write(dir / "big.cxm", ins, s, false);
    const auto start = std::chrono::steady_clock::now();
    const auto r = runCxm(dir, "report big.cxm -o big.pdf");
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - start);
    INFO("cxm report took " << seconds.count() << " s; stderr: " << r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.find("cxm: error") == std::string::npos);
    REQUIRE(fs::file_size(dir / "big.pdf") > 0);
    CHECK(listing(dir.path()) == std::vector<std::string>{"big.cxm", "big.pdf"});

    if (std::system("command -v pdfinfo >/dev/null 2>&1") != 0) {
        WARN("pdfinfo (poppler-utils) is not installed: the page count was not checked");
        return;
    }
    const auto info = runIn(dir.path(), "pdfinfo big.pdf");
    REQUIRE(info.status == 0);
    const auto at = info.out.find("Pages:");
    REQUIRE(at != std::string::npos);
    const int pages = std::stoi(info.out.substr(at + 6));
    CHECK(pages > 0);
    // The last participant made it into the appendix.
    const auto text = runIn(dir.path(), "pdftotext big.pdf -");
    CHECK_THAT(text.out, Catch::Contains(s.participants.back().name));
}

TEST_CASE("cxm report --appendix takes full or short, and refuses anything else")
{
    TempDir dir;
    REQUIRE(runCxm(dir, "demo -o s.cxm").status == 0);
    const auto bad = runCxm(dir, "report s.cxm -o bad.pdf --appendix long");
    CHECK(bad.status == 1);
    CHECK_THAT(bad.err, Catch::Contains("--appendix must be full or short, not \"long\""));
    CHECK_FALSE(fs::exists(dir / "bad.pdf"));
    REQUIRE(runCxm(dir, "report s.cxm -o short.pdf --appendix short").status == 0);
    REQUIRE(runCxm(dir, "report s.cxm -o full.pdf --appendix full").status == 0);
    const std::string shortText = runIn(dir.path(), "pdftotext short.pdf -").out;
    const std::string fullText = runIn(dir.path(), "pdftotext full.pdf -").out;
    CHECK(shortText.find("Each participant at a glance") != std::string::npos);
    CHECK(fullText.find("Each participant at a glance") == std::string::npos);
}

TEST_CASE("cxm report writes the format its output's extension names, and refuses an unknown one")
{
    TempDir dir;
    REQUIRE(runCxm(dir, "demo -o s.cxm").status == 0);
    const auto odt = runCxm(dir, "report s.cxm -o r.odt --anonymous");
    CHECK(odt.status == 0);
    CHECK(odt.err.find("cxm: error") == std::string::npos);
    // An OpenDocument package: a zip whose first entry, stored, is its media type.
    const std::string package = readBytes(dir / "r.odt");
    CHECK(package.rfind("PK\x03\x04", 0) == 0);
    CHECK(package.substr(30, 47) == "mimetypeapplication/vnd.oasis.opendocument.text");
    CHECK(runIn(dir.path(), "unzip -Z1 r.odt").out.find("content.xml") != std::string::npos);

    // Any case; PDF as before.
    REQUIRE(runCxm(dir, "report s.cxm -o r.PDF").status == 0);
    CHECK(readBytes(dir / "r.PDF").rfind("%PDF-", 0) == 0);
    REQUIRE(runCxm(dir, "report s.cxm -o R.Odt").status == 0);
    CHECK(readBytes(dir / "R.Odt").rfind("PK", 0) == 0);

    for (const char *name : {"r.docx", "report", "r.pdf.txt"}) {
        INFO(name);
        const auto bad = runCxm(dir, std::string("report s.cxm -o ") + name);
        CHECK(bad.status == 1);
        CHECK_THAT(bad.err,
                   Catch::StartsWith(std::string("cxm: error: ") + name + ": unknown report format"));
        CHECK_THAT(bad.err, Catch::Contains(".pdf") && Catch::Contains(".odt"));
        CHECK_FALSE(fs::exists(dir / name));
    }
    CHECK_THAT(runCxm(dir, "--help").out, Catch::Contains("REPORT.odt"));
}

// The consultant's path of docs/worksheets.md: a copy of readiness.json under a new id, with new
// question ids, in a copy of the instrument folder; no C++ and no rebuild.
TEST_CASE("a worksheet copied under a new id appears in the JSON, the CSV, the score and the report")
{
    TempDir dir;
    const fs::path folder = dir / "acme";
    fs::create_directories(folder);
    for (const auto &entry : fs::directory_iterator(fs::path(CXM_SOURCE_DIR) / "assessments"))
        if (entry.path().extension() == ".json")
            fs::copy_file(entry.path(), folder / entry.path().filename());
    nlohmann::ordered_json governance = nlohmann::ordered_json::parse(readBytes(folder / "readiness.json"));
    governance["id"] = "governance";
    governance["title"] = "Customer Governance at Acme";
    governance["items"] = nlohmann::ordered_json::array(
        {{{"id", "g1"}, {"question", "A board member owns the customer agenda."}},
         {{"id", "g2"}, {"question", "Customer losses are reviewed every quarter."}},
         {{"id", "g3"}, {"question", "Budgets follow customer journeys, not departments."}}});
    writeBytes(folder / "governance.json", governance.dump(2));
    // And a scale worksheet of its own, rated Early / Advanced / Mature like a competency.
    nlohmann::ordered_json culture = {{"schemaVersion", 3},
                                      {"id", "culture_check"},
                                      {"kind", "scale"},
                                      {"title", "Acme Culture Check"},
                                      {"introduction", "Rate where Acme is now."},
                                      {"items",
                                       {{{"id", "cc.meetings"},
                                         {"title", "Meetings"},
                                         {"question", "Do our meetings start with a customer?"}},
                                        {{"id", "cc.rewards"},
                                         {"title", "Rewards"},
                                         {"question", "Are rewards tied to customer outcomes?"}}}}};
    writeBytes(folder / "culture_check.json", culture.dump(2));
    REQUIRE(runCxm(dir, "validate acme").status == 0);

    // A session that answers it, as a document of version 2.
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(
        SessionJson::toString(makeDemoSession(Instrument::builtin()), Instrument::builtin()));
    doc["worksheets"]["culture_check"] = {
        {"answers",
         {{{"participant", "p1"}, {"item", "cc.meetings"}, {"rating", "early"}},
          {{"participant", "p2"}, {"item", "cc.meetings"}, {"rating", "mature"}}}},
        {"team", {{{"item", "cc.rewards"}, {"rating", "advanced"}}}}};
    doc["worksheets"]["governance"] = {
        {"answers",
         {{{"participant", "p1"}, {"item", "g1"}, {"answer", "yes"}},
          {{"participant", "p1"}, {"item", "g2"}, {"answer", "no"}, {"note", "only once a year"}},
          {{"participant", "p2"}, {"item", "g1"}, {"answer", "yes"}}}},
        {"team", {{{"item", "g3"}, {"answer", "no"}, {"note", "budgets are per silo"}}}}};
    writeBytes(dir / "s.json", doc.dump(2));
    // The built-in instrument has no such worksheet: the document is refused, and says where.
    const auto refused = runCxm(dir, "import s.json -o s.cxm");
    CHECK(refused.status == 2);
    CHECK_THAT(refused.err, Catch::Contains("/worksheets/culture_check: expected the id of a worksheet"));
    CHECK_FALSE(fs::exists(dir / "s.cxm"));

    REQUIRE(runCxm(dir, "--instrument acme import s.json -o s.cxm").status == 0);
    const auto json = runCxm(dir, "--instrument acme export s.cxm --format json");
    REQUIRE(json.status == 0);
    CHECK(json.out == doc.dump(2) + "\n"); // the document (in canonical order) comes back byte for byte
    const auto csv = runCxm(dir, "--instrument acme export s.cxm --format csv");
    CHECK_THAT(csv.out,
               Catch::Contains("participant,p1,Ana Ortiz,Chief Executive Officer,governance,g2,"
                               "Customer losses are reviewed every quarter.,no,only once a year\r\n"));
    CHECK_THAT(csv.out,
               Catch::Contains("team,,,,governance,g1,A board member owns the customer agenda.,yes,\r\n"));
    const auto score = runCxm(dir, "--instrument acme score s.cxm --json");
    INFO(score.err);
    REQUIRE(score.status == 0);
    const auto scored = nlohmann::json::parse(score.out)["worksheets"]["governance"];
    CHECK(scored["kind"] == "checklist");
    CHECK(scored["yes"] == 1);
    CHECK(scored["no"] == 2); // g2 by the only answer, g3 by the team's decision
    CHECK(scored["unanswered"] == 0);
    const auto scale = nlohmann::json::parse(score.out)["worksheets"]["culture_check"];
    CHECK(scale["kind"] == "scale");
    CHECK(scale["items"][0]["value"] == 2.0); // early and mature
    CHECK(scale["items"][1]["consensus"] == "advanced");
    CHECK(scale["mean"] == 2.0);
    CHECK_THAT(csv.out,
               Catch::Contains("team,,,,culture_check,cc.rewards,Rewards,advanced (consensus),\r\n"));
    REQUIRE(runCxm(dir, "--instrument acme report s.cxm -o r.pdf").status == 0);
    const std::string text = runIn(dir.path(), "pdftotext r.pdf -").out;
    CHECK_THAT(text, Catch::Contains("Customer Governance at Acme"));
    CHECK_THAT(text, Catch::Contains("Budgets follow customer journeys"));
    CHECK_THAT(text, Catch::Contains("Acme Culture Check"));
    CHECK_THAT(text, Catch::Contains("Do our meetings start with a customer?"));

    // Without its instrument the session file is refused, named and left as it is.
    const std::string bytes = readBytes(dir / "s.cxm");
    const auto without = runCxm(dir, "score s.cxm");
    CHECK(without.status == 2);
    CHECK_THAT(without.err, Catch::Contains("governance"));
    CHECK_THAT(without.err, Catch::Contains("--instrument"));
    CHECK(readBytes(dir / "s.cxm") == bytes);
}
