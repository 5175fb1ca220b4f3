// The report's journey strip: a scale worksheet rated per stage drawn across the page, the stages from
// left to right, by the same painter as the workbench's reliability step. The stages' names are the
// team's words, masked in an anonymous report.
#include "JourneyStripPainter.h"
#include "ReportContext.h"

namespace cxm::report {

void writeJourneyStrip(Context &cx, const Worksheet &w)
{
    if (cx.session.stages.empty())
        return;
    JourneyStrip strip = JourneyStrip::of(cx.instrument, w, cx.session, cx.score);
    for (std::size_t i = 0; i < strip.stages.size() && i < cx.session.stages.size(); ++i)
        strip.stages[i] = cx.plain(cx.session.stages[i].name);
    Theme theme = Theme::print();
    theme.font.setPointSizeF(8.5);
    JourneyStripOptions options;
    options.team = !cx.self();
    options.nameLines = 5; // the page is narrow for eight stages; the table below has every name whole
    Flow &flow = cx.flow;
    const qreal height = journeyStripHeight(strip, flow.content().width(), flow.dpi(), theme, options);
    flow.drawing(height,
                 [&](QPainter &p, const QRectF &r) { paintJourneyStrip(p, r, strip, theme, options); });
    flow.space(flow.mm(4));
}

} // namespace cxm::report
