#include "TrendChartPainter.h"

#include "ReportText.h"
#include "ReportWriter.h"
#include "Text.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cxm::report {

namespace {

// Days since 1970-01-01 of a YYYY-MM-DD date (the civil calendar), for spacing only.
long daysOf(const std::string &date)
{
    int y = std::stoi(date.substr(0, 4));
    const int m = std::stoi(date.substr(5, 2));
    const int d = std::stoi(date.substr(8, 2));
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Series
{
    QString label;
    std::vector<std::optional<double>> values;
    QColor colour;
    Qt::PenStyle dash = Qt::SolidLine;
    int marker = 0; // 0 circle, 1 square, 2 triangle, 3 diamond, 4 triangle down
    bool emphasis = false;
};

void paintMarker(QPainter &p, QPointF at, qreal r, int marker, const QColor &fill)
{
    p.setBrush(fill);
    QPainterPath path;
    switch (marker) {
    case 1:
        path.addRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
        break;
    case 2:
        path.moveTo(at.x(), at.y() - r * 1.2);
        path.lineTo(at.x() + r * 1.1, at.y() + r * 0.9);
        path.lineTo(at.x() - r * 1.1, at.y() + r * 0.9);
        path.closeSubpath();
        break;
    case 3:
        path.moveTo(at.x(), at.y() - r * 1.3);
        path.lineTo(at.x() + r * 1.3, at.y());
        path.lineTo(at.x(), at.y() + r * 1.3);
        path.lineTo(at.x() - r * 1.3, at.y());
        path.closeSubpath();
        break;
    case 4:
        path.moveTo(at.x(), at.y() + r * 1.2);
        path.lineTo(at.x() + r * 1.1, at.y() - r * 0.9);
        path.lineTo(at.x() - r * 1.1, at.y() - r * 0.9);
        path.closeSubpath();
        break;
    default:
        path.addEllipse(at, r, r);
    }
    p.drawPath(path);
}

} // namespace

std::vector<qreal> trendPositions(const Comparison &c)
{
    const std::size_t n = c.sessions.size();
    std::vector<qreal> even;
    for (std::size_t i = 0; i < n; ++i)
        even.push_back(n > 1 ? static_cast<qreal>(i) / static_cast<qreal>(n - 1) : 0.5);
    std::vector<long> days;
    for (const ComparedSession &s : c.sessions) {
        if (!isIsoDate(s.session.info.date))
            return even;
        days.push_back(daysOf(s.session.info.date));
    }
    for (std::size_t i = 1; i < n; ++i)
        if (days[i] <= days[i - 1])
            return even;
    if (n < 2)
        return even;
    std::vector<qreal> at;
    for (long d : days)
        at.push_back(static_cast<qreal>(d - days.front()) / static_cast<qreal>(days.back() - days.front()));
    return at;
}

void paintTrendChart(QPainter &p, const QRectF &rect, const Comparison &c, const Instrument &ins,
                     const Theme &theme)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal dpi = p.device() ? p.device()->logicalDpiY() : 96;
    const qreal points = themePoints(theme, dpi);
    const QFont font = sizedFont(theme, points * 0.85, dpi, false);
    const QFont bold = sizedFont(theme, points * 0.85, dpi, true);
    const QFont small = sizedFont(theme, points * 0.75, dpi, false);
    const QFontMetricsF fm(font, p.device());
    const qreal unit = fm.height();

