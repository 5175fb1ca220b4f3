#include "WrappedText.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <vector>

namespace cxm::report {

QStringList wrapLines(const QString &text, const QFont &font, qreal width, int maxLines)
{
    QStringList lines;
    if (width <= 1 || text.isEmpty() || maxLines < 1)
        return lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    std::vector<int> starts;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        starts.push_back(line.textStart());
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (lines.size() > maxLines) {
        const QString rest = text.mid(starts[static_cast<std::size_t>(maxLines - 1)]).simplified();
        lines = lines.mid(0, maxLines - 1);
        lines << QFontMetricsF(font).elidedText(rest + QChar(0x2026), Qt::ElideRight, width);
    }
    return lines;
}

} // namespace cxm::report
