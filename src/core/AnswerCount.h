// "n of N answered": how many participants a team figure rests on, against how many were expected to
// answer. The one place that decides who is expected: today every participant of the session; when
// participants can be marked absent for a step, they leave N here and nowhere else.
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace cxm {

struct AnswerCount
{
    int answered = 0;
    int expected = 0;
    // True when the figure rests on fewer than everyone expected (and the report should say so).
    bool partial() const { return answered < expected; }
};

class AnswerCounter
{
public:
    // Indexes the session's answers once; every query after that is a look-up.
    AnswerCounter(const Session &session, const Instrument &instrument);

    AnswerCount item(const std::string &itemId) const;
    // Participants who rated every item of the competency.
    AnswerCount competency(const Competency &competency) const;
    // Participants who rated every item of every competency.
    AnswerCount competencies() const;
    AnswerCount powerCore() const;
    AnswerCount readinessQuestion(const std::string &questionId) const;
    // Participants who answered every readiness question.
    AnswerCount readiness() const;

private:
    int expected() const;

    const Session &m_session;
    const Instrument &m_instrument;
    std::unordered_map<std::string, int> m_perItem;
    std::unordered_map<std::string, int> m_perQuestion;
    std::unordered_map<std::string, std::unordered_set<std::string>> m_itemsOf; // participant -> items
    std::unordered_map<std::string, int> m_questionsOf;                         // participant -> count
    int m_rankers = 0;
};

} // namespace cxm
