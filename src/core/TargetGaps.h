// How far each target is from where the team stands: the target's level less the item's team value
// now (its consensus, else the mean of the ratings), the report's "gaps, largest first". One place
// for the report's brief, its gaps page and anything else that ranks the gaps, so they agree.
#pragma once

#include "Instrument.h"
#include "ScoringEngine.h"
#include "Session.h"

#include <optional>
#include <string>
#include <vector>

namespace cxm {

struct TargetGap
{
    Target target;
    std::optional<double> current; // the team value now; empty while the item is not rated
    // The target's level less the value now (0 or less: reached); empty while not rated.
    std::optional<double> gap() const;
};

// Every target with its gap: the largest first, then those reached, then those not rated yet; on a
// tie the instrument's order of items, then the journey's order of stages.
std::vector<TargetGap> targetGaps(const Session &session, const Instrument &instrument, const Score &score);

// An item's team value now: a company item's, or a per-stage item's for its stage (scope).
std::optional<double> teamValue(const Score &score, const Instrument &instrument, const std::string &item,
                                const std::string &scope = {});

// The day a target is due: its date, or its months added to the session's date (the last day of a
// shorter month when the day does not exist: 31 January + 1 month is 28 or 29 February). Empty when
// it has neither, or counts months from a session without a date.
std::string targetDate(const Target &target, const SessionInfo &info);

} // namespace cxm
