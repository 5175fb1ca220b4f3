#include "AnswerCount.h"

#include "Progress.h"

#include <set>
#include <utility>

namespace cxm {

namespace {

AnswerCount countOf(const StepProgress &p)
{
    return {p.answered, p.expected};
}

} // namespace

AnswerCounter::AnswerCounter(const Session &session, const Instrument &instrument)
    : m_session(session)
    , m_instrument(instrument)
{
}

AnswerCount AnswerCounter::item(const std::string &itemId) const
{
    return countOf(questionProgress(m_session, m_instrument, itemId));
}

AnswerCount AnswerCounter::competency(const Competency &competency) const
{
    return countOf(stepProgress(m_session, m_instrument, competency.id));
}

AnswerCount AnswerCounter::competencies() const
{
    // Expected: everyone present for at least one competency; answered: those who rated every item
    // of every competency they were present for.
    AnswerCount count;
    std::set<std::pair<std::string, std::string>> rated; // (participant, item), indexed once
    for (const auto &r : m_session.ratings)
        rated.emplace(r.participant, r.item);
    for (const auto &p : m_session.participants) {
        bool present = false;
        bool all = true;
        for (const auto &c : m_instrument.competencies) {
            if (m_session.isAbsent(p.id, c.id))
                continue;
            present = true;
            for (const auto &item : c.items)
                all = all && rated.count({p.id, item.id}) > 0;
        }
        count.expected += present ? 1 : 0;
        count.answered += present && all ? 1 : 0;
    }
    return count;
}

AnswerCount AnswerCounter::powerCore() const
{
    return countOf(stepProgress(m_session, m_instrument, kPowerCoreStep));
}

AnswerCount AnswerCounter::readinessQuestion(const std::string &questionId) const
{
    return countOf(questionProgress(m_session, m_instrument, questionId));
}

AnswerCount AnswerCounter::readiness() const
{
    return countOf(stepProgress(m_session, m_instrument, kReadinessStep));
}

} // namespace cxm
