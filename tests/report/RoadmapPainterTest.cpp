// The roadmap: each action in the quarter it is due and the lane of the priority it serves, rects
// that never overlap, a "No date" column for undated actions, and a summary rather than a pile for a
// plan of 200 actions.
#include "PdfReader.h"

#include "DemoSession.h"
#include "Plan.h"
#include "RoadmapPainter.h"
#include "TargetGaps.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <catch2/catch.hpp>

#include <set>

using namespace cxm;
using namespace cxm::test;
using report::Roadmap;
using report::RoadmapLayout;

namespace {

constexpr qreal kDpi = 300;
constexpr qreal kWidth = 174 / 25.4 * kDpi; // an A4 page's text width

report::Theme theme()
{
    report::Theme t = report::Theme::print();
    t.font.setPointSizeF(8.5);
    return t;
}

// "Q1 2027" for a YYYY-MM-DD date.
QString quarterOf(const std::string &date)
{
    const QDate d = QDate::fromString(QString::fromStdString(date), Qt::ISODate);
    return QStringLiteral("Q%1 %2").arg((d.month() - 1) / 3 + 1).arg(d.year());
}

bool overlap(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    return i.width() > 0.5 && i.height() > 0.5;
}

bool inside(const QRectF &inner, const QRectF &outer)
{
    return outer.adjusted(-0.5, -0.5, 0.5, 0.5).contains(inner);
}

// n actions over the workbook's priorities (and none), due over three years, every status, a few
// without a date.
Session manyActions(int n)
{
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.actions.clear();
    s.targets.clear();
    const auto priorities = priorityChoices(ins);
    const ActionStatus statuses[] = {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done,
                                     ActionStatus::Dropped};
    for (int i = 0; i < n; ++i) {
        Action a;
        a.id = "a" + std::to_string(i + 1);
        a.title = "Action number " + std::to_string(i + 1) + " with a title long enough to wrap twice over";
        a.status = statuses[i % 4];
        a.priority =
            i % 7 == 6 ? std::string() : priorities[static_cast<std::size_t>(i) % priorities.size()].first;
        if (i % 13 != 5)
            a.due = QDate(2026, 12, 1).addDays(i * 1000 / n).toString(Qt::ISODate).toStdString();
        s.actions.push_back(a);
    }
    return s;
}

void requireSound(const Roadmap &roadmap, const RoadmapLayout &layout, qreal top = 0)
{
    // Cells, headings and lane headers each tile the grid without overlapping.
    std::vector<QRectF> tiles;
    for (const auto &row : layout.cells)
        tiles.insert(tiles.end(), row.begin(), row.end());
    tiles.insert(tiles.end(), layout.laneHeaders.begin(), layout.laneHeaders.end());
    tiles.insert(tiles.end(), layout.columnHeaders.begin(), layout.columnHeaders.end());
    for (std::size_t i = 0; i < tiles.size(); ++i)
        for (std::size_t j = i + 1; j < tiles.size(); ++j) {
            INFO(i << " and " << j);
            CHECK_FALSE(overlap(tiles[i], tiles[j]));
        }
    REQUIRE(layout.cells.size() == roadmap.lanes.size());
    // Each marker stands in the cell of its entry's lane and column, clear of the others.
    for (std::size_t i = 0; i < layout.markers.size(); ++i) {
        const auto &m = layout.markers[i];
        const auto &e = roadmap.entries[m.entry];
        const QRectF &cell =
            layout.cells[static_cast<std::size_t>(e.lane)][static_cast<std::size_t>(e.column)];
        INFO(e.title.toStdString());
        CHECK(inside(m.glyph, cell));
        CHECK(inside(m.text, cell));
        for (std::size_t j = i + 1; j < layout.markers.size(); ++j)
            CHECK_FALSE(
                overlap(m.text.united(m.glyph), layout.markers[j].text.united(layout.markers[j].glyph)));
        for (const auto &more : layout.more)
            CHECK_FALSE(overlap(m.text, more.rect));
    }
    for (const auto &more : layout.more)
        CHECK(
            inside(more.rect,
                   layout.cells[static_cast<std::size_t>(more.lane)][static_cast<std::size_t>(more.column)]));
    // Everything above the legend.
    for (const auto &row : layout.cells)
        for (const QRectF &c : row)
            CHECK(c.bottom() <= layout.legend.top() + 0.5);
    CHECK(top + layout.height >= layout.legend.bottom() - 0.5);
}

// CXM_TEST_KEEP_PNG=DIR keeps each picture as DIR/roadmap-NAME.png, to look at.
QImage paint(const Roadmap &roadmap, const report::RoadmapOptions &options = {}, const char *name = "")
{
    ensureApp();
    const qreal w = 1200;
    const qreal dpi = 96;
    const qreal h = report::roadmapHeight(roadmap, w, dpi, theme(), options);
    QImage image(QSize(static_cast<int>(w) + 20, static_cast<int>(h) + 20), QImage::Format_ARGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter p(&image);
    report::paintRoadmap(p, QRectF(10, 10, w, h), roadmap, theme(), options);
    p.end();
    if (const QString keep = qEnvironmentVariable("CXM_TEST_KEEP_PNG"); !keep.isEmpty() && *name)
        image.save(keep + QStringLiteral("/roadmap-") + QLatin1String(name) + QStringLiteral(".png"));
    return image;
}

} // namespace

TEST_CASE("the demo's actions stand in their due quarters, in a lane per priority")
{
    ensureApp();
    const Instrument &ins = Instrument::builtin();
    const Session s = makeDemoSession(ins);
    REQUIRE(s.info.date == "2026-11-20");
    const Roadmap r = Roadmap::of(ins, s);

    // From the session's quarter, at least four quarters, to the last due date's (a target's: the
    // end of 2027).
    REQUIRE(r.columns.size() >= 4);
    CHECK(r.columns.front().label == QStringLiteral("Q4 2026"));
    CHECK(r.columns.back().label == QStringLiteral("Q4 2027"));
    CHECK(r.quarters == 5);
    for (const auto &c : r.columns)
        CHECK(c.kind == Roadmap::ColumnKind::Quarter);

    // The lanes of the priorities the actions serve, in the workbook's order.
    std::vector<std::string> expected;
    for (const auto &[id, title] : priorityChoices(ins))
        for (const auto &a : s.actions)
            if (a.priority == id) {
                expected.push_back(id);
                break;
            }
    // The targets' lane first, then the priorities'.
    REQUIRE(!r.lanes.empty());
    CHECK(r.hasTargets());
    CHECK(r.lanes.front().title == QStringLiteral("Targets"));
    std::vector<std::string> lanes;
    for (std::size_t l = 1; l < r.lanes.size(); ++l)
        lanes.push_back(r.lanes[l].priority);
    CHECK(lanes == expected);
    CHECK(r.lanes[1].title == QStringLiteral("UNITE"));
    CHECK(r.lanes[1].subtitle == QStringLiteral("Years 1 through 3"));

    // The actions in the plan's order, then the targets, each in its due quarter.
    REQUIRE(r.entries.size() == s.actions.size() + s.targets.size());
    for (const auto &e : r.entries) {
        if (e.target) {
            const Target &t = s.targets[e.action];
            INFO(t.item);
            CHECK(e.lane == 0);
            CHECK(r.columns[static_cast<std::size_t>(e.column)].label == quarterOf(targetDate(t, s.info)));
            continue;
        }
        const Action &a = s.actions[e.action];
        INFO(a.title);
        CHECK(e.title == QString::fromStdString(a.title));
        CHECK(r.columns[static_cast<std::size_t>(e.column)].label == quarterOf(a.due));
        CHECK(r.lanes[static_cast<std::size_t>(e.lane)].priority == a.priority);
    }

    // Year 1 begins on the session's date, inside its quarter; the first band is years 1 to 3.
    REQUIRE(!r.yearStarts.empty());
    CHECK(r.yearStarts[0] > 0.5);
    CHECK(r.yearStarts[0] < 1);
    REQUIRE(!r.bands.empty());
    CHECK(r.bands[0].label == QStringLiteral("Years 1 through 3"));
    CHECK(r.bands[0].milestones == QStringLiteral("Commit → Unite & Build → Embed"));

    const RoadmapLayout layout = report::layoutRoadmap(r, {}, kWidth, kDpi, theme());
    requireSound(r, layout);
    CHECK(layout.markers.size() == r.entries.size());
    CHECK(layout.more.empty());
    REQUIRE(layout.bands.size() == 1);
    CHECK(layout.bands[0].continues);
    // A marker's column heading names its due quarter.
    for (const auto &m : layout.markers) {
        const auto &e = r.entries[m.entry];
        const QRectF &heading = layout.columnHeaders[static_cast<std::size_t>(e.column)];
        CHECK(m.glyph.left() >= heading.left());
        CHECK(m.text.right() <= heading.right() + 0.5);
    }
    CHECK(report::roadmapHeight(r, kWidth, kDpi, theme()) == Approx(layout.height));
    CHECK(!paint(r, {}, "demo").isNull());
}

TEST_CASE("an action without a due date stands in the No date column; early and late ones at the ends")
{
    ensureApp();
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.actions[1].due.clear();
    s.actions[2].due = "2025-03-01"; // before the session's quarter
    s.actions[3].due = "2031-06-30"; // beyond the timeline
    s.actions[4].priority.clear();
    const Roadmap r = Roadmap::of(ins, s);
    REQUIRE(r.columns.size() == static_cast<std::size_t>(Roadmap::kMaxQuarters) + 2);
    CHECK(r.columns.front().kind == Roadmap::ColumnKind::Earlier);
    CHECK(r.columns.front().label == QStringLiteral("Before Q4 2026"));
    CHECK(r.columns[r.columns.size() - 2].kind == Roadmap::ColumnKind::Later);
    CHECK(r.columns.back().kind == Roadmap::ColumnKind::NoDate);
    CHECK(r.columns.back().label == QStringLiteral("No date"));
    CHECK(r.entries[1].column == static_cast<int>(r.columns.size()) - 1);
    CHECK(r.entries[2].column == 0);
    CHECK(r.entries[3].column == static_cast<int>(r.columns.size()) - 2);
    CHECK(r.lanes.back().title == QStringLiteral("No priority"));
    CHECK(r.entries[4].lane == static_cast<int>(r.lanes.size()) - 1);
    // The quarters still start at the session's.
    CHECK(r.columns[1].label == QStringLiteral("Q4 2026"));
    CHECK(r.entries[0].column == 2); // due 2027-01-31: Q1 2027

    const RoadmapLayout layout = report::layoutRoadmap(r, {10, 20}, kWidth, kDpi, theme());
    requireSound(r, layout, 20);
    CHECK(!paint(r, {}, "ends").isNull());
    // "No date" stands apart from the timeline.
    CHECK(layout.columnHeaders.back().left() > layout.columnHeaders[layout.columnHeaders.size() - 2].right());
    CHECK(layout.timeline.right() <= layout.columnHeaders[layout.columnHeaders.size() - 2].left() + 0.5);
}

TEST_CASE("a plan with no actions shows the timeline and says so")
{
    ensureApp();
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    s.actions.clear();
    s.targets.clear();
    const Roadmap r = Roadmap::of(ins, s);
    CHECK(r.lanes.empty());
    CHECK(r.entries.empty());
    REQUIRE(r.columns.size() == 4);
    CHECK(r.columns.back().label == QStringLiteral("Q3 2027"));
    const RoadmapLayout layout = report::layoutRoadmap(r, {}, kWidth, kDpi, theme());
    requireSound(r, layout);
    CHECK(layout.markers.empty());
    CHECK(layout.message.height() > 0);
    CHECK(layout.height > layout.message.bottom());
    const QImage image = paint(r, {}, "empty");
    CHECK(!image.isNull());

    SECTION("nor a date: four quarters counted from the start")
    {
        s.info.date.clear();
        const Roadmap undated = Roadmap::of(ins, s);
        REQUIRE(undated.columns.size() == 4);
        CHECK(undated.columns.front().label == QStringLiteral("Quarter 1"));
        CHECK(undated.yearStarts.front() == 0);
    }
}

TEST_CASE("200 actions make a readable summary: the first titles of each cell and how many more")
{
    ensureApp();
    const Instrument &ins = Instrument::builtin();
    const Session s = manyActions(200);
    const Roadmap r = Roadmap::of(ins, s);
    REQUIRE(r.entries.size() == 200);
    CHECK(r.quarters <= Roadmap::kMaxQuarters);
    CHECK(r.lanes.size() == priorityChoices(ins).size() + 1);
    for (const report::RoadmapOptions options :
         {report::RoadmapOptions{4, 0}, report::RoadmapOptions{2, 0}, report::RoadmapOptions{0, 0}}) {
        INFO("per cell " << options.perCell);
        const RoadmapLayout layout = report::layoutRoadmap(r, {}, kWidth, kDpi, theme(), options);
        requireSound(r, layout);
        // Every action is listed or counted, once.
        std::size_t counted = layout.markers.size();
        for (const auto &m : layout.more)
            counted += static_cast<std::size_t>(m.hidden);
        CHECK(counted == 200);
        std::map<std::pair<int, int>, int> listed;
        for (const auto &m : layout.markers) {
            const auto &e = r.entries[m.entry];
            ++listed[{e.lane, e.column}];
            CHECK(m.lines.size() <= 2);
        }
        for (const auto &[cell, n] : listed)
            CHECK(n <= std::max(1, options.perCell));
        if (options.perCell == 0)
            CHECK(layout.markers.empty());
    }
    // Counted only, it fits on an A4 page.
    const qreal page = 255 / 25.4 * kDpi;
    CHECK(report::roadmapHeight(r, kWidth, kDpi, theme(), {0, 0}) < page);
    const QImage image = paint(r, {2, 0}, "200");
    CHECK(!paint(r, {0, 0}, "200-counts").isNull());
    CHECK(!image.isNull());
}

TEST_CASE("a status shows by its mark's shape, not its colour alone")
{
    ensureApp();
    const Instrument &ins = Instrument::builtin();
    Session s = makeDemoSession(ins);
    // One action of each status in one cell, and a target, painted in greyscale: the marks differ.
    s.actions.resize(4);
    s.targets = {{"c1.why", Rating::Mature, "2027-02-01", 0, {}, {}}};
    const ActionStatus statuses[] = {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done,
                                     ActionStatus::Dropped};
    for (std::size_t i = 0; i < 4; ++i) {
        s.actions[i].status = statuses[i];
        s.actions[i].due = "2027-02-01";
        s.actions[i].priority = "years1to3.unite";
    }
    const Roadmap r = Roadmap::of(ins, s);
    const qreal dpi = 96;
    const QImage image = paint(r, {}, "statuses").convertToFormat(QImage::Format_Grayscale8);
    const RoadmapLayout layout = report::layoutRoadmap(r, {10, 10}, 1200, dpi, theme());
    REQUIRE(layout.markers.size() == 5);
    // Each mark, as grey levels, differs from every other in a good part of its pixels.
    std::vector<std::vector<int>> marks;
    for (const auto &m : layout.markers) {
        const QRect box = m.glyph.toAlignedRect();
        std::vector<int> grey;
        for (int y = box.top(); y < box.top() + 12; ++y)
            for (int x = box.left(); x < box.left() + 12; ++x)
                grey.push_back(qGray(image.pixel(x, y)));
        marks.push_back(grey);
    }
    for (std::size_t i = 0; i < marks.size(); ++i)
        for (std::size_t j = i + 1; j < marks.size(); ++j) {
            int differ = 0;
            for (std::size_t k = 0; k < marks[i].size(); ++k)
                differ += std::abs(marks[i][k] - marks[j][k]) > 60 ? 1 : 0;
            INFO("marks " << i << " and " << j << " (target, open, in progress, done, dropped)");
            CHECK(differ > 10);
        }
}

TEST_CASE("a rect a little short of the height draws the roadmap smaller, never cut off")
{
    ensureApp();
    const Instrument &ins = Instrument::builtin();
    const Roadmap r = Roadmap::of(ins, makeDemoSession(ins));
    const qreal w = 900;
    const qreal h = report::roadmapHeight(r, w, 96, theme());
    QImage image(QSize(static_cast<int>(w), static_cast<int>(h * 1.2)), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(96 / 0.0254));
    image.setDotsPerMeterY(qRound(96 / 0.0254));
    image.fill(Qt::white);
    const int shortH = static_cast<int>(h * 0.9);
    {
        QPainter p(&image);
        report::paintRoadmap(p, QRectF(0, 0, w, shortH), r, theme());
    }
    const auto inkIn = [&](int from, int to) {
        int ink = 0;
        for (int y = from; y < to; ++y)
            for (int x = 0; x < image.width(); ++x)
                ink += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
        return ink;
    };
    // Nothing below the rect; the legend, the roadmap's last line, at the rect's foot.
    CHECK(inkIn(shortH + 1, image.height()) == 0);
    CHECK(inkIn(shortH - static_cast<int>(h * 0.2), shortH) > 0);
}
