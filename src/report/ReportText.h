// The report's own words (headings, labels, table headers, legends), translated in one context
// ("cxm::report::Report") whichever file or function says them: `Report::tr("Disagreement")`.
// The workbook's words (titles, questions, levels) come from the instrument and are never
// translated here.
#pragma once

#include <QCoreApplication>

namespace cxm::report {

class Report
{
    Q_DECLARE_TR_FUNCTIONS(cxm::report::Report)
};

} // namespace cxm::report
