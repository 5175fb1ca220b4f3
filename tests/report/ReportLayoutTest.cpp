// The report's pages: one rounding rule per figure, no nearly empty page, appendix tables that
// carry their headings onto the next page, shortened running headers, and an appendix that stays
// short for a large session.
#include "PdfReader.h"

#include "DemoSession.h"
#include "ScoringEngine.h"

#include <catch2/catch.hpp>

#include <regex>

using namespace cxm;
using namespace cxm::test;

namespace {

// How far down its page the last line of text above the footer reaches, as a fraction of the page.
double filled(const Page &page)
{
    double lowest = 0;
    for (const Word &w : page.words)
        if (w.yMin < page.height * 0.93) // the footer's "Page N of M"
            lowest = std::max(lowest, w.yMax);
    return lowest / page.height;
}

std::string longText(const std::string &seed, std::size_t chars)
{
    std::string out;
    for (int i = 0; out.size() < chars; ++i)
        out += seed + " sentence " + std::to_string(i) + " of a long note. ";
    return out;
}

} // namespace

TEST_CASE("a mean prints with two decimals and a percentage with one, on every page")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    const Session s = makeDemoSession(ins);
    const Score score = ScoringEngine(ins).score(s);
    const Rendered r = render(dir, "rounding", s);
    for (const auto &c : score.competencies)
        for (const auto &item : c.items) {
            REQUIRE(item.value);
            const std::string mean = report::formatMean(*item.value).toStdString();
            INFO(item.id << " " << mean);
            CHECK(has(r, "team value " + mean));
        }
    // No figure with one decimal that is not a percentage (the workbook's version number aside).
    std::string text = std::regex_replace(r.text, std::regex("version [0-9.]+"), "version");
    static const std::regex oneDecimal(R"((^|[^0-9.])[0-9]+\.[0-9](?![0-9%]))");
    std::smatch m;
    INFO(text.substr(0, 0));
    CHECK_FALSE(std::regex_search(text, m, oneDecimal));
    if (std::regex_search(text, m, oneDecimal))
        WARN("one-decimal figure: " << text.substr(std::max<long>(0, m.position(0) - 60), 120));
}

TEST_CASE("no page is nearly empty, except the last")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session self = workshop(1);
    self.info.mode = Mode::Self;
    const struct
    {
        std::string name;
        Session session;
        report::ReportOptions options;
    } cases[] = {{"demo-a4", makeDemoSession(ins), {false, false}},
                 {"demo-letter", makeDemoSession(ins), {true, false}},
                 {"demo-anonymous", makeDemoSession(ins), {false, true}},
                 {"demo-anonymous-letter", makeDemoSession(ins), {true, true}},
                 {"self-a4", self, {false, false}},
                 {"self-letter", self, {true, false}}};
    for (const auto &c : cases) {
        const Rendered r = render(dir, c.name, c.session, c.options);
        const std::vector<Page> pages = words(r.path);
        REQUIRE(static_cast<int>(pages.size()) == r.pages);
        // The cover is a cover; every page after it up to the last is at least half full.
        for (std::size_t i = 1; i + 1 < pages.size(); ++i) {
            INFO(c.name << ", page " << i + 1 << " of " << pages.size());
            CHECK(filled(pages[i]) > 0.5);
        }
    }
}

TEST_CASE("an appendix block that breaks repeats the name and the column headings")
{
    QTemporaryDir dir;
    Session s = workshop(2);
    for (auto &r : s.ratings)
        r.note = longText(r.participant, 900);
    report::ReportOptions options;
    options.appendix = report::AppendixKind::Full;
    const Rendered r = render(dir, "blocks", s, options);
    int first = 0;
    int last = 0;
    for (int p = 1; p <= r.pages; ++p) {
        const std::string t = squeeze(pageText(r, p));
        if (t.find("Each participant's answers") != std::string::npos)
            first = p;
        if (t.find("How the scores are computed") != std::string::npos)
            last = p;
    }
    REQUIRE(first > 0);
    REQUIRE(last > first + 2);
    for (int p = first + 1; p < last; ++p) {
        const std::string t = squeeze(pageText(r, p));
        INFO("page " << p);
        // Each page of the appendix says whose answers it shows and what its columns are.
        const std::string top = t.substr(0, 400);
        CHECK(top.find("Item") != std::string::npos);
        CHECK(top.find("Rating") != std::string::npos);
        CHECK(top.find("Note") != std::string::npos);
        CHECK(std::regex_search(t, std::regex("Leaderperson[12] Surname")));
    }
    CHECK(has(r, "Leaderperson1 Surname (continued)"));
}

TEST_CASE("running headers are shortened with an ellipsis")
{
    QTemporaryDir dir;
    Session s = makeDemoSession(Instrument::builtin());
    s.info.organization = std::string(40, 'O') + " " + std::string(200, 'x') + " END";
    const Rendered r = render(dir, "header", s);
    const std::string header = pageText(r, 2).substr(0, pageText(r, 2).find('\n'));
    CHECK(header.find("…") != std::string::npos);
    CHECK(header.find("END") == std::string::npos);
}

TEST_CASE("a large session gets the short appendix, the full one on request")
{
    QTemporaryDir dir;
    const Session small = workshop(report::kShortAppendixAbove);
    const Rendered twelve = render(dir, "twelve", small);
    CHECK(has(twelve, "Each participant's answers"));
    CHECK_FALSE(has(twelve, "Each participant at a glance"));

    Session large = workshop(60);
    for (auto &r : large.ratings)
        r.note = longText(r.participant, 300);
    const Rendered shortOne = render(dir, "short", large);
    CHECK(has(shortOne, "Each participant at a glance"));
    CHECK_FALSE(has(shortOne, "Own overall index:"));
    CHECK(has(shortOne, "--appendix full")); // how to get the full one, in the window and on the command line
    CHECK(has(shortOne, "Every answer in full"));
    for (const auto &p : large.participants)
        CHECK(has(shortOne, p.name));
    // The table's headings open every page it continues on.
    int tablePages = 0;
    bool inAppendix = false;
    for (int p = 1; p <= shortOne.pages; ++p) {
        const std::string t = squeeze(pageText(shortOne, p));
        inAppendix = inAppendix || t.find("Each participant at a glance") != std::string::npos;
        if (inAppendix && t.find("Leaderperson") != std::string::npos) {
            ++tablePages;
            INFO("page " << p);
            const std::string top = t.substr(0, t.find("Leaderperson"));
            CHECK(top.find("Participant") != std::string::npos);
            CHECK(top.find("Role") != std::string::npos);
            CHECK(top.find("Own") != std::string::npos);
        }
    }
    CHECK(tablePages >= 2);

    report::ReportOptions full;
    full.appendix = report::AppendixKind::Full;
    const Rendered fullOne = render(dir, "full", large, full);
    CHECK(has(fullOne, "Own overall index:"));
    CHECK(fullOne.pages > 3 * shortOne.pages);
}
