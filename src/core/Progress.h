// How far a step has come: who is expected to answer it (every participant not marked absent, and
// anyone marked absent who answered all the same, since the score counts their answers) and who has
// answered all of it. A step is complete only when everyone expected has answered, so a
// team figure built on 2 of 6 people says so ("2 of 6 answered") instead of passing for the team's.
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace cxm {

struct StepProgress
{
    int expected = 0; // participants not absent for the step
    int answered = 0; // of them, those who answered every question of the step
    int partly = 0;   // of them, those who answered some but not all
    bool complete() const { return expected > 0 && answered == expected; }
    bool everyone() const { return answered == expected; }
};

// What a participant answers on a worksheet: its items (a tracked worksheet's named items once the
// team has named them; a per-stage worksheet's items once per stage, "item@s2"), or, for a ranking,
// its one ranking (the worksheet's id); nothing on a lists worksheet, which the team writes together.
std::vector<std::string> stepQuestions(const Session &session, const Worksheet &worksheet);

// How far the team has come on a worksheet it answers together, counted in what it decides: a
// choice per stage ("4 of 6 stages placed"), a reconcile worksheet's named projects that have a
// decision, a team-only checklist's stages with an answer. Complete when all of them are there (a
// reconcile worksheet also needs a project at least). Empty for other kinds.
struct TeamProgress
{
    int done = 0;
    int of = 0;
    bool complete() const { return of > 0 && done == of; }
};
std::optional<TeamProgress> teamProgress(const Session &session, const Worksheet &worksheet);

// The steps that take answers, in the window's order: the instrument's worksheets.
std::vector<std::string> answerSteps(const Instrument &instrument);

// Who has answered what in one session, indexed once: a window refresh or a report asks for many
// steps and questions, and a session of hundreds of participants has thousands of answers.
class Progress
{
public:
    // Both must outlive the Progress.
    Progress(const Session &session, const Instrument &instrument);

    // Progress of one step: a worksheet's id. A lists worksheet (written by the team together) and a
    // tracked one whose items are all unnamed expect nobody: expected is 0.
    StepProgress step(const std::string &step) const;
    // How many of the participants expected for the question's step answered it (an item's id, or a
    // ranking worksheet's id for its ranking).
    StepProgress question(const std::string &question) const;
    // Whether the participant answered the question (or, for a ranking worksheet's id, ranked).
    bool answered(const std::string &participant, const std::string &question) const;

private:
    const Session &m_session;
    const Instrument &m_instrument;
    std::set<std::pair<std::string, std::string>> m_answers; // (participant, item or ranking worksheet)
};

// One-off questions, for a caller that asks once.
inline StepProgress stepProgress(const Session &session, const Instrument &instrument,
                                 const std::string &step)
{
    return Progress(session, instrument).step(step);
}
inline StepProgress questionProgress(const Session &session, const Instrument &instrument,
                                     const std::string &question)
{
    return Progress(session, instrument).question(question);
}

} // namespace cxm
