// The merge report: what came from where and what was chosen, in plain text for the facilitator
// (printed by cxm merge, shown by the window and kept in the merged session's notes).
#include "Merge.h"
#include "MergeWords.h"
#include "Text.h"

#include <algorithm>

namespace cxm {

namespace {

std::string plural(std::size_t n, const char *one, const char *many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string sourcesText(const MergePlan &plan, const std::vector<MergeSource> &sources)
{
    std::vector<std::string> parts;
    for (const auto &s : sources)
        parts.push_back(plan.labels[s.input] + " " + s.id);
    return join(parts, ", ");
}

} // namespace

std::string sideLetter(std::size_t side)
{
    return side < 26 ? std::string(1, static_cast<char>('A' + side)) : std::to_string(side + 1);
}

std::string MergeReport::text() const
{
    std::string out;
    for (const auto &line : lines)
        out += line + "\n";
    return out;
}

MergeReport mergeReport(const MergePlan &plan, const std::vector<std::optional<std::size_t>> &choices)
{
    MergeReport r;
    auto &out = r.lines;
    out.push_back("Merged " + plural(plan.labels.size(), "session", "sessions") + " into one of " +
                  plural(plan.merged.participants.size(), "participant", "participants") +
                  (plan.merged.info.title.empty() ? std::string()
                                                  : ": " + MergeWords::shortened(plan.merged.info.title)) +
                  ".");
    for (std::size_t i = 0; i < plan.labels.size(); ++i)
        out.push_back("  " + plan.labels[i] + ": " +
                      plural(static_cast<std::size_t>(plan.answersPerInput[i]), "answer", "answers"));

    out.push_back("");
    out.push_back("People:");
    for (const auto &p : plan.people) {
        const bool renumbered = std::any_of(p.sources.begin(), p.sources.end(),
                                            [&](const MergeSource &s) { return s.id != p.participant.id; });
        out.push_back("  " + MergeWords::shortened(p.participant.name, 60) + " (" + p.participant.id +
                      "): from " + sourcesText(plan, p.sources) + (renumbered ? " (new id)" : ""));
    }

    if (!plan.merged.stages.empty()) {
        out.push_back("");
        out.push_back("Journey stages (matched by name):");
        for (std::size_t k = 0; k < plan.merged.stages.size(); ++k)
            out.push_back("  " + std::to_string(k + 1) + ". " +
                          MergeWords::shortened(plan.merged.stages[k].name, 60) + " (" +
                          plan.merged.stages[k].id + "): from " + sourcesText(plan, plan.stageSources[k]));
    }

    if (!plan.nameMatches.empty()) {
        out.push_back("");
        out.push_back("The same name under different ids:");
        for (std::size_t m = 0; m < plan.nameMatches.size(); ++m) {
            const auto &match = plan.nameMatches[m];
            std::vector<std::string> sides;
            for (const auto &side : match.sides)
                sides.push_back(sourcesText(plan, side));
            out.push_back("  " + std::to_string(m + 1) + ". " + MergeWords::shortened(match.name, 60) + ": " +
                          join(sides, " = ") +
                          (match.confirmed ? ": confirmed, one person"
                                           : ": not confirmed, kept as " +
                                                 plural(match.sides.size(), "person", "different people")));
        }
    }

    out.push_back("");
    if (plan.conflicts.empty()) {
        out.push_back("Conflicts: none. Every answer the sessions share is the same in each.");
    } else {
        std::size_t open = 0;
        for (std::size_t k = 0; k < plan.conflicts.size(); ++k)
            if (k >= choices.size() || !choices[k])
                ++open;
        out.push_back(
            "Conflicts: " + std::to_string(plan.conflicts.size()) +
            (open ? ", " + std::to_string(open) + " still to choose" : std::string(", all chosen")) + ".");
        for (std::size_t k = 0; k < plan.conflicts.size(); ++k) {
            const auto &c = plan.conflicts[k];
            std::string who;
            if (c.kind == ConflictKind::PersonAnswer) {
                const Participant *p = plan.merged.findParticipant(c.person);
                who = (p ? MergeWords::shortened(p->name, 60) : c.person) + ", ";
            } else if (c.kind == ConflictKind::TeamAnswer) {
                who = "the team, ";
            }
            out.push_back("  " + std::to_string(k + 1) + ". " + who + c.question);
            for (std::size_t s = 0; s < c.sides.size(); ++s) {
                std::vector<std::string> from;
                for (std::size_t i : c.sides[s].inputs)
                    from.push_back(plan.labels[i]);
                out.push_back("     " + sideLetter(s) + ": " + c.sides[s].words + "   [" + join(from, ", ") +
                              "]");
            }
            const auto choice = k < choices.size() ? choices[k] : std::nullopt;
            out.push_back(choice ? "     chosen: " + sideLetter(*choice) : std::string("     to choose"));
        }
    }

    if (!plan.notices.empty()) {
        out.push_back("");
        out.push_back("Also:");
        for (const auto &n : plan.notices)
            out.push_back("  - " + n);
    }
    return r;
}

} // namespace cxm
