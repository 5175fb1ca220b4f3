#include "CsvExport.h"
#include "DemoSession.h"
#include "Text.h"

#include <catch2/catch.hpp>

using namespace cxm;

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
    // 6 people × (15 ratings + 1 Power Core ranking + 11 readiness answers); 15 + 1 + 11 team rows.
    CHECK(participantRows == 6 * 27);
    CHECK(teamRows == 27);
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
