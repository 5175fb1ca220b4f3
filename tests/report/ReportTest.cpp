// The maturity report, checked the way a reader gets it: rendered to PDF and read back with pdftotext.
#include "DemoSession.h"
#include "Error.h"
#include "Instrument.h"
#include "MaturityMapPainter.h"
#include "ReportWriter.h"
#include "ScoringEngine.h"

#include "PdfReader.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <array>
#include <cstring>
#include <cstdio>
#include <string>
#include <vector>
#include <sstream>
#include <iterator>

using namespace cxm;

using namespace cxm::test;

namespace {

void requireSections(const Rendered &r)
{
    const Instrument &ins = Instrument::builtin();
    CHECK(has(r, "CX Maturity Report"));
    CHECK(has(r, "Executive summary"));
    CHECK(has(r, ins.maturityMapTitle));
    CHECK(has(r, ins.competencyTitle));
    for (const auto &c : ins.competencies())
        CHECK(has(r, c.title));
    CHECK(has(r, ins.powerCore().title));
    CHECK(has(r, ins.readiness().title));
    CHECK(has(r, "Next steps"));
    CHECK(has(r, "Appendix"));
    CHECK(has(r, "How the scores are computed"));
    // Every page after the cover is numbered "Page N of M", the last one "Page M of M".
    const std::string info = run("pdfinfo '" + r.path.toStdString() + "'");
    const auto at = info.find("Pages:");
    REQUIRE(at != std::string::npos);
    const int pages = std::stoi(info.substr(at + 6));
    CHECK(pages >= 3);
    const std::string total = std::to_string(pages);
    CHECK(has(r, "Page 2 of " + total));
    CHECK(has(r, "Page " + total + " of " + total));
    CHECK_FALSE(has(r, "Page " + std::to_string(pages + 1) + " of"));
}

} // namespace

TEST_CASE("the demo report has every section and the engine's numbers")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Instrument &ins = Instrument::builtin();
    const Session s = makeDemoSession(ins);
    const Score score = ScoringEngine(ins).score(s);
    const Rendered r = render(dir, "demo", s);
    requireSections(r);

    REQUIRE(score.overall);
    REQUIRE(score.milestone);
    CHECK(has(r, "Overall maturity index: " + report::formatPercent(*score.overall).toStdString()));
    CHECK(has(r, "Milestone reached: " + ins.findMilestone(*score.milestone)->title));
    for (const auto &p : s.participants)
        CHECK(has(r, p.name));
    for (const auto &q : ins.readinessQuestions())
        CHECK(has(r, q.question));
    REQUIRE(score.powerCore.kendallW);
    CHECK(has(r, "Kendall's W = " + QString::number(*score.powerCore.kendallW, 'f', 2).toStdString()));

    SECTION("every font is embedded, so the report reads the same on any computer")
    {
        const std::string fonts = run("pdffonts '" + r.path.toStdString() + "'");
        std::istringstream lines(fonts);
        std::string line;
        int checked = 0;
        while (std::getline(lines, line)) {
            if (line.rfind("name", 0) == 0 || line.rfind("---", 0) == 0 || line.empty())
                continue;
            // Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
            std::istringstream words(line);
            std::vector<std::string> w{std::istream_iterator<std::string>(words), {}};
            REQUIRE(w.size() >= 7);
            INFO(line);
            CHECK(w[w.size() - 5] == "yes");
            ++checked;
        }
        CHECK(checked > 0);
    }

    SECTION("the same session gives the same text")
    {
        const Rendered again = render(dir, "demo-again", s);
        CHECK(again.raw == r.raw);
    }
    SECTION("anonymous: no names or roles anywhere")
    {
        const Rendered anon = render(dir, "demo-anon", s, {false, true});
        requireSections(anon);
        for (const auto &p : s.participants) {
            CHECK_FALSE(has(anon, p.name));
            if (!p.role.empty())
                CHECK_FALSE(has(anon, p.role));
        }
        CHECK(has(anon, "Overall maturity index: " + report::formatPercent(*score.overall).toStdString()));
    }
    SECTION("Letter and A4 pages differ")
    {
        const Rendered letter = render(dir, "demo-letter", s, {true, false});
        const std::string a4Info = run("pdfinfo '" + r.path.toStdString() + "'");
        const std::string letterInfo = run("pdfinfo '" + letter.path.toStdString() + "'");
        CHECK(a4Info.find("(A4)") != std::string::npos);
        CHECK(letterInfo.find("(letter)") != std::string::npos);
    }
}

