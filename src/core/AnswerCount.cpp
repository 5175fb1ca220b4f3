#include "AnswerCount.h"

namespace cxm {

AnswerCounter::AnswerCounter(const Session &session, const Instrument &instrument)
    : m_session(session)
    , m_instrument(instrument)
{
    std::unordered_set<std::string> known;
    for (const auto &p : session.participants)
        known.insert(p.id);
    for (const auto &r : session.ratings)
        if (known.count(r.participant) && m_itemsOf[r.participant].insert(r.item).second)
            ++m_perItem[r.item];
    std::unordered_map<std::string, std::unordered_set<std::string>> questions;
    for (const auto &a : session.readiness)
        if (known.count(a.participant) && questions[a.participant].insert(a.question).second)
            ++m_perQuestion[a.question];
    for (const auto &[participant, set] : questions)
        m_questionsOf[participant] = static_cast<int>(set.size());
    std::unordered_set<std::string> rankers;
    for (const auto &r : session.powerCore)
        if (known.count(r.participant) && !r.ranking.empty())
            rankers.insert(r.participant);
    m_rankers = static_cast<int>(rankers.size());
}

int AnswerCounter::expected() const
{
    return static_cast<int>(m_session.participants.size());
}

AnswerCount AnswerCounter::item(const std::string &itemId) const
{
    const auto it = m_perItem.find(itemId);
    return {it == m_perItem.end() ? 0 : it->second, expected()};
}

AnswerCount AnswerCounter::competency(const Competency &competency) const
{
    int complete = 0;
    for (const auto &p : m_session.participants) {
        const auto it = m_itemsOf.find(p.id);
        if (it == m_itemsOf.end())
            continue;
        bool all = true;
        for (const auto &item : competency.items)
            all = all && it->second.count(item.id) > 0;
        complete += all ? 1 : 0;
    }
    return {complete, expected()};
}

AnswerCount AnswerCounter::competencies() const
{
    const std::size_t items = m_instrument.itemCount();
    int complete = 0;
    for (const auto &p : m_session.participants) {
        const auto it = m_itemsOf.find(p.id);
        complete += (it != m_itemsOf.end() && it->second.size() >= items) ? 1 : 0;
    }
    return {complete, expected()};
}

AnswerCount AnswerCounter::powerCore() const
{
    return {m_rankers, expected()};
}

AnswerCount AnswerCounter::readinessQuestion(const std::string &questionId) const
{
    const auto it = m_perQuestion.find(questionId);
    return {it == m_perQuestion.end() ? 0 : it->second, expected()};
}

AnswerCount AnswerCounter::readiness() const
{
    const auto questions = static_cast<int>(m_instrument.readinessQuestions.size());
    int complete = 0;
    for (const auto &p : m_session.participants) {
        const auto it = m_questionsOf.find(p.id);
        complete += (it != m_questionsOf.end() && it->second >= questions) ? 1 : 0;
    }
    return {complete, expected()};
}

} // namespace cxm
