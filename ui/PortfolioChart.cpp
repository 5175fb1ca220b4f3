#include "PortfolioChart.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cxm::ui {

PortfolioChart::PortfolioChart(const Instrument &, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("portfolioChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Competency distributions"));
}

void PortfolioChart::setRows(std::vector<Row> rows)
{
    m_rows = std::move(rows);
    updateGeometry();
    update();
}

int PortfolioChart::rowHeight() const
{
    return fontMetrics().height() * 2;
}

QSize PortfolioChart::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 90,
            rowHeight() * static_cast<int>(std::max<std::size_t>(m_rows.size(), 1)) +
                fontMetrics().height() * 2};
}

QSize PortfolioChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 50, sizeHint().height()};
}

void PortfolioChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int labelWidth = fm.averageCharWidth() * 36;
    const int tailWidth = fm.averageCharWidth() * 18;
    const int left = labelWidth + fm.averageCharWidth() * 2;
    const int right = width() - tailWidth;
    if (right <= left + 20)
        return;
    const auto xOf = [&](double percent) {
        return left + (right - left) * std::clamp(percent, 0.0, 100.0) / 100.0;
    };
    const QColor ink = palette().color(QPalette::WindowText);
    QColor faint = ink;
    faint.setAlpha(60);

    // The scale: 0, 20, … 100 %, the milestones' bands.
    const int axisY = fm.height();
    p.setPen(ink);
    for (int t = 0; t <= 100; t += 20) {
        const double x = xOf(t);
        p.setPen(faint);
        p.drawLine(QPointF(x, axisY + 2), QPointF(x, height()));
        p.setPen(ink);
        const QString label = tr("%1%").arg(t);
        p.drawText(QPointF(x - fm.horizontalAdvance(label) / 2.0, axisY - 2), label);
    }

    const QColor box = palette().color(QPalette::Highlight);
    QColor boxFill = box;
    boxFill.setAlpha(70);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const int top = axisY + 6 + static_cast<int>(i) * rowHeight();
        const double mid = top + rowHeight() / 2.0;
        p.setPen(ink);
        p.drawText(QRect(0, top, labelWidth, rowHeight()), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(row.label, Qt::ElideRight, labelWidth));
        if (row.distribution) {
            const auto &d = *row.distribution;
            const double h = rowHeight() * 0.5;
            p.setPen(QPen(ink, 1));
            p.drawLine(QPointF(xOf(d.min), mid), QPointF(xOf(d.q1), mid));
            p.drawLine(QPointF(xOf(d.q3), mid), QPointF(xOf(d.max), mid));
            p.drawLine(QPointF(xOf(d.min), mid - h / 3), QPointF(xOf(d.min), mid + h / 3));
            p.drawLine(QPointF(xOf(d.max), mid - h / 3), QPointF(xOf(d.max), mid + h / 3));
            p.setBrush(boxFill);
            p.setPen(QPen(box, 1.5));
            p.drawRect(QRectF(QPointF(xOf(d.q1), mid - h / 2), QPointF(xOf(d.q3), mid + h / 2)));
            p.setPen(QPen(ink, 2.5));
            p.drawLine(QPointF(xOf(d.median), mid - h / 2), QPointF(xOf(d.median), mid + h / 2));
            p.setBrush(Qt::NoBrush);
        } else {
            p.setPen(faint);
            p.drawText(QRectF(left, top, right - left, rowHeight()), Qt::AlignCenter,
                       tr("no published session completed it"));
        }
        if (row.mine) {
            // A diamond, so the open session reads without colour.
            const double x = xOf(*row.mine);
            const double r = rowHeight() * 0.22;
            QPainterPath diamond;
            diamond.moveTo(x, mid - r);
            diamond.lineTo(x + r, mid);
            diamond.lineTo(x, mid + r);
            diamond.lineTo(x - r, mid);
            diamond.closeSubpath();
            p.setPen(QPen(ink, 1.2));
            p.setBrush(QColor(0xe0, 0x7b, 0x00));
            p.drawPath(diamond);
            p.setBrush(Qt::NoBrush);
        }
        if (row.percentile) {
            p.setPen(ink);
            p.drawText(QRect(right + fm.averageCharWidth(), top, tailWidth, rowHeight()),
                       Qt::AlignVCenter | Qt::AlignLeft,
                       tr("percentile %1").arg(static_cast<int>(std::lround(*row.percentile))));
        }
    }
}

} // namespace cxm::ui
