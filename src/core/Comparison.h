// Two or more sessions of one organisation side by side: how each item, competency and journey stage
// moved between consecutive sessions and from the first to the last, the milestone's progress, the
// actions completed and the targets met in between, and each leader's self-assessment against the
// team (the perception gap). Plain values from the ScoringEngine's scores, never recomputed; converted
// to words only at the edges (cxm compare, its --json, the window, the trend report). Sessions taken
// with another instrument, or a non-session file, are refused with an InputError naming the files.
#pragma once

#include "Instrument.h"
#include "ScoringEngine.h"
#include "Session.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxm {

// One session as compared: the file it came from, who it is (Lineage) and what it was taken with.
struct ComparedSession
{
    std::string file; // as the user named it, for messages and headings
    std::string uuid; // empty for a session document (JSON) or an old file read without editing
    std::string follows;
    std::string instrumentId;
    std::string instrumentVersion;
    Session session;
};

// Reads each file (a .cxm session file, read-only, or a session JSON document) under the instrument
// in use. A file taken with another instrument, or with answers to items this instrument lacks (a
// version whose items differ), is refused with an InputError that names it, its instrument and the
// first file with theirs; a file that is no session is refused with the reader's reason.
std::vector<ComparedSession> readComparedSessions(std::string_view readerId, const std::vector<std::filesystem::path> &files,
                                                  const Instrument &instrument);

// Which way a figure moved. A change smaller than its printed precision (0.01 on the 1–3 scale,
// 0.1 percentage points) is Same, so the arrow never contradicts the figures beside it.
enum class Direction { Up, Down, Same, Unknown };
std::string_view toString(Direction direction);  // "up", "down", "same", "unknown" (--json)
std::string_view arrowOf(Direction direction);   // ▲ ▼ ▬ – : a shape, so it reads in greyscale
std::string directionWords(Direction direction); // "up", "down", "no change", "not comparable"

struct Change
{
    std::optional<double> from;
    std::optional<double> to;
    Direction direction = Direction::Unknown;
    std::optional<double> delta() const;
};

// One line of the comparison: a figure per session, in the sessions' order.
struct TrendRow
{
    std::string id;    // an item or competency id; a per-stage worksheet's id for a stage row
    std::string label; // words: the item's title, "C1 …", the stage's name
    // Stage rows: the stage's id in each session (empty where the session has no such stage).
    std::vector<std::string> stageIds;
    std::vector<std::optional<double>> values;      // items and stages: 1–3; competencies, overall: percent
    std::vector<std::optional<std::string>> levels; // level id per session (a worksheet's own for stages)
    std::vector<Change> steps;                      // between consecutive sessions (size n − 1)
    Change overall;                                 // first session to last
};

// An action done in a later session that was not done in the one before: carried over open or in
// progress and done since, or new and done.
struct CompletedAction
{
    Action action;
    std::size_t session = 0;         // the later session, where it is done
    std::optional<ActionStatus> was; // its status in the session before; empty: new since
};

// A target set in one session (and not yet reached there) whose item reached the level by the next.
struct MetTarget
{
    Target target;
    std::size_t setIn = 0;
    std::size_t metIn = 0;
    std::string stageName;      // a per-stage item's stage, by the later session's name
    double value = 0;           // the team value in the later session
    std::string due;            // the day it fell due (its date or months from the session that set it)
    std::optional<bool> onTime; // met on or before `due`; empty without a deadline or a session date
};

// Perception gap: one leader's self-assessment against the team's workshop answers and the team's
// answers last time, per competency item. "You: Advanced · Team: Early · Last time: Early".
struct GapItem
{
    std::string item;
    std::optional<double> self;
    std::optional<double> team;
    std::optional<double> previous;
    std::optional<std::string> selfLevel;
    std::optional<std::string> teamLevel;
    std::optional<std::string> previousLevel;
    // Higher: the leader puts the item at a higher level than the team does; Same: the same level.
    Direction direction = Direction::Unknown;
    std::optional<double> gap() const; // self − team
};

struct PerceptionGap
{
    std::string leader;       // the self-assessment's one participant
    std::string file;         // the self-assessment
    std::string teamFile;     // the workshop it is held against
    std::string previousFile; // the workshop before it, or empty
    std::vector<GapItem> items;
    int differing() const; // items the leader places at another level than the team
};

// The perception gap of a self-assessment (mode Self, one participant) against a workshop's team
// values and, when given, the previous workshop's. Levels are the scoring engine's bands of a value.
PerceptionGap perceptionGap(const ComparedSession &self, const ComparedSession &team,
                            const ComparedSession *previous, const Instrument &instrument);

struct Comparison
{
    // The sessions of the trend, oldest first: by date (YYYY-MM-DD; a session without a date after
    // the dated ones), on the same date the one followed before its follow-up, otherwise in the
    // order given. The workshops when there are any; a leader's self-assessments go to the
    // perception gap instead. Only self-assessments: they are the trend.
    std::vector<ComparedSession> sessions;
    std::vector<Score> scores;         // one per session, the ScoringEngine's
    std::vector<std::string> warnings; // e.g. the organisations' names differ
    TrendRow overall;                  // the overall maturity index (percent)
    TrendRow milestone;                // the milestone's index, 0 (Commit) … 4; levels hold its id
    std::vector<TrendRow> competencies;
    std::vector<TrendRow> items;  // the competencies' items, in the instrument's order
    std::vector<TrendRow> stages; // per per-stage scale worksheet, per stage (matched across sessions)
    std::vector<CompletedAction> actionsCompleted;
    std::vector<MetTarget> targetsMet;
    int targetsChecked = 0; // targets not yet reached in one session and looked at in the next
    std::vector<PerceptionGap> perceptionGaps;
    bool hasTrend() const { return sessions.size() >= 2; }
};

// Compares two or more sessions (see Comparison). Refuses (InputError) fewer than two sessions, the
// same session given twice (the same UUID or the same answers), sessions of different instruments
// and a self-assessment with more than one participant. Different organisations are compared, with a
// warning: a renamed company ("Acme" → "Acme Ltd") is still the same team.
Comparison compareSessions(std::vector<ComparedSession> sessions, const Instrument &instrument);

// The document of `cxm compare --json` (docs/compare.md), ids only, no words.
nlohmann::ordered_json comparisonJson(const Comparison &comparison, const Instrument &instrument);

} // namespace cxm
