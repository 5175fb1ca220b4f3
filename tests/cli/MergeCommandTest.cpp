// cxm merge as a process: name matches confirmed only with --match-names, conflicts refused until
// chosen (--choose, --prefer), the report, and bad input refused with the file named and nothing
// written.
#include "SessionFile.h"

#include "../core/TempDir.h"
#include "CxmProcess.h"

#include <catch2/catch.hpp>

#include <fstream>

#include <sys/wait.h>

using namespace cxm;
using namespace cxm::test;
namespace fs = std::filesystem;

namespace {

Session person(const std::string &id, const std::string &name, Rating culture)
{
    Session s;
    s.info.title = "Leadership offsite";
    s.info.mode = Mode::Self;
    s.participants.push_back({id, name, ""});
    s.ratings.push_back({id, "c1.culture", culture, "", ""});
    return s;
}

void write(const TempDir &dir, const std::string &name, const Session &s)
{
    SessionFile::write(dir / name, Instrument::builtin(), s, true);
}

Session load(const TempDir &dir, const std::string &name)
{
    return SessionFile::open(dir / name, SessionFile::Access::ReadOnly)->load();
}

} // namespace

TEST_CASE("cxm merge makes one workshop of self-assessments and prints the report")
{
    TempDir dir;
    write(dir, "ann.cxm", person("p1", "Ann Lee", Rating::Mature));
    write(dir, "bob.cxm", person("p1", "Bob Stone", Rating::Early));
    const auto r = runCxm(dir, "merge ann.cxm bob.cxm -o team.cxm");
    REQUIRE(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains("Bob Stone (p2): from bob.cxm p1 (new id)"));
    CHECK_THAT(r.err, Catch::Contains("cxm: wrote team.cxm (2 participants from 2 sessions"));
    const Session team = load(dir, "team.cxm");
    CHECK(team.info.mode == Mode::Workshop);
    CHECK(team.participants.size() == 2);
    CHECK(team.findRating("p2", "c1.culture")->rating == Rating::Early);
    const auto merged = SessionFile::open(dir / "team.cxm", SessionFile::Access::ReadOnly);
    CHECK(merged->uuid() != SessionFile::open(dir / "ann.cxm", SessionFile::Access::ReadOnly)->uuid());
}

TEST_CASE("cxm merge joins the same name under different ids only with --match-names")
{
    TempDir dir;
    write(dir, "a.cxm", person("p1", "Ann Lee", Rating::Mature));
    write(dir, "b.cxm", person("p4", "ann lee", Rating::Mature));
    const auto apart = runCxm(dir, "merge a.cxm b.cxm -o out.cxm");
    REQUIRE(apart.status == 0);
    CHECK_THAT(apart.err, Catch::Contains("1. Ann Lee: a.cxm p1 = b.cxm p4: not confirmed"));
    CHECK_THAT(apart.err, Catch::Contains("run the merge again with --match-names"));
    CHECK(load(dir, "out.cxm").participants.size() == 2);

    const auto together = runCxm(dir, "merge a.cxm b.cxm -o out.cxm --match-names");
    REQUIRE(together.status == 0);
    CHECK_THAT(together.err, Catch::Contains("confirmed, one person"));
    const Session out = load(dir, "out.cxm");
    CHECK(out.participants.size() == 1);
    CHECK(out.info.mode == Mode::Self);
}

