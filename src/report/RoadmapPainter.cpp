#include "RoadmapPainter.h"
#include "ReportText.h"
#include "WrappedText.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cxm::report {

namespace {

QColor mixed(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// The roadmap's type, in pixels of a device of the given dpi, from the theme's size in points.
struct Fonts
{
    QFont heading; // a quarter, a priority's verb
    QFont title;   // an action's title
    QFont small;   // counts, a band's words, the legend
    QFont smallBold;
    qreal headingLine = 0;
    qreal titleLine = 0;
    qreal smallLine = 0;
    qreal pad = 0;

    Fonts(const Theme &theme, qreal dpi)
    {
        const qreal points = themePoints(theme, dpi);
        const auto sized = [&](qreal pt, bool bold) { return sizedFont(theme, pt, dpi, bold); };
        heading = sized(points, true);
        title = sized(points * 0.9, false);
        small = sized(points * 0.8, false);
        smallBold = sized(points * 0.8, true);
        headingLine = QFontMetricsF(heading).height();
        titleLine = QFontMetricsF(title).height();
        smallLine = QFontMetricsF(small).height();
        pad = smallLine * 0.4;
    }
    qreal glyph() const { return titleLine * 0.78; }
};

QString actionsWords(int n)
{
    if (n == 0)
        return Report::tr("none");
    return n == 1 ? Report::tr("1 action") : Report::tr("%1 actions").arg(n);
}

// What a column holds: "4 actions", "3 targets", "1 action, 1 target" or "none".
QString columnWords(const Roadmap &roadmap, int column)
{
    const int actions = roadmap.countInColumn(column);
    int targets = 0;
    for (const auto &e : roadmap.entries)
        targets += e.target && e.column == column ? 1 : 0;
    if (targets == 0)
        return actionsWords(actions);
    const QString t = targets == 1 ? Report::tr("1 target") : Report::tr("%1 targets").arg(targets);
    return actions == 0 ? t : Report::tr("%1, %2").arg(actionsWords(actions), t);
}

// The entries of each lane's column, soonest due first, then in the plan's order.
std::vector<std::vector<std::vector<std::size_t>>> cellEntries(const Roadmap &roadmap)
{
    std::vector<std::vector<std::vector<std::size_t>>> cells(
        roadmap.lanes.size(), std::vector<std::vector<std::size_t>>(roadmap.columns.size()));
    for (std::size_t i = 0; i < roadmap.entries.size(); ++i) {
        const auto &e = roadmap.entries[i];
        if (e.lane >= 0 && e.lane < static_cast<int>(cells.size()) && e.column >= 0 &&
            e.column < static_cast<int>(roadmap.columns.size()))
            cells[static_cast<std::size_t>(e.lane)][static_cast<std::size_t>(e.column)].push_back(i);
    }
    for (auto &lane : cells)
        for (auto &cell : lane)
            std::stable_sort(cell.begin(), cell.end(), [&](std::size_t a, std::size_t b) {
                const QDate &da = roadmap.entries[a].due;
                const QDate &db = roadmap.entries[b].due;
                if (da.isValid() != db.isValid())
                    return da.isValid();
                return da.isValid() && da < db;
            });
    return cells;
}

int titleLinesFor(const Roadmap &roadmap, const RoadmapOptions &options)
{
    if (options.titleLines > 0)
        return options.titleLines;
    return roadmap.entries.size() > 30 ? 2 : 3;
}

// The legend's entries: a status each.
constexpr ActionStatus kStatuses[] = {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done,
                                      ActionStatus::Dropped};

struct PlacedLegend
{
    QRectF glyph;
    QRectF text;
};

QString targetWords()
{
    return Report::tr("Target: the level aimed at, by then");
}

qreal placeLegend(const Fonts &fonts, const QPointF &topLeft, qreal width, bool withTarget,
                  std::vector<PlacedLegend> *placed)
{
    const QFontMetricsF fm(fonts.small);
    const qreal icon = fonts.glyph();
    const qreal gap = fonts.pad * 4;
    qreal x = 0;
    qreal y = 0;
    const qreal line = std::max(fonts.smallLine, icon) * 1.2;
    for (int i = 0; i < 4 + (withTarget ? 1 : 0); ++i) {
        const QString text = i < 4 ? statusWords(kStatuses[i]) : targetWords();
        const qreal textW = std::min(fm.horizontalAdvance(text) + 1, width - icon - fonts.pad);
        const qreal entryW = icon + fonts.pad + textW;
        if (x > 0 && x + entryW > width) {
            x = 0;
            y += line;
        }
        if (placed)
            placed->push_back({QRectF(topLeft.x() + x, topLeft.y() + y + (line - icon) / 2, icon, icon),
                               QRectF(topLeft.x() + x + icon + fonts.pad, topLeft.y() + y, textW, line)});
        x += entryW + gap;
    }
    return y + line;
}

struct Geometry
{
    qreal laneHeaderWidth = 0;
    qreal noDateGap = 0;
    std::vector<qreal> columnLeft;
    std::vector<qreal> columnWidth;
    int firstQuarterColumn = -1;
    QRectF timelineX; // only left and width matter
};

// The columns share the width; one without actions takes about half a share (still room for its
// heading), so the titles get the room.
Geometry geometryOf(const Roadmap &roadmap, const Fonts &fonts, qreal left, qreal width)
{
    Geometry g;
    const QFontMetricsF fm(fonts.heading);
    // Room for the longest verb and its years on a line each, within a fifth of the width.
    qreal need = fm.horizontalAdvance(QStringLiteral("CONVINCE"));
    for (const auto &lane : roadmap.lanes)
        need = std::max({need, fm.horizontalAdvance(lane.title),
                         QFontMetricsF(fonts.small).horizontalAdvance(lane.subtitle)});
    g.laneHeaderWidth = std::clamp(std::max(width * 0.12, need + fonts.pad * 3), 1.0, width * 0.2);
    const bool noDate =
        !roadmap.columns.empty() && roadmap.columns.back().kind == Roadmap::ColumnKind::NoDate;
    g.noDateGap = noDate ? fonts.pad * 2 : 0;
    const std::size_t n = roadmap.columns.size();
    const qreal available = std::max(1.0, width - g.laneHeaderWidth - g.noDateGap);
    std::vector<qreal> weights(n, 1.0);
    std::vector<qreal> least(n, 0.0);
    if (!roadmap.entries.empty())
        for (std::size_t i = 0; i < n; ++i) {
            if (std::none_of(roadmap.entries.begin(), roadmap.entries.end(),
                             [&](const Roadmap::Entry &e) { return e.column == static_cast<int>(i); }))
                weights[i] = 0.55;
            least[i] = fm.horizontalAdvance(roadmap.columns[i].label) + fonts.pad * 2;
        }
    qreal total = 0;
    for (const qreal w : weights)
        total += w;
    g.columnWidth.resize(n);
    qreal short_ = 0; // what the narrow columns need beyond their share
    qreal wide = 0;   // the shares of the columns that can give it
    for (std::size_t i = 0; i < n; ++i) {
        g.columnWidth[i] = available * weights[i] / std::max(1e-9, total);
        if (g.columnWidth[i] < least[i] && weights[i] < 1) {
            short_ += std::min(least[i], available / static_cast<qreal>(n)) - g.columnWidth[i];
            g.columnWidth[i] = std::min(least[i], available / static_cast<qreal>(n));
        } else if (weights[i] >= 1) {
            wide += g.columnWidth[i];
        }
    }
    for (std::size_t i = 0; i < n && wide > 0; ++i)
        if (weights[i] >= 1)
            g.columnWidth[i] -= short_ * g.columnWidth[i] / wide;
    qreal x = left + g.laneHeaderWidth;
    qreal firstQuarter = -1;
    qreal lastQuarter = -1;
    for (std::size_t i = 0; i < n; ++i) {
        if (roadmap.columns[i].kind == Roadmap::ColumnKind::NoDate)
            x += g.noDateGap;
        g.columnLeft.push_back(x);
        if (roadmap.columns[i].kind == Roadmap::ColumnKind::Quarter) {
            if (firstQuarter < 0) {
                firstQuarter = x;
                g.firstQuarterColumn = static_cast<int>(i);
            }
            lastQuarter = x + g.columnWidth[i];
        }
        x += g.columnWidth[i];
    }
    if (firstQuarter >= 0)
        g.timelineX = QRectF(firstQuarter, 0, lastQuarter - firstQuarter, 0);
    return g;
}

// The x of a position on the timeline (quarters from the first quarter column's start).
qreal xOf(const Geometry &g, double position, int quarters)
{
    if (g.firstQuarterColumn < 0 || quarters <= 0)
        return g.timelineX.left();
    const double clamped = std::clamp(position, 0.0, static_cast<double>(quarters));
    const int q = std::min(static_cast<int>(std::floor(clamped)), quarters - 1);
    const auto c = static_cast<std::size_t>(g.firstQuarterColumn + q);
    return g.columnLeft[c] + g.columnWidth[c] * (clamped - q);
}

struct BandText
{
    QStringList label;
    QStringList milestones;
};

RoadmapLayout layoutWith(const Roadmap &roadmap, const Fonts &fonts, const Geometry &g,
                         const QPointF &topLeft, qreal width, const RoadmapOptions &options,
                         std::vector<BandText> *bandTexts)
{
    RoadmapLayout out;
    const qreal left = topLeft.x();
    qreal y = topLeft.y();
    const qreal tl = g.timelineX.left();
    const qreal tr_ = g.timelineX.right();

    // The year bands over the quarters they cover, the words wrapped in each.
    qreal bandH = 0;
    for (std::size_t b = 0; b < roadmap.bands.size(); ++b) {
        const auto &band = roadmap.bands[b];
        if (roadmap.quarters == 0 || band.from >= roadmap.quarters || (band.to && *band.to <= 0))
            continue;
        const qreal x0 = xOf(g, band.from, roadmap.quarters);
        const qreal x1 = band.to ? xOf(g, *band.to, roadmap.quarters) : tr_;
        if (x1 - x0 < fonts.pad * 2)
            continue;
        RoadmapLayout::Band placed{b, QRectF(x0, y, x1 - x0, 0), !band.to || *band.to > roadmap.quarters};
        const qreal textW = placed.rect.width() - fonts.pad * 2 - (placed.continues ? fonts.smallLine : 0);
        BandText text{wrapLines(band.label, fonts.smallBold, textW, 2),
                      wrapLines(band.milestones, fonts.small, textW, 2)};
        bandH = std::max(bandH, (text.label.size() + text.milestones.size()) * fonts.smallLine);
        out.bands.push_back(placed);
        if (bandTexts)
            bandTexts->push_back(std::move(text));
    }
    if (!out.bands.empty()) {
        bandH += fonts.pad * 2;
        for (auto &b : out.bands)
            b.rect.setHeight(bandH);
        y += bandH + fonts.pad;
    }

    // "Year 1", "Year 2" … where each year of the map begins.
    bool anyYear = false;
    for (std::size_t k = 0; k < roadmap.yearStarts.size(); ++k) {
        const double at = roadmap.yearStarts[k];
        if (at < 0 || at >= roadmap.quarters)
            continue;
        const qreal x = xOf(g, at, roadmap.quarters);
        out.years.push_back(
            {static_cast<int>(k) + 1, x,
             QRectF(x + fonts.pad * 0.6, y, std::max(1.0, tr_ - x - fonts.pad * 0.6), fonts.smallLine)});
        anyYear = true;
    }
    if (anyYear)
        y += fonts.smallLine;

    // The column headings: the quarter and how many actions it holds.
    const qreal headerH = fonts.pad * 2 + fonts.headingLine + fonts.smallLine;
    for (std::size_t c = 0; c < roadmap.columns.size(); ++c)
        out.columnHeaders.push_back(QRectF(g.columnLeft[c], y, g.columnWidth[c], headerH));
    const qreal laneTop = y + headerH;
    out.timeline = QRectF(tl, y, tr_ - tl, headerH);
    y = laneTop;

    if (roadmap.entries.empty()) {
        out.message = QRectF(left, y, width, fonts.titleLine * 2 + fonts.pad * 2);
        y = out.message.bottom();
    } else {
        const auto cells = cellEntries(roadmap);
        const int titleLines = titleLinesFor(roadmap, options);
        for (std::size_t l = 0; l < roadmap.lanes.size(); ++l) {
            const auto &lane = roadmap.lanes[l];
            const int subtitleLines = static_cast<int>(
                wrapLines(lane.subtitle, fonts.small, g.laneHeaderWidth - fonts.pad * 2, 2).size());
            const int titleRows = static_cast<int>(
                wrapLines(lane.title, fonts.heading, g.laneHeaderWidth - fonts.pad * 2, 2).size());
            qreal laneH = fonts.pad * 2 + titleRows * fonts.headingLine + subtitleLines * fonts.smallLine +
                          fonts.smallLine;
            std::vector<RoadmapLayout::Marker> markers;
            std::vector<RoadmapLayout::More> more;
            for (std::size_t c = 0; c < roadmap.columns.size(); ++c) {
                const qreal textW = g.columnWidth[c] - fonts.pad * 2.6 - fonts.glyph();
                const auto &list = cells[l][c];
                const int n = static_cast<int>(list.size());
                const int shown = options.perCell <= 0 ? 0 : (n <= options.perCell ? n : options.perCell - 1);
                qreal cy = y + fonts.pad;
                for (int i = 0; i < shown; ++i) {
                    const std::size_t e = list[static_cast<std::size_t>(i)];
                    RoadmapLayout::Marker m;
                    m.entry = e;
                    m.lines = wrapLines(roadmap.entries[e].title, fonts.title, textW, titleLines);
                    if (m.lines.isEmpty())
                        m.lines << QString();
                    const qreal h = std::max(fonts.glyph(), m.lines.size() * fonts.titleLine);
                    const qreal x = g.columnLeft[c] + fonts.pad;
                    m.glyph =
                        QRectF(x, cy + (fonts.titleLine - fonts.glyph()) / 2, fonts.glyph(), fonts.glyph());
                    m.text = QRectF(m.glyph.right() + fonts.pad * 0.6, cy, textW, h);
                    markers.push_back(m);
                    cy += h + fonts.pad * 0.8;
                }
                if (n > shown) {
                    const qreal h = fonts.smallLine * 2;
                    RoadmapLayout::More m{
                        static_cast<int>(l), static_cast<int>(c), n - shown,
                        QRectF(g.columnLeft[c] + fonts.pad, cy, g.columnWidth[c] - fonts.pad * 2, h)};
                    for (int i = shown; i < n; ++i) {
                        const ActionStatus s = roadmap.entries[list[static_cast<std::size_t>(i)]].status;
                        m.done += s == ActionStatus::Done ? 1 : 0;
                        m.dropped += s == ActionStatus::Dropped ? 1 : 0;
                    }
                    more.push_back(m);
                    cy += h + fonts.pad * 0.8;
                }
                laneH = std::max(laneH, cy - fonts.pad * 0.8 + fonts.pad - y);
            }
            out.laneHeaders.push_back(QRectF(left, y, g.laneHeaderWidth, laneH));
            std::vector<QRectF> row;
            for (std::size_t c = 0; c < roadmap.columns.size(); ++c)
                row.push_back(QRectF(g.columnLeft[c], y, g.columnWidth[c], laneH));
            out.cells.push_back(std::move(row));
            out.markers.insert(out.markers.end(), markers.begin(), markers.end());
            out.more.insert(out.more.end(), more.begin(), more.end());
            y += laneH;
        }
    }
    y += fonts.pad * 2;
    const qreal legendH = placeLegend(fonts, {left, y}, width, roadmap.hasTargets(), nullptr);
    out.legend = QRectF(left, y, width, legendH);
    out.height = out.legend.bottom() - topLeft.y();
    return out;
}

// A target: a diamond, a milestone's mark on a timeline, with a dot in it.
void paintTargetGlyph(QPainter &p, const QRectF &box, const Theme &theme)
{
    const qreal line = std::max(1.0, box.height() * 0.12);
    const QRectF r = box.adjusted(line / 2, line / 2, -line / 2, -line / 2);
    QPolygonF diamond;
    diamond << QPointF(r.center().x(), r.top()) << QPointF(r.right(), r.center().y())
            << QPointF(r.center().x(), r.bottom()) << QPointF(r.left(), r.center().y());
    p.save();
    p.setPen(QPen(theme.text, line, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.setBrush(theme.background);
    p.drawPolygon(diamond);
    p.setPen(Qt::NoPen);
    p.setBrush(theme.text);
    p.drawEllipse(r.center(), r.width() * 0.16, r.width() * 0.16);
    p.restore();
}

void paintGlyph(QPainter &p, const QRectF &box, ActionStatus status, const Theme &theme)
{
    const qreal line = std::max(1.0, box.height() * 0.12);
    const QRectF r = box.adjusted(line / 2, line / 2, -line / 2, -line / 2);
    p.save();
    switch (status) {
    case ActionStatus::Open:
        p.setPen(QPen(theme.text, line));
        p.setBrush(theme.background);
        p.drawEllipse(r);
        break;
    case ActionStatus::InProgress: {
        p.setPen(QPen(theme.text, line));
        p.setBrush(theme.background);
        p.drawEllipse(r);
        p.setPen(Qt::NoPen);
        p.setBrush(theme.text);
        p.drawPie(r, 90 * 16, 180 * 16); // the left half: begun, not finished
        p.setPen(QPen(theme.text, line));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r);
        break;
    }
    case ActionStatus::Done: {
        p.setPen(QPen(theme.text, line));
        p.setBrush(theme.text);
        p.drawEllipse(r);
        QPainterPath tick;
        tick.moveTo(r.left() + r.width() * 0.24, r.top() + r.height() * 0.52);
        tick.lineTo(r.left() + r.width() * 0.43, r.top() + r.height() * 0.72);
        tick.lineTo(r.left() + r.width() * 0.77, r.top() + r.height() * 0.30);
        p.setPen(QPen(theme.background, line * 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case ActionStatus::Dropped: {
        p.setPen(QPen(theme.mutedText, line));
        p.setBrush(theme.background);
        p.drawEllipse(r);
        const qreal k = r.width() * 0.5 * 0.7071;
        const QPointF c = r.center();
        p.drawLine(c + QPointF(-k, -k), c + QPointF(k, k));
        p.drawLine(c + QPointF(-k, k), c + QPointF(k, -k));
        break;
    }
    }
    p.restore();
}

} // namespace

RoadmapLayout layoutRoadmap(const Roadmap &roadmap, const QPointF &topLeft, qreal width, qreal dpi,
                            const Theme &theme, const RoadmapOptions &options)
{
    const Fonts fonts(theme, dpi);
    return layoutWith(roadmap, fonts, geometryOf(roadmap, fonts, topLeft.x(), width), topLeft, width, options,
                      nullptr);
}

qreal roadmapHeight(const Roadmap &roadmap, qreal width, qreal dpi, const Theme &theme,
                    const RoadmapOptions &options)
{
    return layoutRoadmap(roadmap, {}, width, dpi, theme, options).height;
}

void paintRoadmap(QPainter &painter, const QRectF &rect, const Roadmap &roadmap, const Theme &theme,
                  const RoadmapOptions &options)
{
    if (rect.width() < 4)
        return;
    const qreal dpi = painter.device() ? painter.device()->logicalDpiY() : 96;
    const Fonts fonts(theme, dpi);
    std::vector<BandText> bandTexts;
    QRectF area = rect;
    Geometry g = geometryOf(roadmap, fonts, area.left(), area.width());
    RoadmapLayout layout = layoutWith(roadmap, fonts, g, area.topLeft(), area.width(), options, &bandTexts);
    painter.save();
    // A rect measured on another device (a picture of other dpi: type rounds to other pixel sizes)
    // may be a little short: the roadmap is then drawn a little smaller, never cut off.
    if (layout.height > rect.height() + 0.5 && rect.height() > 0) {
        const qreal scale = rect.height() / layout.height;
        painter.translate(rect.topLeft());
        painter.scale(scale, scale);
        area = QRectF(0, 0, rect.width() / scale, rect.height() / scale);
        bandTexts.clear();
        g = geometryOf(roadmap, fonts, 0, area.width());
        layout = layoutWith(roadmap, fonts, g, {}, area.width(), options, &bandTexts);
    }
    const qreal line = std::max(1.0, fonts.smallLine / 14.0);
    const QColor headerFill = mixed(theme.grid, theme.background, 0.6);
    const QColor stripeFill = mixed(theme.grid, theme.background, 0.82);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // The year bands: a tinted bar with its years and milestones, an arrow where it goes on.
    for (std::size_t i = 0; i < layout.bands.size(); ++i) {
        const auto &b = layout.bands[i];
        const QRectF r = b.rect;
        const qreal tip = b.continues ? fonts.smallLine * 0.8 : 0;
        QPolygonF shape;
        shape << r.topLeft() << QPointF(r.right() - tip, r.top()) << QPointF(r.right(), r.center().y())
              << QPointF(r.right() - tip, r.bottom()) << r.bottomLeft();
        painter.setPen(QPen(theme.mutedText, line));
        painter.setBrush(headerFill);
        painter.drawPolygon(shape);
        qreal y = r.top() + fonts.pad;
        const QRectF text = r.adjusted(fonts.pad, 0, -fonts.pad - tip, 0);
        painter.setPen(theme.text);
        painter.setFont(fonts.smallBold);
        for (const QString &l : bandTexts[i].label) {
            painter.drawText(QRectF(text.left(), y, text.width(), fonts.smallLine),
                             Qt::AlignLeft | Qt::AlignVCenter, l);
            y += fonts.smallLine;
        }
        painter.setFont(fonts.small);
        for (const QString &l : bandTexts[i].milestones) {
            painter.drawText(QRectF(text.left(), y, text.width(), fonts.smallLine),
                             Qt::AlignLeft | Qt::AlignVCenter, l);
            y += fonts.smallLine;
        }
    }

    // Column headings; the quarters share one tinted row, "No date" stands apart.
    const qreal bottom = layout.legend.top() - fonts.pad * 2;
    for (std::size_t c = 0; c < layout.columnHeaders.size(); ++c) {
        const QRectF &h = layout.columnHeaders[c];
        painter.setPen(Qt::NoPen);
        painter.setBrush(headerFill);
        painter.drawRect(h);
        const bool quarter = roadmap.columns[c].kind == Roadmap::ColumnKind::Quarter;
        QFont f = fonts.heading;
        f.setItalic(!quarter);
        const QRectF labelBox(h.left() + fonts.pad, h.top() + fonts.pad, h.width() - fonts.pad * 2,
                              fonts.headingLine);
        painter.setFont(f);
        painter.setPen(theme.text);
        painter.drawText(
            labelBox, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(f).elidedText(roadmap.columns[c].label, Qt::ElideRight, labelBox.width()));
        if (!roadmap.entries.empty()) {
            painter.setFont(fonts.small);
            painter.setPen(theme.mutedText);
            const QRectF countBox(labelBox.left(), labelBox.bottom(), labelBox.width(), fonts.smallLine);
            painter.drawText(
                countBox, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(fonts.small)
                    .elidedText(columnWords(roadmap, static_cast<int>(c)), Qt::ElideRight, countBox.width()));
        }
    }

    // Lanes: a stripe every other lane, the priority on the left, then the actions.
    for (std::size_t l = 0; l < layout.laneHeaders.size(); ++l) {
        const QRectF &h = layout.laneHeaders[l];
        const QRectF whole(h.left(), h.top(), area.right() - h.left(), h.height());
        if (l % 2 == 0) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(stripeFill);
            painter.drawRect(whole);
        }
        painter.setPen(QPen(theme.grid, line));
        painter.drawLine(whole.bottomLeft(), whole.bottomRight());
        const auto &lane = roadmap.lanes[l];
        const qreal w = h.width() - fonts.pad * 2;
        qreal y = h.top() + fonts.pad;
        painter.setFont(fonts.heading);
        painter.setPen(theme.text);
        for (const QString &t : wrapLines(lane.title, fonts.heading, w, 2)) {
            painter.drawText(QRectF(h.left() + fonts.pad, y, w, fonts.headingLine),
                             Qt::AlignLeft | Qt::AlignVCenter, t);
            y += fonts.headingLine;
        }
        painter.setFont(fonts.small);
        painter.setPen(theme.mutedText);
        for (const QString &t : wrapLines(lane.subtitle, fonts.small, w, 2)) {
            painter.drawText(QRectF(h.left() + fonts.pad, y, w, fonts.smallLine),
                             Qt::AlignLeft | Qt::AlignVCenter, t);
            y += fonts.smallLine;
        }
        const int n = roadmap.countInLane(static_cast<int>(l));
        painter.drawText(QRectF(h.left() + fonts.pad, y, w, fonts.smallLine),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         !lane.targets ? actionsWords(n)
                         : n == 1      ? Report::tr("1 target")
                                       : Report::tr("%1 targets").arg(n));
    }

    // Column lines down through the lanes, and where each year of the map begins.
    const qreal top = layout.columnHeaders.empty() ? area.top() : layout.columnHeaders.front().top();
    painter.setPen(QPen(theme.grid, line));
    for (std::size_t c = 0; c < g.columnLeft.size(); ++c) {
        painter.drawLine(QPointF(g.columnLeft[c], top), QPointF(g.columnLeft[c], bottom));
        if (roadmap.columns[c].kind == Roadmap::ColumnKind::NoDate || c + 1 == g.columnLeft.size())
            painter.drawLine(QPointF(g.columnLeft[c] + g.columnWidth[c], top),
                             QPointF(g.columnLeft[c] + g.columnWidth[c], bottom));
    }
    // Where a year begins: a mark down to the quarters' headings, clear of their words and the titles.
    for (const auto &y : layout.years) {
        const qreal to = layout.columnHeaders.empty() ? y.label.bottom() : layout.columnHeaders.front().top();
        painter.setPen(QPen(theme.mutedText, line * 1.4));
        painter.drawLine(QPointF(y.x, y.label.top()), QPointF(y.x, to));
        const qreal a = fonts.pad * 0.9;
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.mutedText);
        painter.drawPolygon(QPolygonF()
                            << QPointF(y.x - a, to - a) << QPointF(y.x + a, to - a) << QPointF(y.x, to));
        painter.setFont(fonts.smallBold);
        painter.setPen(theme.mutedText);
        painter.drawText(y.label, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(fonts.smallBold)
                             .elidedText(Report::tr("Year %1").arg(y.year), Qt::ElideRight, y.label.width()));
    }

    if (roadmap.entries.empty()) {
        painter.setFont(fonts.title);
        painter.setPen(theme.mutedText);
        painter.drawText(layout.message.adjusted(fonts.pad, 0, -fonts.pad, 0),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         Report::tr("No actions in the plan yet."));
    }

    for (const auto &m : layout.markers) {
        const auto &e = roadmap.entries[m.entry];
        if (e.target)
            paintTargetGlyph(painter, m.glyph, theme);
        else
            paintGlyph(painter, m.glyph, e.status, theme);
        QFont f = fonts.title;
        const bool dropped = e.status == ActionStatus::Dropped;
        f.setStrikeOut(dropped);
        painter.setFont(f);
        painter.setPen(dropped ? theme.mutedText : theme.text);
        qreal y = m.text.top();
        for (const QString &t : m.lines) {
            painter.drawText(QRectF(m.text.left(), y, m.text.width(), fonts.titleLine),
                             Qt::AlignLeft | Qt::AlignVCenter, t);
            y += fonts.titleLine;
        }
    }
    for (const auto &more : layout.more) {
        // What a full cell does not list: how many, and how many of those are done or dropped.
        const bool all = more.hidden == roadmap.count(more.lane, more.column);
        QString text = all ? actionsWords(more.hidden) : Report::tr("+ %1 more").arg(more.hidden);
        QStringList of;
        if (more.done)
            of << Report::tr("%1 done").arg(more.done);
        if (more.dropped)
            of << Report::tr("%1 dropped").arg(more.dropped);
        if (!of.isEmpty())
            text += Report::tr(": ") + of.join(Report::tr(", "));
        QFont f = fonts.small;
        f.setItalic(!all);
        painter.setFont(f);
        painter.setPen(theme.text);
        const int maxLines = std::max(1, qRound(more.rect.height() / fonts.smallLine));
        qreal y = more.rect.top();
        for (const QString &t : wrapLines(text, f, more.rect.width(), maxLines)) {
            painter.drawText(QRectF(more.rect.left(), y, more.rect.width(), fonts.smallLine),
                             Qt::AlignLeft | Qt::AlignVCenter, t);
            y += fonts.smallLine;
        }
    }

    // The legend: each status's mark, in words.
    std::vector<PlacedLegend> placed;
    placeLegend(fonts, layout.legend.topLeft(), layout.legend.width(), roadmap.hasTargets(), &placed);
    for (std::size_t i = 0; i < placed.size(); ++i) {
        QFont f = fonts.small;
        if (i < 4) {
            paintGlyph(painter, placed[i].glyph, kStatuses[i], theme);
            f.setStrikeOut(kStatuses[i] == ActionStatus::Dropped);
        } else {
            paintTargetGlyph(painter, placed[i].glyph, theme);
        }
        painter.setFont(f);
        painter.setPen(theme.text);
        painter.drawText(placed[i].text, Qt::AlignLeft | Qt::AlignVCenter,
                         i < 4 ? statusWords(kStatuses[i]) : targetWords());
    }
    painter.restore();
}

} // namespace cxm::report
