#include "Plan.h"

#include "Text.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace cxm {

namespace {

// "kind:rest" split at the first colon.
std::pair<std::string, std::string> splitRef(const std::string &ref)
{
    const auto colon = ref.find(':');
    if (colon == std::string::npos)
        return {ref, {}};
    return {ref.substr(0, colon), ref.substr(colon + 1)};
}

std::string lowered(std::string text)
{
    for (char &c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string stageWords(const Session &session, const std::string &id)
{
    for (std::size_t i = 0; i < session.stages.size(); ++i)
        if (session.stages[i].id == id)
            return "Stage " + std::to_string(i + 1) + ": " + session.stages[i].name;
    return "A removed stage";
}

} // namespace

long long actionNumber(const std::string &id)
{
    long long n = 0;
    if (id.size() < 2 || id[0] != 'a')
        return 0;
    const auto [ptr, ec] = std::from_chars(id.data() + 1, id.data() + id.size(), n);
    return ec == std::errc() && ptr == id.data() + id.size() ? n : 0;
}

std::string addressProblem(const std::string &addresses, const Instrument &ins, const Session &session)
{
    if (addresses.empty())
        return {};
    const auto [kind, rest] = splitRef(addresses);
    if (kind == "item") {
        const Worksheet *w = ins.worksheetOfItem(rest);
        if (!w || w->kind != WorksheetKind::Scale)
            return "\"" + rest + "\" is not an item the team rates";
        return {};
    }
    if (kind == "question") {
        const Worksheet *w = ins.worksheetOfItem(rest);
        if (!w || w->kind != WorksheetKind::Checklist)
            return "\"" + rest + "\" is not a question of a checklist";
        return {};
    }
    if (kind == "stage")
        return session.findStage(rest) ? std::string() : "\"" + rest + "\" is not a stage of the journey";
    if (kind == "project") {
        const auto [stage, slot] = splitRef(rest);
        if (!session.findStage(stage))
            return "\"" + stage + "\" is not a stage of the journey";
        const Worksheet *w = ins.worksheetOfItem(slot);
        if (!w || w->kind != WorksheetKind::Reconcile || w->findItem(slot)->group != "projects")
            return "\"" + slot + "\" is not a project slot of a stop-doing list";
        return {};
    }
    return "expected what an action addresses as item:ID, question:ID, stage:ID or project:STAGE:ID, not \"" +
           addresses + "\"";
}

std::string priorityProblem(const std::string &priority, const Instrument &ins)
{
    if (priority.empty())
        return {};
    for (const auto &[id, title] : priorityChoices(ins))
        if (id == priority)
            return {};
    return "\"" + priority + "\" is not one of the workbook's CCO priorities (such as \"" +
           (ins.priorities.empty() || ins.priorities.front().items.empty()
                ? std::string("years1to3.unite")
                : ins.priorities.front().id + "." + lowered(ins.priorities.front().items.front().verb)) +
           "\")";
}

std::string targetProblem(const Target &t, const Instrument &ins, const Session &session)
{
    const Worksheet *w = ins.worksheetOfItem(t.item);
    if (!w || w->kind != WorksheetKind::Scale)
        return "\"" + t.item + "\" is not an item the team rates";
    if (w->scope == WorksheetScope::Stage && !session.findStage(t.scope))
        return "\"" + t.item + "\" is rated per stage, and \"" + t.scope + "\" is not a stage of the journey";
    if (w->scope == WorksheetScope::Company && !t.scope.empty())
        return "\"" + t.item + "\" is about the whole company, not a stage";
    if (!t.date.empty() && !isIsoDate(t.date))
        return "expected a date as YYYY-MM-DD, found \"" + t.date + "\"";
    if (t.months < 0 || t.months > 120)
        return "expected 0 to 120 months, found " + std::to_string(t.months);
    return {};
}

std::string addressTitle(const std::string &addresses, const Instrument &ins, const Session &session)
{
    const auto [kind, rest] = splitRef(addresses);
    if (kind == "item") {
        const Item *item = ins.findItem(rest);
        const Competency *c = ins.competencyOfItem(rest);
        if (!item)
            return rest;
        return c ? "C" + std::to_string(c->number) + " " + item->title : item->title;
    }
    if (kind == "question") {
        const Worksheet *w = ins.worksheetOfItem(rest);
        const int index = w ? w->itemIndex(rest) : -1;
        if (w == &ins.readiness())
            return "Readiness question " + std::to_string(index + 1);
        return w ? w->title + ", question " + std::to_string(index + 1) : rest;
    }
    if (kind == "stage")
        return stageWords(session, rest);
    if (kind == "project") {
        const auto [stage, slot] = splitRef(rest);
        const std::string name = session.itemName(slot, stage);
        return stageWords(session, stage) + ", project: " + (name.empty() ? std::string("(unnamed)") : name);
    }
    return {};
}

std::vector<std::pair<std::string, std::string>> priorityChoices(const Instrument &ins)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto &set : ins.priorities)
        for (const auto &p : set.items)
            out.emplace_back(set.id + "." + lowered(p.verb), p.verb + " (" + set.title + ")");
    return out;
}

