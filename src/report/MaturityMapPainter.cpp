#include "MaturityMapPainter.h"
#include "ReportText.h"

#include "ReportWriter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPath>
#include <QPolygonF>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cxm::report {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QFont sizedFont(const QFont &base, qreal pixels, bool bold = false)
{
    QFont f(base);
    f.setPixelSize(std::max(1, qRound(pixels)));
    f.setBold(bold);
    return f;
}

// A piece of text in its box. Labels of one kind (the radar's axes, the grid's item titles) are
// drawn at one common size, the largest at which all of them fit, so no label is larger than its
// neighbours just because its text is shorter.
struct Label
{
    QRectF box;
    QString text;
    int flags = Qt::AlignLeft;
    QColor color;
};

int commonPixelSize(const QFont &font, const std::vector<Label> &labels)
{
    QFont f(font);
    int px = f.pixelSize();
    for (; px > 1; px = (px > 12 ? px - std::max(1, px / 12) : px - 1)) {
        f.setPixelSize(px);
        const QFontMetricsF fm(f);
        bool fits = true;
        for (const Label &l : labels) {
            if (l.box.width() <= 0 || l.box.height() <= 0 || l.text.isEmpty())
                continue;
            const QRectF need = fm.boundingRect(l.box, l.flags | Qt::TextWordWrap, l.text);
            if (need.width() > l.box.width() + 0.5 || need.height() > l.box.height() + 0.5) {
                fits = false;
                break;
            }
        }
        if (fits)
            break;
    }
    return std::max(1, px);
}

// Draws every label at the common size, wrapped inside its box; nothing is clipped however small
// the rect or however long the instrument's titles.
void drawLabels(QPainter &p, const std::vector<Label> &labels, const QFont &font)
{
    QFont f(font);
    f.setPixelSize(commonPixelSize(font, labels));
    p.setFont(f);
    for (const Label &l : labels) {
        if (l.box.width() <= 0 || l.box.height() <= 0 || l.text.isEmpty())
            continue;
        p.setPen(l.color);
        p.drawText(l.box, l.flags | Qt::TextWordWrap, l.text);
    }
}

