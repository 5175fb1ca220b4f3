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

Progress::Progress(const Session &session, const Instrument &instrument)
    : m_session(session)
    , m_instrument(instrument)
{
    for (const auto &r : session.ratings)
        m_answers.emplace(r.participant, r.item);
    for (const auto &a : session.readiness)
        m_answers.emplace(a.participant, a.question);
    for (const auto &pc : session.powerCore)
        m_answers.emplace(pc.participant, kPowerCoreStep);
}

bool Progress::answered(const std::string &participant, const std::string &question) const
{
    return m_answers.count({participant, question}) > 0;
}

StepProgress Progress::step(const std::string &step) const
{
    StepProgress progress;
    // The Power Core has one "question" per participant: their ranking.
    const auto questions =
        step == kPowerCoreStep ? std::vector<std::string>{kPowerCoreStep} : questionsOf(m_instrument, step);
    for (const auto &p : m_session.participants) {
        const auto done = static_cast<std::size_t>(std::count_if(
            questions.begin(), questions.end(), [&](const std::string &q) { return answered(p.id, q); }));
        // Someone marked absent is not awaited; if they answered all the same, their answers count
        // in the team's figures (scoring.md), so they count here too: n never exceeds N.
        if (m_session.isAbsent(p.id, step) && done < questions.size())
            continue;
        ++progress.expected;
        if (done == questions.size())
            ++progress.answered;
        else if (done > 0)
            ++progress.partly;
    }
    return progress;
}

StepProgress Progress::question(const std::string &question) const
{
    StepProgress progress;
    const std::string step = stepOfQuestion(m_instrument, question);
    for (const auto &p : m_session.participants) {
        const bool has = answered(p.id, step == kPowerCoreStep ? kPowerCoreStep : question);
        if (m_session.isAbsent(p.id, step) && !has)
            continue; // absent and silent: not awaited; absent but answered: counted, as in the score
        ++progress.expected;
        if (has)
            ++progress.answered;
    }
    return progress;
}

} // namespace cxm