std::string priorityTitle(const std::string &priority, const Instrument &ins)
{
    for (const auto &[id, title] : priorityChoices(ins))
        if (id == priority)
            return title;
    return priority;
}

std::string actionStatusWords(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return "Open";
    case ActionStatus::InProgress:
        return "In progress";
    case ActionStatus::Done:
        return "Done";
    case ActionStatus::Dropped:
        return "Dropped";
    }
    return "Open";
}

std::vector<Suggestion> suggestActions(const Session &session, const Instrument &ins, const Score &score)
{
    std::vector<Suggestion> all;
    // Readiness: every question the team answers No, with the workbook's tip as a start.
    for (const auto &[question, answer] : score.readiness.answers)
        if (answer == TeamAnswer::No) {
            const Item *q = ins.findItem(question);
            if (!q)
                continue;
            all.push_back({"readiness:" + question,
                           "Make this true: " + q->question,
                           "question:" + question,
                           {},
                           q->tip,
                           "Readiness question " + std::to_string(ins.readiness().itemIndex(question) + 1) +
                               " is answered No"});
        }
    // The stop-doing list: every project the team decided to stop.
    for (const auto &r : session.reconciliations)
        if (r.decision == "stop") {
            const std::string name = session.itemName(r.item, r.scope);
            if (name.empty())
                continue;
            all.push_back({"stop:" + r.scope + ":" + r.item,
                           "Stop: " + name,
                           "project:" + r.scope + ":" + r.item,
                           {},
                           {},
                           stageWords(session, r.scope) + ": decided to stop it"});
        }
    // The three weakest competency items: the lowest team values, the instrument's order on a tie.
    std::vector<std::pair<double, std::string>> items;
    for (const auto &c : score.competencies)
        for (const auto &i : c.items)
            if (i.value)
                items.emplace_back(*i.value, i.id);
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (std::size_t n = 0; n < items.size() && n < 3; ++n) {
        const std::string &id = items[n].second;
        const Item *item = ins.findItem(id);
        char value[16];
        std::snprintf(value, sizeof value, "%.2f", items[n].first);
        all.push_back({"weakest:" + id,
                       "Raise " + addressTitle("item:" + id, ins, session),
                       "item:" + id,
                       {},
                       {},
                       std::string("One of the three weakest items (") + value + " of 3)"});
        (void)item;
    }
    // Less those already in the plan or dismissed.
    std::vector<Suggestion> open;
    for (auto &s : all) {
        const bool taken = std::any_of(session.actions.begin(), session.actions.end(),
                                       [&](const Action &a) { return a.suggestion == s.key; });
        const bool dismissed =
            std::find(session.dismissed.begin(), session.dismissed.end(), s.key) != session.dismissed.end();
        if (!taken && !dismissed)
            open.push_back(std::move(s));
    }
    return open;
}

std::vector<DiscussionFlag> readinessToDiscuss(const Session &session, const Instrument &ins)
{
    std::vector<DiscussionFlag> flags;
    for (const Item &q : ins.readiness().items) {
        if (session.findChecklistConsensus(q.id))
            continue; // the team has decided
        DiscussionFlag f{q.id};
        for (const auto &a : session.checklist)
            if (a.question == q.id && a.scope.empty())
                (a.answer == Answer::Yes ? f.yes : f.no)++;
        // Most said Yes but some No, or a tie (split, which the mandate counts as a gap): a
        // disagreement to talk through. A majority No is a suggested action instead.
        if (f.no > 0 && f.yes >= f.no)
            flags.push_back(f);
    }
    return flags;
}

} // namespace cxm
