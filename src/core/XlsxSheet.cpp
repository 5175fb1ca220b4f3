#include "XlsxSheet.h"

#include "Text.h"

#include <algorithm>
#include <cmath>

namespace cxm {

namespace {

// Excel keeps at most this many characters in a cell; libxlsxwriter refuses a longer string.
constexpr std::size_t kMaxCellChars = 32767;
// Excel's default row: 15 points for one line of 11-point text; no row may pass 409 points.
constexpr double kLineHeight = 15.0;
constexpr double kMaxRowHeight = 409.0;

// What fits in a cell, and an ellipsis saying that there was more.
std::string truncated(const std::string &text)
{
    std::size_t chars = 0, end = 0;
    while (end < text.size() && chars < kMaxCellChars - 1) {
        ++end;
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            ++end;
        ++chars;
    }
    return text.substr(0, end) + "\u2026";
}

// A character's width in digit widths (Excel's unit of column width), as DejaVu Sans draws it: the
// widest of the fonts a spreadsheet falls back to (Calibri, Carlito and Liberation Sans are
// narrower), so that an estimate errs towards a row too tall rather than text cut off.
double charWidth(unsigned int cp)
{
    static constexpr double ascii[] = {
        0.50, 0.63, 0.72, 1.32, 1.00, 1.49, 1.23, 0.43,
        0.61, 0.61, 0.79, 1.32, 0.50, 0.57, 0.50, 0.53, // space … /
        1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00,
        1.00, 1.00, 0.53, 0.53, 1.32, 1.32, 1.32, 0.83, // 0 … ?
        1.57, 1.08, 1.08, 1.10, 1.21, 0.99, 0.90, 1.22,
        1.18, 0.46, 0.46, 1.03, 0.88, 1.36, 1.18, 1.24, // @ … O
        0.95, 1.24, 1.09, 1.00, 0.96, 1.15, 1.08, 1.55,
        1.08, 0.96, 1.08, 0.61, 0.53, 0.61, 1.32, 0.79, // P … _
        0.79, 0.96, 1.00, 0.86, 1.00, 0.97, 0.55, 1.00,
        1.00, 0.44, 0.44, 0.91, 0.44, 1.53, 1.00, 0.96, // ` … o
        1.00, 1.00, 0.65, 0.82, 0.62, 1.00, 0.93, 1.29,
        0.93, 0.93, 0.83, 1.00, 0.53, 1.00, 1.32, 1.00, // p … DEL
    };
    if (cp >= 0x20 && cp < 0x80)
        return ascii[cp - 0x20];
    return cp >= 0x1100 ? 1.6 : 1.0; // wide scripts (CJK, Hangul) and emoji; else a letter's width
}

std::vector<unsigned int> codePointsOf(std::string_view text)
{
    std::vector<unsigned int> out;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
        unsigned int cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
        for (std::size_t k = 1; k < len && i + k < text.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
        out.push_back(cp);
        i += len;
    }
    return out;
}

} // namespace

XlsxFormats::XlsxFormats(lxw_workbook *wb)
{
    const auto make = [&](auto &&setUp) {
        lxw_format *f = workbook_add_format(wb);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        setUp(f);
        return f;
    };
    const auto headerCell = [](lxw_format *f) {
        format_set_bold(f);
        format_set_text_wrap(f);
        format_set_bg_color(f, 0xDDE4EE);
        format_set_bottom(f, LXW_BORDER_THIN);
    };
    title = make([](lxw_format *f) {
        format_set_bold(f);
        format_set_font_size(f, 14);
    });
    section = make([](lxw_format *f) {
        format_set_bold(f);
        format_set_font_size(f, 12);
    });
    header = make(headerCell);
    headerRight = make([&](lxw_format *f) {
        headerCell(f);
        format_set_align(f, LXW_ALIGN_RIGHT);
    });
    headerCenter = make([&](lxw_format *f) {
        headerCell(f);
        format_set_align(f, LXW_ALIGN_CENTER);
    });
    text = make([](lxw_format *f) { format_set_text_wrap(f); });
    bold = make([](lxw_format *f) {
        format_set_text_wrap(f);
        format_set_bold(f);
    });
    indented = make([](lxw_format *f) {
        format_set_text_wrap(f);
        format_set_indent(f, 1);
    });
    centered = make([](lxw_format *f) {
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_CENTER);
    });
    oneLine = make([](lxw_format *) {});
    date = make([](lxw_format *f) {
        format_set_num_format(f, "yyyy-mm-dd");
        format_set_align(f, LXW_ALIGN_LEFT);
    });
    decimal = make([](lxw_format *f) { format_set_num_format(f, "0.00"); });
    percent = make([](lxw_format *f) { format_set_num_format(f, "0.0%"); });
    count = make([](lxw_format *f) {
        format_set_num_format(f, "0");
        format_set_align(f, LXW_ALIGN_CENTER);
    });
}

