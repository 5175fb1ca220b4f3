// Spreadsheet export: one row per participant and answer, then the team rows. RFC 4180 quoting,
// and any cell that a spreadsheet could take for a formula is neutralised with a leading apostrophe.
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <string>

namespace cxm {

class CsvExport
{
public:
    static std::string toCsv(const Session &session, const Instrument &instrument);
    // One cell, quoted when needed and guarded against formula injection.
    static std::string cell(const std::string &text);
};

} // namespace cxm
