// cxm speaks the system's language to people and nothing else: --json and the files are the same in
// German as in the C locale. (Built with the Qt parts only, which carry the translations.)
#include "../core/TempDir.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include <sys/wait.h>

using namespace cxm::test;

namespace {

struct Output
{
    int status = -1;
    std::string out;
    std::string err;
};

// cxm ARGS in dir, with the language variables of a German desktop or of the C locale.
Output cxmIn(const TempDir &dir, const std::string &locale, const std::string &args)
{
    const std::string cmd = "cd '" + dir.path().string() + "' && env LANGUAGE= LC_ALL=" + locale +
                            " LANG=" + locale + " '" + CXM_BINARY + "' " + args + " >out.txt 2>err.txt";
    const int raw = std::system(cmd.c_str());
    Output o;
    o.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    o.out = readBytes(dir / "out.txt");
    o.err = readBytes(dir / "err.txt");
    return o;
}

bool contains(const std::string &text, const std::string &part)
{
    INFO(text);
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("cxm score --json, export and the files are the same in German and in the C locale")
{
    const TempDir dir;
    REQUIRE(cxmIn(dir, "C.UTF-8", "demo -o demo.cxm").status == 0);
    const Output c = cxmIn(dir, "C.UTF-8", "score demo.cxm --json");
    const Output de = cxmIn(dir, "de_DE.UTF-8", "score demo.cxm --json");
    REQUIRE(c.status == 0);
    REQUIRE(de.status == 0);
    CHECK(!c.out.empty());
    CHECK(c.out == de.out);
    for (const std::string format : {"json", "csv"}) {
        const Output cExport = cxmIn(dir, "C.UTF-8", "export demo.cxm --format " + format);
        const Output deExport = cxmIn(dir, "de_DE.UTF-8", "export demo.cxm --format " + format);
        CHECK(cExport.status == 0);
        CHECK(cExport.out == deExport.out);
    }
}

TEST_CASE("cxm's messages for people follow the system's language")
{
    const TempDir dir;
    const Output made = cxmIn(dir, "de_DE.UTF-8", "demo -o demo.cxm");
    REQUIRE(made.status == 0);
    CHECK(contains(made.err, "cxm: Demo-Workshop nach demo.cxm geschrieben"));

    const Output summary = cxmIn(dir, "de_DE.UTF-8", "score demo.cxm");
    CHECK(summary.status == 0);
    CHECK(contains(summary.out, "Workshop, 6 Teilnehmende"));
    CHECK(contains(summary.out, "Kompetenzen"));
    CHECK(contains(summary.out, "CCO-Bereitschaft:"));
    const Output english = cxmIn(dir, "C.UTF-8", "score demo.cxm");
    CHECK(contains(english.out, "Workshop, 6 participants"));
    CHECK(contains(english.out, "Competencies"));

    const Output wrong = cxmIn(dir, "de_DE.UTF-8", "score");
    CHECK(wrong.status == 1);
    CHECK(contains(wrong.err, "cxm: Fehler: Aufruf: cxm score FILE [--json]"));
    const Output unknown = cxmIn(dir, "de_DE.UTF-8", "frobnicate");
    CHECK(contains(unknown.err, "unbekannter Befehl „frobnicate“"));
    // LANGUAGE, as a desktop sets it, chooses the language too.
    const std::string cmd = "cd '" + dir.path().string() + "' && env LANGUAGE=de LC_ALL= LANG=en_US.UTF-8 '" +
                            CXM_BINARY + "' --help >help.txt";
    REQUIRE(std::system(cmd.c_str()) == 0);
    CHECK(contains(readBytes(dir / "help.txt"), "Aufruf:"));
}

TEST_CASE("cxm report writes the report in the system's language")
{
    const TempDir dir;
    REQUIRE(cxmIn(dir, "C.UTF-8", "demo -o demo.cxm").status == 0);
    REQUIRE(cxmIn(dir, "de_DE.UTF-8", "report demo.cxm -o bericht.pdf").status == 0);
    REQUIRE(std::system(("pdftotext '" + (dir / "bericht.pdf").string() + "' '" +
                         (dir / "bericht.txt").string() + "'")
                            .c_str()) == 0);
    const std::string text = readBytes(dir / "bericht.txt");
    CHECK(contains(text, "CX-Reifegradbericht"));
    CHECK(contains(text, "Zusammenfassung für die Geschäftsleitung"));
}
