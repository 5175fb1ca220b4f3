// The action plan's rules, in one place for the session file, the JSON reader, the window and the
// report: what an action may address and which CCO priority it may serve (checked the same way
// wherever an action comes in), their words, and the suggested actions the session's answers make.
// Suggestions are never silent and never automatic: each is offered until the facilitator accepts
// it (an action then carries its key) or dismisses it (its key is kept in Session::dismissed).
#pragma once

#include "Instrument.h"
#include "ScoringEngine.h"
#include "Session.h"

#include <string>
#include <vector>

namespace cxm {

// What is wrong with what an action addresses ("item:c1.culture", "question:r3", "stage:s2",
// "project:s4:stop_doing.projects4", or empty), or empty when it is fine. The items, questions and
// project slots must be the instrument's; a stage is checked against the session's journey.
std::string addressProblem(const std::string &addresses, const Instrument &instrument,
                           const Session &session);
// What is wrong with a CCO priority ("years1to3.unite", or empty), or empty when it is fine.
std::string priorityProblem(const std::string &priority, const Instrument &instrument);
// A target's item must be one the team rates: a competency's item, or a per-stage scale item
// (with its stage as scope). What is wrong, or empty.
std::string targetProblem(const Target &target, const Instrument &instrument, const Session &session);

// Words for a reader: "C1 Culture", "Readiness question 3", "Stage 2: I decide",
// "Stage 4 project: Sales bonus…"; "UNITE (Years 1 through 3)".
std::string addressTitle(const std::string &addresses, const Instrument &instrument, const Session &session);
std::string priorityTitle(const std::string &priority, const Instrument &instrument);
// The number of an action's id "aN" (ids are handed out in order and never again), or 0 when id is
// not of that form. The session file and a follow-up session continue the numbering from it.
long long actionNumber(const std::string &id);
// A status for a reader: "Open", "In progress", "Done", "Dropped".
std::string actionStatusWords(ActionStatus status);
// Every CCO priority an action may serve, as (id, title), in the workbook's order.
std::vector<std::pair<std::string, std::string>> priorityChoices(const Instrument &instrument);

// A suggested action: its stable key ("readiness:r3", "stop:s4:stop_doing.projects4",
// "weakest:c1.culture"), a title, what it addresses, a note (the workbook's tip where there is one)
// and why it is suggested.
struct Suggestion
{
    std::string key;
    std::string title;
    std::string addresses;
    std::string priority;
    std::string note;
    std::string reason;
    bool operator==(const Suggestion &) const = default;
};

// The suggestions still open: every readiness question the team answers No, every stop-doing
// project the team decided to stop, and the three weakest competency items (lowest team value; the
// instrument's order on a tie); less those already taken into the plan or dismissed.
std::vector<Suggestion> suggestActions(const Session &session, const Instrument &instrument,
                                       const Score &score);

// A readiness question the team disagrees on and has not decided: most answered Yes while some
// answered No (e.g. 4 Yes, 2 No), or split evenly (3 Yes, 3 No, which the mandate counts as a gap,
// as it does a No). Flagged for discussion, never turned into an action.
struct DiscussionFlag
{
    std::string question;
    int yes = 0;
    int no = 0;
};
std::vector<DiscussionFlag> readinessToDiscuss(const Session &session, const Instrument &instrument);

} // namespace cxm
