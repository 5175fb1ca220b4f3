// The demo's follow-up (see DemoSession.h): the same six executives six months on. Customer asset
// management moved (culture and data up a level, the why agreed as Advanced), the story of customers'
// lives and company-wide improvement took hold, real-time listening slipped; move-in became
// sometimes reliable. Two actions are done, one more is in progress, and one new action was done.
#include "DemoSession.h"
#include "FollowUp.h"

#include <algorithm>

namespace cxm {

namespace {

Rating up(Rating r)
{
    return r == Rating::Early ? Rating::Advanced : Rating::Mature;
}

Rating down(Rating r)
{
    return r == Rating::Mature ? Rating::Advanced : Rating::Early;
}

} // namespace

Session makeDemoFollowUp(const Instrument &ins)
{
    const Session before = makeDemoSession(ins);
    Session s = makeFollowUp(before, "2027-05-20");
    s.info.notes = "Six months on: what moved since November.";
    for (RatingEntry r : before.ratings) {
        if (r.item == "c1.culture" || r.item == "c1.data" || r.item == "c3.story" ||
            r.item == "c4.improvement" || r.item == "c5.engagement")
            r.rating = up(r.rating);
        else if (r.item == "c3.unaided" && r.participant <= "p3")
            r.rating = down(r.rating);
        else if (r.item == "reliability.customer" && r.scope == "s4")
            r.rating = r.rating == Rating::Early ? Rating::Advanced : r.rating;
        r.note.clear();
        s.ratings.push_back(std::move(r));
    }
    s.consensus = {
        {"c1.why", Rating::Advanced, "Every lost customer now gets a call; we act on half of them."},
        {"c4.innovation", Rating::Early, "Still one app, still a project."}};
    if (ins.findItem("reliability.customer") && s.findStage("s4"))
        s.consensus.push_back({"reliability.customer", Rating::Advanced,
                               "Billing and field service agree the date before we promise it.", "s4"});
    s.rankings = before.rankings;
    s.checklist = before.checklist;
    s.checklistConsensus = before.checklistConsensus;
    for (Action &a : s.actions) {
        if (a.id == "a1" || a.id == "a2")
            a.status = ActionStatus::Done;
        else if (a.id == "a3")
            a.status = ActionStatus::InProgress;
    }
    Action promise;
    promise.id = before.nextActionId();
    promise.title = "Publish the move-in promise on the website";
    promise.ownerName = "Move-in working group";
    promise.due = "2027-04-30";
    promise.status = ActionStatus::Done;
    promise.addresses = s.findStage("s4") ? "stage:s4" : std::string();
    s.actions.push_back(promise);
    sortCanonically(s, ins);
    return s;
}

} // namespace cxm
