// What the roadmap shows, read from a session once: the quarters from the session's to the last due
// date's, a lane per CCO priority the actions serve under a lane of the targets, each action and
// target in the column of its due date, and the maturity map's year bands over the quarters.
// RoadmapPainter lays it out and paints it.
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cxm::report {

// User text (the actions' titles, the stages' names) goes through the caller's text function, so an
// anonymous report can mask names in it.
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

// The words of a status, as the report and the legend print them ("In progress").
QString statusWords(ActionStatus status);
// The same inside a sentence: "in progress" (German keeps its nouns' capitals: "in Arbeit").
QString statusWordsInline(ActionStatus status);
// A CCO priority in short words, its verb and its set's years: "FIX (Years 1 through 3)"; the id
// itself when the instrument has no such priority.
QString priorityWords(const std::string &priority, const Instrument &instrument);

} // namespace cxm::report
