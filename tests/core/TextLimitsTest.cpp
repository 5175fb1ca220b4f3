// Text that people give, at every input: characters XML cannot carry never reach a spreadsheet,
// and a name or title longer than the limit is refused with a message that says so, whether it
// comes from the window or a phone (through SessionFile) or from an imported document.
#include "CsvExport.h"
#include "DemoSession.h"
#include "Error.h"
#include "Instrument.h"
#include "SessionFile.h"
#include "SessionJson.h"
#include "TempDir.h"
#include "Text.h"
#include "XlsxExport.h"
#include "XlsxReader.h"

#include <catch2/catch.hpp>

using namespace cxm;

namespace {

const std::string kNonCharacters = "A\xEF\xBF\xBE" "B\xEF\xBF\xBF" "C\xEF\xB7\x90" "D"; // U+FFFE U+FFFF U+FDD0

std::string letters(std::size_t n)
{
    std::string s;
    for (std::size_t i = 0; i < n; ++i)
        s += i % 2 ? "\xC3\xA9" : "a"; // é counts as one character
    return s;
}

} // namespace

TEST_CASE("characters XML cannot carry are dropped from every text; a byte that is not UTF-8 is U+FFFD")
{
    CHECK(singleLineText(kNonCharacters) == "ABCD");
    CHECK(multiLineText(kNonCharacters + "\nE") == "ABCD\nE");
    CHECK(singleLineText("x\xFFy") == "x\xEF\xBF\xBDy");
    CHECK(singleLineText("Zo\xC3\xAB \xE2\x80\x94 \xF0\x9F\x98\x80") == "Zo\xC3\xAB \xE2\x80\x94 \xF0\x9F\x98\x80");
}

TEST_CASE("a spreadsheet and a CSV of a session with noncharacters in its text are whole")
{
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.participants[0].name = kNonCharacters; // as an older version could have stored it
    s.info.title = "Title " + kNonCharacters;
    test::TempDir dir;
    XlsxExport::write(dir / "s.xlsx", "s.xlsx", s, ins);
    const auto book = test::readXlsx(dir / "s.xlsx"); // throws when the XML does not parse
    CHECK(book.dump().find("ABCD") != std::string::npos);
    CHECK(book.dump().find("\xEF\xBF\xBF") == std::string::npos);
    const std::string csv = CsvExport::toCsv(s, ins);
    CHECK(csv.find("ABCD") != std::string::npos);
    CHECK(csv.find("\xEF\xBF\xBE") == std::string::npos);
}

TEST_CASE("a name or title over the limit is refused at the file, and nothing changes")
{
    const Instrument &ins = Instrument::builtin();
    test::TempDir dir;
    auto file = SessionFile::create(dir / "s.cxm", ins, SessionInfo{"Workshop", "Acme"});
    const std::string id = file->addParticipant(letters(kMaxLineText), "CEO");
    CHECK(codePoints(file->load().findParticipant(id)->name) == kMaxLineText);
    try {
        file->addParticipant(letters(kMaxLineText + 1), "CEO");
        FAIL("an overlong name was stored");
    } catch (const InputError &e) {
        CHECK(std::string(e.what()).find("too long") != std::string::npos);
        CHECK(std::string(e.what()).find(std::to_string(kMaxLineText + 1)) != std::string::npos);
    }
    SessionInfo info = file->load().info;
    info.title = std::string(2'000'000, 'x');
    CHECK_THROWS_AS(file->setInfo(info), InputError);
    CHECK(file->load().info.title == "Workshop");
    CHECK(file->load().participants.size() == 1);
}

TEST_CASE("an imported document with an overlong name is refused with its location")
{
    const std::string doc = R"({"format": "cx-workbench-session", "version": 1,
        "session": {"title": "T", "organization": "O", "mode": "workshop"},
        "participants": [{"id": "p1", "name": ")" + std::string(kMaxLineText + 1, 'n') + R"("}]})";
    try {
        (void)SessionJson::parse(doc, "big.json", Instrument::builtin());
        FAIL("an overlong name was imported");
    } catch (const InputError &e) {
        CHECK(std::string(e.what()).find("/participants/0/name") != std::string::npos);
        CHECK(std::string(e.what()).find("at most") != std::string::npos);
    }
}
