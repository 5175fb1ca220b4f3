#include "CsvExport.h"
#include "DemoSession.h"
#include "Text.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>

using namespace cxm;
using namespace std::string_literals;

namespace {

// A small RFC 4180 reader, so the test checks what a spreadsheet would see.
std::vector<std::vector<std::string>> parseCsv(const std::string &text)
{
    std::vector<std::vector<std::string>> rows(1);
    std::string cell;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(cell);
            cell.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(cell);
            cell.clear();
            rows.emplace_back();
            ++i;
        } else {
            cell += c;
        }
    }
    if (rows.back().empty())
        rows.pop_back();
    return rows;
}

} // namespace

TEST_CASE("cells are quoted per RFC 4180 and formulas are neutralised")
{
    CHECK(CsvExport::cell("plain") == "plain");
    CHECK(CsvExport::cell("a,b") == "\"a,b\"");
    CHECK(CsvExport::cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(CsvExport::cell("two\nlines") == "\"two\nlines\"");
    CHECK(CsvExport::cell("=1+1") == "'=1+1");
    CHECK(CsvExport::cell("+1") == "'+1");
    CHECK(CsvExport::cell("-1") == "'-1");
    CHECK(CsvExport::cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(CsvExport::cell("\tx") == "'\tx");
    CHECK(CsvExport::cell("\rx") == "\"'\rx\"");
    CHECK(CsvExport::cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(CsvExport::cell("") == "");
}

TEST_CASE("the CSV has one row per participant and answer, then the team rows")
{
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.participants[0].name = "=HYPERLINK(\"http://x\"), \"Ana\"";
    const auto rows = parseCsv(CsvExport::toCsv(s, ins));
    REQUIRE(rows.size() > 1);
    CHECK(rows[0] == std::vector<std::string>{"scope", "participant_id", "participant", "role", "section",
                                              "question_id", "question", "answer", "note"});
    std::size_t participantRows = 0, teamRows = 0;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == 9);
        (rows[i][0] == "participant" ? participantRows : teamRows)++;
    }
    // 6 people × (15 ratings + 1 Power Core ranking + 7 asset metrics + 11 readiness answers); team
    // rows: 15 + 1 + 10 enablers and inhibitors + 7 metrics + 11, then the journey: 6 stages with
    // a name and what each replaces, and their 9 questions; the team's reliability answers for 6
    // stages × 2 audiences; the stairway's 6 stages; the ALWAYS / NEVER entries (33); the stop-doing
    // list's 5 + 8 named slots; the Customer Room's 8 questions for each of 6 stages.
    CHECK(participantRows == 6 * (34 + 12)); // and 2 reliability ratings for each of 6 stages
    CHECK(teamRows ==
          15 + 1 + 10 + 7 + 11 + 6 * 2 + 9 + 12 + 6 + 33 + 13 + 6 * 8 + 4 + 5); // and 4 targets, 5 actions
    CHECK(rows[1][2] == "'=HYPERLINK(\"http://x\"), \"Ana\"");
    CHECK(rows[1][5] == "c1.culture");
    // The consensus decision shows in the team row.
    bool found = false;
    for (const auto &r : rows)
        if (r[0] == "team" && r[5] == "c1.culture") {
            CHECK(r[7] == "early (consensus)");
            found = true;
        }
    CHECK(found);
}

TEST_CASE("control characters and bidirectional overrides never reach the CSV raw")
{
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    // As a file written before names were neutralised on input could still hold them.
    s.participants[0].name = "Ana\nOrtiz\0x"s + "\u202Egnp.exe\u2066\u2069";
    s.participants[0].role = "CEO\r\n\x1b[31m";
    s.ratings[0].note = "line one\nline two\0\u202E=cmd"s;
    s.participants[1].name = "\u202E=HYPERLINK(\"http://x\")";
    const std::string csv = CsvExport::toCsv(s, ins);
    for (const char *raw : {"\u202E", "\u2066", "\u2069", "\x1b"})
        CHECK(csv.find(raw) == std::string::npos);
    CHECK(csv.find('\0') == std::string::npos);
    const auto rows = parseCsv(csv);
    REQUIRE(rows.size() > 2);
    CHECK(rows[1][2] == "Ana Ortizxgnp.exe");
    CHECK(rows[1][3] == "CEO  [31m");
    CHECK(rows[1][8] == "line one\nline two=cmd"); // notes keep their line breaks, quoted
    // Removing the override does not let a formula through.
    const auto second = std::find_if(rows.begin(), rows.end(), [](const auto &r) { return r[1] == "p2"; });
    REQUIRE(second != rows.end());
    CHECK((*second)[2] == "'=HYPERLINK(\"http://x\")");
}

TEST_CASE("one-line and multi-line text are neutralised as documented")
{
    CHECK(singleLineText("a\tb\nc\r\nd\u2028e\u0085f") == "a b c  d e f");
    CHECK(singleLineText("nul\0byte\x7f\u009b"s) == "nulbyte");
    CHECK(singleLineText("\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee\u2066f\u2067g\u2068h\u2069") == "abcdefgh");
    // Right-to-left letters, the invisible direction marks, emoji and accents stay.
    const std::string rtl = "\u05E9\u05DC\u05D5\u05DD \u200F\u200E \U0001F600 \u00e9";
    CHECK(singleLineText(rtl) == rtl);
    CHECK(multiLineText("one\ntwo\r\nthree\tfour\u2029five\u202E") == "one\ntwo\r\nthree\tfour\nfive");
}

// The demo, which fills a worksheet of every kind, exported byte for byte as tests/data/csv/demo.csv
// (regenerate with: cxm demo -o d.cxm && cxm export d.cxm --format csv -o tests/data/csv/demo.csv, and
// read the difference before committing it).
TEST_CASE("the CSV of every worksheet kind matches its golden file")
{
    const Instrument &ins = Instrument::builtin();
    std::ifstream in(std::string(CXM_TEST_DATA_DIR) + "/csv/demo.csv", std::ios::binary);
    REQUIRE(in);
    const std::string golden((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string csv = CsvExport::toCsv(makeDemoSession(ins), ins);
    CHECK(csv == golden);
    // One row of each kind, as a spreadsheet user reads it.
    for (const char *line :
         {"participant,p1,Ana Ortiz,Chief Executive Officer,competency,c1.culture,Culture,advanced,\r\n",
          "participant,p1,Ana Ortiz,Chief Executive Officer,asset_metrics,am.behavior4,Move-ins who never "
          "set up "
          "online billing,\"no, difficulty 3 of 5\",\r\n",
          "team,,,,asset_metrics,am.new_customers,New Customers Volume and Value,\"yes, difficulty 1.67 of "
          "5\",\r\n",
          "team,,,,enablers_inhibitors,process.inhibitors,Process: Inhibitors,Move-in process spread over "
          "four "
          "departments,\r\n",
          "team,,,,readiness,r6,People really participate and care about the customer work.,yes,\r\n",
          "team,,,,journey_stages,s4.name,\"Stage 4, as customers live it\",My power is on when I move "
          "in,\r\n",
          "team,,,,always_never,s4:employees.never,Stage 4 (My power is on when I move in): What Will We "
          "ENSURE for Employees?: We Will NEVER...,Blame another department in front of the customer,\r\n"})
        CHECK(csv.find(line) != std::string::npos);
}
