// The session model: everything a workshop or a self-assessment records, as plain values.
// A Session is what SessionFile loads and what the JSON and CSV exporters write; it holds ids as
// in the session interchange format (participants "p1", items "c1.culture", options, "r1").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cxm {

enum class Mode { Workshop, Self };
enum class Rating { Early = 1, Advanced = 2, Mature = 3 };
enum class Answer { No = 0, Yes = 1 };

std::string_view toString(Mode mode);
std::string_view toString(Rating rating);
std::string_view toString(Answer answer);
std::optional<Mode> parseMode(std::string_view text);
std::optional<Rating> parseRating(std::string_view text);
std::optional<Answer> parseAnswer(std::string_view text);
inline int ratingValue(Rating r)
{
    return static_cast<int>(r);
}

struct SessionInfo
{
    std::string title;
    std::string organization;
    Mode mode = Mode::Workshop;
    std::string facilitator;
    std::string date; // YYYY-MM-DD, may be empty
    std::string notes;
    bool operator==(const SessionInfo &) const = default;
};

struct Participant
{
    std::string id;
    std::string name;
    std::string role;
    bool operator==(const Participant &) const = default;
};

// A stage of the team's customer journey, as customers live it: its customer-centric name ("I have a
// need to be filled"), the company-centric stage it replaces ("Prospect"), and the questions the
// customer needs answered there. Its id ("s1", …) never changes, so every answer about the stage
// (scope = the id) stays with it through renaming and reordering.
struct Stage
{
    std::string id;
    std::string name;
    std::string replaces;
    std::vector<std::string> questions;
    bool operator==(const Stage &) const = default;
};

// The answers of each kind of worksheet (see WorksheetKind). An item's id names its worksheet (ids
// are unique across the instrument); a ranking or a list names it. `scope` is empty for an answer
// about the whole company, or names the journey stage it is about.

// scale: a participant's rating of an item, and the team's agreed rating.
struct RatingEntry
{
    std::string participant;
    std::string item;
    Rating rating = Rating::Early;
    std::string note;
    std::string scope;
    bool operator==(const RatingEntry &) const = default;
};

struct ConsensusRating
{
    std::string item;
    Rating rating = Rating::Early;
    std::string note;
    std::string scope;
    bool operator==(const ConsensusRating &) const = default;
};

// ranking: a participant's order of all the worksheet's options, and the team's agreed order.
struct RankingEntry
{
    std::string participant;
    std::vector<std::string> ranking; // every option id once, first = "A"
    std::string otherLabel;           // names the worksheet's "Other" option; may be empty
    std::string worksheet;
    std::string scope;
    bool operator==(const RankingEntry &) const = default;
};

struct RankingConsensus
{
    std::vector<std::string> ranking;
    std::string note;
    std::string worksheet;
    std::string scope;
    bool operator==(const RankingConsensus &) const = default;
};

// checklist: a participant's yes or no to a question, and the team's decision.
struct ChecklistAnswer
{
    std::string participant;
    std::string question;
    Answer answer = Answer::No;
    std::string note;
    std::string scope;
    bool operator==(const ChecklistAnswer &) const = default;
};

struct ChecklistConsensus
{
    std::string question;
    Answer answer = Answer::No;
    std::string note;
    std::string scope;
    bool operator==(const ChecklistConsensus &) const = default;
};

// tracked: whether the company tracks and discusses a metric, and how hard it is (1 … the
// worksheet's barometer size); either may be given first.
struct TrackedAnswer
{
    std::string participant;
    std::string item;
    std::optional<Answer> tracked;
    std::optional<int> difficulty;
    std::string note;
    std::string scope;
    bool operator==(const TrackedAnswer &) const = default;
};

struct TrackedConsensus
{
    std::string item;
    std::optional<Answer> tracked;
    std::optional<int> difficulty;
    std::string note;
    std::string scope;
    bool operator==(const TrackedConsensus &) const = default;
};

