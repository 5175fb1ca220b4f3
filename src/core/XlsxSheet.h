// One worksheet of the spreadsheet export, written cell by cell over libxlsxwriter with the export's
// rules: text is always a string cell (never a formula, whatever it starts with), cleaned of
// control characters and cut to what a cell holds; dates are date cells; a row is as tall as its
// wrapped text needs, since LibreOffice does not compute that when it opens a file.
#pragma once

#include <xlsxwriter.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cxm {

// The cell formats of the workbook, made once per workbook.
struct XlsxFormats
{
    explicit XlsxFormats(lxw_workbook *workbook);

    lxw_format *title = nullptr;
    lxw_format *section = nullptr;
    lxw_format *header = nullptr;       // a table's header cell above text
    lxw_format *headerRight = nullptr;  // … above numbers
    lxw_format *headerCenter = nullptr; // … above counts
    lxw_format *text = nullptr;         // wrapped, at the top of its row
    lxw_format *bold = nullptr;         // the same, bold: a row that heads the rows under it
    lxw_format *indented = nullptr;     // the same, indented: a row under such a heading
    lxw_format *centered = nullptr;     // wrapped and centred: a word in a column of figures
    lxw_format *oneLine = nullptr;      // not wrapped: may overflow into the empty cells beside it
    lxw_format *date = nullptr;
    lxw_format *decimal = nullptr; // 0.00
    lxw_format *percent = nullptr; // 0.0 %, of a fraction
    lxw_format *count = nullptr;   // a whole number, centred
};

class XlsxSheet
{
public:
    enum class Align { Left, Right, Center };

    // Keeps the first error of a libxlsxwriter call in `error`: the calls after it still run (they
    // do no harm), and the export then fails with it.
    XlsxSheet(lxw_worksheet *sheet, const XlsxFormats &formats, lxw_error &error);

    const XlsxFormats &formats() const { return m_formats; }

    // Column widths come first: the height of a row of wrapped text depends on them.
    void column(lxw_col_t col, double width);
    // Text, typed by a user or not: a string cell (plain text format unless given another).
    void text(lxw_row_t row, lxw_col_t col, const std::string &value, lxw_format *format = nullptr);
    void number(lxw_row_t row, lxw_col_t col, double value, lxw_format *format);
    void optionalNumber(lxw_row_t row, lxw_col_t col, const std::optional<double> &value, lxw_format *format);
    // YYYY-MM-DD as a date cell (a number with a date format); anything else as the text it is.
    void date(lxw_row_t row, lxw_col_t col, const std::string &value);
    // A table's header row; columns beyond `aligns` are aligned left.
    void headerRow(lxw_row_t row, const std::vector<std::string> &titles,
                   const std::vector<Align> &aligns = {});
    // The table from row 0 to lastRow: its header row stays in view and carries the filter buttons.
    void table(lxw_row_t lastRow, lxw_col_t lastCol);
    // Printed landscape, one page wide (a table's header row on every page). Sets the rows' heights:
    // call it last.
    void finish();

    // How many lines text takes in a column `width` characters wide (Excel's unit: the width of a
    // digit), estimated generously from the letters' shapes, so that a row is rather too tall than
    // too short.
    static int linesFor(const std::string &text, double width, bool bold);

private:
    void check(lxw_error result);

    lxw_worksheet *m_sheet;
    const XlsxFormats &m_formats;
    lxw_error &m_error;
    std::vector<double> m_widths;
    std::map<lxw_row_t, int> m_lines; // rows of more than one line
    bool m_table = false;
};

} // namespace cxm
