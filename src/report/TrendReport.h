// The trend report (`cxm report --compare A.cxm B.cxm … -o trend.pdf`): what changed between two or
// more sessions of one organisation, as a PDF to take away. A title page with the sessions and the
// summary (milestone, overall index, how many items moved), the chart over time, the change per
// competency, item and journey stage with arrows and words, the actions completed, the targets met
// and any leader's perception gap. Written like the maturity report: two passes ("Page N of M"),
// through QSaveFile, the outline and language added by qpdf; user text prints literally.
#pragma once

#include "Comparison.h"
#include "ReportWriter.h"

#include <QPagedPaintDevice>
#include <QString>

namespace cxm::report {

// Paints every page onto device, which must not be painted on yet.
void renderTrendReport(QPagedPaintDevice &device, const Comparison &comparison, const Instrument &instrument);

// Writes the trend report as a PDF (options.letter: US Letter); throws cxm::Error ("PATH: reason")
// and leaves any earlier file untouched when it cannot.
void writeTrendReport(const Comparison &comparison, const Instrument &instrument,
                      const ReportOptions &options, const QString &pdfPath);

} // namespace cxm::report
