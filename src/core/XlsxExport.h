// The spreadsheet export: an XLSX workbook, written by libxlsxwriter, with the action plan
// ("Actions"), the scores ("Scores") and the answers ("Answers", the rows of the CSV export).
// Every text a user typed is a string cell, never a formula, whatever it starts with; numbers and
// dates are numbers. The target is written completely, through a temporary file beside it, or not
// at all.
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <filesystem>
#include <string>
#include <vector>

namespace cxm {

// One action of the plan, in the words the sheet shows: the caller turns the model's ids and
// enums into words (the owner's name, the status, what it addresses, the CCO priority).
struct XlsxActionRow
{
    std::string title;
    std::string owner;
    std::string due; // YYYY-MM-DD, written as a date cell; empty for none
    std::string status;
    std::string addresses;
    std::string priority;
    std::string note;
};

class XlsxExport
{
public:
    // The sheets, in the workbook's order.
    static constexpr const char *kActionsSheet = "Actions";
    static constexpr const char *kScoresSheet = "Scores";
    static constexpr const char *kAnswersSheet = "Answers";

    // Writes the workbook to path (as checkOutput resolved it). Throws FileError naming the output
    // as `name` (what the user typed) when it cannot be written; the target is then unchanged.
    static void write(const std::filesystem::path &path, const std::string &name, const Session &session,
                      const Instrument &instrument, const std::vector<XlsxActionRow> &actions);
    // The same with the session's own plan.
    static void write(const std::filesystem::path &path, const std::string &name, const Session &session,
                      const Instrument &instrument);
    // The session's actions in the sheet's words, in the plan's order.
    static std::vector<XlsxActionRow> actionRows(const Session &session, const Instrument &instrument);
};

} // namespace cxm
