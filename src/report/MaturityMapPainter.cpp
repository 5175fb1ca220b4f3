#include "MaturityMapPainter.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("cxm::report::MaturityMap", text);
}

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

// The font, no larger than font, at which text wraps inside box; a drawing never clips a word
// however small its rect or however long the instrument's titles are.
QFont fittedFont(const QRectF &box, int flags, const QString &text, const QFont &font)
{
    QFont f(font);
    const int start = f.pixelSize();
    for (int px = start; px >= 1; px = (px > 12 ? px - std::max(1, px / 12) : px - 1)) {
        f.setPixelSize(px);
        const QRectF need = QFontMetricsF(f).boundingRect(box, flags | Qt::TextWordWrap, text);
        if (need.width() <= box.width() + 0.5 && need.height() <= box.height() + 0.5)
            break;
        if (px == 1)
            break;
    }
    return f;
}

// One font for a group of labels (the radar's axes, the heat map's rows or tiles): the size at
// which the longest fits, so no label is larger than its neighbours because its title is short.
struct FittedText
{
    QRectF box;
    int flags;
    QString text;
};
QFont commonFont(const std::vector<FittedText> &texts, const QFont &font)
{
    QFont f(font);
    for (const FittedText &t : texts)
        if (t.box.width() > 0 && t.box.height() > 0 && !t.text.isEmpty())
            f = fittedFont(t.box, t.flags, t.text, f);
    return f;
}

