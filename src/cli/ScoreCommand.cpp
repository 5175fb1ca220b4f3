// `cxm score`: a session's scores, as a summary for people or as JSON (scoring.md) for tools.
#include "Commands.h"
#include "ScoringEngine.h"

#include <cmath>
#include <cstdio>
#include <iostream>

namespace cxm::cli {

namespace {

std::string percent(double v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%5.1f%%", v);
    return buf;
}

std::string bar(double pct, int width = 20)
{
    const int filled = static_cast<int>(std::lround(pct / 100.0 * width));
    std::string out;
    for (int i = 0; i < width; ++i)
        out += i < filled ? "\u2588" : "\u2591";
    return out;
}

std::string title(const std::string &id, const Instrument &ins)
{
    for (const auto &l : ins.levels)
        if (l.id == id)
            return l.label;
    if (const auto *m = ins.findMilestone(id))
        return m->title;
    if (const auto *o = ins.findOption(id))
        return o->title;
    return id;
}

std::string padRight(const std::string &s, std::size_t width)
{
    // Count code points, not bytes, so titles with typographic characters still line up.
    std::size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n >= width ? s : s + std::string(width - n, ' ');
}

void printSummary(const Session &s, const Score &score, const Instrument &ins)
{
    std::cout << (s.info.organization.empty() ? "(no organisation)" : s.info.organization);
    if (!s.info.title.empty())
        std::cout << " \u2014 " << s.info.title;
    std::cout << "\n";
    std::cout << (s.info.mode == Mode::Self ? "Self-assessment" : "Workshop") << ", " << s.participants.size()
              << (s.participants.size() == 1 ? " participant" : " participants");
    if (!s.info.date.empty())
        std::cout << ", " << s.info.date;
    if (!s.info.facilitator.empty() && s.info.mode == Mode::Workshop)
        std::cout << ", facilitated by " << s.info.facilitator;
    std::cout << "\n\n";

    if (score.milestone) {
        std::cout << "Maturity milestone: " << title(*score.milestone, ins) << " ("
                  << (*score.milestoneIndex + 1) << " of " << ins.milestones.size() << ")   overall"
                  << percent(*score.overall) << "\n";
        const auto *m = ins.findMilestone(*score.milestone);
        if (m)
            std::cout << "  " << m->theme << "\n";
    } else {
        int missing = 0;
        for (const auto &c : score.competencies)
            for (const auto &i : c.items)
                missing += i.value ? 0 : 1;
        std::cout << "Maturity milestone: not yet known \u2014 " << missing << " of " << ins.itemCount()
                  << " competency questions have no answer yet\n";
    }
    std::cout << "\nCompetencies\n";
    for (std::size_t i = 0; i < score.competencies.size(); ++i) {
        const auto &c = score.competencies[i];
        const auto &comp = ins.competencies()[i];
        std::cout << "  " << comp.number << " " << padRight(comp.title, 50) << " ";
        if (c.percent)
            std::cout << padRight(title(*c.level, ins), 9) << " " << bar(*c.percent) << " "
                      << percent(*c.percent) << (c.complete ? "" : "  (incomplete)") << "\n";
        else
            std::cout << "no answers yet\n";
    }
    std::cout << "\nDisagreements (someone said Early, someone said Mature): " << score.disagreements()
              << "\n";
    for (const auto &c : score.competencies)
        for (const auto &i : c.items)
            if (i.disagreement) {
                const auto *item = ins.findItem(i.id);
                std::cout << "  " << padRight(i.id, 16) << padRight(item->title, 40) << " Early "
                          << i.counts[0] << " / Advanced " << i.counts[1] << " / Mature " << i.counts[2]
                          << (i.consensus
                                  ? "  \u2192 agreed: " + title(std::string(toString(*i.consensus)), ins)
                                  : "")
                          << "\n";
            }

    const auto &pc = score.powerCore;
    std::cout << "\nPower Core: ";
    if (!pc.hasData) {
        std::cout << "not ranked yet\n";
    } else {
        std::cout << "A = " << title(*pc.primary, ins) << ", B = " << title(*pc.secondary, ins)
                  << (pc.fromConsensus ? " (agreed ranking)" : "") << "\n";
        std::cout << "  "
                  << (*pc.customerInCore
                          ? "Customer is in the Power Core."
                          : "Customer is not in the Power Core: other forces drive the agenda.")
                  << "\n";
        if (pc.kendallW) {
            char w[16];
            std::snprintf(w, sizeof w, "%.2f", *pc.kendallW);
            std::cout << "  " << *pc.agreement << " agreement between the " << pc.rankers
                      << " rankings (Kendall's W = " << w << ")\n";
        }
    }
    const auto &rd = score.readiness;
    std::cout << "\nCCO readiness: " << rd.yes << " yes, " << rd.no << " no, " << rd.split << " split, "
              << rd.unanswered << " unanswered\n";
    if (rd.mandate)
        std::cout << "  Mandate to explore the Chief Customer Officer role: " << *rd.mandate << " ("
                  << rd.gaps() << " of " << ins.readinessQuestions().size()
                  << " questions answered No or split)\n";
    else
        std::cout << "  Mandate: not yet known until every question has an answer\n";
}

} // namespace

int cmdScore(const Args &a, const Instrument &ins)
{
    if (a.positional.size() != 1 || a.output())
        throw UsageError{"usage: cxm score FILE [--json]"};
    const Session s = loadSession(a.positional[0], ins);
    const Score score = ScoringEngine(ins).score(s);
    if (a.flag("--json"))
        std::cout << ScoringEngine::toJson(score).dump(2) << "\n";
    else
        printSummary(s, score, ins);
    return kOk;
}

} // namespace cxm::cli
