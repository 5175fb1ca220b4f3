// The roadmap: the action plan on a timeline by quarter, a lane per CCO priority the actions serve
// ("No priority" last) under a lane of the targets (each item's level aimed at, in the quarter it is
// due), with the maturity map's year bands (Years 1 through 3: Commit → Unite & Build
// → Embed …) above it, year 1 starting on the session's date. An action is a marker in the quarter it
// is due, with its title; one without a due date stands in a "No date" column. Status shows by the
// marker's shape (open ring, half-filled, check, crossed out), never by colour alone, so the roadmap
// reads in black-and-white print and on a projector. A crowded cell lists its first actions and says
// how many more it holds, so 200 actions give a summary, not a pile. The window and the report lay
// it out and paint it with the same functions.
#pragma once

#include "MaturityMapPainter.h"
#include "Roadmap.h"

#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace cxm::report {

struct RoadmapOptions
{
    // Titles listed per cell; a fuller cell lists one fewer and says how many more it holds. 0: only
    // the counts.
    int perCell = 4;
    int titleLines = 0; // lines per title before "…"; 0: three, or two for a plan of over 30 actions
};

// Where the roadmap's parts go at a width; the height follows from the words. dpi is the device's:
// the type is sized in points (theme.font's size, scaled by theme.fontScale).
struct RoadmapLayout
{
    struct Band
    {
        std::size_t band = 0; // index into Roadmap::bands
        QRectF rect;
        bool continues = false; // the band goes on past the timeline's right end
    };
    struct YearMark
    {
        int year = 1;
        qreal x = 0;
        QRectF label;
    };
    struct Marker
    {
        std::size_t entry = 0; // index into Roadmap::entries
        QRectF glyph;
        QRectF text;
        QStringList lines;
    };
    struct More
    {
        int lane = 0;
        int column = 0;
        int hidden = 0;
        QRectF rect;
        int done = 0; // of the hidden ones
        int dropped = 0;
    };
    std::vector<Band> bands;
    std::vector<YearMark> years;
    QRectF timeline;                        // the quarter columns, across the header and the lanes
    std::vector<QRectF> columnHeaders;      // one per column
    std::vector<QRectF> laneHeaders;        // one per lane
    std::vector<std::vector<QRectF>> cells; // [lane][column]
    std::vector<Marker> markers;
    std::vector<More> more;
    QRectF message; // when the plan has no actions
    QRectF legend;
    qreal height = 0;
};

RoadmapLayout layoutRoadmap(const Roadmap &roadmap, const QPointF &topLeft, qreal width, qreal dpi,
                            const Theme &theme, const RoadmapOptions &options = {});
// The height the roadmap needs at a width (its heightForWidth).
qreal roadmapHeight(const Roadmap &roadmap, qreal width, qreal dpi, const Theme &theme,
                    const RoadmapOptions &options = {});
// Paints the roadmap from the top of rect, at rect's width, measured for the painter's device.
void paintRoadmap(QPainter &painter, const QRectF &rect, const Roadmap &roadmap, const Theme &theme,
                  const RoadmapOptions &options = {});

} // namespace cxm::report
