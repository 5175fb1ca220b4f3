// The journey strip: disagreement marked in the one cell where both ends of the scale were given, the
// team's agreed answer in words, three to eight stages side by side without overlapping, long names
// kept to their arrow, and a journey nobody has rated yet.
#include "PdfReader.h"

#include "DemoSession.h"
#include "JourneyStripPainter.h"
#include "ScoringEngine.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace cxm;
using namespace cxm::test;

namespace {

// stages stages, two bands, every cell rated {0, 2, 1} unless changed.
report::JourneyStrip stripOf(int stages)
{
    report::JourneyStrip strip;
    strip.levels = {QStringLiteral("Frequently UNRELIABLE"), QStringLiteral("SOMETIMES Reliable"),
                    QStringLiteral("ALWAYS Reliable")};
    strip.items = {QStringLiteral("How Reliable is the Current Experience Delivered to Customers?"),
                   QStringLiteral("How Reliable Is the Support Provided Employees to Deliver Value?")};
    for (int s = 0; s < stages; ++s) {
        strip.stages.push_back(QStringLiteral("Stage name %1").arg(s + 1));
        report::JourneyStrip::Cell cell;
        cell.counts = {0, 2, 1};
        strip.cells.push_back({cell, cell});
    }
    return strip;
}

QImage paintImage(const report::JourneyStrip &strip, const report::JourneyStripOptions &options, int width,
                  report::JourneyStripLayout *layout)
{
    ensureApp();
    const report::Theme theme = report::Theme::print();
    QImage probe(1, 1, QImage::Format_RGB32);
    const qreal dpi = probe.logicalDpiY();
    *layout = report::layoutJourneyStrip(strip, {0, 0}, width, dpi, theme, options);
    QImage image(width, static_cast<int>(std::ceil(layout->height)) + 1, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    report::paintJourneyStrip(p, QRectF(0, 0, width, image.height()), strip, theme, options);
    p.end();
    return image;
}

int pixelsOf(const QImage &image, const QRectF &rect, QRgb colour)
{
    int n = 0;
    const QRect r = rect.toAlignedRect().intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += image.pixel(x, y) == colour ? 1 : 0;
    return n;
}

// The strip as a one-page PDF at the report's resolution, for reading its words back; in points, it
// is painted at kPdfRect, in the report's type.
constexpr qreal kPdfDpi = 300;
const QRectF kPdfRect(20, 20, 540, 700);

report::Theme pdfTheme()
{
    report::Theme theme = report::Theme::print();
    theme.font.setPointSizeF(8.5);
    return theme;
}

std::vector<Word> pdfWords(const QTemporaryDir &dir, const std::string &name,
                           const report::JourneyStrip &strip, const report::JourneyStripOptions &options = {})
{
    ensureApp();
    const QString path = dir.filePath(QString::fromStdString(name + ".pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(static_cast<int>(kPdfDpi));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&writer);
        const qreal toDevice = kPdfDpi / 72;
        paintJourneyStrip(p, QRectF(kPdfRect.topLeft() * toDevice, kPdfRect.size() * toDevice), strip,
                          pdfTheme(), options);
    }
    return words(path).front().words;
}

int countWord(const std::vector<Word> &ws, const std::string &text)
{
    return static_cast<int>(
        std::count_if(ws.begin(), ws.end(), [&](const Word &w) { return w.text == text; }));
}

} // namespace

TEST_CASE("disagreement is marked in the cell where both ends were given, and only there")
{
    report::JourneyStrip strip = stripOf(5);
    strip.cells[2][0].counts = {2, 1, 1}; // stage 3, customers: both Frequently UNRELIABLE and ALWAYS
    strip.cells[4][1].counts = {3, 0, 0}; // stage 5, employees: low, but no disagreement
    const QRgb mark = report::Theme::print().disagreement.rgb();
    report::JourneyStripLayout layout;
    const QImage image = paintImage(strip, {}, 1000, &layout);
    REQUIRE(layout.stages.size() == 5);
    for (std::size_t s = 0; s < 5; ++s)
        for (std::size_t item = 0; item < 2; ++item) {
            INFO("stage " << s + 1 << ", band " << item);
            const int marked = pixelsOf(image, layout.stages[s].cells[item], mark);
            if (s == 2 && item == 0)
                CHECK(marked > 200); // the frame and the warning triangle
            else
                CHECK(marked == 0);
        }
    // Nowhere else but the legend, which explains the mark.
    CHECK(pixelsOf(image, layout.legend, mark) > 0);

    // The word, not only the colour: "Disagreement" under stage 3.
    QTemporaryDir dir;
    const auto ws = pdfWords(dir, "disagreement", strip);
    CHECK(countWord(ws, "Disagreement") == 1);
    CHECK(countWord(ws, "Disagreement:") == 1); // the legend's entry

    // One person cannot disagree with themselves: a self-assessment marks nothing.
    report::JourneyStripOptions self;
    self.team = false;
    const QImage alone = paintImage(strip, self, 1000, &layout);
    CHECK(pixelsOf(alone, alone.rect(), mark) == 0);
    CHECK(countWord(pdfWords(dir, "self", strip, self), "Disagreement") == 0);
}

TEST_CASE("the team's agreed answer is written out, its letter inverted")
{
    report::JourneyStrip strip = stripOf(3);
    strip.cells[1][1].agreed = 2; // stage 2, employees: SOMETIMES Reliable
    QTemporaryDir dir;
    const auto ws = pdfWords(dir, "agreed", strip);
    CHECK(countWord(ws, "Agreed:") == 1);
    // The inverted letter: a dark box in stage 2's employee cell, none elsewhere.
    report::JourneyStripLayout layout;
    const QImage image = paintImage(strip, {}, 900, &layout);
    const QRgb ink = report::Theme::print().text.rgb();
    CHECK(pixelsOf(image, layout.stages[1].cells[1], ink) >
          pixelsOf(image, layout.stages[1].cells[0], ink) + 50);
}

TEST_CASE("three to eight stages sit side by side in the journey's order, none overlapping")
{
    for (const int n : {3, 6, 8}) {
        INFO(n << " stages");
        const report::JourneyStrip strip = stripOf(n);
        for (const qreal width : {480.0, 1100.0}) {
            const auto layout =
                report::layoutJourneyStrip(strip, {10, 20}, width, 96, report::Theme::print());
            REQUIRE(layout.stages.size() == static_cast<std::size_t>(n));
            std::vector<QRectF> all;
            for (std::size_t s = 0; s < layout.stages.size(); ++s) {
                const auto &st = layout.stages[s];
                CHECK(st.header.left() >= 10 - 0.01);
                CHECK(st.header.right() <= 10 + width + 0.01);
                if (s > 0)
                    CHECK(st.header.left() > layout.stages[s - 1].header.right());
                REQUIRE(st.cells.size() == 2);
                for (const QRectF &cell : st.cells) {
                    CHECK(cell.left() == Approx(st.header.left()));
                    CHECK(cell.top() > st.header.bottom());
                }
                all.push_back(st.header);
                all.insert(all.end(), st.cells.begin(), st.cells.end());
            }
            all.insert(all.end(), layout.captions.begin(), layout.captions.end());
            all.push_back(layout.legend);
            for (std::size_t a = 0; a < all.size(); ++a)
                for (std::size_t b = a + 1; b < all.size(); ++b)
                    CHECK_FALSE(all[a].intersects(all[b]));
            CHECK(layout.legend.bottom() == Approx(20 + layout.height));
        }
    }
}

TEST_CASE("a journey nobody has rated yet says so in each cell; no stages says what to do")
{
    report::JourneyStrip strip = stripOf(8);
    for (auto &stage : strip.cells)
        for (auto &cell : stage)
            cell = {};
    QTemporaryDir dir;
    auto ws = pdfWords(dir, "unrated", strip);
    CHECK(countWord(ws, "yet") == 16); // "not rated yet" in each of 8 × 2 cells
    CHECK(countWord(ws, "Disagreement") == 0);
    CHECK(countWord(ws, "Agreed:") == 0);
    // Hidden during private voting: no counts either.
    report::JourneyStripOptions hidden;
    hidden.answersHidden = true;
    strip = stripOf(4);
    strip.cells[0][0].counts = {1, 0, 1};
    ws = pdfWords(dir, "hidden", strip, hidden);
    CHECK(countWord(ws, "revealed") == 8);
    CHECK(countWord(ws, "Disagreement") == 0);
    CHECK(countWord(ws, "0") == 0); // no count is shown (every cell has a 0 when shown)

    ws = pdfWords(dir, "nostages", report::JourneyStrip{});
    CHECK(countWord(ws, "defined") == 1);
}

TEST_CASE("a long stage name wraps to three lines and ends in an ellipsis, in its own arrow")
{
    const report::Theme theme = report::Theme::print();
    report::JourneyStrip strip = stripOf(8);
    for (QString &name : strip.stages)
        name = QStringLiteral("Research");
    const qreal shortHeight = report::journeyStripHeight(strip, 800, 96, theme);
    strip.stages[2] = QString(200, QLatin1Char('W')); // no space to break at
    strip.stages[5] =
        QStringLiteral("I move out, or I move house and take my contract with me to the new address");
    const qreal longHeight = report::journeyStripHeight(strip, 800, 96, theme);
    CHECK(longHeight > shortHeight);
    strip.stages[2] = QString(400, QLatin1Char('W'));
    strip.stages[5] += QStringLiteral(" and then some more words that make it longer still");
    CHECK(report::journeyStripHeight(strip, 800, 96, theme) == Approx(longHeight)); // three lines at most

    // Every stage's arrow is as tall as the tallest; its words stay inside it.
    QTemporaryDir dir;
    const auto ws = pdfWords(dir, "long", strip);
    // The layout in device units at 300 dpi, back in points to compare with the words' boxes.
    const qreal toDevice = kPdfDpi / 72;
    auto layout = report::layoutJourneyStrip(strip, kPdfRect.topLeft() * toDevice,
                                             kPdfRect.width() * toDevice, kPdfDpi, pdfTheme());
    for (auto &st : layout.stages)
        st.header = QRectF(st.header.topLeft() / toDevice, st.header.size() / toDevice);
    for (const auto &st : layout.stages)
        CHECK(st.header.height() == Approx(layout.stages.front().header.height()));
    int inThird = 0;
    for (const Word &w : ws) {
        if (w.yMax > layout.stages[2].header.bottom() || w.text.find('W') == std::string::npos)
            continue;
        CHECK(w.xMin >= layout.stages[2].header.left() - 0.5);
        CHECK(w.xMax <= layout.stages[2].header.right() + 0.5);
        ++inThird;
    }
    CHECK(inThird == 3);
    CHECK(std::any_of(ws.begin(), ws.end(),
                      [](const Word &w) { return w.text.find("…") != std::string::npos; }));
}

TEST_CASE("the strip reads the demo's journey: six stages, the move-in split, the team's decision")
{
    const Instrument &ins = Instrument::builtin();
    const Session s = makeDemoSession(ins);
    const Worksheet *rel = ins.findWorksheet("reliability");
    REQUIRE(rel);
    const auto strip = report::JourneyStrip::of(ins, *rel, s, ScoringEngine(ins).score(s));
    REQUIRE(strip.stages.size() == 6);
    CHECK(strip.stages[3] == QStringLiteral("My power is on when I move in"));
    CHECK(strip.levels[0] == QStringLiteral("Frequently UNRELIABLE"));
    REQUIRE(strip.items.size() == 2);
    CHECK(strip.cells[3][0].counts == std::array<int, 3>{2, 3, 1});
    CHECK(strip.cells[3][0].bothEnds());
    CHECK(strip.cells[3][0].agreed == 1);
    CHECK_FALSE(strip.cells[3][1].agreed);
    int split = 0;
    for (const auto &stage : strip.cells)
        for (const auto &c : stage)
            split += c.bothEnds() ? 1 : 0;
    CHECK(split == 1);
}
