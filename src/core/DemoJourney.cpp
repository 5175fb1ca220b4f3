// The demo's decisions about its journey (see DemoSession.h): where each stage stands on the
// Stairway to DESIRE, the Intelligent STOP DOING list of two stages, and the Customer Room's
// sources of listening per stage. The team decides these together, so they are team answers.
#include "DemoSession.h"

#include <array>

namespace cxm::detail {

void addDemoJourneyDecisions(Session &s, const Instrument &ins)
{
    if (s.stages.size() != 6)
        return;
    if (const Worksheet *stairway = ins.findWorksheet("stairway");
        stairway && stairway->kind == WorksheetKind::Choice && stairway->items.size() == 4) {
        // 0 random, 1 reliable, 2 differentiated, 3 desire; the team is candid about move-in.
        const std::array<int, 6> steps = {1, 1, 2, 0, 0, 0};
        const std::array<const char *, 6> notes = {"",
                                                   "",
                                                   "Friends tell friends that signing up takes five minutes.",
                                                   "Nobody owns the move-in date from end to end.",
                                                   "",
                                                   ""};
        for (std::size_t st = 0; st < steps.size(); ++st)
            s.choices.push_back({stairway->id, stairway->items[static_cast<std::size_t>(steps[st])].id,
                                 notes[st], s.stages[st].id});
    }

    if (const Worksheet *stop = ins.findWorksheet("stop_doing");
        stop && stop->kind == WorksheetKind::Reconcile) {
        const auto priorities = stop->itemsOf("priorities");
        const auto projects = stop->itemsOf("projects");
        struct Project
        {
            const char *name;
            int serves; // index of a priority, or -1: none
            const char *decision;
            const char *note;
        };
        const auto plan = [&](const std::string &stage, std::vector<const char *> touchpoints,
                              std::vector<Project> list) {
            for (std::size_t i = 0; i < touchpoints.size() && i < priorities.size(); ++i)
                s.itemNames.push_back({priorities[i]->id, touchpoints[i], stage});
            for (std::size_t i = 0; i < list.size() && i < projects.size(); ++i) {
                s.itemNames.push_back({projects[i]->id, list[i].name, stage});
                const std::string serves = list[i].serves < 0
                                               ? std::string()
                                               : priorities[static_cast<std::size_t>(list[i].serves)]->id;
                if (!serves.empty() || *list[i].decision || *list[i].note)
                    s.reconciliations.push_back(
                        {projects[i]->id, serves, list[i].decision, list[i].note, stage});
            }
        };
        plan("s4",
             {"When the customer tells us the move-in date",
              "When the customer calls to check the power will be on",
              "When the customer switches on the lights on moving day"},
             {{"Field-service scheduling tool", 0, "keep", ""},
              {"Billing system migration", -1, "change",
               "Move it after the scheduling tool; it competes for the same people."},
              {"Smart meter upgrade campaign", 2, "keep", ""},
              {"Sales bonus for two-year contracts", -1, "stop",
               "Rewards sign-ups that move-in cannot serve."},
              {"Call-centre phone menu redesign", 1, "change", ""}});
        plan("s2",
             {"When the customer compares our plans with others",
              "When the customer asks what a plan will cost them"},
             {{"Plan comparison page", 0, "keep", ""},
              {"Brand television campaign", -1, "stop", "Nobody choosing a plan mentioned it."},
              {"Price calculator for families", 1, "keep", ""}});
    }

    if (const Worksheet *room = ins.findWorksheet("customer_room");
        room && room->kind == WorksheetKind::Checklist && room->teamOnly && room->items.size() == 8) {
        // Per stage, the five sources then the three criteria of a balanced story: Y or N.
        const std::array<const char *, 6> grid = {"YYYNYNNY", "YYNNYNNN", "NYYYYYNN",
                                                  "YNNYYNNY", "YYNYNYNN", "NNNNNNNN"};
        for (std::size_t st = 0; st < grid.size(); ++st)
            for (std::size_t q = 0; q < room->items.size(); ++q)
                s.checklistConsensus.push_back(
                    {room->items[q].id, grid[st][q] == 'Y' ? Answer::Yes : Answer::No, {}, s.stages[st].id});
    }
}

} // namespace cxm::detail