// Draws text wrapped inside box, shrinking the font until the whole text fits.
void drawFitted(QPainter &p, const QRectF &box, int flags, const QString &text, const QFont &font,
                const QColor &color)
{
    if (box.width() <= 0 || box.height() <= 0 || text.isEmpty())
        return;
    p.setFont(fittedFont(box, flags, text, font));
    p.setPen(color);
    p.drawText(box, flags | Qt::TextWordWrap, text);
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

// The colour of a team value 1 … 3: the level it falls in (the same bands as a competency's level),
// so a cell matches the legend instead of showing a muddy blend.
QColor valueColor(double value, const Theme &theme)
{
    constexpr double tolerance = 1e-9;
    if (value < 5.0 / 3.0 - tolerance)
        return theme.early;
    if (value < 7.0 / 3.0 - tolerance)
        return theme.advanced;
    return theme.mature;
}

QString percentText(double percent)
{
    return QString::number(percent, 'f', 1) + QLatin1Char('%');
}

int milestoneIndexOf(const Instrument &instrument, const std::string &id)
{
    for (std::size_t i = 0; i < instrument.milestones.size(); ++i)
        if (instrument.milestones[i].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace

Theme Theme::print()
{
    Theme t;
    t.text = QColor(0x1f, 0x29, 0x37);
    t.font = QFont(QStringLiteral("DejaVu Sans"));
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
        drawFitted(painter, titleBox, Qt::AlignHCenter | Qt::AlignTop, qs(m.title),
                   sizedFont(theme.font, base * 1.15, true), i == reached ? theme.accent : theme.text);
        const QRectF themeBox(titleBox.left(), titleBox.bottom(), titleBox.width(),
                              labelBottom - titleBox.bottom());
        drawFitted(painter, themeBox, Qt::AlignHCenter | Qt::AlignTop, qs(m.theme),
                   sizedFont(theme.font, base * 0.85), theme.mutedText);
    }

    if (reached >= 0 && reached < n) {
        const QRectF hereBox(rect.left() + colW * reached, hereRow.top(), colW, hereRow.height() * 0.8);
        drawFitted(painter, hereBox, Qt::AlignHCenter | Qt::AlignBottom, tr("You are here"),
                   sizedFont(theme.font, base * 0.95, true), theme.accent);
    } else {
        const QRectF noteBox(rect.left(), labelBottom, w, noteH);
        drawFitted(painter, noteBox, Qt::AlignCenter,
                   tr("The organisation's position appears once every competency "
                      "has been answered."),
                   sizedFont(theme.font, base * 0.95), theme.mutedText);
    }
    painter.restore();
}

void paintRadar(QPainter &painter, const QRectF &rect, const Instrument &instrument, const Score &score,
                const Theme &theme)
{
    const int n = static_cast<int>(instrument.competencies.size());
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

    // Axis labels outside the outer ring, aligned away from the centre, all at one size.
    std::vector<FittedText> labels;
    for (int i = 0; i < n; ++i) {
        const auto &c = instrument.competencies[static_cast<std::size_t>(i)];
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
        QString value = tr("not scored");
        if (i < static_cast<int>(score.competencies.size()))
            if (const auto &pct = score.competencies[static_cast<std::size_t>(i)].percent)
                value = percentText(*pct);
        labels.push_back({box, align, QStringLiteral("C%1 %2\n%3").arg(c.number).arg(qs(c.title), value)});
    }
    const QFont labelFont = commonFont(labels, sizedFont(theme.font, base, false));
    for (const FittedText &l : labels)
        drawFitted(painter, l.box, l.flags, l.text, labelFont, theme.text);
    painter.restore();
}

void paintHeatMap(QPainter &painter, const QRectF &rect, const Instrument &instrument, const Score &score,
                  const Theme &theme)
{
    const int rows = static_cast<int>(instrument.competencies.size());
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
    for (const auto &c : instrument.competencies)
        cols = std::max(cols, c.items.size());
    const qreal cellW = (w - headW) / static_cast<qreal>(cols);
    const qreal inset = std::max(1.0, std::min(cellW, rowH) * 0.035);

    for (int r = 0; r < rows; ++r) {
        const auto &c = instrument.competencies[static_cast<std::size_t>(r)];
        const qreal y = gridTop + rowH * r;
        const QRectF headBox(rect.left(), y + inset, headW - 2 * inset, rowH - 2 * inset);
        QString pct;
        if (r < static_cast<int>(score.competencies.size()))
            if (const auto &p = score.competencies[static_cast<std::size_t>(r)].percent)
                pct = QStringLiteral(" · ") + percentText(*p);
        drawFitted(painter, headBox, Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("C%1 %2%3").arg(c.number).arg(qs(c.title), pct),
                   sizedFont(theme.font, base * 0.95, true), theme.text);

        for (std::size_t k = 0; k < c.items.size(); ++k) {
            const auto &item = c.items[k];
            const ItemScore *is = score.findItem(item.id);
            const QRectF cell(rect.left() + headW + cellW * static_cast<qreal>(k) + inset, y + inset,
                              cellW - 2 * inset, rowH - 2 * inset);
            QColor fill = theme.background;
            if (is && is->value)
                fill = valueColor(*is->value, theme);
            painter.setPen(is && is->value ? Qt::NoPen
                                           : QPen(theme.grid, std::max(0.5, base * 0.08), Qt::DashLine));
            painter.setBrush(fill);
            painter.drawRoundedRect(cell, inset * 2, inset * 2);

            const QColor ink = (is && is->value)
                                   ? (isDark(fill) ? QColor(Qt::white) : QColor(0x1f, 0x29, 0x37))
                                   : theme.mutedText;
            const QString value =
                (is && is->value) ? QString::number(*is->value, 'f', 1) : QStringLiteral("–");
            const qreal pad = cellW * 0.05;
            const qreal marker = std::min(cell.width(), cell.height()) * 0.24;
            // The title keeps clear of the disagreement marker in the top-right corner.
            const qreal titleRight = (is && is->disagreement) ? marker * 0.75 : 0;
            const QRectF titleBox(cell.left() + pad, cell.top() + pad * 0.6,
                                  cell.width() - 2 * pad - titleRight, cell.height() * 0.6 - pad * 0.6);
            drawFitted(painter, titleBox, Qt::AlignLeft | Qt::AlignTop, qs(item.title),
                       sizedFont(theme.font, base * 0.85), ink);
            const QRectF valueBox(cell.left() + pad, cell.top() + cell.height() * 0.6, cell.width() - 2 * pad,
                                  cell.height() * 0.4 - pad * 0.4);
            drawFitted(painter, valueBox, Qt::AlignLeft | Qt::AlignVCenter, value,
                       sizedFont(theme.font, base * 1.1, true), ink);
            if (is && is->disagreement) {
                // A triangle in the top-right corner: someone said Early and someone
                // said Mature.
                const qreal s = marker;
                QPainterPath tri;
                tri.moveTo(cell.right() - s, cell.top());
                tri.lineTo(cell.right() - inset * 2, cell.top());
                tri.quadTo(cell.topRight(), QPointF(cell.right(), cell.top() + inset * 2));
                tri.lineTo(cell.right(), cell.top() + s);
                tri.closeSubpath();
                painter.setPen(Qt::NoPen);
                painter.setBrush(theme.disagreement);
                painter.drawPath(tri);
            }
        }
    }

    // Legend: the scale and the disagreement marker.
    const qreal ly = rect.bottom() - legendH;
    const qreal sw = legendH * 0.55;
    const QFont legendFont = sizedFont(theme.font, base * 0.8);
    const struct
    {
        QColor color;
        QString label;
        bool marker;
    } entries[] = {{theme.early, tr("Early (1)"), false},
                   {theme.advanced, tr("Advanced (2)"), false},
                   {theme.mature, tr("Mature (3)"), false},
                   {theme.disagreement, tr("Early and Mature both chosen"), true}};
    const int shownEntries = theme.showDisagreement ? 4 : 3;
    const qreal entryW = w / 4.0;
    for (int i = 0; i < shownEntries; ++i) {
        const auto &e = entries[i];
        const qreal x = rect.left() + entryW * i;
        const QRectF swatch(x, ly + (legendH - sw) / 2, sw, sw);
        painter.setPen(Qt::NoPen);
        painter.setBrush(e.color);
        if (e.marker) {
            QPolygonF tri;
            tri << swatch.topLeft() << swatch.topRight() << swatch.bottomRight();
            painter.drawPolygon(tri);
        } else {
            painter.drawRoundedRect(swatch, sw * 0.15, sw * 0.15);
        }
        drawFitted(painter, QRectF(swatch.right() + sw * 0.4, ly, entryW - sw * 1.6, legendH),
                   Qt::AlignLeft | Qt::AlignVCenter, e.label, legendFont, theme.text);
    }
    painter.restore();
}

} // namespace cxm::report
