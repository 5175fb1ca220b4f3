// Large sessions for the benchmarks, always the same for the same arguments: the demo workshop's
// six executives repeated until there are `participants` of them, every question answered.
#pragma once

#include "Instrument.h"
#include "Session.h"

#include <cstddef>

namespace cxm::bench {

// With noteChars 0 the demo's own notes are kept (a realistic workshop). Otherwise each participant's
// note on the first question, the session notes and every consensus note are exactly noteChars
// characters of prose with line breaks, quotes, commas, markup and accented letters, so escaping in
// the PDF, JSON and CSV has work to do (the same shape as the tests' largeWorkshop).
Session makeBenchSession(const Instrument &instrument, int participants, std::size_t noteChars = 0);

} // namespace cxm::bench
