// `cxm compare`: two or more sessions of one organisation side by side (Comparison.h), as a summary
// for people or as JSON for tools (docs/compare.md). A leader's self-assessment among them adds the
// perception gap.
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

// "▲ up +0.50", "▬ no change", "– not comparable": the arrow and the word, never colour alone.
std::string changeWords(const Change &c, int decimals, const char *unit = "")
{
    std::string out = std::string(arrowOf(c.direction)) + " " + directionWords(c.direction);
    if (c.delta() && c.direction != Direction::Same)
        out += " " + std::string(*c.delta() > 0 ? "+" : "") + fixed(*c.delta(), decimals) + unit;
    return out;
}

std::string sessionHeading(const ComparedSession &s)
{
    return s.session.info.date.empty() ? std::string("(no date)") : s.session.info.date;
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
               const Instrument &ins, int decimals, const char *unit, const Worksheet *w = nullptr)
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
    std::cout << "change, first to last\n";
    for (std::size_t k = 0; k < rows.size(); ++k) {
        std::cout << "  " << pad(fit(rows[k].label, 44), 44);
        for (const std::string &cell : cells[k])
            std::cout << pad(cell, column);
        std::cout << changeWords(rows[k].overall, decimals, unit) << "\n";
    }
}

std::string milestoneTitle(const std::optional<std::string> &id, const Instrument &ins)
{
    if (!id)
        return "not yet known";
    const MilestoneContent *m = ins.findMilestone(*id);
    return m ? m->title : *id;
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
    std::cout << "Comparing " << c.sessions.size() << " sessions of "
              << (first.session.info.organization.empty() ? std::string("(no organisation)")
                                                          : first.session.info.organization)
              << "\n";
    for (std::size_t s = 0; s < c.sessions.size(); ++s) {
        const ComparedSession &cs = c.sessions[s];
        std::cout << "  " << (s + 1) << ". " << pad(sessionHeading(cs), 11) << cs.session.info.title << " ("
                  << cs.file << ")"
                  << (s > 0 && !cs.follows.empty() && cs.follows == c.sessions[s - 1].uuid
                          ? ", the follow-up of " + std::to_string(s)
                          : std::string())
                  << "\n";
    }
    std::cout << "\nMilestone: ";
    for (std::size_t s = 0; s < c.sessions.size(); ++s)
        std::cout << (s ? " \u2192 " : "") << milestoneTitle(c.milestone.levels[s], ins);
    const Change &moved = c.milestone.overall;
    if (moved.direction == Direction::Up || moved.direction == Direction::Down) {
        const long steps = std::lround(std::abs(*moved.delta()));
        std::cout << "   " << arrowOf(moved.direction) << " " << directionWords(moved.direction) << " "
                  << steps << (steps == 1 ? " milestone" : " milestones") << "\n";
    } else {
        std::cout << "   " << changeWords(moved, 0) << "\n";
    }
    std::cout << "Overall maturity index: ";
    for (std::size_t s = 0; s < c.sessions.size(); ++s)
        std::cout << (s ? " \u2192 " : "")
                  << (c.overall.values[s] ? fixed(*c.overall.values[s], 1) + "%"
                                          : std::string("not yet known"));
    std::cout << "   " << changeWords(c.overall.overall, 1, " points") << "\n";

    printRows("Competencies", c.competencies, c, ins, 1, "%");
    std::vector<TrendRow> items = c.items;
    for (TrendRow &r : items)
        r.label = itemTitle(r.id, ins);
    printRows("Items (team value, 1 Early to 3 Mature)", items, c, ins, 2, "");
    for (const Worksheet &w : ins.worksheets) {
        std::vector<TrendRow> rows;
        for (const TrendRow &r : c.stages)
            if (r.id == w.id)
                rows.push_back(r);
        if (!rows.empty())
            printRows("Journey stages: " + w.title, rows, c, ins, 2, "", &w);
    }

    std::cout << "\nActions completed since the session before: " << c.actionsCompleted.size() << "\n";
    for (const CompletedAction &a : c.actionsCompleted)
        std::cout << "  \u2713 " << a.action.id << " " << a.action.title << " (done by "
                  << sessionHeading(c.sessions[a.session]) << "; "
                  << (a.was ? "was " + std::string(a.was == ActionStatus::InProgress ? "in progress" : "open")
                            : std::string("new since the session before"))
                  << ")\n";
    std::cout << "\nTargets met: " << c.targetsMet.size() << " of " << c.targetsChecked << "\n";
    for (const MetTarget &t : c.targetsMet) {
        std::cout << "  \u2713 " << itemTitle(t.target.item, ins)
                  << (t.stageName.empty() ? std::string() : " (" + t.stageName + ")") << ": "
                  << targetLevel(t.target, ins) << " reached by " << sessionHeading(c.sessions[t.metIn])
                  << " (" << fixed(t.value, 2) << ")";
        if (!t.due.empty())
            std::cout << ", due " << t.due
                      << (t.onTime ? (*t.onTime ? ": on time" : ": later than due") : std::string());
        std::cout << "\n";
    }
}

void printGap(const PerceptionGap &g, const Instrument &ins)
{
    std::cout << "\nPerception gap: " << (g.leader.empty() ? std::string("the leader") : g.leader)
              << "'s self-assessment (" << g.file << ") against the team (" << g.teamFile << ")"
              << (g.previousFile.empty() ? std::string() : " and last time (" + g.previousFile + ")") << "\n";
    std::cout << "  " << g.differing() << " of " << g.items.size()
              << " items placed at another level than the team places them\n";
    for (const GapItem &i : g.items) {
        const auto words = [&](const std::optional<std::string> &level) {
            return level ? levelWords(level, ins) : std::string("not rated");
        };
        std::string line = "You: " + words(i.selfLevel) + " \u00b7 Team: " + words(i.teamLevel);
        if (!g.previousFile.empty())
            line += " \u00b7 Last time: " + words(i.previousLevel);
        const std::string mark = i.direction == Direction::Up     ? "\u25B2 you rate higher"
                                 : i.direction == Direction::Down ? "\u25BC you rate lower"
                                 : i.direction == Direction::Same ? "\u25AC same level"
                                                                  : "\u2013 not comparable";
        std::cout << "  " << pad(itemTitle(i.item, ins), 44) << pad(line, 56) << mark << "\n";
    }
}

} // namespace

int cmdCompare(const Args &a, const Instrument &ins)
{
    if (a.positional.size() < 2 || a.output())
        throw UsageError{"usage: cxm compare A.cxm B.cxm [C.cxm …] [--json] (two or more sessions)"};
    std::vector<std::filesystem::path> files(a.positional.begin(), a.positional.end());
    const Comparison c = compareSessions(readComparedSessions(files, ins), ins);
    for (const std::string &w : c.warnings)
        std::cerr << "cxm: warning: " << w << "\n";
    if (a.flag("--json")) {
        std::cout << comparisonJson(c, ins).dump(2) << "\n";
        return kOk;
    }
    if (c.hasTrend())
        printTrend(c, ins);
    else
        std::cout << "One team session (" << c.sessions.front().file
                  << "): no trend to show; the perception gap follows.\n";
    for (const PerceptionGap &g : c.perceptionGaps)
        printGap(g, ins);
    return kOk;
}

} // namespace cxm::cli
