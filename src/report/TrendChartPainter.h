// The maturity trend over time: each competency's percentage and the overall index per session, as
// lines over the sessions' dates, on the milestones' bands (0–20% Commit … 80–100% Elevate). Each
// line has its own marker shape and dash as well as its colour, so it reads in greyscale print and for
// colour-blind readers. The same function paints the comparison view's chart and the trend report's.
#pragma once

#include "Comparison.h"
#include "MaturityMapPainter.h"
#include "ReportWriter.h"

#include <QPainter>
#include <QRectF>

#include <vector>

namespace cxm::report {

// Where each session stands across the chart, 0 … 1: by date when every session has one and no two
// share it (so a year's gap looks longer than six months), otherwise evenly spaced.
std::vector<qreal> trendPositions(const Comparison &comparison);

// Paints the chart inside rect: the plot with its bands and axes, a legend on the right.
void paintTrendChart(QPainter &painter, const QRectF &rect, const Comparison &comparison,
                     const Instrument &instrument, const Theme &theme);

} // namespace cxm::report
