// The maturity map drawings: a grid that survives black-and-white printing, with each tile's level
// written in it, and labels of one kind at one type size.
#include "PdfReader.h"

#include "DemoSession.h"
#include "MaturityMapPainter.h"
#include "ScoringEngine.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <set>
#include <sstream>

using namespace cxm;
using namespace cxm::test;

namespace {

// A workshop whose items cover all three levels: item k is rated (k mod 3) + 1 by everyone.
Session everyLevel()
{
    const Instrument &ins = Instrument::builtin();
    Session s;
    s.participants = {{"p1", "One", ""}, {"p2", "Two", ""}};
    int k = 0;
    for (const auto &item : ins.itemIds()) {
        for (const auto &p : s.participants)
            s.ratings.push_back({p.id, item, static_cast<Rating>(k % 3 + 1), {}});
        ++k;
    }
    return s;
}

// The painter's picture as a one-page PDF, for reading its text back.
QString paintToPdf(const QTemporaryDir &dir, const std::string &name,
                   const std::function<void(QPainter &, const QRectF &)> &paint)
{
    ensureApp();
    const QString path = dir.filePath(QString::fromStdString(name + ".pdf"));
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&writer);
    paint(p, QRectF(20, 20, 520, 300));
    p.end();
    return path;
}

} // namespace

TEST_CASE("the three levels stay apart in greyscale")
{
    for (const report::Theme &theme :
         {report::Theme::print(), report::Theme::fromPalette(QPalette(Qt::white))}) {
        const int early = qGray(report::levelColor(1, theme).rgb());
        const int advanced = qGray(report::levelColor(2, theme).rgb());
        const int mature = qGray(report::levelColor(3, theme).rgb());
        INFO("grey values " << early << ", " << advanced << ", " << mature);
        // A third of the grey scale between neighbours: tells apart on any printer or photocopy.
        CHECK(early - advanced >= 50);
        CHECK(advanced - mature >= 50);
    }
}

TEST_CASE("the grid's tiles carry their level's colour, and print as three distinct greys")
{
    ensureApp();
    const Instrument &ins = Instrument::builtin();
    const Score score = ScoringEngine(ins).score(everyLevel());
    const auto theme = report::Theme::print();
    QImage image(900, 500, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    report::paintHeatMap(p, QRectF(0, 0, 900, 500), ins, score, theme);
    p.end();
    std::map<QRgb, int> pixels;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++pixels[image.pixel(x, y)];
    std::set<int> greys;
    for (int level = 1; level <= 3; ++level) {
        const QRgb colour = report::levelColor(level, theme).rgb();
        INFO("level " << level);
        CHECK(pixels[colour] > 900 * 500 / 40); // five tiles' worth of fill, at least
        greys.insert(qGray(colour) / 50);
    }
    CHECK(greys.size() == 3);
}

TEST_CASE("each tile says its level in a letter")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    const Score score = ScoringEngine(ins).score(everyLevel());
    const QString pdf = paintToPdf(dir, "grid", [&](QPainter &p, const QRectF &r) {
        report::paintHeatMap(p, r, ins, score, report::Theme::print());
    });
    std::map<std::string, int> letters;
    const std::vector<Page> pages = words(pdf);
    for (const Word &w : pages.front().words)
        ++letters[w.text];
    // Five tiles of each level, and the legend's swatch.
    for (const char *letter : {"E", "A", "M"}) {
        INFO(letter);
        CHECK(letters[letter] == 5 + 1);
    }
}

TEST_CASE("labels of one kind share one type size, in the radar and the grid")
{
    QTemporaryDir dir;
    const Instrument &ins = Instrument::builtin();
    const Score score = ScoringEngine(ins).score(makeDemoSession(ins));
    std::set<std::string> competencyWords;
    std::set<std::string> otherWords;
    for (const auto &c : ins.competencies()) {
        std::istringstream in(c.title);
        for (std::string w; in >> w;)
            competencyWords.insert(w);
    }
    for (const auto &c : ins.competencies())
        for (const auto &item : c.items) {
            std::istringstream in(item.title);
            for (std::string w; in >> w;)
                if (!competencyWords.count(w))
                    otherWords.insert(w);
        }
    const auto heights = [](const std::vector<Word> &ws, const std::set<std::string> &only) {
        std::set<long> h;
        for (const Word &w : ws)
            if (only.count(w.text))
                h.insert(std::lround((w.yMax - w.yMin) * 10));
        return h;
    };
    SECTION("radar axis labels")
    {
        const QString pdf = paintToPdf(dir, "radar", [&](QPainter &p, const QRectF &r) {
            report::paintRadar(p, r, ins, score, report::Theme::print());
        });
        const auto h = heights(words(pdf).front().words, competencyWords);
        INFO("distinct heights (tenths of a point): " << h.size());
        CHECK(h.size() == 1);
    }
    SECTION("grid item titles")
    {
        const QString pdf = paintToPdf(dir, "grid-sizes", [&](QPainter &p, const QRectF &r) {
            report::paintHeatMap(p, r, ins, score, report::Theme::print());
        });
        const auto h = heights(words(pdf).front().words, otherWords);
        INFO("distinct heights (tenths of a point): " << h.size());
        CHECK(h.size() == 1);
    }
}
