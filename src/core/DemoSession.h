// A realistic leadership workshop to explore the workbench with: six executives, every question
// answered, some real disagreement, notes and a few consensus decisions. Always the same content.
#pragma once

#include "Instrument.h"
#include "Session.h"

namespace cxm {

Session makeDemoSession(const Instrument &instrument);

// The demo's six executives repeated until there are `participants` of them ("Ana Ortiz 7", …),
// each with the answers of the one they repeat: for tests and benchmarks of large teams.
Session makeRepeatedDemoSession(const Instrument &instrument, int participants);

// The demo's first executive assessing alone: a self-assessment with her answers and no team decisions.
Session makeSelfDemoSession(const Instrument &instrument);

// The demo workshop's follow-up six months on (2027-05-20): carried over by makeFollowUp, answered
// again with some items up and one down, actions done and targets met (DemoFollowUp.cpp).
Session makeDemoFollowUp(const Instrument &instrument);

namespace detail {
// The team's decisions about the demo's six stages (the stairway, the stop-doing list, the Customer
// Room); DemoJourney.cpp.
void addDemoJourneyDecisions(Session &session, const Instrument &instrument);
// The demo's targets and action plan; DemoPlan.cpp.
void addDemoPlan(Session &session, const Instrument &instrument);
} // namespace detail

} // namespace cxm
