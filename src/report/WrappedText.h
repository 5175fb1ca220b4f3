// Text wrapped into a box of a few lines, for the painters whose boxes have a fixed width (the journey
// strip's stage names, the roadmap's titles and bands): the same breaking and eliding on screen and
// in the PDF, since it measures with the font of the device being painted.
#pragma once

#include <QFont>
#include <QStringList>

namespace cxm::report {

// text in at most maxLines lines of width, the last one ending in "…" when the text is longer. A
// word longer than the width breaks anywhere, so a name without spaces never runs out of its box.
// Empty for an empty text, a width of a pixel or less, or no lines.
QStringList wrapLines(const QString &text, const QFont &font, qreal width, int maxLines);

} // namespace cxm::report
