#include "Progress.h"

#include <algorithm>
#include <set>
#include <utility>

namespace cxm {

namespace {

// The question ids of a step; empty for the Power Core (one ranking per participant).
std::vector<std::string> questionsOf(const Instrument &ins, const std::string &step)
{
    std::vector<std::string> ids;
    if (step == kReadinessStep) {
        for (const auto &q : ins.readinessQuestions)
            ids.push_back(q.id);
        return ids;
    }
    for (const auto &c : ins.competencies)
        if (c.id == step)
            for (const auto &item : c.items)
                ids.push_back(item.id);
    return ids;
}

// Who answered what, indexed once per call: a session of hundreds of participants has thousands of
// answers, and looking each up in the session's vectors would make every count quadratic.
class Answered
{
public:
    explicit Answered(const Session &s)
    {
        for (const auto &r : s.ratings)
            m_answers.emplace(r.participant, r.item);
        for (const auto &a : s.readiness)
            m_answers.emplace(a.participant, a.question);
        for (const auto &pc : s.powerCore)
            m_answers.emplace(pc.participant, kPowerCoreStep);
    }
    bool has(const std::string &step, const std::string &participant, const std::string &question) const
    {
        return m_answers.count({participant, step == kPowerCoreStep ? kPowerCoreStep : question}) > 0;
    }

private:
    std::set<std::pair<std::string, std::string>> m_answers;
};

std::string stepOfQuestion(const Instrument &ins, const std::string &question)
{
    if (const Competency *c = ins.competencyOfItem(question))
        return c->id;
    if (ins.questionIndex(question) >= 0)
        return kReadinessStep;
    return kPowerCoreStep;
}

} // namespace

std::vector<std::string> answerSteps(const Instrument &instrument)
{
    std::vector<std::string> steps;
    for (const auto &c : instrument.competencies)
        steps.push_back(c.id);
    steps.push_back(kPowerCoreStep);
    steps.push_back(kReadinessStep);
    return steps;
}

StepProgress stepProgress(const Session &session, const Instrument &instrument, const std::string &step)
{
    StepProgress progress;
    const auto questions = questionsOf(instrument, step);
    const Answered answered(session);
    for (const auto &p : session.participants) {
        const bool absent = session.isAbsent(p.id, step);
        int done = 0;
        if (step == kPowerCoreStep) {
            done = answered.has(step, p.id, {}) ? 1 : 0;
        } else {
            done =
                static_cast<int>(std::count_if(questions.begin(), questions.end(), [&](const std::string &q) {
                    return answered.has(step, p.id, q);
                }));
        }
        const int total = step == kPowerCoreStep ? 1 : static_cast<int>(questions.size());
        // Someone marked absent is not awaited; if they answered all the same, their answers count
        // in the team's figures (scoring.md), so they count here too: n never exceeds N.
        if (absent && done < total)
            continue;
        ++progress.expected;
        if (done == total)
            ++progress.answered;
        else if (done > 0)
            ++progress.partly;
    }
    return progress;
}

StepProgress questionProgress(const Session &session, const Instrument &instrument,
                              const std::string &question)
{
    StepProgress progress;
    const std::string step = stepOfQuestion(instrument, question);
    const Answered answered(session);
    for (const auto &p : session.participants) {
        const bool has = answered.has(step, p.id, question);
        if (session.isAbsent(p.id, step) && !has)
            continue; // absent and silent: not awaited; absent but answered: counted, as in the score
        ++progress.expected;
        if (has)
            ++progress.answered;
    }
    return progress;
}

std::vector<std::string> missingParticipants(const Session &session, const Instrument &instrument,
                                             const std::string &step)
{
    std::vector<std::string> missing;
    const auto questions = questionsOf(instrument, step);
    const Answered answered(session);
    for (const auto &p : session.participants) {
        if (session.isAbsent(p.id, step))
            continue;
        const bool done = step == kPowerCoreStep
                              ? answered.has(step, p.id, {})
                              : std::all_of(questions.begin(), questions.end(), [&](const std::string &q) {
                                    return answered.has(step, p.id, q);
                                });
        if (!done)
            missing.push_back(p.id);
    }
    return missing;
}

} // namespace cxm
