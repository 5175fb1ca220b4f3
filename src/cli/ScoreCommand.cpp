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

// A scoring band's id (scoring.json: weak / moderate / strong, low / moderate / strong) in words.
Message bandWords(const std::string &id)
{
    if (id == "weak")
        return Cli::tr("weak", "scoring band");
    if (id == "moderate")
        return Cli::tr("moderate", "scoring band");
    if (id == "strong")
        return Cli::tr("strong", "scoring band");
    if (id == "low")
        return Cli::tr("low", "scoring band");
    return Message(id);
}

void printSummary(const Session &s, const Score &score, const Instrument &ins)
{
    std::cout << (s.info.organization.empty() ? Cli::tr("(no organisation)").str() : s.info.organization);
    if (!s.info.title.empty())
        std::cout << " \u2014 " << s.info.title;
    std::cout << "\n";
    std::cout << (s.info.mode == Mode::Self ? Cli::tr("Self-assessment") : Cli::tr("Workshop")) << ", "
              << Cli::tr("%n participant(s)", nullptr, static_cast<int>(s.participants.size()));
    if (!s.info.date.empty())
        std::cout << ", " << s.info.date;
    if (!s.info.facilitator.empty() && s.info.mode == Mode::Workshop)
        std::cout << Cli::tr(", facilitated by %1").arg(s.info.facilitator);
    std::cout << "\n\n";

    if (score.milestone) {
        std::cout << Cli::tr("Maturity milestone: %1 (%2 of %3)   overall%4")
                         .arg(title(*score.milestone, ins))
                         .arg(*score.milestoneIndex + 1)
                         .arg(ins.milestones.size())
                         .arg(percent(*score.overall))
                  << "\n";
        const auto *m = ins.findMilestone(*score.milestone);
        if (m)
            std::cout << "  " << m->theme << "\n";
    } else {
        int missing = 0;
        for (const auto &c : score.competencies)
            for (const auto &i : c.items)
                missing += i.value ? 0 : 1;
        std::cout << Cli::tr("Maturity milestone: not yet known \u2014 %1 of %2 competency questions have no "
                             "answer yet")
                         .arg(missing)
                         .arg(ins.itemCount())
                  << "\n";
    }
    std::cout << "\n" << Cli::tr("Competencies") << "\n";
    for (std::size_t i = 0; i < score.competencies.size(); ++i) {
        const auto &c = score.competencies[i];
        const auto &comp = ins.competencies()[i];
        std::cout << "  " << comp.number << " " << padRight(comp.title, 50) << " ";
        if (c.percent)
            std::cout << padRight(title(*c.level, ins), 9) << " " << bar(*c.percent) << " "
                      << percent(*c.percent)
                      << (c.complete ? std::string() : "  " + Cli::tr("(incomplete)").str()) << "\n";
        else
            std::cout << Cli::tr("no answers yet") << "\n";
    }
    // The levels' words are the instrument's (Early, Advanced, Mature in the workbook).
    const auto level = [&](std::size_t i) {
        return i < ins.levels.size() ? ins.levels[i].label : std::string();
    };
    std::cout << "\n"
              << Cli::tr("Disagreements (someone said %1, someone said %2): %3")
                     .arg(level(0))
                     .arg(level(2))
                     .arg(score.disagreements())
              << "\n";
    for (const auto &c : score.competencies)
        for (const auto &i : c.items)
            if (i.disagreement) {
                const auto *item = ins.findItem(i.id);
                std::cout << "  " << padRight(i.id, 16) << padRight(item->title, 40) << " " << level(0) << " "
                          << i.counts[0] << " / " << level(1) << " " << i.counts[1] << " / " << level(2)
                          << " " << i.counts[2]
                          << (i.consensus
                                  ? "  \u2192 " + Cli::tr("agreed: %1")
                                                      .arg(title(std::string(toString(*i.consensus)), ins))
                                                      .str()
                                  : std::string())
                          << "\n";
            }

    const auto &pc = score.powerCore;
    std::cout << "\n" << Cli::tr("Power Core: ");
    if (!pc.hasData) {
        std::cout << Cli::tr("not ranked yet") << "\n";
    } else {
        std::cout << "A = " << title(*pc.primary, ins) << ", B = " << title(*pc.secondary, ins)
                  << (pc.fromConsensus ? Cli::tr(" (agreed ranking)").str() : std::string()) << "\n";
        std::cout << "  "
                  << (*pc.customerInCore
                          ? Cli::tr("Customer is in the Power Core.")
                          : Cli::tr("Customer is not in the Power Core: other forces drive the agenda."))
                  << "\n";
        if (pc.kendallW) {
            char w[16];
            std::snprintf(w, sizeof w, "%.2f", *pc.kendallW);
            std::cout << "  "
                      << Cli::tr("%1 agreement between the %2 rankings (Kendall's W = %3)")
                             .arg(bandWords(*pc.agreement))
                             .arg(pc.rankers)
                             .arg(std::string(w))
                      << "\n";
        }
    }
    const auto &rd = score.readiness;
    std::cout << "\n"
              << Cli::tr("CCO readiness: %1 yes, %2 no, %3 split, %4 unanswered")
                     .arg(rd.yes)
                     .arg(rd.no)
                     .arg(rd.split)
                     .arg(rd.unanswered)
              << "\n";
    if (rd.mandate)
        std::cout << "  "
                  << Cli::tr("Mandate to explore the Chief Customer Officer role: %1 (%2 of %3 questions "
                             "answered No or split)")
                         .arg(bandWords(*rd.mandate))
                         .arg(rd.gaps())
                         .arg(ins.readinessQuestions().size())
                  << "\n";
    else
        std::cout << "  " << Cli::tr("Mandate: not yet known until every question has an answer") << "\n";
}

} // namespace

int cmdScore(const Args &a, const Instrument &ins)
{
    if (a.positional.size() != 1 || a.output())
        throw UsageError{Cli::tr("usage: %1").arg("cxm score FILE [--json]")};
    const Session s = loadSession(a.positional[0], ins, a.flag("--json") ? "cli.score" : "cli.score.text");
    const Score score = ScoringEngine(ins).score(s);
    if (a.flag("--json"))
        std::cout << ScoringEngine::toJson(score).dump(2) << "\n";
    else
        printSummary(s, score, ins);
    return kOk;
}

} // namespace cxm::cli
