#include "Progress.h"

#include <algorithm>
#include <set>
#include <utility>

namespace cxm {

std::vector<std::string> stepQuestions(const Session &session, const Worksheet &w)
{
    std::vector<std::string> ids;
    if (!w.answeredByEach())
        return ids; // the team writes or decides it together (or reads it): nobody's own answers
    switch (w.kind) {
    case WorksheetKind::Ranking:
        ids.push_back(w.id);
        break;
    case WorksheetKind::Lists:
        break; // the team writes it together: nobody's own answers
    default:
        if (w.scope == WorksheetScope::Stage) {
            // Per stage: every item about every stage of the journey, "item@s2".
            for (const auto &stage : session.stages)
                for (const auto &item : w.items)
                    ids.push_back(item.id + '@' + stage.id);
            break;
        }
        for (const auto &item : w.items)
            if (!item.named || !session.itemName(item.id).empty())
                ids.push_back(item.id);
    }
    return ids;
}

std::optional<TeamProgress> teamProgress(const Session &session, const Worksheet &w)
{
    std::vector<std::string> scopes;
    if (w.scope == WorksheetScope::Stage)
        for (const auto &stage : session.stages)
            scopes.push_back(stage.id);
    else
        scopes.emplace_back();
    TeamProgress p;
    switch (w.kind) {
    case WorksheetKind::Choice:
        for (const auto &scope : scopes)
            p.done += session.findChoice(w.id, scope) ? 1 : 0;
        p.of = static_cast<int>(scopes.size());
        return p;
    case WorksheetKind::Reconcile:
        for (const auto &scope : scopes)
            for (const auto *project : w.itemsOf("projects"))
                if (!session.itemName(project->id, scope).empty()) {
                    ++p.of;
                    const auto *r = session.findReconciliation(project->id, scope);
                    p.done += r && !r->decision.empty() ? 1 : 0;
                }
        return p;
    case WorksheetKind::Checklist:
        if (!w.teamOnly)
            return std::nullopt;
        for (const auto &scope : scopes)
            p.done += std::any_of(w.items.begin(), w.items.end(),
                                  [&](const Item &q) { return session.findChecklistConsensus(q.id, scope); })
                          ? 1
                          : 0;
        p.of = static_cast<int>(scopes.size());
        return p;
    default:
        return std::nullopt;
    }
}

std::vector<std::string> answerSteps(const Instrument &instrument)
{
    std::vector<std::string> steps;
    for (const auto &w : instrument.worksheets)
        steps.push_back(w.id);
    return steps;
}

Progress::Progress(const Session &session, const Instrument &instrument)
    : m_session(session)
    , m_instrument(instrument)
{
    for (const auto &r : session.ratings)
        m_answers.emplace(r.participant, r.scope.empty() ? r.item : r.item + '@' + r.scope);
    for (const auto &a : session.checklist)
        if (a.scope.empty())
            m_answers.emplace(a.participant, a.question);
    for (const auto &r : session.rankings)
        if (r.scope.empty())
            m_answers.emplace(r.participant, r.worksheet);
    // A metric is answered with both halves: tracked or not, and how hard.
    for (const auto &t : session.tracked)
        if (t.scope.empty() && t.tracked && t.difficulty)
            m_answers.emplace(t.participant, t.item);
    // Answers hidden from this reader still count as given (Disclosure.h): "4 of 6 have answered".
    for (const auto &w : session.withheld)
        m_answers.emplace(w.participant, w.question);
}

bool Progress::answered(const std::string &participant, const std::string &question) const
{
    return m_answers.count({participant, question}) > 0;
}

StepProgress Progress::step(const std::string &step) const
{
    StepProgress progress;
    const Worksheet *w = m_instrument.findWorksheet(step);
    if (!w)
        return progress;
    const auto questions = stepQuestions(m_session, *w);
    if (questions.empty())
        return progress;
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
    // A question is an item's id ("item@s2" about a stage), or a ranking worksheet's id.
    const Worksheet *w = m_instrument.findWorksheet(question);
    if (!w)
        w = m_instrument.worksheetOfItem(question.substr(0, question.find('@')));
    if (!w)
        return progress;
    for (const auto &p : m_session.participants) {
        const bool has = answered(p.id, question);
        if (m_session.isAbsent(p.id, w->id) && !has)
            continue; // absent and silent: not awaited; absent but answered: counted, as in the score
        ++progress.expected;
        if (has)
            ++progress.answered;
    }
    return progress;
}

} // namespace cxm
