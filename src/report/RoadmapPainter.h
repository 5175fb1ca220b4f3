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

#include "Instrument.h"
#include "MaturityMapPainter.h"
#include "Session.h"

#include <QDate>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cxm::report {

// What the roadmap shows, read from a session once. User text (the actions' titles) goes through the
// caller's text function, so an anonymous report can mask names in it.
struct Roadmap
{
    enum class ColumnKind { Quarter, Earlier, Later, NoDate };
    struct Column
    {
        ColumnKind kind = ColumnKind::Quarter;
        QString label;   // "Q1 2027", "Before Q4 2026", "From Q4 2028", "No date"
        int quarter = 0; // Quarter: its number on the timeline, 0 = the session's quarter
    };
    struct Lane
    {
        std::string priority; // a priority's id ("years1to3.unite"), empty for "No priority"
        QString title;        // the priority's verb ("UNITE"), "No priority", or "Targets"
        QString subtitle;     // its priority set, shortened ("Years 1 through 3"); may be empty
        bool targets = false; // the lane of the targets, first
    };
    struct Entry
    {
        std::size_t action = 0; // index into Session::actions, or for a target into Session::targets
        bool target = false;
        QString title; // an action's title; a target's item and level ("C1 Culture → Advanced")
        ActionStatus status = ActionStatus::Open;
        QDate due; // invalid: no date
        int lane = 0;
        int column = 0;
    };
    // A year band of the maturity map over the timeline, in quarters from the start of the session's
    // quarter (fractions where a year begins inside a quarter); to is empty for an open end ("Years 5+").
    struct Band
    {
        QString label;      // "Years 1 through 3"
        QString milestones; // "Commit → Unite & Build → Embed"
        double from = 0;
        std::optional<double> to;
    };
    std::vector<Column> columns; // left to right: Earlier?, the quarters, Later?, No date?
    std::vector<Lane> lanes;
    std::vector<Entry> entries; // the actions in the plan's order, then the targets
    std::vector<Band> bands;
    std::vector<double> yearStarts; // where year 1, 2, … begins, in quarters as for bands
    int quarters = 0;               // how many quarter columns

    // At least four quarters, from the session's quarter (or the first due date's, when the session
    // has no date) to the last due date's, at most kMaxQuarters; later ones share a "From …" column.
    static constexpr int kMinQuarters = 4;
    static constexpr int kMaxQuarters = 8;
    static Roadmap of(const Instrument &instrument, const Session &session,
                      const std::function<QString(const std::string &)> &text = {});
    // How many entries stand in a lane's column; how many actions in a column, entries in a lane.
    int count(int lane, int column) const;
    int countInColumn(int column) const;
    int countInLane(int lane) const;
    bool hasTargets() const { return !lanes.empty() && lanes.front().targets; }
};

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

// The words of a status, as the report and the legend print them ("In progress").
QString statusWords(ActionStatus status);
// A CCO priority in short words, its verb and its set's years: "FIX (Years 1 through 3)"; the id
// itself when the instrument has no such priority.
QString priorityWords(const std::string &priority, const Instrument &instrument);

} // namespace cxm::report
