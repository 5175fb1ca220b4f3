#include "CsvExport.h"

#include "ScoringEngine.h"
#include "Text.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <unordered_map>
#include <vector>

namespace cxm {

std::string CsvExport::cell(const std::string &text)
{
    // No control character or bidirectional override reaches the spreadsheet raw; line breaks in
    // notes stay, inside a quoted cell.
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
    std::string value = plain ? text : multiLineText(text);
    if (!value.empty()) {
        const char first = value.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
            value.insert(value.begin(), '\'');
    }
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

namespace {

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

} // namespace

std::string CsvExport::toCsv(const Session &session, const Instrument &ins)
{
    std::string out;
    const auto row = [&](std::initializer_list<std::string> cells) {
        bool first = true;
        for (const auto &c : cells) {
            if (!first)
                out += ',';
            out += cell(c);
            first = false;
        }
        out += "\r\n";
    };
    row({"scope", "participant_id", "participant", "role", "section", "question_id", "question", "answer",
         "note"});

    // Each participant's answers, found by position rather than by a search through every answer:
    // the export stays linear in the number of participants.
    std::unordered_map<std::string, std::size_t> participantIndex;
    for (std::size_t i = 0; i < session.participants.size(); ++i)
        participantIndex.emplace(session.participants[i].id, i);
    const std::size_t items = ins.itemIds().size();
    const std::size_t questions = ins.readinessQuestions().size();
    std::vector<const RatingEntry *> ratings(session.participants.size() * items, nullptr);
    std::vector<const ChecklistAnswer *> answers(session.participants.size() * questions, nullptr);
    std::vector<const RankingEntry *> rankings(session.participants.size(), nullptr);
    const auto indexOf = [&](const std::string &id) {
        const auto it = participantIndex.find(id);
        return it == participantIndex.end() ? std::optional<std::size_t>() : it->second;
    };
    for (const auto &r : session.ratings) {
        const auto p = indexOf(r.participant);
        const int item = ins.itemIndex(r.item);
        if (p && item >= 0 && !ratings[*p * items + static_cast<std::size_t>(item)])
            ratings[*p * items + static_cast<std::size_t>(item)] = &r;
    }
    for (const auto &a : session.checklist) {
        const auto p = indexOf(a.participant);
        const int q = ins.questionIndex(a.question);
        if (p && q >= 0 && !answers[*p * questions + static_cast<std::size_t>(q)])
            answers[*p * questions + static_cast<std::size_t>(q)] = &a;
    }
    for (const auto &pc : session.rankings)
        if (const auto p = indexOf(pc.participant); p && pc.worksheet == ins.powerCore().id && !rankings[*p])
            rankings[*p] = &pc;

    for (std::size_t pi = 0; pi < session.participants.size(); ++pi) {
        const auto &p = session.participants[pi];
        const std::string name = singleLineText(p.name);
        const std::string role = singleLineText(p.role);
        for (const auto &comp : ins.competencies())
            for (const auto &item : comp.items)
                if (const auto *r = ratings[pi * items + static_cast<std::size_t>(ins.itemIndex(item.id))])
                    row({"participant", p.id, name, role, "competency", item.id, item.title,
                         std::string(toString(r->rating)), r->note});
        if (const auto *pc = rankings[pi]) {
            row({"participant", p.id, name, role, "power_core", "ranking", "Power Core ranking (first = A)",
                 join(pc->ranking, " > "),
                 pc->otherLabel.empty() ? "" : "Other: " + singleLineText(pc->otherLabel)});
        }
        for (std::size_t qi = 0; qi < questions; ++qi)
            if (const auto *a = answers[pi * questions + qi]) {
                const auto &q = ins.readinessQuestions()[qi];
                row({"participant", p.id, name, role, "readiness", q.id, q.question,
                     std::string(toString(a->answer)), a->note});
            }
    }

    const Score score = ScoringEngine(ins).score(session);
    for (const auto &comp : ins.competencies())
        for (const auto &item : comp.items) {
            const auto *is = score.findItem(item.id);
            const auto *c = session.findConsensus(item.id);
            const std::string value = is && is->value ? number(*is->value) : "";
            row({"team", "", "", "", "competency", item.id, item.title,
                 c ? std::string(toString(c->rating)) + " (consensus)" : value, c ? c->note : ""});
        }
    if (score.powerCore.hasData) {
        std::vector<std::string> ranked;
        for (const auto &id : score.powerCore.ranking)
            ranked.push_back(id + " (" + std::to_string(score.powerCore.pointsOf(id)) + ")");
        row({"team", "", "", "", "power_core", "ranking",
             score.powerCore.fromConsensus ? "Agreed Power Core ranking"
                                           : "Team Power Core ranking (Borda points)",
             join(ranked, " > "),
             session.findRankingConsensus(ins.powerCore().id)
                 ? session.findRankingConsensus(ins.powerCore().id)->note
                 : ""});
    }
    for (const auto &q : ins.readinessQuestions()) {
        const auto *c = session.findChecklistConsensus(q.id);
        row({"team", "", "", "", "readiness", q.id, q.question,
             std::string(toString(score.readiness.answerFor(q.id))), c ? c->note : ""});
    }
    return out;
}

} // namespace cxm
