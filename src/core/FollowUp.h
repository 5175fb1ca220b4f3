// A follow-up session: the next assessment of the same organisation, six or twelve months on, started
// from the previous one. It carries over who and what the team defined (the organisation,
// participants, journey stages, the names it gave items, the targets and the actions still open),
// never an answer, so the team answers afresh; and it records which session it follows (Lineage).
#pragma once

#include "SessionFile.h"
#include "Session.h"

#include <string>

namespace cxm {

// The follow-up of `previous`, dated `date` (YYYY-MM-DD, today as the caller knows it). Carried over:
// the session's information (title, organisation, mode, facilitator; not its notes), the participants
// and the stages with their ids, the team's names for the items it names, every target (one set
// "within N months" becomes the date it fell due, so its deadline does not move with the new date),
// and the actions open or in progress, with their ids. Blank: every answer, consensus, list,
// choice, reconciliation and absence, the dismissed suggestions (the new answers make their own).
Session makeFollowUp(const Session &previous, const std::string &date);

// The lineage of the follow-up of a session whose UUID is `previousUuid`: a new UUID, `follows` the
// previous one, and the action numbering continued past the previous session's highest action, so a
// new action never takes the id of a done one left behind (Comparison tells actions apart by id).
Lineage followUpLineage(const Session &previous, const std::string &previousUuid);

} // namespace cxm
