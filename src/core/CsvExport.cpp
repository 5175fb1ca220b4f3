#include "CsvExport.h"

#include "ScoringEngine.h"
#include "Text.h"

#include <cstdio>

namespace cxm {

std::string CsvExport::cell(const std::string &text)
{
    std::string value = text;
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

    for (const auto &p : session.participants) {
        for (const auto &comp : ins.competencies)
            for (const auto &item : comp.items)
                if (const auto *r = session.findRating(p.id, item.id))
                    row({"participant", p.id, p.name, p.role, "competency", item.id, item.title,
                         std::string(toString(r->rating)), r->note});
        if (const auto *pc = session.findPowerCore(p.id)) {
            std::vector<std::string> ranking = pc->ranking;
            row({"participant", p.id, p.name, p.role, "power_core", "ranking",
                 "Power Core ranking (first = A)", join(ranking, " > "),
                 pc->otherLabel.empty() ? "" : "Other: " + pc->otherLabel});
        }
        for (const auto &q : ins.readinessQuestions)
            if (const auto *a = session.findReadiness(p.id, q.id))
                row({"participant", p.id, p.name, p.role, "readiness", q.id, q.text,
                     std::string(toString(a->answer)), a->note});
    }

    const Score score = ScoringEngine(ins).score(session);
    for (const auto &comp : ins.competencies)
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
             join(ranked, " > "), session.powerCoreConsensus ? session.powerCoreConsensus->note : ""});
    }
    for (const auto &q : ins.readinessQuestions) {
        const auto *c = session.findReadinessConsensus(q.id);
        row({"team", "", "", "", "readiness", q.id, q.text, score.readiness.answerFor(q.id),
             c ? c->note : ""});
    }
    return out;
}

} // namespace cxm
