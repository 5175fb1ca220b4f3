// What a PDF reader, a screen reader and a search box see besides the pages: the document's title,
// author and language, an outline of the sections, and text without ligature glyphs.
#include "PdfReader.h"

#include "DemoSession.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

using namespace cxm;
using namespace cxm::test;

TEST_CASE("the PDF's title, author and language")
{
    QTemporaryDir dir;
    const Session s = makeDemoSession(Instrument::builtin());
    const Rendered r = render(dir, "meta", s);
    CHECK(info(r, "Title") == s.info.organization + ": " + s.info.title + ", " + s.info.date);
    CHECK(info(r, "Author") == s.info.facilitator);
    QFile f(r.path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().contains("/Lang (en-GB)"));
}

TEST_CASE("the outline has a bookmark for each section, on the page the section starts")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    const Rendered r = render(dir, "outline", makeDemoSession(ins));
    // pdftohtml -xml lists the outline as <item page="N">Title</item>.
    const std::string xml = run("pdftohtml -xml -i -stdout '" + r.path.toStdString() + "'");
    static const std::regex item("<item page=\"([0-9]+)\">([^<]*)</item>");
    std::vector<std::pair<std::string, int>> outline;
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), item); it != std::sregex_iterator(); ++it)
        outline.emplace_back((*it)[2], std::stoi((*it)[1]));
    // The brief, the summary, the map, then the plan (the demo has actions and targets).
    std::vector<std::string> expected = {"In brief",         "Executive summary", ins.maturityMapTitle,
                                         "Action plan",      "Gaps to target",    "Roadmap",
                                         ins.competencyTitle};
    for (const auto &c : ins.competencies())
        expected.push_back("C" + std::to_string(c.number) + " " + c.title);
    // The other worksheets follow in the instrument's order (a card to read has no section).
    for (const Worksheet &w : ins.worksheets)
        if ((w.kind != WorksheetKind::Scale || w.scope == WorksheetScope::Stage) &&
            w.kind != WorksheetKind::Reference)
            expected.push_back(w.title);
    for (const std::string &t :
         {std::string("Next steps"), std::string("Appendix"), std::string("How the scores are computed")})
        expected.push_back(t);
    REQUIRE(outline.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(expected[i]);
        // pdftohtml escapes markup characters in titles.
        CHECK(std::regex_replace(outline[i].first, std::regex("&amp;"), "&") == expected[i]);
        CHECK(squeeze(pageText(r, outline[i].second)).find(expected[i]) != std::string::npos);
    }
}

TEST_CASE("text extracts without ligatures: a search for Officer finds it")
{
    QTemporaryDir dir;
    const Rendered r = render(dir, "ligatures", makeDemoSession(Instrument::builtin()));
    CHECK(r.raw.find("Chief Customer Officer") != std::string::npos);
    for (const char *ligature : {"\uFB00", "\uFB01", "\uFB02", "\uFB03", "\uFB04"}) {
        INFO(ligature);
        CHECK(r.raw.find(ligature) == std::string::npos);
    }
}
