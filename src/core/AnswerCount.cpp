#include "AnswerCount.h"

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
    , m_progress(session, instrument)
{}

AnswerCount AnswerCounter::item(const std::string &itemId) const
{
    return countOf(m_progress.question(itemId));
}

AnswerCount AnswerCounter::competency(const Competency &competency) const
{
    return countOf(m_progress.step(competency.id));
}

AnswerCount AnswerCounter::competencies() const
{
    // Expected: everyone present for at least one competency; answered: those who rated every item
    // of every competency they were present for.
    AnswerCount count;
    for (const auto &p : m_session.participants) {
        bool present = false;
        bool all = true;
        for (const auto &c : m_instrument.competencies()) {
            if (m_session.isAbsent(p.id, c.id))
                continue;
            present = true;
            for (const auto &item : c.items)
                all = all && m_progress.answered(p.id, item.id);
        }
        count.expected += present ? 1 : 0;
        count.answered += present && all ? 1 : 0;
    }
    return count;
}

AnswerCount AnswerCounter::worksheet(const std::string &worksheetId) const
{
    return countOf(m_progress.step(worksheetId));
}

AnswerCount AnswerCounter::powerCore() const
{
    return worksheet(m_instrument.powerCore().id);
}

AnswerCount AnswerCounter::readinessQuestion(const std::string &questionId) const
{
    return countOf(m_progress.question(questionId));
}

AnswerCount AnswerCounter::readiness() const
{
    return worksheet(m_instrument.readiness().id);
}

} // namespace cxm