TEST_CASE("a one-person self-assessment")
{
    QTemporaryDir dir;
    Session s = workshop(1);
    s.info.mode = Mode::Self;
    const Score score = ScoringEngine(Instrument::builtin()).score(s);
    const Rendered r = render(dir, "self", s);
    requireSections(r);
    CHECK(has(r, "Self-assessment"));
    REQUIRE(score.overall);
    CHECK(has(r, "Overall maturity index: " + report::formatPercent(*score.overall).toStdString()));
    // One person: no agreement to measure, so none is mentioned (see ReportWordingTest).
    CHECK_FALSE(has(r, "agreement not measured"));
}

TEST_CASE("an incomplete session says it is not yet on the map")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = workshop(0);
    s.participants.push_back({"p1", "Solo Person", "CEO"});
    s.ratings.push_back({"p1", ins.itemIds().front(), Rating::Mature, {}});
    const Rendered r = render(dir, "incomplete", s);
    requireSections(r);
    CHECK(has(r, "Not yet placed on the maturity map"));
    CHECK(has(r, "No Power Core rankings were recorded"));
    CHECK(has(r, "Mandate not determined"));
}

TEST_CASE("forty participants: every name and answer is printed")
{
    QTemporaryDir dir;
    const Session s = workshop(40);
    const Score score = ScoringEngine(Instrument::builtin()).score(s);
    const Rendered r = render(dir, "forty", s);
    requireSections(r);
    for (const auto &p : s.participants)
        CHECK(has(r, p.name));
    REQUIRE(score.overall);
    CHECK(has(r, report::formatPercent(*score.overall).toStdString()));

    const Rendered anon = render(dir, "forty-anon", s, {false, true});
    CHECK_FALSE(has(anon, "Leaderperson"));
    CHECK_FALSE(has(anon, "Vice President"));
}

TEST_CASE("markup and very long notes print literally and wrap across pages")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    const std::string markup = "<b>bold</b> & <img src=\"/etc/hostname\">";
    s.info.organization = markup;
    s.info.title = "Title <i>not italic</i>";
    s.participants.front().name = "<b>Mallory</b> & Co";
    std::string longNote;
    for (int i = 0; longNote.size() < 3500; ++i)
        longNote += "Sentence number " + std::to_string(i) + " of a very long consensus note. ";
    longNote += "ENDOFLONGNOTE";
    s.consensus.push_back({ins.itemIds().back(), Rating::Advanced, longNote});
    s.ratings.front().note = markup + " " + longNote;

    const Rendered r = render(dir, "markup", s);
    requireSections(r);
    CHECK(has(r, "<b>bold</b> & <img src=\"/etc/hostname\">"));
    CHECK(has(r, "Title <i>not italic</i>"));
    CHECK(has(r, "<b>Mallory</b> & Co"));
    CHECK(has(r, "Sentence number 40 of a very long consensus note."));
    CHECK(has(r, "ENDOFLONGNOTE"));
    CHECK(r.text.find("&amp;") == std::string::npos);
}

TEST_CASE("a report that cannot be written leaves no file and says where")
{
    ensureApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/dir/report.pdf"));
    const Session s = makeDemoSession(Instrument::builtin());
    try {
        report::writeReport(s, Instrument::builtin(), {}, path);
        FAIL("writeReport did not throw");
    } catch (const Error &e) {
        CHECK(std::string(e.what()).find(path.toStdString()) == 0);
    }
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("the maturity map painters draw inside any rect")
{
    ensureApp();
    const Instrument &ins = Instrument::builtin();
    const Score score = ScoringEngine(ins).score(makeDemoSession(ins));
    for (const QSize size : {QSize(120, 80), QSize(900, 500)}) {
        QImage image(size.width() + 40, size.height() + 40, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        const QRectF rect(20, 20, size.width(), size.height());
        const auto theme = report::Theme::print();
        report::paintMilestonePath(p, rect, ins, score, theme);
        report::paintRadar(p, rect, ins, score, theme);
        report::paintHeatMap(p, rect, ins, score, theme);
        p.end();
        // Nothing outside the rect: the 20-pixel border stays white.
        bool clean = true;
        for (int x = 0; x < image.width(); ++x)
            for (int y : {0, 5, image.height() - 6, image.height() - 1})
                clean = clean && image.pixel(x, y) == QColor(Qt::white).rgb();
        CHECK(clean);
    }
}

TEST_CASE("the appendix can be asked for short whatever the size of the session")
{
    ensureApp();
    QTemporaryDir dir;
    const Session s = workshop(3);
    const QString shortPdf = dir.filePath(QStringLiteral("short.pdf"));
    report::ReportOptions options;
    options.appendix = report::AppendixKind::Short;
    report::writeReport(s, Instrument::builtin(), options, shortPdf);
    const std::string text = squeeze(run("pdftotext -layout '" + shortPdf.toStdString() + "' -"));
    CHECK(text.find("Each participant at a glance") != std::string::npos);
    CHECK(text.find("Own overall index:") == std::string::npos);
}
