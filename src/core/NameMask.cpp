#include "NameMask.h"

#include <algorithm>

namespace cxm {

namespace {

constexpr char32_t kSpace = U' ';
constexpr char32_t kDropped = 0;        // a combining mark: part of the character before it
constexpr char32_t kInvalid = 0x110000; // a byte that is not UTF-8: matches nothing, not a word

// Base letters of Latin Extended-A (U+0100 … U+017F); '?' keeps the letter, lower-cased.
constexpr std::u32string_view kLatinExtendedA =
    U"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnn??oooooo??rrrrrrssssssss"
    U"ttttttuuuuuuuuuuuuwwyyyzzzzzzs";

bool isSpace(char32_t c)
{
    return c == U' ' || (c >= U'\t' && c <= U'\r') || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

// Letters and digits, in every script; punctuation, symbols, spaces and stray bytes are not.
bool isWord(char32_t c)
{
    if (c < 0x80)
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
    if (c == kInvalid || isSpace(c))
        return false;
    if ((c >= 0x80 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) || c == 0xD7 || c == 0xF7)
        return false;
    if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE4F) ||
        (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0x1F000 && c <= 0x1FAFF))
        return false;
    return true;
}

// Case and accents folded away, so "ÉLIF", "Élif" and "elif" compare equal; white space becomes
// U+0020 and a combining mark kDropped.
char32_t fold(char32_t c)
{
    if (isSpace(c))
        return kSpace;
    if (c >= U'A' && c <= U'Z')
        return c + 0x20;
    if (c < 0x80)
        return c;
    if ((c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
        (c >= 0x20D0 && c <= 0x20FF))
        return kDropped;
    if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7) {
        constexpr std::u32string_view latin1 =
            U"aaaaaa?ceeeeiiii?nooooo?ouuuuy??aaaaaa?ceeeeiiii?nooooo?ouuuuy?y";
        const char32_t base = latin1[c - 0xC0];
        if (base != U'?')
            return base;
        return (c >= 0xC0 && c <= 0xDE) ? c + 0x20 : c; // Æ Ð Þ to lower case; ß æ ð þ stay
    }
    if (c >= 0x100 && c <= 0x17F) {
        const char32_t base = kLatinExtendedA[c - 0x100];
        return base != U'?' ? base : (c | 1u);
    }
    if ((c >= 0x391 && c <= 0x3A9 && c != 0x3A2) || (c >= 0x410 && c <= 0x42F))
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F)
        return c + 0x50;
    return c;
}

// The text as folded code points, each with the bytes it came from (a dropped mark extends the
// character before it). Runs of white space stay runs; the matcher skips them.
struct Folded
{
    std::u32string text;
    std::vector<std::size_t> begin;
    std::vector<std::size_t> end;
};

Folded foldText(std::string_view s)
{
    Folded f;
    f.text.reserve(s.size());
    f.begin.reserve(s.size());
    f.end.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t len = 1;
        char32_t cp = kInvalid;
        if (b < 0x80) {
            cp = b;
        } else {
            const std::size_t want = (b & 0xE0) == 0xC0   ? 2
                                     : (b & 0xF0) == 0xE0 ? 3
                                     : (b & 0xF8) == 0xF0 ? 4
                                                          : 0;
            if (want != 0 && i + want <= s.size()) {
                char32_t v = b & (want == 2 ? 0x1Fu : want == 3 ? 0x0Fu : 0x07u);
                bool ok = true;
                for (std::size_t k = 1; k < want && ok; ++k) {
                    const auto cc = static_cast<unsigned char>(s[i + k]);
                    ok = (cc & 0xC0) == 0x80;
                    v = (v << 6) | (cc & 0x3Fu);
                }
                if (ok) {
                    cp = v;
                    len = want;
                }
            }
        }
        const char32_t folded = cp == kInvalid ? kInvalid : fold(cp);
        if (folded == kDropped && !f.text.empty()) {
            f.end.back() = i + len;
        } else if (folded != kDropped) {
            f.text.push_back(folded);
            f.begin.push_back(i);
            f.end.push_back(i + len);
        }
        i += len;
    }
    return f;
}

std::u32string trimmed(const std::u32string &word)
{
    std::size_t a = 0;
    std::size_t b = word.size();
    while (a < b && !isWord(word[a]))
        ++a;
    while (b > a && !isWord(word[b - 1]))
        --b;
    return word.substr(a, b - a);
}

// A name's words as typed, folded ("J.", "Lee"), split at white space.
std::vector<std::u32string> nameWords(const std::string &name)
{
    std::vector<std::u32string> words;
    std::u32string word;
    for (char32_t c : foldText(name).text) {
        if (c != kSpace) {
            word.push_back(c);
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(word);
    return words;
}

std::u32string firstWordOf(const std::u32string &s, std::size_t at)
{
    std::size_t e = at;
    while (e < s.size() && isWord(s[e]))
        ++e;
    return s.substr(at, e - at);
}

} // namespace

NameMask::NameMask(const std::vector<std::string> &names, std::string replacement)
    : m_replacement(std::move(replacement))
{
    for (const std::string &name : names) {
        const std::vector<std::u32string> words = nameWords(name);
        if (words.empty())
            continue;
        std::u32string full;
        for (const auto &w : words)
            full += (full.empty() ? U"" : U" ") + w;
        addPattern(trimmed(full));
        // A first name or a surname on its own. Initials ("J.") are too short to tell from a word.
        if (words.size() >= 2) {
            for (const std::u32string &part : {trimmed(words.front()), trimmed(words.back())})
                if (part.size() >= 2)
                    addPattern(part);
        }
    }
}

void NameMask::addPattern(const Pattern &pattern)
{
    const std::u32string key = firstWordOf(pattern, 0);
    if (key.empty())
        return;
    auto &list = m_byFirstWord[key];
    if (std::find(list.begin(), list.end(), pattern) == list.end())
        list.push_back(pattern);
}

std::size_t NameMask::matchAt(const std::u32string &text, std::size_t at) const
{
    const auto found = m_byFirstWord.find(firstWordOf(text, at));
    if (found == m_byFirstWord.end())
        return 0;
    std::size_t best = 0;
    for (const Pattern &p : found->second) {
        std::size_t t = at;
        bool ok = true;
        for (std::size_t k = 0; k < p.size() && ok; ++k) {
            if (p[k] == kSpace) {
                ok = t < text.size() && text[t] == kSpace;
                while (t < text.size() && text[t] == kSpace)
                    ++t;
            } else {
                ok = t < text.size() && text[t] == p[k];
                ++t;
            }
        }
        // The name ends where a word ends: "Ben" is not found in "Benefits".
        if (ok && (t == text.size() || !isWord(text[t]) || !isWord(p.back())))
            best = std::max(best, t - at);
    }
    return best;
}

std::string NameMask::mask(std::string_view text) const
{
    if (m_byFirstWord.empty())
        return std::string(text);
    const Folded f = foldText(text);
    std::string out;
    out.reserve(text.size());
    std::size_t copied = 0; // bytes of text already handled
    for (std::size_t i = 0; i < f.text.size(); ++i) {
        if (!isWord(f.text[i]) || (i > 0 && isWord(f.text[i - 1])))
            continue;
        const std::size_t n = matchAt(f.text, i);
        if (n == 0)
            continue;
        out.append(text.substr(copied, f.begin[i] - copied));
        out += m_replacement;
        copied = f.end[i + n - 1];
        i += n - 1;
    }
    out.append(text.substr(copied));
    return out;
}

bool NameMask::containsName(std::string_view text) const
{
    return mask(text) != text;
}

} // namespace cxm
