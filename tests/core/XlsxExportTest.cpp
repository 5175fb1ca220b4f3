#include "CsvExport.h"
#include "DemoSession.h"
#include "Error.h"
#include "ScoringEngine.h"
#include "XlsxExport.h"
#include "XlsxSheet.h"

#include "TempDir.h"
#include "XlsxReader.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace cxm;
using namespace cxm::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kFormula = "=HYPERLINK(\"http://example.com\",\"click\")";

std::vector<XlsxActionRow> someActions()
{
    return {
        {"Name an owner for the customer journey", "Ana Ortiz", "2026-03-31", "open", "Readiness question r1",
         "UNITE (years 1 to 3)", "Agreed in the workshop"},
        {"+1 the listening budget", "-Ben", "not a date", "in progress", "@SUM(A1)", "", kFormula},
        {"Stop the silo dashboards", "", "", "done", "", "", ""},
    };
}

// Days since Excel's day 0 (30 December 1899) for a date after February 1900.
double excelSerial(int y, unsigned m, unsigned d)
{
    // days_from_civil (H. Hinnant), as the civil calendar counts them
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const long days = era * 146097L + static_cast<long>(doe) - 719468L; // since 1970-01-01
    return static_cast<double>(days + 25569);                           // 1970-01-01 is Excel's 25569
}

json writeAndRead(const TempDir &dir, const Session &s, const std::vector<XlsxActionRow> &actions = {})
{
    XlsxExport::write(dir / "plan.xlsx", "plan.xlsx", s, Instrument::builtin(), actions);
    return readXlsx(dir / "plan.xlsx");
}

} // namespace

TEST_CASE(
    "the workbook has the Actions, Scores and Answers sheets; the tables have a bold header, filters and "
    "a frozen header row")
{
    TempDir dir;
    const Instrument &ins = Instrument::builtin();
    const json book = writeAndRead(dir, makeDemoSession(ins), someActions());
    std::vector<std::string> names;
    for (const auto &s : book["sheets"])
        names.push_back(s["name"]);
    CHECK(names == std::vector<std::string>{"Actions", "Scores", "Answers"});

    const json actions = sheetOf(book, "Actions");
    const std::vector<std::string> header = {"Action",    "Owner",        "Due", "Status",
                                             "Addresses", "CCO priority", "Note"};
    for (std::size_t c = 0; c < header.size(); ++c) {
        INFO(c);
        CHECK(cellOf(actions, refOf(0, c))["value"] == header[c]);
        CHECK(cellOf(actions, refOf(0, c))["bold"] == true);
        CHECK(cellOf(actions, refOf(1, c))["bold"] == false);
    }
    CHECK(actions["autoFilter"] == "A1:G4");
    CHECK(actions["pane"]["ySplit"] == 1.0);
    CHECK(actions["pane"]["state"] == "frozen");
    CHECK(actions["pane"]["topLeftCell"] == "A2");
    CHECK(cellOf(actions, "A2")["value"] == "Name an owner for the customer journey");
    CHECK(cellOf(actions, "B2")["value"] == "Ana Ortiz");
    CHECK(cellOf(actions, "D3")["value"] == "in progress");
    CHECK(cellOf(actions, "E2")["value"] == "Readiness question r1");
    CHECK(cellOf(actions, "F2")["value"] == "UNITE (years 1 to 3)");
    CHECK(cellOf(actions, "G2")["value"] == "Agreed in the workshop");
    // The columns have widths of their own: the title and the note wide, the date narrow.
    REQUIRE(actions["columns"].size() == 7);
    CHECK(actions["columns"][0]["width"].get<double>() > 30);
    CHECK(actions["columns"][2]["width"].get<double>() < 15);
    CHECK(actions["columns"][6]["width"].get<double>() > 30);

    const json answers = sheetOf(book, "Answers");
    const auto rows = CsvExport::rows(makeDemoSession(ins), ins);
    CHECK(answers["autoFilter"] == "A1:I" + std::to_string(rows.size()));
    CHECK(answers["pane"]["ySplit"] == 1.0);
    CHECK(answers["pane"]["state"] == "frozen");
    CHECK(cellOf(answers, "A1")["bold"] == true);
    CHECK(sheetOf(book, "Scores")["pane"].is_null()); // a sheet of several tables: nothing frozen
}

