// Masks participants' names in free text (notes, titles, labels) for the anonymous report. A name
// is found as a whole word or phrase, whatever its case or accents (UTF-8 aware: "ÉLIF", "Elif" and
// "elif" all match "Elif"), with any run of white space between its words. Besides each full name,
// the first name alone and the surname alone are masked ("Ben disagreed"), also when two participants
// share them: a name shared by two people still narrows a note down to them. Plain C++, no Qt.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cxm {

class NameMask
{
public:
    // The names to hide, as typed for each participant. Empty names are ignored.
    explicit NameMask(const std::vector<std::string> &names, std::string replacement = "[participant]");

    // text with every occurrence of a participant's name replaced; invalid UTF-8 is passed through
    // byte by byte and never matches a name. Linear in the text's length.
    std::string mask(std::string_view text) const;
    // True when mask(text) would change text.
    bool containsName(std::string_view text) const;

    const std::string &replacement() const { return m_replacement; }

private:
    // A name to look for, as folded code points; words are separated by a single U+0020, which
    // matches any run of white space in the text.
    using Pattern = std::u32string;
    void addPattern(const Pattern &pattern);
    // The length in folded code points of the longest pattern that starts at `at` and ends on a word
    // boundary, or 0.
    std::size_t matchAt(const std::u32string &folded, std::size_t at) const;

    std::string m_replacement;
    // Patterns indexed by their first word, so a text is scanned once whatever the number of names.
    std::unordered_map<std::u32string, std::vector<Pattern>> m_byFirstWord;
};

} // namespace cxm
