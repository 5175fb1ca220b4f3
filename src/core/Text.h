// Small text helpers shared by the importers and exporters.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cxm {

bool isValidUtf8(std::string_view text);
std::vector<std::string> split(std::string_view text, char separator);
std::string join(const std::vector<std::string> &parts, std::string_view separator);
// True for YYYY-MM-DD naming a real calendar day.
bool isIsoDate(std::string_view text);

// User text is data. These neutralise what could hide or disguise it: control characters (NUL,
// escape, …) are dropped, and so are the bidirectional embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) that can make "exe.txt" read as "txt.exe". Right-to-left letters
// and the invisible marks U+200E/U+200F stay.
// For one-line text (names, roles, titles): line and paragraph breaks and tabs become a space.
std::string singleLineText(std::string_view text);
// For notes: tabs and line breaks (LF, CR) stay; U+2028/U+2029 become a line feed.
std::string multiLineText(std::string_view text);

} // namespace cxm
