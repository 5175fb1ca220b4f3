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
// Both also drop Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0…U+FDEF, …), which XML cannot carry,
// and turn a byte that is not UTF-8 into U+FFFD.

// The longest text a person may give: a name, title, role, label or list line, and a note. Every
// input (the window, a phone, an imported document) is held to them, so a pasted megabyte never
// reaches a page.
inline constexpr std::size_t kMaxLineText = 500;
inline constexpr std::size_t kMaxNoteText = 20000;
std::size_t codePoints(std::string_view text);
// singleLineText / multiLineText of an input, refused (InputError naming `what`) when longer than
// the limit.
std::string lineInput(std::string_view text, const std::string &what);
std::string noteInput(std::string_view text, const std::string &what);

} // namespace cxm
