// "n of N answered": how many participants a team figure rests on, against how many were expected to
// answer: every participant not marked absent for the step (see Progress.h, which it reads).
#pragma once

#include "Instrument.h"
#include "Progress.h"
#include "Session.h"

#include <string>

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
    AnswerCounter(const Session &session, const Instrument &instrument);

    AnswerCount item(const std::string &itemId) const;
    // Participants who rated every item of the competency.
    AnswerCount competency(const Competency &competency) const;
    // Participants who rated every item of every competency.
    AnswerCount competencies() const;
    // Participants who answered all of a worksheet (a ranking: who ranked).
    AnswerCount worksheet(const std::string &worksheetId) const;
    AnswerCount powerCore() const;
    AnswerCount readinessQuestion(const std::string &questionId) const;
    // Participants who answered every readiness question.
    AnswerCount readiness() const;

private:
    const Session &m_session;
    const Instrument &m_instrument;
    Progress m_progress; // indexes the answers once for every count the report asks for
};

} // namespace cxm
