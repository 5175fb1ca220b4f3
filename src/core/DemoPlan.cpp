// The demo's plan (see DemoSession.h): targets for the weakest competency and the move-in stage,
// and the actions the team took into its plan on the day: three suggestions accepted (two of them
// edited), one dismissed, and two actions of its own.
#include "DemoSession.h"

namespace cxm::detail {

void addDemoPlan(Session &s, const Instrument &ins)
{
    // Targets: Honor and Manage Customers as Assets to Advanced within a year, Why to Mature by the
    // end of 2027, and move-in reliable for customers by the summer.
    for (const char *item : {"c1.culture", "c1.data"})
        if (ins.findItem(item))
            s.targets.push_back({item, Rating::Advanced, {}, 12, {}, {}});
    if (ins.findItem("c1.why"))
        s.targets.push_back(
            {"c1.why", Rating::Mature, "2027-12-31", 0, "Every lost customer called within a week.", {}});
    if (ins.findItem("reliability.customer") && s.findStage("s4"))
        s.targets.push_back({"reliability.customer", Rating::Advanced, "2027-06-30", 0,
                             "Move-in dates agreed by billing and field service before we promise them.",
                             "s4"});

    const auto priority = [&](const char *id) {
        for (const auto &set : ins.priorities)
            for (const auto &p : set.items) {
                std::string verb = p.verb;
                for (char &c : verb)
                    c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
                if (set.id + "." + verb == id)
                    return std::string(id);
            }
        return std::string();
    };
    const bool hasStop = ins.findItem("stop_doing.projects4") && s.findStage("s4");
    s.actions = {
        {"a1",
         "Name one owner for customer outcomes across sales, service and billing",
         "p1",
         {},
         "2027-01-31",
         ActionStatus::InProgress,
         "The CEO proposes a Chief Customer Officer to the board in January.",
         "question:r1",
         priority("years1to3.unite"),
         "readiness:r1"},
        {"a2",
         "Call every customer who cancelled in the last quarter and ask why",
         "p3",
         {},
         "2027-02-28",
         ActionStatus::Open,
         "Use the four steps of the listening conversation.",
         "item:c1.why",
         priority("years1to3.fix"),
         "weakest:c1.why"},
        {"a3",
         "Stop the sales bonus for two-year contracts",
         "p2",
         {},
         "2027-03-31",
         ActionStatus::Open,
         {},
         hasStop ? "project:s4:stop_doing.projects4" : std::string(),
         priority("years1to3.fix"),
         hasStop ? "stop:s4:stop_doing.projects4" : std::string()},
        {"a4",
         "Agree one definition of a lost customer and report it monthly",
         "p5",
         {},
         "2027-01-15",
         ActionStatus::Done,
         "Finance and service signed it off on 12 January.",
         "item:c1.data",
         priority("years1to3.build"),
         {}},
        {"a5",
         "Map the move-in process end to end with the four departments",
         {},
         "Move-in working group",
         "2027-04-30",
         ActionStatus::Open,
         {},
         s.findStage("s4") ? "stage:s4" : std::string(),
         priority("years1to3.fix"),
         {}},
    };
    s.dismissed = {"readiness:r11"};
}

} // namespace cxm::detail
