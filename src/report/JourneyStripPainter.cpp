#include "JourneyStripPainter.h"
#include "ReportText.h"
#include "WrappedText.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>

namespace cxm::report {

namespace {

// The strip's type, in pixels of a device of the given dpi, from the theme's size in points.
struct Fonts
{
    QFont name;   // a stage's name, a band's title
    QFont small;  // "Stage 3", counts, the status words, the legend
    QFont letter; // a level's letter under its bar
    qreal nameLine = 0;
    qreal smallLine = 0;
    qreal pad = 0;

    Fonts(const Theme &theme, qreal dpi)
    {
        const qreal points = themePoints(theme, dpi);
        const auto sized = [&](qreal pt, bool bold) { return sizedFont(theme, pt, dpi, bold); };
        name = sized(points, true);
        small = sized(points * 0.85, false);
        letter = sized(points * 0.85, true);
        nameLine = QFontMetricsF(name).height();
        smallLine = QFontMetricsF(small).height();
        pad = smallLine * 0.35;
    }
    qreal barHeight() const { return smallLine * 2.2; }
    // counts, bars, letters, then the status lines (disagreement, agreed answer)
    qreal cellHeight(int statusLines) const
    {
        return pad + smallLine + barHeight() + smallLine * 1.2 + pad * 0.5 + statusLines * smallLine + pad;
    }
};

// A workshop's cells keep a line for "Disagreement" or "Agreed", and a second one once a cell needs
// both, so the strip does not jump with the first disagreement.
int statusLines(const JourneyStrip &strip, const JourneyStripOptions &options)
{
    if (!options.team)
        return 0;
    int lines = 1;
    for (const auto &stage : strip.cells)
        for (const auto &c : stage)
            lines = std::max(lines, (c.bothEnds() ? 1 : 0) + (c.agreed ? 1 : 0));
    return lines;
}

QString letterOf(const QString &levelName)
{
    return levelName.left(1).toUpper();
}

QColor mixed(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

bool dark(const QColor &c)
{
    return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF() < 0.5;
}

// The legend's entries: what each mark means, in the strip's words.
enum class Mark { Level, Bars, Agreed, Disagreement };
struct LegendEntry
{
    Mark mark;
    int level = 0; // for Mark::Level, 1 … 3
    QString text;
};

std::vector<LegendEntry> legendOf(const JourneyStrip &strip, const JourneyStripOptions &options)
{
    std::vector<LegendEntry> entries;
    for (int i = 0; i < 3; ++i)
        entries.push_back({Mark::Level, i + 1, strip.levels[static_cast<std::size_t>(i)]});
    if (options.answersHidden)
        return entries;
    entries.push_back({Mark::Bars, 0, Report::tr("bars and numbers: how many gave each level")});
    if (options.team) {
        entries.push_back({Mark::Agreed, 0, Report::tr("the team's agreed answer")});
        entries.push_back(
            {Mark::Disagreement, 0,
             Report::tr("Disagreement: both %1 and %2 were given").arg(strip.levels[0], strip.levels[2])});
    }
    return entries;
}

// The legend's entries placed left to right, on as many lines as they need; returns their height.
struct PlacedEntry
{
    QRectF icon;
    QRectF text;
};
qreal placeLegend(const std::vector<LegendEntry> &entries, const Fonts &fonts, const QPointF &topLeft,
                  qreal width, std::vector<PlacedEntry> *placed)
{
    const QFontMetricsF fm(fonts.small);
    const qreal icon = fonts.smallLine * 0.95;
    const qreal gap = fonts.pad * 3;
    qreal x = 0;
    qreal y = 0;
    for (const LegendEntry &e : entries) {
        const qreal textW = std::min(fm.horizontalAdvance(e.text) + 1, width - icon - fonts.pad);
        const qreal entryW = icon + fonts.pad + textW;
        if (x > 0 && x + entryW > width) {
            x = 0;
            y += fonts.smallLine * 1.25;
        }
        if (placed) {
            const qreal top = topLeft.y() + y;
            placed->push_back({QRectF(topLeft.x() + x, top + (fonts.smallLine - icon) / 2, icon, icon),
                               QRectF(topLeft.x() + x + icon + fonts.pad, top, textW, fonts.smallLine)});
        }
        x += entryW + gap;
    }
    return entries.empty() ? 0 : y + fonts.smallLine;
}

// The arrow of one stage: pointed on the right, notched on the left (but for the first stage).
QPolygonF chevron(const QRectF &r, qreal tip, bool notch)
{
    QPolygonF p;
    p << r.topLeft() << QPointF(r.right() - tip, r.top()) << QPointF(r.right(), r.center().y())
      << QPointF(r.right() - tip, r.bottom()) << r.bottomLeft();
    if (notch)
        p << QPointF(r.left() + tip, r.center().y());
    return p;
}

// A warning mark: a triangle with "!" in it, filled with the disagreement colour.
void paintWarning(QPainter &p, const QRectF &box, const Fonts &fonts, const Theme &theme)
{
    QPainterPath tri;
    tri.moveTo(box.center().x(), box.top());
    tri.lineTo(box.right(), box.bottom());
    tri.lineTo(box.left(), box.bottom());
    tri.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(theme.disagreement);
    p.drawPath(tri);
    QFont f = fonts.letter;
    f.setPixelSize(std::max(1, qRound(box.height() * 0.7)));
    p.setFont(f);
    p.setPen(dark(theme.disagreement) ? QColor(Qt::white) : QColor(Qt::black));
    p.drawText(box.adjusted(0, box.height() * 0.2, 0, 0), Qt::AlignCenter, QStringLiteral("!"));
}

// A level's letter in its box; inverted (dark box, light letter) for the team's agreed answer.
void paintLetter(QPainter &p, const QRectF &box, const QString &letter, bool agreed, const Fonts &fonts,
                 const Theme &theme)
{
    if (agreed) {
        p.setPen(Qt::NoPen);
        p.setBrush(theme.text);
        p.drawRoundedRect(box, box.height() * 0.15, box.height() * 0.15);
    }
    p.setFont(fonts.letter);
    p.setPen(agreed ? theme.background : theme.text);
    p.drawText(box, Qt::AlignCenter, letter);
}

void paintCheck(QPainter &p, const QRectF &box, const Theme &theme)
{
    p.setPen(Qt::NoPen);
    p.setBrush(theme.text);
    p.drawRoundedRect(box, box.height() * 0.15, box.height() * 0.15);
    QPainterPath tick;
    tick.moveTo(box.left() + box.width() * 0.22, box.top() + box.height() * 0.52);
    tick.lineTo(box.left() + box.width() * 0.42, box.top() + box.height() * 0.72);
    tick.lineTo(box.left() + box.width() * 0.78, box.top() + box.height() * 0.28);
    p.setPen(QPen(theme.background, std::max(1.0, box.height() * 0.14), Qt::SolidLine, Qt::RoundCap,
                  Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(tick);
}

struct Geometry
{
    qreal gap = 0;
    qreal columnWidth = 0;
    qreal tip = 0;
    qreal headerHeight = 0;
    std::vector<QStringList> names; // each stage's name in lines
};

Geometry geometryOf(const JourneyStrip &strip, const Fonts &fonts, qreal width,
                    const JourneyStripOptions &options)
{
    Geometry g;
    const auto n = static_cast<qreal>(std::max<std::size_t>(1, strip.stages.size()));
    g.gap = fonts.pad * 1.5;
    g.columnWidth = std::max(1.0, (width - g.gap * (n - 1)) / n);
    g.tip = std::min(g.columnWidth * 0.08, fonts.nameLine * 0.6);
    int lines = 1;
    for (const QString &name : strip.stages) {
        g.names.push_back(wrapLines(name, fonts.name, g.columnWidth - 2 * (g.tip + fonts.pad),
                                    std::max(1, options.nameLines)));
        lines = std::max(lines, static_cast<int>(g.names.back().size()));
    }
    g.headerHeight = fonts.pad * 2 + fonts.smallLine + lines * fonts.nameLine;
    return g;
}

JourneyStripLayout layoutWith(const JourneyStrip &strip, const Fonts &fonts, const Geometry &g,
                              const QPointF &topLeft, qreal width, const JourneyStripOptions &options)
{
    JourneyStripLayout out;
    qreal y = topLeft.y();
    if (strip.stages.empty()) {
        out.message = QRectF(topLeft.x(), y, width, fonts.nameLine * 2);
        out.height = out.message.height();
        return out;
    }
    out.stages.resize(strip.stages.size());
    for (std::size_t s = 0; s < strip.stages.size(); ++s)
        out.stages[s].header = QRectF(topLeft.x() + static_cast<qreal>(s) * (g.columnWidth + g.gap), y,
                                      g.columnWidth, g.headerHeight);
    y += g.headerHeight + fonts.pad * 1.5;
    const qreal cellH = fonts.cellHeight(statusLines(strip, options));
    for (std::size_t item = 0; item < strip.items.size(); ++item) {
        out.captions.push_back(QRectF(topLeft.x(), y, width, fonts.nameLine));
        y += fonts.nameLine + fonts.pad * 0.5;
        for (std::size_t s = 0; s < strip.stages.size(); ++s)
            out.stages[s].cells.push_back(QRectF(out.stages[s].header.left(), y, g.columnWidth, cellH));
        y += cellH + fonts.pad * 1.5;
    }
    const qreal legendH = placeLegend(legendOf(strip, options), fonts, {topLeft.x(), y}, width, nullptr);
    out.legend = QRectF(topLeft.x(), y, width, legendH);
    out.height = out.legend.bottom() - topLeft.y();
    return out;
}

void paintCell(QPainter &p, const QRectF &cell, const JourneyStrip &strip, const JourneyStrip::Cell &c,
               int maxCount, const Fonts &fonts, const Theme &theme, const JourneyStripOptions &options)
{
    const qreal line = std::max(1.0, fonts.smallLine / 14.0);
    const bool split = options.team && !options.answersHidden && c.bothEnds();
    const bool empty = options.answersHidden || c.answered() == 0;
    p.setBrush(Qt::NoBrush);
    p.setPen(split   ? QPen(theme.disagreement, line * 2.5)
             : empty ? QPen(theme.grid, line, Qt::DashLine)
                     : QPen(theme.grid, line));
    const qreal radius = fonts.pad;
    p.drawRoundedRect(cell.adjusted(line, line, -line, -line), radius, radius);
    const QRectF inner = cell.adjusted(fonts.pad, fonts.pad, -fonts.pad, -fonts.pad);
    if (empty) {
        p.setFont(fonts.small);
        p.setPen(theme.mutedText);
        p.drawText(inner, Qt::AlignCenter | Qt::TextWordWrap,
                   options.answersHidden ? Report::tr("hidden until revealed") : Report::tr("not rated yet"));
        return;
    }
    const QFontMetricsF fm(fonts.small);
    const qreal slot = inner.width() / 3;
    const qreal barsTop = inner.top() + fonts.smallLine;
    const qreal baseline = barsTop + fonts.barHeight();
    const qreal lettersTop = baseline + fonts.smallLine * 0.1;
    const qreal barW = std::min(slot * 0.6, fonts.smallLine * 1.6);
    p.setPen(QPen(theme.grid, line));
    p.drawLine(QPointF(inner.left(), baseline), QPointF(inner.right(), baseline));
    for (int i = 0; i < 3; ++i) {
        const int count = c.counts[static_cast<std::size_t>(i)];
        const qreal cx = inner.left() + slot * (i + 0.5);
        const qreal h = fonts.barHeight() * count / std::max(1, maxCount);
        if (count > 0) {
            // A light bar keeps an outline, so it still shows on a black-and-white page.
            p.setPen(QPen(theme.text, line * 0.75));
            p.setBrush(levelColor(i + 1, theme));
            p.drawRect(QRectF(cx - barW / 2, baseline - h, barW, h));
        }
        p.setFont(fonts.small);
        p.setPen(count > 0 ? theme.text : theme.mutedText);
        p.drawText(QRectF(cx - slot / 2, baseline - h - fonts.smallLine, slot, fonts.smallLine),
                   Qt::AlignHCenter | Qt::AlignBottom, QString::number(count));
        const qreal box = std::min(slot * 0.9, fonts.smallLine * 1.15);
        paintLetter(p, QRectF(cx - box / 2, lettersTop, box, fonts.smallLine * 1.1),
                    letterOf(strip.levels[static_cast<std::size_t>(i)]), options.team && c.agreed == i + 1,
                    fonts, theme);
    }
    if (!options.team)
        return;
    qreal y = lettersTop + fonts.smallLine * 1.2 + fonts.pad * 0.5;
    if (split) {
        const qreal icon = fonts.smallLine * 0.85;
        paintWarning(p, QRectF(inner.left(), y + (fonts.smallLine - icon) / 2, icon, icon), fonts, theme);
        QFont bold = fonts.small;
        bold.setBold(true);
        const QString word = Report::tr("Disagreement");
        const QRectF text(inner.left() + icon + fonts.pad * 0.6, y, inner.width() - icon - fonts.pad * 0.6,
                          fonts.smallLine);
        // The word is the point of the mark: smaller type (down to 70 %) before an ellipsis.
        if (const qreal need = QFontMetricsF(bold).horizontalAdvance(word); need > text.width())
            bold.setPixelSize(
                std::max(1, static_cast<int>(bold.pixelSize() * std::max(0.7, text.width() / need))));
        p.setFont(bold);
        p.setPen(theme.disagreement);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(bold).elidedText(word, Qt::ElideRight, text.width()));
        y += fonts.smallLine;
    }
    if (c.agreed && *c.agreed >= 1 && *c.agreed <= 3) {
        const QString name = strip.levels[static_cast<std::size_t>(*c.agreed - 1)];
        QString text = Report::tr("Agreed: %1").arg(name);
        if (fm.horizontalAdvance(text) > inner.width())
            text = Report::tr("Agreed: %1").arg(letterOf(name));
        p.setFont(fonts.small);
        p.setPen(theme.text);
        p.drawText(QRectF(inner.left(), y, inner.width(), fonts.smallLine), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(text, Qt::ElideRight, inner.width()));
    }
}

} // namespace

JourneyStrip JourneyStrip::of(const Instrument &instrument, const Worksheet &worksheet,
                              const Session &session, const Score &score)
{
    JourneyStrip strip;
    const auto &levels = instrument.levelsOf(worksheet);
    for (std::size_t i = 0; i < strip.levels.size() && i < levels.size(); ++i)
        strip.levels[i] = QString::fromStdString(levels[i].label);
    for (const Item &item : worksheet.items)
        strip.items.push_back(QString::fromStdString(item.title));
    const WorksheetScore *ws = score.findWorksheet(worksheet.id);
    for (const Stage &stage : session.stages) {
        strip.stages.push_back(QString::fromStdString(stage.name));
        std::vector<Cell> cells(worksheet.items.size());
        const CompetencyScore *cs = nullptr;
        if (ws)
            for (const auto &[id, stageScore] : ws->stages)
                if (id == stage.id)
                    cs = &stageScore;
        for (std::size_t i = 0; cs && i < worksheet.items.size(); ++i)
            for (const ItemScore &is : cs->items)
                if (is.id == worksheet.items[i].id) {
                    cells[i].counts = is.counts;
                    if (is.consensus)
                        cells[i].agreed = ratingValue(*is.consensus);
                }
        strip.cells.push_back(std::move(cells));
    }
    return strip;
}

JourneyStripLayout layoutJourneyStrip(const JourneyStrip &strip, const QPointF &topLeft, qreal width,
                                      qreal dpi, const Theme &theme, const JourneyStripOptions &options)
{
    const Fonts fonts(theme, dpi);
    return layoutWith(strip, fonts, geometryOf(strip, fonts, width, options), topLeft, width, options);
}

qreal journeyStripHeight(const JourneyStrip &strip, qreal width, qreal dpi, const Theme &theme,
                         const JourneyStripOptions &options)
{
    return layoutJourneyStrip(strip, {}, width, dpi, theme, options).height;
}

void paintJourneyStrip(QPainter &painter, const QRectF &rect, const JourneyStrip &strip, const Theme &theme,
                       const JourneyStripOptions &options)
{
    if (rect.width() < 4)
        return;
    const qreal dpi = painter.device() ? painter.device()->logicalDpiY() : 96;
    const Fonts fonts(theme, dpi);
    const Geometry g = geometryOf(strip, fonts, rect.width(), options);
    const JourneyStripLayout layout = layoutWith(strip, fonts, g, rect.topLeft(), rect.width(), options);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (strip.stages.empty()) {
        painter.setFont(fonts.small);
        painter.setPen(theme.mutedText);
        painter.drawText(layout.message, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         Report::tr("The journey's stages are not defined yet."));
        painter.restore();
        return;
    }

    // The stages as a chain of arrows, in the journey's order.
    for (std::size_t s = 0; s < layout.stages.size(); ++s) {
        const QRectF &r = layout.stages[s].header;
        painter.setPen(QPen(theme.grid, std::max(1.0, fonts.smallLine / 14.0)));
        painter.setBrush(mixed(theme.grid, theme.background, 0.55));
        painter.drawPolygon(chevron(r, g.tip, s > 0));
        const QRectF text = r.adjusted(g.tip + fonts.pad, fonts.pad, -(g.tip + fonts.pad), -fonts.pad);
        painter.setFont(fonts.small);
        painter.setPen(theme.mutedText);
        painter.drawText(QRectF(text.left(), text.top(), text.width(), fonts.smallLine), Qt::AlignCenter,
                         Report::tr("Stage %1").arg(s + 1));
        painter.setFont(fonts.name);
        painter.setPen(theme.text);
        qreal y = text.top() + fonts.smallLine;
        for (const QString &line : g.names[s]) {
            painter.drawText(QRectF(text.left(), y, text.width(), fonts.nameLine), Qt::AlignCenter, line);
            y += fonts.nameLine;
        }
    }

    // Bars on one scale across the strip: the tallest is the largest count anywhere.
    int maxCount = 1;
    for (const auto &stage : strip.cells)
        for (const auto &c : stage)
            maxCount = std::max({maxCount, c.counts[0], c.counts[1], c.counts[2]});
    for (std::size_t item = 0; item < strip.items.size(); ++item) {
        painter.setFont(fonts.name);
        painter.setPen(theme.text);
        const QRectF &caption = layout.captions[item];
        painter.drawText(
            caption, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(fonts.name).elidedText(strip.items[item], Qt::ElideRight, caption.width()));
        for (std::size_t s = 0; s < layout.stages.size(); ++s) {
            const JourneyStrip::Cell cell = s < strip.cells.size() && item < strip.cells[s].size()
                                                ? strip.cells[s][item]
                                                : JourneyStrip::Cell{};
            paintCell(painter, layout.stages[s].cells[item], strip, cell, maxCount, fonts, theme, options);
        }
    }

    // The legend: every mark the strip uses, in words.
    std::vector<PlacedEntry> placed;
    const auto entries = legendOf(strip, options);
    placeLegend(entries, fonts, layout.legend.topLeft(), layout.legend.width(), &placed);
    const QFontMetricsF fm(fonts.small);
    for (std::size_t i = 0; i < entries.size() && i < placed.size(); ++i) {
        const LegendEntry &e = entries[i];
        const QRectF &icon = placed[i].icon;
        switch (e.mark) {
        case Mark::Level:
            painter.setPen(QPen(theme.text, std::max(1.0, fonts.smallLine / 20.0)));
            painter.setBrush(levelColor(e.level, theme));
            painter.drawRect(icon);
            painter.setFont(fonts.letter);
            painter.setPen(dark(levelColor(e.level, theme)) ? QColor(Qt::white) : QColor(0x1f, 0x29, 0x37));
            painter.drawText(icon, Qt::AlignCenter, letterOf(e.text));
            break;
        case Mark::Bars: {
            painter.setPen(QPen(theme.text, std::max(1.0, fonts.smallLine / 20.0)));
            for (int b = 0; b < 3; ++b) {
                const qreal h = icon.height() * (0.4 + 0.3 * b);
                painter.setBrush(levelColor(b + 1, theme));
                painter.drawRect(
                    QRectF(icon.left() + icon.width() * b / 3, icon.bottom() - h, icon.width() / 3, h));
            }
            break;
        }
        case Mark::Agreed:
            paintCheck(painter, icon, theme);
            break;
        case Mark::Disagreement:
            paintWarning(painter, icon, fonts, theme);
            break;
        }
        painter.setFont(fonts.small);
        painter.setPen(theme.text);
        painter.drawText(placed[i].text, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(e.text, Qt::ElideRight, placed[i].text.width()));
    }
    painter.restore();
}

} // namespace cxm::report