TEST_CASE("cxm merge lists conflicts and writes nothing until each has a choice")
{
    TempDir dir;
    write(dir, "a.cxm", person("p1", "Ann Lee", Rating::Mature));
    write(dir, "b.cxm", person("p1", "Ann Lee", Rating::Advanced));
    const auto refused = runCxm(dir, "merge a.cxm b.cxm -o out.cxm");
    CHECK(refused.status == 2);
    CHECK_FALSE(fs::exists(dir / "out.cxm"));
    CHECK_THAT(refused.err, Catch::Contains("1. Ann Lee, C1"));
    CHECK_THAT(refused.err, Catch::Contains("A: Mature   [a.cxm]"));
    CHECK_THAT(refused.err, Catch::Contains("B: Advanced   [b.cxm]"));
    CHECK_THAT(refused.err, Catch::Contains("to choose"));
    CHECK_THAT(refused.err,
               Catch::Contains("cxm: error: out.cxm: not written: 1 of 1 conflicts need a choice"));

    REQUIRE(runCxm(dir, "merge a.cxm b.cxm -o out.cxm --choose 1=b").status == 0);
    CHECK(load(dir, "out.cxm").findRating("p1", "c1.culture")->rating == Rating::Advanced);
    REQUIRE(runCxm(dir, "merge a.cxm b.cxm -o out.cxm --prefer first --report merge.txt").status == 0);
    CHECK(load(dir, "out.cxm").findRating("p1", "c1.culture")->rating == Rating::Mature);
    CHECK_THAT(readBytes(dir / "merge.txt"), Catch::Contains("chosen: A"));
    REQUIRE(runCxm(dir, "merge a.cxm b.cxm -o out.cxm --prefer last").status == 0);
    CHECK(load(dir, "out.cxm").findRating("p1", "c1.culture")->rating == Rating::Advanced);

    const auto noSuchConflict = runCxm(dir, "merge a.cxm b.cxm -o out.cxm --choose 2=A");
    CHECK(noSuchConflict.status == 1);
    CHECK_THAT(noSuchConflict.err, Catch::Contains("--choose names conflict 2, but there are 1 conflicts"));
    const auto noSuchSide = runCxm(dir, "merge a.cxm b.cxm -o out.cxm --choose 1=C");
    CHECK(noSuchSide.status == 1);
    CHECK_THAT(noSuchSide.err, Catch::Contains("has sides A to B, not C"));
    CHECK(runCxm(dir, "merge a.cxm b.cxm -o out.cxm --choose one=A").status == 1);
    CHECK(runCxm(dir, "merge a.cxm b.cxm -o out.cxm --prefer newest").status == 1);
}

TEST_CASE("cxm merge refuses bad input, names what is wrong and writes nothing")
{
    TempDir dir;
    write(dir, "a.cxm", person("p1", "Ann Lee", Rating::Mature));
    write(dir, "b.cxm", person("p2", "Bob Stone", Rating::Mature));
    std::ofstream(dir / "notes.txt") << "not a session\n";

    CHECK(runCxm(dir, "merge a.cxm -o out.cxm").status == 1);
    CHECK(runCxm(dir, "merge a.cxm b.cxm").status == 1);

    const auto twice = runCxm(dir, "merge a.cxm b.cxm ./a.cxm -o out.cxm");
    CHECK(twice.status == 2);
    CHECK_THAT(twice.err, Catch::Contains("cxm: error: ./a.cxm: is given twice (as a.cxm)"));

    const auto ontoInput = runCxm(dir, "merge a.cxm b.cxm -o b.cxm");
    CHECK(ontoInput.status == 2);
    CHECK_THAT(ontoInput.err, Catch::Contains("is the input file b.cxm itself"));

    const auto text = runCxm(dir, "merge a.cxm notes.txt -o out.cxm");
    CHECK(text.status == 2);
    CHECK_THAT(text.err, Catch::Contains("cxm: error: notes.txt"));

    const auto missing = runCxm(dir, "merge a.cxm gone.cxm -o out.cxm");
    CHECK(missing.status == 2);
    CHECK_THAT(missing.err, Catch::Contains("gone.cxm: does not exist"));

    // A session of another instrument (its own id).
    fs::copy(fs::path(CXM_SOURCE_DIR) / "assessments", dir / "other", fs::copy_options::recursive);
    for (const auto &file : fs::directory_iterator(dir / "other")) {
        std::string json = readBytes(file.path());
        for (auto at = json.find("\"cco-cx-maturity\""); at != std::string::npos;
             at = json.find("\"cco-cx-maturity\"", at))
            json.replace(at, 17, "\"another-instrument\"");
        writeBytes(file.path(), json);
    }
    REQUIRE(runCxm(dir, "--instrument other demo -o other.cxm").status == 0);
    const auto other = runCxm(dir, "merge a.cxm other.cxm -o out.cxm");
    CHECK(other.status == 2);
    CHECK_THAT(other.err, Catch::Contains("other.cxm"));
    CHECK_THAT(other.err, Catch::Contains("instrument"));

    CHECK_FALSE(fs::exists(dir / "out.cxm"));
}
