// The report's journey strip, read back from the PDF: the stages across the page in the journey's
// order under their numbers, the word "Disagreement" under the stage the team split on, and the strip
// above the per-stage table.
#include "PdfReader.h"

#include "DemoSession.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>

using namespace cxm;
using namespace cxm::test;

namespace {

// A word as typed: pdftotext -bbox writes the apostrophe as an entity.
std::string plain(std::string text)
{
    for (std::size_t at = text.find("&apos;"); at != std::string::npos; at = text.find("&apos;"))
        text.replace(at, 6, "'");
    return text;
}

const Word *findWord(const std::vector<Word> &ws, const std::string &text, std::size_t from = 0)
{
    for (std::size_t i = from; i < ws.size(); ++i)
        if (ws[i].text == text)
            return &ws[i];
    return nullptr;
}

// The page that starts the reliability section: its title's first words.
std::optional<std::size_t> reliabilityPage(const std::vector<Page> &pages)
{
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const auto &ws = pages[p].words;
        for (std::size_t i = 0; i + 2 < ws.size(); ++i)
            if (ws[i].text == "Experience" && ws[i + 1].text == "Reliability" && ws[i + 2].text == "by")
                return p;
    }
    return std::nullopt;
}

// The strip's "Stage n" label: the word "Stage" followed by n on the same line.
const Word *stageLabel(const std::vector<Word> &ws, int n)
{
    for (std::size_t i = 0; i + 1 < ws.size(); ++i)
        if (ws[i].text == "Stage" && ws[i + 1].text == std::to_string(n) &&
            std::abs(ws[i + 1].yMin - ws[i].yMin) < 1)
            return &ws[i];
    return nullptr;
}

} // namespace

TEST_CASE("the journey page draws the stages across, and marks the stage the team split on")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    REQUIRE(s.stages.size() == 6);
    const Rendered r = render(dir, "journeystrip", s);
    const std::vector<Page> pages = words(r.path);
    const auto page = reliabilityPage(pages);
    REQUIRE(page);
    const std::vector<Word> &ws = pages[*page].words;

    // "Stage 1" … "Stage 6" left to right on one line, each with its name's first word just below.
    std::vector<double> xs;
    for (int n = 1; n <= 6; ++n) {
        INFO("stage " << n);
        const Word *label = stageLabel(ws, n);
        REQUIRE(label);
        const double x = label->xMin + 12; // about the middle of "Stage n"
        CHECK(std::abs(label->yMin - stageLabel(ws, 1)->yMin) < 1);
        if (!xs.empty())
            CHECK(x > xs.back());
        xs.push_back(x);
    }
    const double column = (xs.back() - xs.front()) / 5;
    const double labelY = stageLabel(ws, 1)->yMax;
    for (std::size_t n = 0; n < 6; ++n) {
        const std::string first = s.stages[n].name.substr(0, s.stages[n].name.find(' '));
        INFO(first);
        const auto below = std::find_if(ws.begin(), ws.end(), [&](const Word &w) {
            return plain(w.text) == first && w.yMin > labelY - 0.5 && w.yMin < labelY + 12 &&
                   std::abs((w.xMin + w.xMax) / 2 - xs[n]) < column / 2;
        });
        CHECK(below != ws.end());
    }

    // The demo's move-in stage (4) has someone at each end for customers: the word is in its column.
    const Word *split = findWord(ws, "Disagreement");
    REQUIRE(split);
    CHECK(findWord(ws, "Disagreement", static_cast<std::size_t>(split - ws.data()) + 1) == nullptr);
    const double at = (split->xMin + split->xMax) / 2;
    CHECK(std::abs(at - xs[3]) < column / 2);
    CHECK(findWord(ws, "Disagreement:")); // the legend says what it means
    CHECK(findWord(ws, "Agreed:"));       // the team's decision on that stage

    // The strip comes before the per-stage table.
    const Word *table = findWord(ws, "ratings");
    REQUIRE(table);
    CHECK(split->yMax < table->yMin);

    // Without the split nothing is marked.
    for (RatingEntry &e : s.ratings)
        if (e.scope == "s4" && e.rating == Rating::Mature)
            e.rating = Rating::Advanced;
    const Rendered calm = render(dir, "journeycalm", s);
    const std::vector<Page> calmPages = words(calm.path);
    const auto calmPage = reliabilityPage(calmPages);
    REQUIRE(calmPage);
    CHECK_FALSE(findWord(calmPages[*calmPage].words, "Disagreement"));
}

TEST_CASE("eight stages fit across the page, the word for a split whole in the narrow last column")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.stages.push_back({"s7", "I move house and take my contract with me", "Churn", {}});
    s.stages.push_back({"s8", "I recommend them", "Resell", {}});
    for (std::size_t p = 0; p < s.participants.size(); ++p)
        s.ratings.push_back(
            {s.participants[p].id, "reliability.employee", p % 2 ? Rating::Mature : Rating::Early, {}, "s8"});
    const Rendered r = render(dir, "journeyeight", s);
    const std::vector<Page> pages = words(r.path);
    const auto page = reliabilityPage(pages);
    REQUIRE(page);
    const std::vector<Word> &ws = pages[*page].words;
    const Word *last = stageLabel(ws, 8);
    REQUIRE(last);
    CHECK(last->xMax < pages[*page].width);
    int marks = 0;
    for (const Word &w : ws)
        marks += w.text == "Disagreement" ? 1 : 0;
    CHECK(marks == 2); // move-in for customers, stage 8 for employees
    const Word *split = nullptr;
    for (const Word &w : ws)
        if (w.text == "Disagreement" && (!split || w.xMin > split->xMin))
            split = &w;
    REQUIRE(split);
    CHECK(split->xMin > last->xMin - 10);
}

TEST_CASE("an anonymous report masks participants' names typed into a stage's name in the strip")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.stages[1].name = "Ben Cho calls";
    report::ReportOptions anonymous;
    anonymous.anonymous = true;
    const Rendered r = render(dir, "journeyanonymous", s, anonymous);
    const std::vector<Page> pages = words(r.path);
    const auto page = reliabilityPage(pages);
    REQUIRE(page);
    CHECK_FALSE(findWord(pages[*page].words, "Cho"));
    CHECK(findWord(pages[*page].words, "calls"));
}