TEST_CASE("the Answers sheet holds the CSV export's rows, the team's means as numbers")
{
    TempDir dir;
    const Instrument &ins = Instrument::builtin();
    const Session demo = makeDemoSession(ins);
    const json answers = sheetOf(writeAndRead(dir, demo), "Answers");
    const auto rows = CsvExport::rows(demo, ins);
    REQUIRE(rows.size() > 100);
    std::size_t numbers = 0;
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const ExportCell &expected = rows[r][c];
            const json cell = cellOf(answers, refOf(r, c));
            INFO(refOf(r, c) << ": " << expected.text);
            if (expected.number) {
                ++numbers;
                REQUIRE(cell["type"] == "n");
                CHECK(cell["value"].get<double>() == Approx(*expected.number));
                CHECK(cell["numFmt"] == "0.00");
            } else if (expected.text.empty()) {
                CHECK(cell.is_null());
            } else {
                REQUIRE(cell["type"] == "s");
                CHECK(cell["value"] == expected.text);
            }
        }
    CHECK(numbers > 10); // the team's means of the competency items and the reliability per stage
    CHECK(answers["cells"].size() <= rows.size() * 9);
}

TEST_CASE("the due date is a date cell; a due date that is no date stays text")
{
    TempDir dir;
    const json actions =
        sheetOf(writeAndRead(dir, makeDemoSession(Instrument::builtin()), someActions()), "Actions");
    const json due = cellOf(actions, "C2");
    CHECK(due["type"] == "n");
    CHECK(due["value"].get<double>() == excelSerial(2026, 3, 31));
    CHECK(due["value"].get<double>() == 46112); // as Excel numbers 31 March 2026
    CHECK(due["date"] == true);
    CHECK(due["numFmt"] == "yyyy-mm-dd");
    CHECK(cellOf(actions, "C3")["type"] == "s");
    CHECK(cellOf(actions, "C3")["value"] == "not a date");
    CHECK(cellOf(actions, "C4").is_null()); // no due date: an empty cell
}

TEST_CASE("text that looks like a formula is written as a string, never as a formula")
{
    TempDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.participants[0].name = kFormula;
    s.participants[1].role = "+SUM(1,2)";
    s.info.organization = "=1+1";
    const json book = writeAndRead(dir, s, someActions());
    for (const auto &sheet : book["sheets"]) {
        INFO(sheet["name"]);
        CHECK(sheet["formulas"] == 0);
    }
    const json actions = sheetOf(book, "Actions");
    CHECK(cellOf(actions, "A3")["value"] == "+1 the listening budget");
    CHECK(cellOf(actions, "B3")["value"] == "-Ben");
    CHECK(cellOf(actions, "E3")["value"] == "@SUM(A1)");
    CHECK(cellOf(actions, "G3")["value"] == kFormula);
    CHECK(cellOf(actions, "G3")["type"] == "s");

    const json answers = sheetOf(book, "Answers");
    std::size_t found = 0;
    for (const auto &[ref, cell] : answers["cells"].items()) {
        if (cell["value"] == kFormula || cell["value"] == "+SUM(1,2)") {
            CHECK(cell["type"] == "s");
            ++found;
        }
    }
    CHECK(found > 20); // every row of the first two participants
    CHECK(cellOf(sheetOf(book, "Scores"), "A1")["value"] == "CX maturity scores: =1+1");
}

