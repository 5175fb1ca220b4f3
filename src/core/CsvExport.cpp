#include "CsvExport.h"

#include "Plan.h"
#include "ScoringEngine.h"
#include "Text.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <unordered_map>
#include <vector>

namespace cxm {

void CsvExport::appendCell(std::string &out, const std::string &text)
{
    // No control character or bidirectional override reaches the spreadsheet raw; line breaks in
    // notes stay, inside a quoted cell.
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
    std::string cleaned;
    if (!plain)
        cleaned = multiLineText(text);
    const std::string &value = plain ? text : cleaned;
    // A cell that a spreadsheet would take for a formula is kept as text.
    const bool guard =
        !value.empty() && (value.front() == '=' || value.front() == '+' || value.front() == '-' ||
                           value.front() == '@' || value.front() == '\t' || value.front() == '\r');
    const bool quote =
        (guard && value.front() == '\r') || value.find_first_of(",\"\r\n") != std::string::npos;
    if (quote)
        out += '"';
    if (guard)
        out += '\'';
    if (!quote) {
        out += value;
        return;
    }
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

std::string CsvExport::cell(const std::string &text)
{
    std::string out;
    appendCell(out, text);
    return out;
}

namespace {

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

ExportCell numberCell(double v)
{
    return ExportCell(number(v), v);
}

} // namespace

std::string CsvExport::toCsv(const Session &session, const Instrument &ins)
{
    std::string out;
    // About 7 KB a participant (the demo's answers): grown once, not copied over and over.
    out.reserve(65536 + session.participants.size() * 7500);
    forEachRow(session, ins, [&](std::initializer_list<ExportCell> cells) {
        bool first = true;
        for (const auto &c : cells) {
            if (!first)
                out += ',';
            appendCell(out, c.text);
            first = false;
        }
        out += "\r\n";
    });
    return out;
}

std::vector<ExportRow> CsvExport::rows(const Session &session, const Instrument &ins)
{
    std::vector<ExportRow> out;
    forEachRow(session, ins, [&](std::initializer_list<ExportCell> cells) { out.emplace_back(cells); });
    return out;
}

void CsvExport::forEachRow(const Session &session, const Instrument &ins, const RowSink &sink)
{
    const auto row = [&](std::initializer_list<ExportCell> cells) { sink(cells); };
    row({"scope", "participant_id", "participant", "role", "section", "question_id", "question", "answer",
         "note"});

    // Every answer found by participant and question in one pass, so the export stays linear in the
    // number of participants. A ranking's question is its worksheet's id.
    const auto key = [](const std::string &participant, const std::string &question) {
        return participant + '\n' + question;
    };
    std::unordered_map<std::string, const RatingEntry *> ratings;
    std::unordered_map<std::string, const RankingEntry *> rankings;
    std::unordered_map<std::string, const ChecklistAnswer *> answers;
    std::unordered_map<std::string, const TrackedAnswer *> tracked;
    for (const auto &r : session.ratings) // a rating about a stage: its item and stage, "item@s2"
        ratings.emplace(key(r.participant, r.scope.empty() ? r.item : r.item + '@' + r.scope), &r);
    for (const auto &r : session.rankings)
        if (r.scope.empty())
            rankings.emplace(key(r.participant, r.worksheet), &r);
    for (const auto &a : session.checklist)
        if (a.scope.empty())
            answers.emplace(key(a.participant, a.question), &a);
    for (const auto &t : session.tracked)
        if (t.scope.empty())
            tracked.emplace(key(t.participant, t.item), &t);
    // One key buffer for every look-up: no string is made per answer looked for.
    std::string probe;
    const auto find = [&](const auto &map, const std::string &participant, const std::string &question) {
        probe.assign(participant).append(1, '\n').append(question);
        const auto it = map.find(probe);
        return it == map.end() ? nullptr : it->second;
    };
    // The five competencies keep the section "competency"; every other worksheet is named by its id.
    const auto section = [&](const Worksheet &w) {
        return w.kind == WorksheetKind::Scale && ins.competencyOfItem(w.items.front().id)
                   ? std::string("competency")
                   : w.id;
    };
    const auto levelIdOf = [&](const Worksheet &w, Rating r) {
        return ins.levelsOf(w).at(static_cast<std::size_t>(ratingValue(r) - 1)).id;
    };
    // A metric the team names is shown by its name; an unnamed one is no question.
    const auto titleOf = [&](const Item &item) {
        return item.named ? session.itemName(item.id) : item.title;
    };
    const auto trackedAnswer = [&](const Worksheet &w, const std::optional<Answer> &t,
                                   const std::optional<double> &d, bool mean) {
        std::string text = t ? std::string(toString(*t)) : std::string();
        if (d)
            text += (text.empty() ? "" : ", ") + std::string("difficulty ") +
                    (mean ? number(*d) : std::to_string(static_cast<int>(*d))) + " of " +
                    std::to_string(w.barometer.size());
        return text;
    };

    // A per-stage item's key, id and question, made once rather than once per participant.
    struct StageQuestion
    {
        std::string key; // "item@s2", as the ratings are found
        std::string id;  // "s2:item"
        std::string question;
    };
    std::unordered_map<std::string, std::vector<StageQuestion>> stageQuestions;
    for (const auto &w : ins.worksheets)
        if (w.kind == WorksheetKind::Scale && w.scope == WorksheetScope::Stage)
            for (std::size_t st = 0; st < session.stages.size(); ++st)
                for (const auto &item : w.items)
                    stageQuestions[w.id].push_back({item.id + '@' + session.stages[st].id,
                                                    session.stages[st].id + ":" + item.id,
                                                    "Stage " + std::to_string(st + 1) + " (" +
                                                        session.stages[st].name + "): " + item.title});

    for (const auto &p : session.participants) {
        const std::string name = singleLineText(p.name);
        const std::string role = singleLineText(p.role);
        const auto answerRow = [&](const Worksheet &w, const std::string &id, const std::string &question,
                                   const std::string &answer, const std::string &note) {
            row({"participant", p.id, name, role, section(w), id, question, answer, note});
        };
        for (const auto &w : ins.worksheets) {
            switch (w.kind) {
            case WorksheetKind::Scale:
                if (w.scope == WorksheetScope::Stage) {
                    // Per stage of the journey: "s2:reliability.customer", the stage's name first.
                    for (const auto &q : stageQuestions[w.id])
                        if (const auto *r = find(ratings, p.id, q.key))
                            answerRow(w, q.id, q.question, levelIdOf(w, r->rating), r->note);
                    break;
                }
                for (const auto &item : w.items)
                    if (const auto *r = find(ratings, p.id, item.id))
                        answerRow(w, item.id, item.title, levelIdOf(w, r->rating), r->note);
                break;
            case WorksheetKind::Ranking:
                if (const auto *r = find(rankings, p.id, w.id))
                    answerRow(w, "ranking",
                              w.id == ins.powerCore().id ? std::string("Power Core ranking (first = A)")
                                                         : w.title + " (first = A)",
                              join(r->ranking, " > "),
                              r->otherLabel.empty() ? "" : "Other: " + singleLineText(r->otherLabel));
                break;
            case WorksheetKind::Checklist:
                for (const auto &q : w.items)
                    if (const auto *a = find(answers, p.id, q.id))
                        answerRow(w, q.id, q.question, std::string(toString(a->answer)), a->note);
                break;
            case WorksheetKind::Tracked:
                for (const auto &item : w.items)
                    if (const auto *t = find(tracked, p.id, item.id); t && !titleOf(item).empty())
                        answerRow(w, item.id, titleOf(item),
                                  trackedAnswer(w, t->tracked,
                                                t->difficulty ? std::optional<double>(*t->difficulty)
                                                              : std::nullopt,
                                                false),
                                  t->note);
                break;
            case WorksheetKind::Lists:
            case WorksheetKind::Stages:
            case WorksheetKind::Choice:
            case WorksheetKind::Reconcile:
            case WorksheetKind::Reference:
                break; // the team's (below), or nothing to answer
            }
        }
    }

    const Score score = ScoringEngine(ins).score(session);
    const auto teamRow = [&](const Worksheet &w, const std::string &id, const std::string &question,
                             const ExportCell &answer, const std::string &note) {
        row({"team", "", "", "", section(w), id, question, answer, note});
    };
    const auto stageLabel = [&](std::size_t st) {
        return "Stage " + std::to_string(st + 1) + " (" + session.stages[st].name + "): ";
    };
    for (const auto &w : ins.worksheets) {
        const WorksheetScore *ws = score.findWorksheet(w.id);
        switch (w.kind) {
        case WorksheetKind::Scale:
            if (w.scope == WorksheetScope::Stage && ws) {
                for (std::size_t st = 0; st < ws->stages.size() && st < session.stages.size(); ++st) {
                    const auto &[stageId, cs] = ws->stages[st];
                    for (const auto &is : cs.items) {
                        const Item *item = w.findItem(is.id);
                        const auto *c = session.findConsensus(is.id, stageId);
                        teamRow(w, stageId + ":" + is.id,
                                "Stage " + std::to_string(st + 1) + " (" + session.stages[st].name +
                                    "): " + (item ? item->title : is.id),
                                c          ? ExportCell(levelIdOf(w, c->rating) + " (consensus)")
                                : is.value ? numberCell(*is.value)
                                           : ExportCell(""),
                                c ? c->note : "");
                    }
                }
                break;
            }
            for (const auto &item : w.items) {
                const auto *is = score.findItem(item.id);
                const auto *c = session.findConsensus(item.id);
                const ExportCell value = is && is->value ? numberCell(*is->value) : ExportCell("");
                teamRow(w, item.id, item.title,
                        c ? ExportCell(levelIdOf(w, c->rating) + " (consensus)") : value, c ? c->note : "");
            }
            break;
        case WorksheetKind::Ranking:
            if (ws && ws->ranking && ws->ranking->hasData) {
                const PowerCoreScore &r = *ws->ranking;
                std::vector<std::string> ranked;
                for (const auto &id : r.ranking)
                    ranked.push_back(id + " (" + std::to_string(r.pointsOf(id)) + ")");
                const bool powerCore = w.id == ins.powerCore().id;
                const auto *agreed = session.findRankingConsensus(w.id);
                teamRow(w, "ranking",
                        r.fromConsensus ? (powerCore ? "Agreed Power Core ranking" : "Agreed ranking")
                                        : (powerCore ? "Team Power Core ranking (Borda points)"
                                                     : "Team ranking (Borda points)"),
                        join(ranked, " > "), agreed ? agreed->note : "");
            }
            break;
        case WorksheetKind::Checklist:
            if (w.scope == WorksheetScope::Stage) {
                for (std::size_t st = 0; st < session.stages.size(); ++st)
                    for (const auto &q : w.items) {
                        const auto *c = session.findChecklistConsensus(q.id, session.stages[st].id);
                        teamRow(w, session.stages[st].id + ":" + q.id, stageLabel(st) + q.question,
                                c ? std::string(toString(c->answer)) : std::string("unanswered"),
                                c ? c->note : "");
                    }
                break;
            }
            for (const auto &q : w.items) {
                const auto *c = session.findChecklistConsensus(q.id);
                teamRow(w, q.id, q.question,
                        std::string(toString(ws && ws->checklist ? ws->checklist->answerFor(q.id)
                                                                 : TeamAnswer::Unanswered)),
                        c ? c->note : "");
            }
            break;
        case WorksheetKind::Tracked:
            if (ws && ws->tracked)
                for (const auto &is : ws->tracked->items) {
                    const Item *item = w.findItem(is.id);
                    const auto *c = session.findTrackedConsensus(is.id);
                    const bool agreedDifficulty = c && c->difficulty;
                    std::string answer = std::string(toString(is.tracked));
                    if (is.difficulty)
                        answer +=
                            ", difficulty " +
                            (agreedDifficulty ? std::to_string(*c->difficulty) : number(*is.difficulty)) +
                            " of " + std::to_string(w.barometer.size());
                    teamRow(w, is.id, item ? titleOf(*item) : is.id, answer, c ? c->note : "");
                }
            break;
        case WorksheetKind::Stages:
            // The journey: per stage its name, what it replaces and the customer's questions.
            for (std::size_t i = 0; i < session.stages.size(); ++i) {
                const Stage &stage = session.stages[i];
                const std::string which = "Stage " + std::to_string(i + 1);
                teamRow(w, stage.id + ".name", which + ", as customers live it", stage.name, "");
                if (!stage.replaces.empty())
                    teamRow(w, stage.id + ".replaces", which + ", the company-centric stage it replaces",
                            stage.replaces, "");
                for (const auto &q : stage.questions)
                    teamRow(w, stage.id + ".question", which + ", a question the customer needs answered", q,
                            "");
            }
            break;
        case WorksheetKind::Choice:
            if (w.scope == WorksheetScope::Company) {
                const auto *c = session.findChoice(w.id);
                const Item *option = c ? w.findItem(c->option) : nullptr;
                teamRow(w, w.id, w.title, option ? option->title : "", c ? c->note : "");
                break;
            }
            for (std::size_t st = 0; st < session.stages.size(); ++st) {
                const auto *c = session.findChoice(w.id, session.stages[st].id);
                const Item *option = c ? w.findItem(c->option) : nullptr;
                teamRow(w, session.stages[st].id + ":" + w.id, stageLabel(st) + w.title,
                        option ? option->title : "", c ? c->note : "");
            }
            break;
        case WorksheetKind::Reconcile:
            // Per stage: the priorities and projects the team named, each project with what it
            // serves and the decision (a project that serves no priority is a stop candidate).
            for (std::size_t st = 0; st < session.stages.size(); ++st) {
                const std::string scope = session.stages[st].id;
                for (const auto &item : w.items) {
                    const std::string name = session.itemName(item.id, scope);
                    if (name.empty())
                        continue;
                    const Heading *group = w.findHeading(item.group);
                    std::string answer = name;
                    std::string note;
                    if (item.group == "projects") {
                        const auto *r = session.findReconciliation(item.id, scope);
                        const std::string serves = r ? session.itemName(r->serves, scope) : std::string();
                        const Heading *decision = r ? w.findDecision(r->decision) : nullptr;
                        answer += "; " + w.servesTitle + ": " + (serves.empty() ? w.servesNone : serves);
                        if (decision)
                            answer += "; " + w.decisionTitle + ": " + decision->title;
                        note = r ? r->note : "";
                    }
                    teamRow(w, scope + ":" + item.id, stageLabel(st) + (group ? group->title : item.group),
                            answer, note);
                }
            }
            break;
        case WorksheetKind::Reference:
            break;
        case WorksheetKind::Lists:
            if (w.scope == WorksheetScope::Stage) {
                // Per stage of the journey: "s2:customers.always", the stage's name first.
                for (std::size_t st = 0; st < session.stages.size(); ++st)
                    for (const auto &h : w.headings)
                        for (const auto &c : w.columns)
                            for (const auto &text :
                                 session.listEntries(w.id, h.id, c.id, session.stages[st].id))
                                teamRow(w, session.stages[st].id + ":" + h.id + "." + c.id,
                                        "Stage " + std::to_string(st + 1) + " (" + session.stages[st].name +
                                            "): " + h.title + ": " + c.title,
                                        text, "");
                break;
            }
            for (const auto &h : w.headings)
                for (const auto &c : w.columns)
                    for (const auto &text : session.listEntries(w.id, h.id, c.id))
                        teamRow(w, h.id + "." + c.id, h.title + ": " + c.title, text, "");
            break;
        }
    }
    // The plan: the team's targets, then the actions in their order (scope "action"; the owner in the
    // participant columns, or their name as typed).
    for (const auto &t : session.targets) {
        const Worksheet *w = ins.worksheetOfItem(t.item);
        const Item *item = ins.findItem(t.item);
        if (!w || !item)
            continue;
        std::string by = !t.date.empty() ? " by " + t.date
                         : t.months > 0  ? " within " + std::to_string(t.months) + " months"
                                         : std::string();
        std::string stage;
        for (std::size_t i = 0; i < session.stages.size(); ++i)
            if (session.stages[i].id == t.scope)
                stage = "Stage " + std::to_string(i + 1) + " (" + session.stages[i].name + "): ";
        row({"target", "", "", "", section(*w), t.scope.empty() ? t.item : t.scope + ":" + t.item,
             stage + item->title, levelIdOf(*w, t.level) + by, t.note});
    }
    for (const auto &a : session.actions) {
        const Participant *owner = session.findParticipant(a.owner);
        std::string answer = std::string(toString(a.status));
        if (!a.due.empty())
            answer += "; due " + a.due;
        if (!a.addresses.empty())
            answer += "; addresses " + addressTitle(a.addresses, ins, session);
        if (!a.priority.empty())
            answer += "; serves " + priorityTitle(a.priority, ins);
        row({"action", owner ? owner->id : "", owner ? singleLineText(owner->name) : a.ownerName,
             owner ? singleLineText(owner->role) : "", "plan", a.id, a.title, answer, a.note});
    }
}

} // namespace cxm
