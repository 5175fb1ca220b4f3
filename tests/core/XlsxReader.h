// Reads a workbook back for a test with tests/core/read_xlsx.py (Python's zipfile and XML parser),
// never through the code that wrote it: per sheet its cells, formulas, autofilter, panes, columns and
// row heights, as JSON (see the script).
#pragma once

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace cxm::test {

inline nlohmann::json readXlsx(const std::filesystem::path &file)
{
    const auto quoted = [](const std::string &s) {
        std::string q = "'";
        for (char c : s)
            q += c == '\'' ? std::string("'\\''") : std::string(1, c);
        return q + "'";
    };
    const std::string command = quoted(CXM_PYTHON) + " " +
                                quoted(std::string(CXM_SOURCE_DIR) + "/tests/core/read_xlsx.py") + " " +
                                quoted(file.string());
    FILE *pipe = popen(command.c_str(), "r");
    if (!pipe)
        throw std::runtime_error("cannot run " + command);
    std::string out;
    char buffer[65536];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        out.append(buffer, n);
    if (pclose(pipe) != 0)
        throw std::runtime_error("read_xlsx.py could not read " + file.string());
    return nlohmann::json::parse(out);
}

// A sheet of what readXlsx returned, by name; null when there is none.
inline nlohmann::json sheetOf(const nlohmann::json &workbook, const std::string &name)
{
    for (const auto &s : workbook["sheets"])
        if (s["name"] == name)
            return s;
    return nullptr;
}

// The cell at a reference such as "B2"; null when it is empty.
inline nlohmann::json cellOf(const nlohmann::json &sheet, const std::string &ref)
{
    const auto &cells = sheet["cells"];
    return cells.contains(ref) ? cells[ref] : nlohmann::json();
}

// "A1"-style reference of a zero-based row and column (columns up to Z).
inline std::string refOf(std::size_t row, std::size_t col)
{
    return std::string(1, static_cast<char>('A' + col)) + std::to_string(row + 1);
}

} // namespace cxm::test
