#include "BenchSession.h"

#include "DemoSession.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace cxm::bench {

namespace {

std::size_t codePoints(std::string_view s)
{
    std::size_t n = 0;
    for (const char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// Deterministic prose of exactly `chars` code points; `seed` varies the word order between notes.
std::string note(std::size_t chars, std::uint32_t seed)
{
    static constexpr std::array<std::string_view, 24> words = {"customers", "churn",    "the",
                                                               "billing",   "team",     "reviews",
                                                               "every",     "quarter,", "\"escalations\"",
                                                               "café",      "Müller's", "<b>region</b>",
                                                               "R&D",       "and",      "nobody",
                                                               "owns",      "the",      "journey;",
                                                               "we",        "measure",  "NPS",
                                                               "weekly.",   "Señora",   "réunion"};
    std::string out;
    std::size_t n = 0;
    std::uint32_t state = seed * 2654435761u + 1;
    while (n < chars) {
        state = state * 1664525u + 1013904223u;
        const std::string_view w = words[(state >> 8) % words.size()];
        const std::string_view gap = n == 0 ? "" : ((state >> 20) % 40 == 0 ? "\n" : " ");
        out += gap;
        out += w;
        n += codePoints(gap) + codePoints(w);
    }
    while (n > chars) { // drop whole code points from the end
        while ((static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
            out.pop_back();
        out.pop_back();
        --n;
    }
    return out;
}

} // namespace

Session makeBenchSession(const Instrument &instrument, int participants, std::size_t noteChars)
{
    Session s = makeRepeatedDemoSession(instrument, participants);
    if (noteChars > 0) {
        std::uint32_t seed = 0;
        s.info.notes = note(noteChars, seed++);
        for (auto &r : s.ratings)
            if (r.item == "c1.culture")
                r.note = note(noteChars, seed++);
        for (auto &c : s.consensus)
            c.note = note(noteChars, seed++);
        for (auto &c : s.checklistConsensus)
            c.note = note(noteChars, seed++);
    }
    sortCanonically(s, instrument);
    return s;
}

} // namespace cxm::bench