// The name the team gave an item it names itself (a tracked worksheet's customer behaviours).
struct ItemName
{
    std::string item;
    std::string name;
    std::string scope;
    bool operator==(const ItemName &) const = default;
};

// lists: one entry the team wrote under a heading, in a column; the order of the entries of one
// (worksheet, scope, heading, column) in Session::entries is their order on the page.
struct ListEntry
{
    std::string worksheet;
    std::string heading;
    std::string column;
    std::string text;
    std::string scope;
    bool operator==(const ListEntry &) const = default;
};

// choice: the option the team chose (a stage's step on the Stairway to DESIRE).
struct ChoiceAnswer
{
    std::string worksheet;
    std::string option; // an item id of the worksheet
    std::string note;
    std::string scope;
    bool operator==(const ChoiceAnswer &) const = default;
};

// reconcile: for a project the team named, the priority it serves (an item of the priorities'
// group, or empty: none) and the team's decision (a decision id, or empty: not decided yet).
struct Reconciliation
{
    std::string item; // the project's slot
    std::string serves;
    std::string decision;
    std::string note;
    std::string scope;
    bool operator==(const Reconciliation &) const = default;
};

// A target the team sets for an item it rates (a competency's item, or a per-stage item such as a
// stage's reliability): the level it wants to reach, and by when: a date, or a number of months
// after the session's date ("in 12 months"). Neither: no deadline.
struct Target
{
    std::string item;
    Rating level = Rating::Mature;
    std::string date; // YYYY-MM-DD, or empty
    int months = 0;   // used when date is empty; 0: no deadline
    std::string note;
    std::string scope;
    bool operator==(const Target &) const = default;
};

enum class ActionStatus { Open, InProgress, Done, Dropped };
std::string_view toString(ActionStatus status);
std::optional<ActionStatus> parseActionStatus(std::string_view text);

// One action of the plan. `addresses` names what it is about: "item:c1.culture", "question:r3",
// "stage:s2", "project:s4:stop_doing.projects4", or empty. `priority` names the CCO priority it
// serves: a priority set's id and the priority's verb, "years1to3.unite", or empty. An action taken
// over from a suggestion keeps the suggestion's key, so that suggestion is not made again.
struct Action
{
    std::string id; // "a1", "a2", …; never reused
    std::string title;
    std::string owner;     // a participant's id, or empty
    std::string ownerName; // who owns it when that is not a participant (free text), or empty
    std::string due;       // YYYY-MM-DD, or empty
    ActionStatus status = ActionStatus::Open;
    std::string note;
    std::string addresses;
    std::string priority;
    std::string suggestion;
    bool operator==(const Action &) const = default;
};

// Absences are per step: a worksheet's id. The two that the workbench had before worksheets were
// data keep their names in files ("power_core", "readiness").
inline const std::string kPowerCoreStep = "power_core";
inline const std::string kReadinessStep = "readiness";

// The facilitator marked a participant as absent for one step (a worksheet id): that step is
// complete without their answers, and "n of N" does not count them.
struct Absence
{
    std::string participant;
    std::string step;
    bool operator==(const Absence &) const = default;
};

// An answer that a reader may not see while answers are hidden (Disclosure.h): who answered which
// question (as Progress counts it: an item's id, "item@stage" for a per-stage item, a ranking
// worksheet's id), never what. Only a disclosed view of a session has them; no file holds them.
struct WithheldAnswer
{
    std::string participant;
    std::string question;
    bool operator==(const WithheldAnswer &) const = default;
};

