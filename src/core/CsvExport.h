// Spreadsheet export: one row per participant and answer, then the team rows. RFC 4180 quoting,
// and any cell that a spreadsheet could take for a formula is neutralised with a leading apostrophe.
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace cxm {

// A cell of an exported row: its text, and its value when it is a number (a team's mean), so that
// a spreadsheet can hold it as a number.
struct ExportCell
{
    ExportCell(std::string t)
        : text(std::move(t))
    {}
    ExportCell(const char *t)
        : text(t)
    {}
    ExportCell(std::string t, double value)
        : text(std::move(t))
        , number(value)
    {}
    std::string text;
    std::optional<double> number;
};
using ExportRow = std::vector<ExportCell>;

class CsvExport
{
public:
    static std::string toCsv(const Session &session, const Instrument &instrument);
    // The rows toCsv writes, the header first, as the user's text (not yet quoted or guarded): the
    // spreadsheet export (XlsxExport) writes the same rows.
    static std::vector<ExportRow> rows(const Session &session, const Instrument &instrument);
    // The same rows, handed one at a time to `sink` as they are made (the CSV writes them straight
    // out, with no table of thousands of rows kept in between).
    using RowSink = std::function<void(std::initializer_list<ExportCell>)>;
    static void forEachRow(const Session &session, const Instrument &instrument, const RowSink &sink);
    // One cell, quoted when needed and guarded against formula injection.
    static std::string cell(const std::string &text);
    // The same, appended to out (the CSV's rows are written without a string per cell).
    static void appendCell(std::string &out, const std::string &text);
};

} // namespace cxm
