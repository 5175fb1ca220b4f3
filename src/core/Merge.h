// Merging sessions collected apart (on several laptops, or by leaders alone) into one workshop.
// planMerge() lines the inputs up: who is the same person, which stages are the same, and every
// answer, taken where the inputs agree and set aside as a conflict where they do not. applyMerge()
// then builds the merged session from the facilitator's choices. It guarantees that nothing is
// dropped silently: every answer of every input is in the merged session, or is a side of a
// conflict the facilitator chose against, and the report lists each choice (MergeReport).
//
// People: the same id and the same name (ignoring case and spacing) are the same person; the same
// name under different ids is a NameMatch the facilitator confirms (until then they stay two
// people); the same id under different names are different people, and the later one is
// renumbered. Stages are matched by name. See docs/architecture.md, "Merging sessions".
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cxm {

// One session to merge, and the words the facilitator knows it by (its file name).
struct MergeInput
{
    std::string label;
    Session session;
    std::string follows; // the UUID of the session it follows up, or empty
};

// Something of an input: the input's index and the participant's or stage's id there.
struct MergeSource
{
    std::size_t input = 0;
    std::string id;
    bool operator==(const MergeSource &) const = default;
};

// A participant of the merged session and who they were in the inputs.
struct MergePerson
{
    Participant participant; // as merged: the first input's name and id (a new id when it is taken)
    std::vector<MergeSource> sources;
};

// The same name under different ids in two or more inputs ("Ann Lee" p1 on laptop A, p4 on
// laptop B). Each side is one person before the match (already the same person in several inputs
// when id and name agree there). Confirmed, the sides become one person.
struct NameMatch
{
    std::string name;
    std::vector<std::vector<MergeSource>> sides;
    bool confirmed = false;
};

enum class ConflictKind {
    PersonAnswer,    // two different answers of the same person to the same question
    TeamAnswer,      // two different team answers (agreed rating, decision, name, target, …)
    StageDefinition, // a stage of the same name, defined differently (what it replaces, its questions)
};

struct MergeConflict
{
    ConflictKind kind = ConflictKind::TeamAnswer;
    std::string person;   // PersonAnswer: the merged participant's id
    std::string question; // in words: "C1 Culture: Customer Culture", "Stage 2 (I decide): …"
    struct Side
    {
        std::vector<std::size_t> inputs; // who gave this answer (input indexes, in order)
        Session answer;                  // the answer alone: one entry in the vector of its kind
        std::string words;               // the answer in words, with its note
    };
    std::vector<Side> sides; // at least two, the earliest input's first
};

struct MergePlan
{
    std::vector<std::string> labels; // the inputs'
    Session merged;                  // everything the inputs agree on; no side of a conflict yet
    std::string follows;             // the session every input follows up, or empty
    std::vector<MergePerson> people;
    std::vector<NameMatch> nameMatches;
    std::vector<std::vector<MergeSource>> stageSources; // per stage of merged.stages, in its order
    std::vector<MergeConflict> conflicts;
    std::vector<std::string> notices; // what the merge decided by itself, for the report
    std::vector<int> answersPerInput; // answers (of every kind) each input holds
};

// Lines the inputs up (all taken with `instrument`). confirmedMatches are indexes into the
// nameMatches this function returns for the same inputs (they come in a fixed order: by first
// appearance); the people they join are one, and their answers are compared. Throws InputError
// when there is no input.
MergePlan planMerge(const std::vector<MergeInput> &inputs, const Instrument &instrument,
                    const std::set<std::size_t> &confirmedMatches = {});

// The facilitator's choice for each conflict: the index of the chosen side.
using MergeChoices = std::vector<std::size_t>;

// Picks, for every conflict, the side of the first input (prefer first) or of the last one.
MergeChoices preferSides(const MergePlan &plan, bool preferLast);

// What was merged, for the facilitator: the inputs, the people and where they come from, the name
// matches (confirmed or not), the conflicts with every side and the choice, and the notices.
struct MergeReport
{
    std::vector<std::string> lines;
    std::string text() const; // the lines, each ended by a line feed
};

// The letter a conflict's side goes by in the report and on the command line: A, B, C, …
std::string sideLetter(std::size_t side);

// The report of a plan; a conflict without a choice (choices shorter than the conflicts, or
// nullopt) is listed as still to choose.
MergeReport mergeReport(const MergePlan &plan, const std::vector<std::optional<std::size_t>> &choices);

struct MergeResult
{
    Session session;
    MergeReport report;
};

// The merged session: the plan's agreed answers plus the chosen side of every conflict, in the
// canonical order. Throws InputError when choices does not name one side for every conflict.
MergeResult applyMerge(const MergePlan &plan, const MergeChoices &choices, const Instrument &instrument);

// A name as the merge compares it: white space trimmed and collapsed, ASCII letters in lower case.
std::string comparableName(const std::string &name);

} // namespace cxm
