// The plan's words for readers in the language in use: what an action addresses and the workbench's
// suggestions (title and reason). The core says them in English (Plan.h), as the files keep them;
// the window and the report say them here, from the same references.
#pragma once

#include "Instrument.h"
#include "Plan.h"
#include "ScoringEngine.h"
#include "Session.h"

#include <QString>

namespace cxm::report {

// "C1 Culture", "Readiness question 3", "Stage 2: Decision", "Stage 2: Decision, project: CRM".
QString addressWords(const std::string &addresses, const Instrument &instrument, const Session &session);

struct SuggestionWords
{
    QString title;  // "Make this true: …", "Stop: …", "Raise …"
    QString reason; // "Readiness question 3 is answered No", …
};
SuggestionWords suggestionWords(const Suggestion &suggestion, const Instrument &instrument,
                                const Session &session, const Score &score);

} // namespace cxm::report
