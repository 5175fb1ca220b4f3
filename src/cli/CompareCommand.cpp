// `cxm compare`: two or more sessions of one organisation side by side (Comparison.h), as a summary
// for people or as JSON for tools (docs/compare.md). A leader's self-assessment among them adds the
// perception gap.
#include "CliText.h"
#include "Commands.h"
#include "Comparison.h"

#include <cmath>
#include <algorithm>
#include <cstdio>
#include <iostream>

namespace cxm::cli {

namespace {

std::string fixed(double v, int decimals)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::size_t width(const std::string &s)
{
    std::size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n;
}

std::string pad(const std::string &s, std::size_t w)
{
    return width(s) >= w ? s + " " : s + std::string(w - width(s), ' ');
}

// A level id in words: the instrument's levels, else the worksheet's own.
std::string levelWords(const std::optional<std::string> &id, const Instrument &ins,
                       const Worksheet *w = nullptr)
{
    if (!id)
        return "";
    for (const Level &l : w ? ins.levelsOf(*w) : ins.levels)
        if (l.id == *id)
            return l.label;
    for (std::size_t i = 0; w && i < ins.scoring.competencyLevels.size(); ++i)
        if (ins.scoring.competencyLevels[i].id == *id && i < ins.levelsOf(*w).size())
            return ins.levelsOf(*w)[i].label;
    return *id;
}

// The way a figure moved, in the language in use (the core's directionWords stays English for --json).
Message directionText(Direction d)
{
    switch (d) {
    case Direction::Up:
        return Cli::tr("up", "direction of a change");
    case Direction::Down:
        return Cli::tr("down", "direction of a change");
    case Direction::Same:
        return Cli::tr("no change", "direction of a change");
    case Direction::Unknown:
        break;
    }
    return Cli::tr("not comparable", "direction of a change");
}

// "▲ up +0.50", "▬ no change", "– not comparable": the arrow and the word, never colour alone.
std::string changeWords(const Change &c, int decimals, const std::string &unit = {})
{
    std::string out = std::string(arrowOf(c.direction)) + " " + directionText(c.direction).str();
    if (c.delta() && c.direction != Direction::Same)
        out += " " + std::string(*c.delta() > 0 ? "+" : "") + fixed(*c.delta(), decimals) + unit;
    return out;
}

Message sessionHeading(const ComparedSession &s)
{
    return s.session.info.date.empty() ? Cli::tr("(no date)") : Message(s.session.info.date);
}

// A label cut to fit its column, so the figures line up.
std::string fit(const std::string &s, std::size_t w)
{
    if (width(s) < w)
        return s;
    std::string out;
    std::size_t n = 0;
    for (unsigned char c : s) {
        if ((c & 0xC0) != 0x80 && ++n > w - 2)
            break;
        out += static_cast<char>(c);
    }
    return out + "\u2026";
}

void printRows(const std::string &heading, const std::vector<TrendRow> &rows, const Comparison &c,
               const Instrument &ins, int decimals, const std::string &unit, const Worksheet *w = nullptr)
{
    std::vector<std::vector<std::string>> cells;
    std::size_t column = 12;
    for (const TrendRow &r : rows) {
        std::vector<std::string> line;
        for (std::size_t s = 0; s < r.values.size(); ++s)
            line.push_back(r.values[s]
                               ? fixed(*r.values[s], decimals) + unit + " " + levelWords(r.levels[s], ins, w)
                               : std::string("\u2013"));
        for (const std::string &cell : line)
            column = std::max(column, width(cell) + 2);
        cells.push_back(std::move(line));
    }
    std::cout << "\n" << heading << "\n";
    std::cout << "  " << pad("", 44);
    for (const ComparedSession &s : c.sessions)
        std::cout << pad(sessionHeading(s), column);
    std::cout << Cli::tr("change, first to last") << "\n";
    for (std::size_t k = 0; k < rows.size(); ++k) {
        std::cout << "  " << pad(fit(rows[k].label, 44), 44);
        for (const std::string &cell : cells[k])
            std::cout << pad(cell, column);
        std::cout << changeWords(rows[k].overall, decimals, unit) << "\n";
    }
}

Message milestoneTitle(const std::optional<std::string> &id, const Instrument &ins)
{
    if (!id)
        return Cli::tr("not yet known");
    const MilestoneContent *m = ins.findMilestone(*id);
    return Message(m ? m->title : *id);
}

std::string itemTitle(const std::string &id, const Instrument &ins)
{
    const Item *item = ins.findItem(id);
    const Competency *comp = ins.competencyOfItem(id);
    const std::string title = item ? item->title : id;
    return comp ? "C" + std::to_string(comp->number) + " " + title : title;
}

// A target's level in its worksheet's words ("Advanced", "SOMETIMES Reliable").
std::string targetLevel(const Target &t, const Instrument &ins)
{
    const Worksheet *w = ins.worksheetOfItem(t.item);
    return w ? ins.levelsOf(*w)[static_cast<std::size_t>(ratingValue(t.level) - 1)].label
             : std::string(toString(t.level));
}

void printTrend(const Comparison &c, const Instrument &ins)
{
    const ComparedSession &first = c.sessions.front();
    std::cout << Cli::tr("Comparing %1 sessions of %2")
                     .arg(c.sessions.size())
                     .arg(first.session.info.organization.empty() ? Cli::tr("(no organisation)").str()
                                                                  : first.session.info.organization)
              << "\n";
    for (std::size_t s = 0; s < c.sessions.size(); ++s) {
        const ComparedSession &cs = c.sessions[s];
        std::cout << "  " << (s + 1) << ". " << pad(sessionHeading(cs), 11) << cs.session.info.title << " ("
                  << cs.file << ")"
                  << (s > 0 && !cs.follows.empty() && cs.follows == c.sessions[s - 1].uuid
                          ? Cli::tr(", the follow-up of %1").arg(s).str()
                          : std::string())
                  << "\n";
    }
    std::cout << "\n" << Cli::tr("Milestone:") << " ";
    for (std::size_t s = 0; s < c.sessions.size(); ++s)
        std::cout << (s ? " \u2192 " : "") << milestoneTitle(c.milestone.levels[s], ins);
    const Change &moved = c.milestone.overall;
    if (moved.direction == Direction::Up || moved.direction == Direction::Down) {
        const long steps = std::lround(std::abs(*moved.delta()));
        std::cout << "   " << arrowOf(moved.direction) << " "
                  << (moved.direction == Direction::Up
                          ? Cli::tr("up %n milestone(s)", nullptr, static_cast<int>(steps))
                          : Cli::tr("down %n milestone(s)", nullptr, static_cast<int>(steps)))
                  << "\n";
    } else {
        std::cout << "   " << changeWords(moved, 0) << "\n";
    }
    std::cout << Cli::tr("Overall maturity index:") << " ";
    for (std::size_t s = 0; s < c.sessions.size(); ++s)
        std::cout << (s ? " \u2192 " : "")
                  << (c.overall.values[s] ? fixed(*c.overall.values[s], 1) + "%"
                                          : Cli::tr("not yet known").str());
    std::cout << "   " << changeWords(c.overall.overall, 1, Cli::tr(" points")) << "\n";

    printRows(Cli::tr("Competencies"), c.competencies, c, ins, 1, "%");
    std::vector<TrendRow> items = c.items;
    for (TrendRow &r : items)
        r.label = itemTitle(r.id, ins);
    printRows(Cli::tr("Items (team value, 1 Early to 3 Mature)"), items, c, ins, 2, "");
    for (const Worksheet &w : ins.worksheets) {
        std::vector<TrendRow> rows;
        for (const TrendRow &r : c.stages)
            if (r.id == w.id)
                rows.push_back(r);
        if (!rows.empty())
            printRows(Cli::tr("Journey stages: %1").arg(w.title), rows, c, ins, 2, "", &w);
    }

    std::cout << "\n"
              << Cli::tr("Actions completed since the session before: %1").arg(c.actionsCompleted.size())
              << "\n";
    for (const CompletedAction &a : c.actionsCompleted)
        std::cout << "  \u2713 " << a.action.id << " "
                  << Cli::tr("%1 (done by %2; %3)")
                         .arg(a.action.title)
                         .arg(sessionHeading(c.sessions[a.session]))
                         .arg(!a.was                              ? Cli::tr("new since the session before")
                              : a.was == ActionStatus::InProgress ? Cli::tr("was in progress")
                                                                  : Cli::tr("was open"))
                  << "\n";
    std::cout << "\n"
              << Cli::tr("Targets met: %1 of %2").arg(c.targetsMet.size()).arg(c.targetsChecked) << "\n";
    for (const MetTarget &t : c.targetsMet) {
        std::cout << "  \u2713 " << itemTitle(t.target.item, ins)
                  << (t.stageName.empty() ? std::string() : " (" + t.stageName + ")") << ": "
                  << Cli::tr("%1 reached by %2 (%3)")
                         .arg(targetLevel(t.target, ins))
                         .arg(sessionHeading(c.sessions[t.metIn]))
                         .arg(fixed(t.value, 2));
        if (!t.due.empty())
            std::cout << (!t.onTime   ? Cli::tr(", due %1")
                          : *t.onTime ? Cli::tr(", due %1: on time")
                                      : Cli::tr(", due %1: later than due"))
                             .arg(t.due);
        std::cout << "\n";
    }
}

void printGap(const PerceptionGap &g, const Instrument &ins)
{
    const std::string leader = g.leader.empty() ? Cli::tr("the leader").str() : g.leader;
    std::cout << "\n"
              << (g.previousFile.empty()
                      ? Cli::tr("Perception gap: %1's self-assessment (%2) against the team (%3)")
                            .arg(leader)
                            .arg(g.file)
                            .arg(g.teamFile)
                      : Cli::tr(
                            "Perception gap: %1's self-assessment (%2) against the team (%3) and last time "
                            "(%4)")
                            .arg(leader)
                            .arg(g.file)
                            .arg(g.teamFile)
                            .arg(g.previousFile))
              << "\n";
    std::cout << "  "
              << Cli::tr("%1 of %2 items placed at another level than the team places them")
                     .arg(g.differing())
                     .arg(g.items.size())
              << "\n";
    for (const GapItem &i : g.items) {
        const auto words = [&](const std::optional<std::string> &level) {
            return level ? levelWords(level, ins) : Cli::tr("not rated").str();
        };
        std::string line = g.previousFile.empty()
                               ? Cli::tr("You: %1 · Team: %2").arg(words(i.selfLevel)).arg(words(i.teamLevel))
                               : Cli::tr("You: %1 · Team: %2 · Last time: %3")
                                     .arg(words(i.selfLevel))
                                     .arg(words(i.teamLevel))
                                     .arg(words(i.previousLevel));
        const std::string mark = i.direction == Direction::Up     ? Cli::tr("▲ you rate higher")
                                 : i.direction == Direction::Down ? Cli::tr("▼ you rate lower")
                                 : i.direction == Direction::Same ? Cli::tr("▬ same level")
                                                                  : Cli::tr("– not comparable");
        std::cout << "  " << pad(itemTitle(i.item, ins), 44) << pad(line, 56) << mark << "\n";
    }
}

} // namespace

int cmdCompare(const Args &a, const Instrument &ins)
{
    if (a.positional.size() < 2 || a.output())
        throw UsageError{
            Cli::tr("usage: %1 (two or more sessions)").arg("cxm compare A.cxm B.cxm [C.cxm …] [--json]")};
    std::vector<std::filesystem::path> files(a.positional.begin(), a.positional.end());
    const Comparison c = compareSessions(readComparedSessions("cli.compare", files, ins), ins);
    for (const std::string &w : c.warnings)
        std::cerr << Cli::tr("cxm: warning: %1").arg(w) << "\n";
    if (a.flag("--json")) {
        std::cout << comparisonJson(c, ins).dump(2) << "\n";
        return kOk;
    }
    if (c.hasTrend())
        printTrend(c, ins);
    else
        std::cout << Cli::tr("One team session (%1): no trend to show; the perception gap follows.")
                         .arg(c.sessions.front().file)
                  << "\n";
    for (const PerceptionGap &g : c.perceptionGaps)
        printGap(g, ins);
    return kOk;
}

} // namespace cxm::cli
