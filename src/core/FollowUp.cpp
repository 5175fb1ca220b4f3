#include "FollowUp.h"

#include "Plan.h"
#include "TargetGaps.h"

#include <algorithm>

namespace cxm {

namespace {

bool carried(ActionStatus status)
{
    return status == ActionStatus::Open || status == ActionStatus::InProgress;
}

} // namespace

Session makeFollowUp(const Session &previous, const std::string &date)
{
    Session next;
    next.info = previous.info;
    next.info.date = date;
    next.info.notes.clear();
    next.participants = previous.participants;
    next.stages = previous.stages;
    next.itemNames = previous.itemNames;
    for (Target t : previous.targets) {
        // "Within 12 months" counts from the session that set it, not from this one.
        if (t.date.empty() && t.months > 0) {
            t.date = targetDate(t, previous.info);
            if (!t.date.empty())
                t.months = 0;
        }
        next.targets.push_back(std::move(t));
    }
    for (const Action &a : previous.actions)
        if (carried(a.status))
            next.actions.push_back(a);
    return next;
}

Lineage followUpLineage(const Session &previous, const std::string &previousUuid)
{
    Lineage lineage;
    lineage.follows = previousUuid;
    for (const Action &a : previous.actions)
        lineage.actionCounter = std::max(lineage.actionCounter, actionNumber(a.id));
    return lineage;
}

} // namespace cxm