    // Okabe–Ito colours, told apart by most colour-blind readers; the overall index in the text colour.
    static const QColor palette[] = {QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                                     QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0x00, 0x72, 0xb2)};
    static const Qt::PenStyle dashes[] = {Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine,
                                          Qt::DashLine};
    std::vector<Series> series;
    for (std::size_t k = 0; k < c.competencies.size(); ++k) {
        const Competency &comp = ins.competencies()[k];
        series.push_back({QStringLiteral("C%1 %2").arg(comp.number).arg(QString::fromStdString(comp.title)),
                          c.competencies[k].values, palette[k % 5], dashes[k % 5], static_cast<int>(k % 5),
                          false});
    }
    series.push_back(
        {Report::tr("Overall maturity index"), c.overall.values, theme.text, Qt::SolidLine, 0, true});

    // The legend on the right, a line per series.
    const qreal legendW = std::min(rect.width() * 0.34, unit * 16);
    const QRectF legend(rect.right() - legendW, rect.top(), legendW, rect.height());
    // The plot: room for the percent labels on the left and the dates below.
    // Left of the plot: the milestones' names beside their bands, the percentages at the lines.
    const QFontMetricsF smallFm(small, p.device());
    qreal names = 0;
    for (const MilestoneContent &m : ins.milestones)
        names = std::max(names, smallFm.horizontalAdvance(QString::fromStdString(m.title)));
    names = std::min(names, rect.width() * 0.16);
    // The scale's labels in the locale's form ("40 %" in German), as formatPercent writes a percentage.
    const auto scaleLabel = [](int pct) {
        return Report::tr("%1%", "a percentage; German: %1 with a no-break space before %")
            .arg(QLocale().toString(pct));
    };
    const qreal percentW = fm.horizontalAdvance(scaleLabel(100));
    const qreal left = std::max(names, percentW) + unit * 0.6;
    const QRectF plot(rect.left() + left, rect.top() + unit * 0.6, rect.width() - legendW - left - unit * 1.6,
                      rect.height() - unit * 3.2);

    // The milestones' bands, alternately shaded, named at the plot's left edge.
    const auto yOf = [&](double percent) { return plot.bottom() - plot.height() * percent / 100.0; };
    const int bands = static_cast<int>(ins.milestones.size());
    for (int b = 0; b < bands; ++b) {
        const qreal from = 100.0 * b / bands, to = 100.0 * (b + 1) / bands;
        const QRectF band(plot.left(), yOf(to), plot.width(), yOf(from) - yOf(to));
        if (b % 2 == 1)
            p.fillRect(band, QColor(theme.grid.red(), theme.grid.green(), theme.grid.blue(), 70));
        p.setFont(small);
        p.setPen(theme.mutedText);
        const QRectF name(rect.left(), band.top() + unit * 0.5, left - unit * 0.3, band.height() - unit);
        p.drawText(name, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                   QString::fromStdString(ins.milestones[static_cast<std::size_t>(b)].title));
    }
    p.setPen(QPen(theme.grid, 0));
    p.setFont(font);
    for (int pct = 0; pct <= 100; pct += 20) {
        p.setPen(QPen(theme.grid, 0));
        p.drawLine(QPointF(plot.left(), yOf(pct)), QPointF(plot.right(), yOf(pct)));
        p.setPen(theme.mutedText);
        p.drawText(QRectF(rect.left(), yOf(pct) - unit / 2, left - unit * 0.3, unit),
                   Qt::AlignRight | Qt::AlignVCenter, scaleLabel(pct));
    }

    // The sessions along the bottom, by date.
    const std::vector<qreal> at = trendPositions(c);
    // Far enough in that the overall index's figure over the first and last points stays in the plot.
    const qreal inset =
        QFontMetricsF(bold, p.device()).horizontalAdvance(formatPercent(100.0)) / 2 + unit * 0.4;
    const auto xOf = [&](std::size_t s) { return plot.left() + inset + (plot.width() - 2 * inset) * at[s]; };
    for (std::size_t s = 0; s < c.sessions.size(); ++s) {
        p.setPen(QPen(theme.grid, 0, Qt::DotLine));
        p.drawLine(QPointF(xOf(s), plot.top()), QPointF(xOf(s), plot.bottom()));
        p.setPen(theme.text);
        const std::string &date = c.sessions[s].session.info.date;
        const QString label = date.empty() ? QStringLiteral("%1").arg(s + 1) : formatDate(date);
        const qreal w = fm.horizontalAdvance(label) + unit;
        p.drawText(QRectF(xOf(s) - w / 2, plot.bottom() + unit * 0.3, w, unit), Qt::AlignCenter, label);
    }

    // The lines: the competencies first, the overall index on top.
    const qreal r = unit * 0.28;
    for (const Series &sr : series) {
        QPen pen(sr.colour, sr.emphasis ? unit * 0.16 : unit * 0.09, sr.dash);
        pen.setCapStyle(Qt::FlatCap);
        p.setPen(pen);
        for (std::size_t s = 1; s < sr.values.size(); ++s)
            if (sr.values[s - 1] && sr.values[s])
                p.drawLine(QPointF(xOf(s - 1), yOf(*sr.values[s - 1])), QPointF(xOf(s), yOf(*sr.values[s])));
        p.setPen(QPen(theme.background, unit * 0.05));
        for (std::size_t s = 0; s < sr.values.size(); ++s)
            if (sr.values[s])
                paintMarker(p, QPointF(xOf(s), yOf(*sr.values[s])), sr.emphasis ? r * 1.3 : r, sr.marker,
                            sr.colour);
        if (sr.emphasis) {
            p.setFont(bold);
            p.setPen(theme.text);
            for (std::size_t s = 0; s < sr.values.size(); ++s)
                if (sr.values[s]) {
                    const QString v = formatPercent(*sr.values[s]);
                    const qreal w = fm.horizontalAdvance(v) + unit * 0.4;
                    const QRectF box(xOf(s) - w / 2, yOf(*sr.values[s]) - unit * 1.6, w, unit * 1.05);
                    // On a veil of the background, so a line passing behind never hides the figure.
                    QColor veil = theme.background;
                    veil.setAlpha(215);
                    p.fillRect(box, veil);
                    p.drawText(box, Qt::AlignCenter, v);
                }
        }
    }

    // The legend: a sample of each line with its marker, then its name (shortened to fit).
    p.setFont(font);
    qreal y = legend.top() + unit * 0.4;
    for (const Series &sr : series) {
        const qreal sample = unit * 1.8;
        QPen pen(sr.colour, sr.emphasis ? unit * 0.16 : unit * 0.09, sr.dash);
        p.setPen(pen);
        p.drawLine(QPointF(legend.left(), y + unit / 2), QPointF(legend.left() + sample, y + unit / 2));
        p.setPen(QPen(theme.background, unit * 0.05));
        paintMarker(p, QPointF(legend.left() + sample / 2, y + unit / 2), sr.emphasis ? r * 1.3 : r,
                    sr.marker, sr.colour);
        p.setPen(theme.text);
        p.setFont(sr.emphasis ? bold : font);
        const QRectF text(legend.left() + sample + unit * 0.4, y, legend.width() - sample - unit * 0.4,
                          unit * 4);
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, sr.label);
        const QRectF used =
            QFontMetricsF(sr.emphasis ? bold : font, p.device())
                .boundingRect(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, sr.label);
        y += std::max(unit * 1.3, used.height() + unit * 0.35);
    }
    p.restore();
}

} // namespace cxm::report