TEST_CASE("the Scores sheet holds the scores as numbers, in the instrument's words")
{
    TempDir dir;
    const Instrument &ins = Instrument::builtin();
    const Session demo = makeDemoSession(ins);
    const Score score = ScoringEngine(ins).score(demo);
    const json scores = sheetOf(writeAndRead(dir, demo), "Scores");
    // What column A says, and the row it says it on.
    std::map<std::string, std::size_t> rowOf;
    for (const auto &[ref, cell] : scores["cells"].items())
        if (ref[0] == 'A' && cell["type"] == "s")
            rowOf.emplace(cell["value"].get<std::string>(), std::stoul(ref.substr(1)));
    const auto at = [&](const std::string &label, char column) {
        REQUIRE(rowOf.count(label));
        return cellOf(scores, std::string(1, column) + std::to_string(rowOf[label]));
    };

    const json overall = at("Overall maturity index", 'B');
    CHECK(overall["type"] == "n");
    CHECK(overall["value"].get<double>() == Approx(*score.overall / 100));
    CHECK(overall["numFmt"] == "0.0%");
    CHECK(at("Milestone", 'B')["value"] == ins.findMilestone(*score.milestone)->title + " (" +
                                               std::to_string(*score.milestoneIndex + 1) + " of 5)");

    for (std::size_t i = 0; i < score.competencies.size(); ++i) {
        const auto &w = ins.competencies()[i];
        const auto &cs = score.competencies[i];
        const std::string label = std::to_string(w.number) + " " + w.title;
        INFO(label);
        CHECK(at(label, 'A')["bold"] == true);
        CHECK(at(label, 'B')["value"].get<double>() == Approx(*cs.percent / 100));
        CHECK(at(label, 'D')["value"].get<double>() == Approx(*cs.mean));
        CHECK(at(label, 'D')["numFmt"] == "0.00");
        for (const auto &l : ins.levels)
            if (l.id == *cs.level)
                CHECK(at(label, 'C')["value"] == l.label);
        // The items follow, each with its value and how many gave each level.
        const auto &item = cs.items.front();
        const std::string itemRow = std::to_string(rowOf[label] + 1);
        CHECK(cellOf(scores, "A" + itemRow)["value"] == w.findItem(item.id)->title);
        CHECK(cellOf(scores, "D" + itemRow)["value"].get<double>() == Approx(*item.value));
        CHECK(cellOf(scores, "E" + itemRow)["value"] == item.counts[0]);
        CHECK(cellOf(scores, "G" + itemRow)["value"] == item.counts[2]);
    }

    const auto &pc = score.powerCore;
    for (std::size_t place = 0; place < pc.ranking.size(); ++place) {
        const std::string title = ins.findOption(pc.ranking[place])->title;
        INFO(title);
        CHECK(at(title, 'B')["value"] == pc.pointsOf(pc.ranking[place]));
        CHECK(at(title, 'C')["value"] == place + 1);
    }
    CHECK(at("Customer in the Power Core", 'B')["value"] == (*pc.customerInCore ? "Yes" : "No"));
    CHECK(at("Agreement between the rankings (Kendall's W)", 'B')["value"].get<double>() ==
          Approx(*pc.kendallW));

    const auto &rd = score.readiness;
    CHECK(at("Yes", 'B')["value"] == rd.yes);
    CHECK(at("No", 'B')["value"] == rd.no);
    CHECK(at("Split", 'B')["value"] == rd.split);
    CHECK(at("Unanswered", 'B')["value"] == rd.unanswered);
    CHECK(at("Mandate to explore the Chief Customer Officer role", 'B')["value"] == "Strong");
    CHECK(at(ins.readinessQuestions().front().question, 'B')["value"] == "No");

    // The journey: per stage, the reliability of each item.
    const WorksheetScore *reliability = nullptr;
    for (const auto &ws : score.worksheets)
        if (!ws.stages.empty())
            reliability = &ws;
    REQUIRE(reliability);
    REQUIRE(at(ins.findWorksheet(reliability->id)->title, 'A')["bold"] == true);
    for (std::size_t st = 0; st < demo.stages.size(); ++st) {
        const std::string label = "Stage " + std::to_string(st + 1) + ": " + demo.stages[st].name;
        INFO(label);
        const auto &cs = reliability->stages[st].second;
        CHECK(at(label, 'D')["value"].get<double>() == Approx(*cs.mean));
        for (std::size_t i = 0; i < cs.items.size(); ++i) {
            const std::string row = std::to_string(rowOf[label] + 1 + i);
            CHECK(cellOf(scores, "D" + row)["value"].get<double>() == Approx(*cs.items[i].value));
        }
    }
}