void drawFitted(QPainter &p, const QRectF &box, int flags, const QString &text, const QFont &font,
                const QColor &color)
{
    drawLabels(p, {{box, text, flags, color}}, font);
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

bool isDark(const QColor &c)
{
    return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF() < 0.5;
}

int milestoneIndexOf(const Instrument &instrument, const std::string &id)
{
    for (std::size_t i = 0; i < instrument.milestones.size(); ++i)
        if (instrument.milestones[i].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace

qreal themePoints(const Theme &theme, qreal dpi)
{
    qreal points = theme.font.pointSizeF();
    if (points <= 0)
        points = theme.font.pixelSize() > 0 ? theme.font.pixelSize() * 72.0 / dpi : 9.0;
    return points * theme.fontScale;
}

QFont sizedFont(const Theme &theme, qreal points, qreal dpi, bool bold)
{
    QFont f = withoutLigatures(theme.font);
    f.setPixelSize(std::max(1, qRound(points * dpi / 72.0)));
    f.setBold(bold);
    return f;
}

QFont withoutLigatures(QFont font)
{
    // Qt 6.4 has no QFont::setFeature; its shaper turns the optional ligatures (liga, clig, dlig)
    // off for Latin text whenever letter spacing is set, so a spacing of 1/64 of a pixel (the
    // smallest step Qt keeps, invisible on paper) keeps "ffi" as three glyphs.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64.0);
    return font;
}

QString levelLetter(const Instrument &instrument, int value)
{
    for (const auto &l : instrument.levels)
        if (l.value == value && !l.label.empty())
            return qs(l.label).left(1).toUpper();
    return QString::number(value);
}

int levelOfValue(double value)
{
    constexpr double tolerance = 1e-9;
    if (value < 5.0 / 3.0 - tolerance)
        return 1;
    if (value < 7.0 / 3.0 - tolerance)
        return 2;
    return 3;
}

TargetLevels targetLevels(const Session &session)
{
    TargetLevels levels;
    for (const Target &t : session.targets)
        if (t.scope.empty())
            levels[t.item] = ratingValue(t.level);
    return levels;
}

std::optional<double> targetPercent(const Competency &competency, const Score &score,
                                    const TargetLevels &targets)
{
    bool any = false;
    double sum = 0;
    for (const Item &item : competency.items) {
        const ItemScore *is = score.findItem(item.id);
        const auto target = targets.find(item.id);
        std::optional<double> value = is ? is->value : std::nullopt;
        if (target != targets.end()) {
            any = true;
            value = std::max(value.value_or(0.0), static_cast<double>(target->second));
        }
        if (!value)
            return std::nullopt;
        sum += *value;
    }
    if (!any || competency.items.empty())
        return std::nullopt;
    const double mean = sum / static_cast<double>(competency.items.size());
    return (mean - 1.0) / 2.0 * 100.0;
}

QColor levelColor(int level, const Theme &theme)
{
    return level <= 1 ? theme.early : level == 2 ? theme.advanced : theme.mature;
}

Theme Theme::print()
{
    Theme t;
    t.text = QColor(0x1f, 0x29, 0x37);
    t.font = withoutLigatures(QFont(QStringLiteral("DejaVu Sans")));
    t.font.setStyleHint(QFont::SansSerif);
    return t;
}

Theme Theme::fromPalette(const QPalette &pal)
{
    Theme t;
    t.text = pal.color(QPalette::WindowText);
    t.background = pal.color(QPalette::Base);
    t.mutedText = mix(t.text, t.background, 0.35);
    t.grid = mix(t.text, t.background, 0.78);
    if (isDark(t.background)) {
        t.accent = QColor(0x6c, 0xb4, 0xee);
        t.disagreement = QColor(0xff, 0x8a, 0x50);
    }
    return t;
}

void paintMilestonePath(QPainter &painter, const QRectF &rect, const Instrument &instrument,
                        const Score &score, const Theme &theme)
{
    const int n = static_cast<int>(instrument.milestones.size());
    if (n == 0 || rect.width() < 4 || rect.height() < 4)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const qreal w = rect.width();
    const qreal h = rect.height();
    const qreal base = std::min(w / 52.0, h / 15.0) * theme.fontScale;
    const qreal colW = w / n;
    const int reached = score.milestoneIndex.value_or(-1);

    // Rows, top to bottom: year bands, "you are here", the path, titles and
    // themes.
    const QRectF bandRow(rect.left(), rect.top(), w, h * 0.17);
    const QRectF hereRow(rect.left(), bandRow.bottom(), w, h * 0.11);
    const qreal radius = std::max(2.0, std::min(colW * 0.16, h * 0.085));
    const qreal pathY = hereRow.bottom() + radius + h * 0.02;
    const qreal labelTop = pathY + radius + h * 0.03;
    const qreal noteH = score.milestoneIndex ? 0.0 : h * 0.12;
    const qreal labelBottom = rect.bottom() - noteH;

    auto centreX = [&](int i) { return rect.left() + colW * (i + 0.5); };

    // Year bands as brackets above the milestones they cover.
    const qreal pen = std::max(0.5, base * 0.09);
    for (const auto &band : instrument.yearBands) {
        const int from = milestoneIndexOf(instrument, band.from);
        const int to = milestoneIndexOf(instrument, band.to);
        if (from < 0 || to < from)
            continue;
        const qreal x0 = rect.left() + colW * from + colW * 0.06;
        const qreal x1 = rect.left() + colW * (to + 1) - colW * 0.06;
        const qreal y = bandRow.bottom() - bandRow.height() * 0.18;
        const qreal tick = bandRow.height() * 0.16;
        painter.setPen(QPen(theme.mutedText, pen));
        painter.drawLine(QPointF(x0, y), QPointF(x1, y));
        painter.drawLine(QPointF(x0, y), QPointF(x0, y + tick));
        painter.drawLine(QPointF(x1, y), QPointF(x1, y + tick));
        const QRectF labelBox(x0, bandRow.top(), x1 - x0, y - bandRow.top() - bandRow.height() * 0.06);
        drawFitted(painter, labelBox, Qt::AlignHCenter | Qt::AlignBottom, qs(band.label),
                   sizedFont(theme.font, base * 0.9), theme.mutedText);
    }

    // The path: done segments in the accent colour, the rest in the grid colour.
    for (int i = 0; i + 1 < n; ++i) {
        const bool done = i < reached;
        painter.setPen(QPen(done ? theme.accent : theme.grid, std::max(1.0, radius * (done ? 0.28 : 0.18)),
                            Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(centreX(i) + radius, pathY), QPointF(centreX(i + 1) - radius, pathY));
    }

    std::vector<Label> titles;
    std::vector<Label> themes;
    for (int i = 0; i < n; ++i) {
        const QPointF c(centreX(i), pathY);
        QColor fill = theme.background;
        QColor ring = theme.grid;
        QColor numberColor = theme.mutedText;
        if (i < reached) {
            fill = mix(theme.accent, theme.background, 0.65);
            ring = theme.accent;
            numberColor = theme.text;
        } else if (i == reached) {
            fill = theme.accent;
            ring = theme.accent;
            numberColor = isDark(theme.accent) ? QColor(Qt::white) : QColor(Qt::black);
            painter.setPen(Qt::NoPen);
            painter.setBrush(mix(theme.accent, theme.background, 0.8));
            painter.drawEllipse(c, radius * 1.35, radius * 1.35);
        }
        painter.setPen(QPen(ring, std::max(1.0, radius * 0.14)));
        painter.setBrush(fill);
        painter.drawEllipse(c, radius, radius);
        const QRectF numberBox(c.x() - radius, c.y() - radius, radius * 2, radius * 2);
        drawFitted(painter, numberBox, Qt::AlignCenter, QString::number(i + 1),
                   sizedFont(theme.font, radius * 0.95, true), numberColor);

        const auto &m = instrument.milestones[static_cast<std::size_t>(i)];
        const qreal pad = colW * 0.04;
        const qreal titleH = (labelBottom - labelTop) * 0.34;
        const QRectF titleBox(rect.left() + colW * i + pad, labelTop, colW - 2 * pad, titleH);
        titles.push_back({titleBox, qs(m.title), Qt::AlignHCenter | Qt::AlignTop,
                          i == reached ? theme.accent : theme.text});
        const QRectF themeBox(titleBox.left(), titleBox.bottom(), titleBox.width(),
                              labelBottom - titleBox.bottom());
        themes.push_back({themeBox, qs(m.theme), Qt::AlignHCenter | Qt::AlignTop, theme.mutedText});
    }
    drawLabels(painter, titles, sizedFont(theme.font, base * 1.15, true));
    drawLabels(painter, themes, sizedFont(theme.font, base * 0.85));

    if (reached >= 0 && reached < n) {
        const QRectF hereBox(rect.left() + colW * reached, hereRow.top(), colW, hereRow.height() * 0.8);
        drawFitted(painter, hereBox, Qt::AlignHCenter | Qt::AlignBottom, Report::tr("You are here"),
                   sizedFont(theme.font, base * 0.95, true), theme.accent);
    } else {
        const QRectF noteBox(rect.left(), labelBottom, w, noteH);
        drawFitted(painter, noteBox, Qt::AlignCenter,
                   Report::tr("The organisation's position appears once every competency "
                              "has been answered."),
                   sizedFont(theme.font, base * 0.95), theme.mutedText);
    }
    painter.restore();
}

void paintRadar(QPainter &painter, const QRectF &rect, const Instrument &instrument, const Score &score,
                const Theme &theme, const RadarOptions &options)
{
    const int n = static_cast<int>(instrument.competencies().size());
    if (n < 3 || rect.width() < 4 || rect.height() < 4)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);

    const qreal w = rect.width();
    const qreal h = rect.height();
    const qreal base = std::min(w / 30.0, h / 24.0) * theme.fontScale; // a ceiling: labels shrink to fit
    const qreal labelW = w * 0.24;
    const qreal labelH = h * 0.15;
    const qreal gap = std::min(w, h) * 0.03;
    const qreal radius = std::max(2.0, std::min(w / 2 - labelW - gap, h / 2 - labelH - gap));
    const QPointF centre = rect.center();

    auto direction = [&](int i) {
        const qreal a = -M_PI / 2 + 2 * M_PI * i / n;
        return QPointF(std::cos(a), std::sin(a));
    };

    // Rings at every 20 % (the milestone bands), spokes, then the team polygon.
    const qreal pen = std::max(0.5, base * 0.07);
    for (int ring = 1; ring <= 5; ++ring) {
        QPolygonF poly;
        for (int i = 0; i < n; ++i)
            poly << centre + direction(i) * radius * ring / 5.0;
        painter.setPen(QPen(theme.grid, ring == 5 ? pen * 1.6 : pen));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(poly);
    }
    for (int i = 0; i < n; ++i) {
        painter.setPen(QPen(theme.grid, pen));
        painter.drawLine(centre, centre + direction(i) * radius);
    }
    const QFont tickFont = sizedFont(theme.font, base * 0.7);
    for (int ring = 1; ring <= 5; ++ring) {
        const QPointF p = centre + direction(0) * radius * ring / 5.0;
        const QRectF box(p.x() + base * 0.25, p.y() - base * 0.9, base * 3.5, base * 0.9);
        drawFitted(painter, box, Qt::AlignLeft | Qt::AlignVCenter, QString::number(ring * 20), tickFont,
                   theme.mutedText);
    }

    QPolygonF team;
    bool any = false;
    for (int i = 0; i < n; ++i) {
        const auto &cs = i < static_cast<int>(score.competencies.size())
                             ? score.competencies[static_cast<std::size_t>(i)]
                             : CompetencyScore{};
        const double pct = cs.percent.value_or(0.0);
        any = any || cs.percent.has_value();
        team << centre + direction(i) * radius * std::clamp(pct, 0.0, 100.0) / 100.0;
    }
    if (any) {
        QColor fill = theme.accent;
        fill.setAlphaF(0.25f);
        painter.setPen(QPen(theme.accent, pen * 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(fill);
        painter.drawPolygon(team);
        painter.setBrush(theme.accent);
        painter.setPen(Qt::NoPen);
        for (int i = 0; i < n; ++i)
            if (i < static_cast<int>(score.competencies.size()) &&
                score.competencies[static_cast<std::size_t>(i)].percent)
                painter.drawEllipse(team[i], pen * 4, pen * 4);
    }

    // The target: where each competency would stand with every target met, dashed, its corners
    // marked with hollow squares (a competency without a target stays where it is).
    QPolygonF target;
    bool anyTarget = false;
    for (int i = 0; i < n && !options.targets.empty(); ++i) {
        const auto &c = instrument.competencies()[static_cast<std::size_t>(i)];
        const auto pct = targetPercent(c, score, options.targets);
        anyTarget = anyTarget || pct.has_value();
        const double now = i < static_cast<int>(score.competencies.size())
                               ? score.competencies[static_cast<std::size_t>(i)].percent.value_or(0.0)
                               : 0.0;
        target << centre + direction(i) * radius * std::clamp(pct.value_or(now), 0.0, 100.0) / 100.0;
    }
    if (anyTarget) {
        painter.setPen(QPen(theme.text, pen * 2.2, Qt::DashLine, Qt::FlatCap, Qt::MiterJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(target);
        painter.setPen(QPen(theme.text, pen * 1.6));
        painter.setBrush(theme.background);
        for (const QPointF &p : target)
            painter.drawRect(QRectF(p.x() - pen * 3.5, p.y() - pen * 3.5, pen * 7, pen * 7));

        // The legend, in the top-left corner that the axis labels leave free.
        const qreal lh = base * 1.1;
        const qreal sw = base * 2.2;
        const QFont legendFont = sizedFont(theme.font, base * 0.8);
        const QPointF at(rect.left(), rect.top() + lh * 0.5);
        painter.setPen(QPen(theme.accent, pen * 2.6, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(at, at + QPointF(sw, 0));
        painter.setPen(QPen(theme.text, pen * 2.2, Qt::DashLine, Qt::FlatCap));
        painter.drawLine(at + QPointF(0, lh), at + QPointF(sw, lh));
        std::vector<Label> legend;
        const qreal textW = std::min(w * 0.3, labelW * 1.2);
        legend.push_back({QRectF(at.x() + sw + base * 0.4, at.y() - lh / 2, textW, lh), Report::tr("Now"),
                          Qt::AlignLeft | Qt::AlignVCenter, theme.text});
        legend.push_back({QRectF(at.x() + sw + base * 0.4, at.y() + lh / 2, textW, lh),
                          Report::tr("Target: every target met"), Qt::AlignLeft | Qt::AlignVCenter,
                          theme.text});
        drawLabels(painter, legend, legendFont);
    }

    // Axis labels outside the outer ring, aligned away from the centre, all at one size.
    std::vector<Label> labels;
    for (int i = 0; i < n; ++i) {
        const auto &c = instrument.competencies()[static_cast<std::size_t>(i)];
        const QPointF d = direction(i);
        const QPointF anchor = centre + d * (radius + gap);
        QRectF box(0, 0, labelW, labelH);
        int align = Qt::AlignHCenter;
        if (d.x() > 0.3) {
            box.moveLeft(anchor.x());
            align = Qt::AlignLeft;
        } else if (d.x() < -0.3) {
            box.moveRight(anchor.x());
            align = Qt::AlignRight;
        } else {
            box.moveLeft(anchor.x() - labelW / 2);
        }
        if (d.y() < -0.3) {
            box.moveBottom(anchor.y());
            align |= Qt::AlignBottom;
        } else if (d.y() > 0.3) {
            box.moveTop(anchor.y());
            align |= Qt::AlignTop;
        } else {
            box.moveTop(anchor.y() - labelH / 2);
            align |= Qt::AlignVCenter;
        }
        box = box.intersected(rect);
        QString value = Report::tr("not scored");
        if (i < static_cast<int>(score.competencies.size()))
            if (const auto &pct = score.competencies[static_cast<std::size_t>(i)].percent)
                value = formatPercent(*pct);
        labels.push_back(
            {box, QStringLiteral("C%1 %2\n%3").arg(c.number).arg(qs(c.title), value), align, theme.text});
    }
    drawLabels(painter, labels, sizedFont(theme.font, base, false));
    painter.restore();
}

void paintHeatMap(QPainter &painter, const QRectF &rect, const Instrument &instrument, const Score &score,
                  const Theme &theme, const HeatMapOptions &options)
{
    const int rows = static_cast<int>(instrument.competencies().size());
    if (rows == 0 || rect.width() < 4 || rect.height() < 4)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);

    const qreal w = rect.width();
    const qreal h = rect.height();
    const qreal base = std::min(w / 36.0, h / 20.0) * theme.fontScale; // a ceiling: text shrinks to fit
    const qreal legendH = h * 0.09;
    const qreal gridTop = rect.top();
    const qreal gridH = h - legendH - h * 0.02;
    const qreal rowH = gridH / rows;
    const qreal headW = w * 0.25;
    std::size_t cols = 1;
    for (const auto &c : instrument.competencies())
        cols = std::max(cols, c.items.size());
    const qreal cellW = (w - headW) / static_cast<qreal>(cols);
    const qreal inset = std::max(1.0, std::min(cellW, rowH) * 0.035);

    std::vector<Label> heads;
    std::vector<Label> titles;
    std::vector<Label> values;
    std::vector<Label> letters;
    std::vector<Label> targetBoxes;
    std::vector<Label> targetLetters;
    for (int r = 0; r < rows; ++r) {
        const auto &c = instrument.competencies()[static_cast<std::size_t>(r)];
        const qreal y = gridTop + rowH * r;
        const QRectF headBox(rect.left(), y + inset, headW - 2 * inset, rowH - 2 * inset);
        QString pct;
        if (r < static_cast<int>(score.competencies.size()))
            if (const auto &p = score.competencies[static_cast<std::size_t>(r)].percent)
                pct = QStringLiteral(" · ") + formatPercent(*p);
        heads.push_back({headBox, QStringLiteral("C%1 %2%3").arg(c.number).arg(qs(c.title), pct),
                         Qt::AlignLeft | Qt::AlignVCenter, theme.text});

        for (std::size_t k = 0; k < c.items.size(); ++k) {
            const auto &item = c.items[k];
            const ItemScore *is = score.findItem(item.id);
            const bool valued = is && is->value;
            const QRectF cell(rect.left() + headW + cellW * static_cast<qreal>(k) + inset, y + inset,
                              cellW - 2 * inset, rowH - 2 * inset);
            const int level = valued ? levelOfValue(*is->value) : 0;
            const QColor fill = valued ? levelColor(level, theme) : theme.background;
            painter.setPen(valued ? Qt::NoPen : QPen(theme.grid, std::max(0.5, base * 0.08), Qt::DashLine));
            painter.setBrush(fill);
            painter.drawRoundedRect(cell, inset * 2, inset * 2);

            const QColor ink =
                valued ? (isDark(fill) ? QColor(Qt::white) : QColor(0x1f, 0x29, 0x37)) : theme.mutedText;
            const qreal pad = cellW * 0.05;
            const qreal marker = std::min(cell.width(), cell.height()) * 0.24;
            const bool disagreement = options.showDisagreement && is && is->disagreement;
            // The title keeps clear of the disagreement marker in the top-right corner.
            const qreal titleRight = marker * 0.75;
            titles.push_back({QRectF(cell.left() + pad, cell.top() + pad * 0.6,
                                     cell.width() - 2 * pad - titleRight, cell.height() * 0.6 - pad * 0.6),
                              qs(item.title), Qt::AlignLeft | Qt::AlignTop, ink});
            const QRectF bottom(cell.left() + pad, cell.top() + cell.height() * 0.6, cell.width() - 2 * pad,
                                cell.height() * 0.4 - pad * 0.4);
            values.push_back({bottom, valued ? formatMean(*is->value) : QStringLiteral("–"),
                              Qt::AlignLeft | Qt::AlignVCenter, ink});
            // A target: "E →" and the target's letter in a dashed box at the right.
            QRectF letterBox = bottom;
            QString letter = valued ? levelLetter(instrument, level) : QString();
            if (const auto t = options.targets.find(item.id); t != options.targets.end()) {
                const qreal side = std::min(bottom.height() * 0.95, bottom.width() * 0.22);
                const QRectF box(bottom.right() - side, bottom.center().y() - side / 2, side, side);
                targetBoxes.push_back({box, QString(), 0, ink});
                targetLetters.push_back({box, levelLetter(instrument, t->second), Qt::AlignCenter, ink});
                letterBox = bottom.adjusted(0, 0, -side - pad * 0.4, 0);
                letter += QStringLiteral(" →");
            }
            if (!letter.isEmpty())
                letters.push_back({letterBox, letter.trimmed(), Qt::AlignRight | Qt::AlignVCenter, ink});
            if (disagreement) {
                // A triangle in the top-right corner: someone said Early and someone said Mature.
                const qreal sz = marker;
                QPainterPath tri;
                tri.moveTo(cell.right() - sz, cell.top());
                tri.lineTo(cell.right() - inset * 2, cell.top());
                tri.quadTo(cell.topRight(), QPointF(cell.right(), cell.top() + inset * 2));
                tri.lineTo(cell.right(), cell.top() + sz);
                tri.closeSubpath();
                painter.setPen(Qt::NoPen);
                painter.setBrush(theme.disagreement);
                painter.drawPath(tri);
            }
        }
    }
    drawLabels(painter, heads, sizedFont(theme.font, base * 0.95, true));
    drawLabels(painter, titles, sizedFont(theme.font, base * 0.85));
    drawLabels(painter, values, sizedFont(theme.font, base * 1.1, true));
    drawLabels(painter, letters, sizedFont(theme.font, base * 1.1, true));
    const qreal dash = std::max(0.5, base * 0.09);
    for (const Label &b : targetBoxes) {
        painter.setPen(QPen(b.color, dash, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(b.box, b.box.height() * 0.15, b.box.height() * 0.15);
    }
    drawLabels(painter, targetLetters, sizedFont(theme.font, base * 1.0, true));

    // Legend: the scale with its letters, and the disagreement marker.
    const qreal ly = rect.bottom() - legendH;
    const qreal sw = legendH * 0.7;
    struct Entry
    {
        QColor color;
        QString letter;
        QString label;
        bool marker;
        bool target = false;
    };
    std::vector<Entry> entries;
    for (int level = 1; level <= 3; ++level) {
        QString name = Report::tr("Level %1").arg(level);
        for (const auto &l : instrument.levels)
            if (l.value == level)
                name = qs(l.label);
        entries.push_back({levelColor(level, theme), levelLetter(instrument, level),
                           Report::tr("%1 (%2)").arg(name).arg(level), false});
    }
    if (options.showDisagreement)
        entries.push_back({theme.disagreement, QString(), Report::tr("Early and Mature both chosen"), true});
    if (!options.targets.empty())
        entries.push_back({theme.text, QString(), Report::tr("Target level"), false, true});
    const qreal entryW = w / static_cast<qreal>(std::max<std::size_t>(4, entries.size()));
    std::vector<Label> legend;
    std::vector<Label> swatchLetters;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto &e = entries[i];
        const qreal x = rect.left() + entryW * static_cast<qreal>(i);
        const QRectF swatch(x, ly + (legendH - sw) / 2, sw, sw);
        painter.setPen(Qt::NoPen);
        painter.setBrush(e.color);
        if (e.target) {
            painter.setPen(QPen(theme.text, std::max(0.5, base * 0.09), Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(swatch, sw * 0.15, sw * 0.15);
            swatchLetters.push_back({swatch, levelLetter(instrument, 2), Qt::AlignCenter, theme.text});
        } else if (e.marker) {
            QPolygonF tri;
            tri << swatch.topLeft() << swatch.topRight() << swatch.bottomRight();
            painter.drawPolygon(tri);
        } else {
            painter.drawRoundedRect(swatch, sw * 0.15, sw * 0.15);
            swatchLetters.push_back({swatch, e.letter, Qt::AlignCenter,
                                     isDark(e.color) ? QColor(Qt::white) : QColor(0x1f, 0x29, 0x37)});
        }
        legend.push_back({QRectF(swatch.right() + sw * 0.4, ly, entryW - sw * 1.6, legendH), e.label,
                          Qt::AlignLeft | Qt::AlignVCenter, theme.text});
    }
    drawLabels(painter, swatchLetters, sizedFont(theme.font, sw * 0.7, true));
    drawLabels(painter, legend, sizedFont(theme.font, base * 0.8));
    painter.restore();
}

} // namespace cxm::report