struct Session
{
    SessionInfo info;
    std::vector<Participant> participants;
    std::vector<Stage> stages; // the journey, in order; empty until the team defines it
    std::vector<RatingEntry> ratings;
    std::vector<ConsensusRating> consensus;
    std::vector<RankingEntry> rankings;
    std::vector<RankingConsensus> rankingConsensus;
    std::vector<ChecklistAnswer> checklist;
    std::vector<ChecklistConsensus> checklistConsensus;
    std::vector<TrackedAnswer> tracked;
    std::vector<TrackedConsensus> trackedConsensus;
    std::vector<ItemName> itemNames;
    std::vector<ListEntry> entries;
    std::vector<ChoiceAnswer> choices;
    std::vector<Reconciliation> reconciliations;
    std::vector<Absence> absences; // not part of the session JSON of version 1
    std::vector<Target> targets;
    std::vector<Action> actions;        // the plan, in its order
    std::vector<std::string> dismissed; // the keys of the suggestions the facilitator dismissed
    std::vector<WithheldAnswer> withheld; // a disclosed view's hidden answers (Disclosure.h)
    bool operator==(const Session &) const = default;

    const Participant *findParticipant(const std::string &id) const;
    const Stage *findStage(const std::string &id) const;
    // The next free stage id of the form "sN" (never one a removed stage had while undo can return it).
    std::string nextStageId() const;
    const RatingEntry *findRating(const std::string &participant, const std::string &item,
                                  const std::string &scope = {}) const;
    const ConsensusRating *findConsensus(const std::string &item, const std::string &scope = {}) const;
    const RankingEntry *findRanking(const std::string &worksheet, const std::string &participant,
                                    const std::string &scope = {}) const;
    const RankingConsensus *findRankingConsensus(const std::string &worksheet,
                                                 const std::string &scope = {}) const;
    const ChecklistAnswer *findChecklist(const std::string &participant, const std::string &question,
                                         const std::string &scope = {}) const;
    const ChecklistConsensus *findChecklistConsensus(const std::string &question,
                                                     const std::string &scope = {}) const;
    const TrackedAnswer *findTracked(const std::string &participant, const std::string &item,
                                     const std::string &scope = {}) const;
    const TrackedConsensus *findTrackedConsensus(const std::string &item,
                                                 const std::string &scope = {}) const;
    const ChoiceAnswer *findChoice(const std::string &worksheet, const std::string &scope = {}) const;
    const Reconciliation *findReconciliation(const std::string &item, const std::string &scope = {}) const;
    // Look-ups of answers about the whole company, or (scope) about one stage of the journey.
    // The team's name for an item it names itself; empty when not named.
    std::string itemName(const std::string &item, const std::string &scope = {}) const;
    // The entries of one heading and column, in their order.
    std::vector<std::string> listEntries(const std::string &worksheet, const std::string &heading,
                                         const std::string &column, const std::string &scope = {}) const;
    bool isAbsent(const std::string &participant, const std::string &step) const;
    const Target *findTarget(const std::string &item, const std::string &scope = {}) const;
    const Action *findAction(const std::string &id) const;
    // The next free action id of the form "aN".
    std::string nextActionId() const;
    // Every answer, decision, list line and target about a stage of the journey: what removing the
    // stage would take with it (SessionFile::removeStage), so the window asks first.
    int answersAboutStage(const std::string &stage) const;
    // Every answer stored for the participant, a half-given one too (what removing them would take).
    int answersStored(const std::string &participant) const;
    // The next free participant id of the form "pN".
    std::string nextParticipantId() const;
};

class Instrument;

// Puts the answers in the order a session file returns them: participants in their order, then
// questions in the instrument's order. Two sessions with the same answers compare equal after it.
void sortCanonically(Session &session, const Instrument &instrument);

// The keys of that order, computed once for a session's participants and an instrument: a
// participant's place in the session, and an id's place in the instrument (each worksheet, then its
// items). sortCanonically sorts by them; SessionPatch (AnswerEdit.h) puts one answer in its place.
class CanonicalOrder
{
public:
    CanonicalOrder(const Session &session, const Instrument &instrument);
    std::size_t participant(const std::string &id) const;
    std::size_t place(const std::string &id) const;

private:
    std::unordered_map<std::string, std::size_t> m_participants;
    std::unordered_map<std::string, std::size_t> m_places;
    std::size_t m_participantCount = 0;
    std::size_t m_placeCount = 0; // unknown ids come last
};

} // namespace cxm