TEST_CASE(
    "text is cleaned of control characters and cut to what a cell holds; rows are as tall as their text")
{
    TempDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    std::vector<XlsxActionRow> actions = someActions();
    actions[0].note = "one\ntwo\nthree\nfour\nfive";
    actions[1].title = "bell\x07 and \xE2\x80\xAEoverride";
    actions[2].note = std::string(40000, 'x');
    const json sheet = sheetOf(writeAndRead(dir, s, actions), "Actions");
    CHECK(cellOf(sheet, "A3")["value"] == "bell and override");
    const std::string cut = cellOf(sheet, "G4")["value"];
    CHECK(cut.size() == 32766 + std::string("\u2026").size());
    CHECK(cut.substr(cut.size() - 3) == "\u2026");
    CHECK(sheet["rowHeights"]["2"].get<double>() >= 5 * 15);
    CHECK(sheet["rowHeights"]["4"].get<double>() == 409); // the tallest row Excel allows
    CHECK(cellOf(sheet, "G2")["wrap"] == true);
}

TEST_CASE("the estimate of wrapped lines")
{
    CHECK(XlsxSheet::linesFor("short", 20, false) == 1);
    CHECK(XlsxSheet::linesFor("", 20, false) == 1);
    CHECK(XlsxSheet::linesFor("a\nb\nc", 20, false) == 3);
    CHECK(XlsxSheet::linesFor(std::string(100, 'x'), 20, false) == 5); // a word wider than the column breaks
    CHECK(XlsxSheet::linesFor("Chief Executive Officer", 22, false) == 1);
    CHECK(XlsxSheet::linesFor("Chief Executive Officer", 12, false) == 3);
    CHECK(XlsxSheet::linesFor("WIDE CAPITALS", 12, false) == 2);
    CHECK(XlsxSheet::linesFor("WIDE CAPITALS", 12, true) == 2);
    CHECK(XlsxSheet::linesFor("narrow lil", 12, false) == 1);
}

TEST_CASE("a workbook that cannot be written names the file and leaves the target as it was")
{
    TempDir dir;
    const Instrument &ins = Instrument::builtin();
    const Session demo = makeDemoSession(ins);
    try {
        XlsxExport::write(dir / "missing" / "plan.xlsx", "missing/plan.xlsx", demo, ins, {});
        FAIL("no error");
    } catch (const FileError &e) {
        CHECK_THAT(e.what(), Catch::StartsWith("missing/plan.xlsx: "));
    }
    // A workbook written over an older one replaces it whole, and leaves no temporary beside it.
    writeBytes(dir / "plan.xlsx", "the previous plan");
    XlsxExport::write(dir / "plan.xlsx", "plan.xlsx", demo, ins, someActions());
    CHECK(readBytes(dir / "plan.xlsx").substr(0, 2) == "PK");
    CHECK(listing(dir.path()) == std::vector<std::string>{"plan.xlsx"});
}

TEST_CASE("the Actions sheet holds the session's own plan, in its order and in words")
{
    TempDir dir;
    const Instrument &ins = Instrument::builtin();
    const Session demo = makeDemoSession(ins);
    REQUIRE(demo.actions.size() == 5);
    XlsxExport::write(dir / "own.xlsx", "own.xlsx", demo, ins);
    const json actions = sheetOf(readXlsx(dir / "own.xlsx"), "Actions");
    CHECK(actions["autoFilter"] == "A1:G6");
    CHECK(cellOf(actions, "A2")["value"] == demo.actions[0].title);
    CHECK(cellOf(actions, "B2")["value"] == "Ana Ortiz");             // the owner by name, not "p1"
    CHECK(cellOf(actions, "B6")["value"] == "Move-in working group"); // an owner typed freely
    CHECK(cellOf(actions, "C2")["value"] == excelSerial(2027, 1, 31));
    CHECK(cellOf(actions, "D5")["value"] == "Done");
    CHECK(cellOf(actions, "D2")["value"] == "In progress"); // words, not the file's ids
    CHECK(cellOf(actions, "E2")["value"] == "Readiness question 1");
    CHECK(cellOf(actions, "F2")["value"] == "UNITE (Years 1 through 3: Chief Customer Officer Priorities)");
}
