// cxm and hidden votes: every command the disclosure registry lists (Disclosure.cpp) is run on a
// session whose votes are hidden, and each refuses with exit status 2, says how to reveal, and
// writes nothing. After cxm reveal, each works as before.
#include "CxmProcess.h"
#include "DemoSession.h"
#include "Disclosure.h"
#include "Instrument.h"
#include "SessionFile.h"

#include <catch2/catch.hpp>

using namespace cxm;
using namespace cxm::test;

namespace {

// The command's arguments from the registry, with the files filled in.
std::string argumentsOf(const Reader &r, const TempDir &dir)
{
    std::string args;
    for (std::string_view part : r.reach) {
        std::string word(part);
        auto fill = [&](const std::string &from, const std::string &to) {
            for (auto at = word.find(from); at != std::string::npos; at = word.find(from))
                word.replace(at, from.size(), to);
        };
        fill("{file}", (dir / "hidden.cxm").string());
        fill("{other}", (dir / "other.cxm").string());
        fill("{out}", (dir / "out").string());
        args += quote(word) + " ";
    }
    return args;
}

bool wroteAnOutput(const TempDir &dir)
{
    for (const char *name : {"out", "out.pdf", "out.odt", "out.cxm"})
        if (std::filesystem::exists(dir / name))
            return true;
    return false;
}

void setVotes(const std::filesystem::path &path, Votes votes)
{
    SessionFile::open(path, SessionFile::Access::ReadWrite, Instrument::builtin())
        ->setWorkflow(kVotesKey, storedVotes(votes));
}

} // namespace

TEST_CASE("every command that reads a session refuses one whose votes are hidden")
{
    TempDir dir;
    const Instrument &ins = Instrument::builtin();
    SessionFile::write(dir / "hidden.cxm", ins, makeDemoSession(ins), false);
    REQUIRE(runCxm(dir, "demo -o other.cxm").status == 0);
    const Run before = runCxm(dir, "score hidden.cxm --json");
    REQUIRE(before.status == 0);
    setVotes(dir / "hidden.cxm", Votes::Hidden);

    int commands = 0;
    for (const Reader &r : readers()) {
        if (r.kind != ReaderKind::Command)
            continue;
        ++commands;
        const std::string args = argumentsOf(r, dir);
        INFO(r.id << ": cxm " << args);
        const Run run = runCxm(dir, args);
        CHECK(run.status == 2);
        CHECK(run.out.empty());
        CHECK(run.err.find("hidden") != std::string::npos);
        CHECK(run.err.find("cxm reveal " + (dir / "hidden.cxm").string()) != std::string::npos);
        CHECK_FALSE(wroteAnOutput(dir));
    }
    CHECK(commands >= 10);

    // The reveal: one edit, and every figure is as it was before the votes were hidden.
    const Run reveal = runCxm(dir, "reveal hidden.cxm");
    CHECK(reveal.status == 0);
    CHECK(reveal.err.find("revealed") != std::string::npos);
    const Run after = runCxm(dir, "score hidden.cxm --json");
    CHECK(after.status == 0);
    CHECK(after.out == before.out);
    CHECK(runCxm(dir, "export hidden.cxm --format csv -o out").status == 0);
    CHECK(runCxm(dir, "reveal hidden.cxm").status == 0); // already revealed: says so, changes nothing
}

TEST_CASE("after an anonymous reveal, commands that name people are refused and the others work")
{
    TempDir dir;
    const Instrument &ins = Instrument::builtin();
    SessionFile::write(dir / "hidden.cxm", ins, makeDemoSession(ins), false);
    REQUIRE(runCxm(dir, "demo -o other.cxm").status == 0);
    setVotes(dir / "hidden.cxm", Votes::Hidden);
    REQUIRE(runCxm(dir, "reveal hidden.cxm --anonymous").status == 0);
    CHECK(runCxm(dir, "score hidden.cxm --json").status == 0);
    const Run named = runCxm(dir, "export hidden.cxm --format json -o out");
    CHECK(named.status == 2);
    CHECK(named.err.find("anonymously") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "out"));
    CHECK(runCxm(dir, "reveal hidden.cxm").status == 0);
    CHECK(runCxm(dir, "export hidden.cxm --format json -o out").status == 0);
}

TEST_CASE("cxm reveal on a file without private voting, or that is not there")
{
    TempDir dir;
    REQUIRE(runCxm(dir, "demo -o open.cxm").status == 0);
    const Run open = runCxm(dir, "reveal open.cxm");
    CHECK(open.status == 0);
    CHECK(open.err.find("no hidden answers") != std::string::npos);
    CHECK(runCxm(dir, "reveal missing.cxm").status == 2);
    CHECK(runCxm(dir, "reveal").status == 1);
}