XlsxSheet::XlsxSheet(lxw_worksheet *sheet, const XlsxFormats &formats, lxw_error &error)
    : m_sheet(sheet)
    , m_formats(formats)
    , m_error(error)
{}

void XlsxSheet::check(lxw_error result)
{
    if (result != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
        m_error = result;
}

void XlsxSheet::column(lxw_col_t col, double width)
{
    if (m_widths.size() <= col)
        m_widths.resize(col + 1u, 8.43); // Excel's default
    m_widths[col] = width;
    check(worksheet_set_column(m_sheet, col, col, width, nullptr));
}

void XlsxSheet::text(lxw_row_t row, lxw_col_t col, const std::string &value, lxw_format *format)
{
    if (!format)
        format = m_formats.text;
    if (value.empty()) {
        if (format == m_formats.header || format == m_formats.headerRight || format == m_formats.headerCenter)
            check(worksheet_write_blank(m_sheet, row, col, format));
        return;
    }
    std::string clean = multiLineText(value);
    if (lxw_utf8_strlen(clean.c_str()) > kMaxCellChars)
        clean = truncated(clean);
    // worksheet_write_string stores the text as it is: "=1+1" stays text, not a formula.
    check(worksheet_write_string(m_sheet, row, col, clean.c_str(), format));
    const bool wraps = format == m_formats.text || format == m_formats.bold || format == m_formats.indented ||
                       format == m_formats.centered || format == m_formats.header ||
                       format == m_formats.headerRight || format == m_formats.headerCenter;
    if (wraps && col < m_widths.size()) {
        const double width = m_widths[col] - (format == m_formats.indented ? 2.5 : 0.5);
        const bool bold =
            format != m_formats.text && format != m_formats.indented && format != m_formats.centered;
        const int lines = linesFor(clean, width, bold);
        if (lines > 1)
            m_lines[row] = std::max(m_lines[row], lines);
    }
}

void XlsxSheet::number(lxw_row_t row, lxw_col_t col, double value, lxw_format *format)
{
    check(worksheet_write_number(m_sheet, row, col, value, format));
}

void XlsxSheet::optionalNumber(lxw_row_t row, lxw_col_t col, const std::optional<double> &value,
                               lxw_format *format)
{
    if (value)
        number(row, col, *value, format);
}

void XlsxSheet::date(lxw_row_t row, lxw_col_t col, const std::string &value)
{
    // Excel's calendar starts in 1900, and counts a 29 February 1900 that never was.
    if (isIsoDate(value) && value >= "1900-03-01") {
        lxw_datetime when = {};
        when.year = std::stoi(value.substr(0, 4));
        when.month = std::stoi(value.substr(5, 2));
        when.day = std::stoi(value.substr(8, 2));
        check(worksheet_write_datetime(m_sheet, row, col, &when, m_formats.date));
    } else {
        text(row, col, value);
    }
}

void XlsxSheet::headerRow(lxw_row_t row, const std::vector<std::string> &titles,
                          const std::vector<Align> &aligns)
{
    for (std::size_t c = 0; c < titles.size(); ++c) {
        const Align align = c < aligns.size() ? aligns[c] : Align::Left;
        text(row, static_cast<lxw_col_t>(c), titles[c],
             align == Align::Right    ? m_formats.headerRight
             : align == Align::Center ? m_formats.headerCenter
                                      : m_formats.header);
    }
}

void XlsxSheet::table(lxw_row_t lastRow, lxw_col_t lastCol)
{
    worksheet_freeze_panes(m_sheet, 1, 0);
    check(worksheet_autofilter(m_sheet, 0, 0, lastRow, lastCol));
    m_table = true;
}

void XlsxSheet::finish()
{
    for (const auto &[row, lines] : m_lines)
        check(worksheet_set_row(m_sheet, row, std::min(kMaxRowHeight, lines * kLineHeight), nullptr));
    worksheet_set_landscape(m_sheet);
    worksheet_fit_to_pages(m_sheet, 1, 0);
    if (m_table)
        check(worksheet_repeat_rows(m_sheet, 0, 0));
}

int XlsxSheet::linesFor(const std::string &text, double width, bool bold)
{
    const double scale = bold ? 1.1 : 1.0; // DejaVu Sans Bold against the regular face
    width = std::max(width, 1.0);
    int lines = 0;
    for (const auto &paragraph : split(text, '\n')) {
        // Greedy wrapping at spaces, as a spreadsheet does; a word wider than the column is broken.
        double used = 0;
        int paragraphLines = 1;
        for (const auto &word : split(paragraph, ' ')) {
            double w = 0;
            for (unsigned int cp : codePointsOf(word))
                w += charWidth(cp) * scale;
            const double space = used > 0 ? charWidth(' ') * scale : 0;
            if (used > 0 && used + space + w > width) {
                ++paragraphLines;
                used = 0;
            } else {
                used += space;
            }
            while (w > width) {
                ++paragraphLines;
                w -= width;
            }
            used += w;
        }
        lines += paragraphLines;
    }
    return std::max(lines, 1);
}

} // namespace cxm
