#include "Merge.h"

#include "Error.h"
#include "MergePlanner.h"
#include "Text.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <map>
#include <numeric>
#include <unordered_map>

namespace cxm {

std::string comparableName(const std::string &name)
{
    std::string out;
    bool space = false;
    for (char c : singleLineText(name)) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

using merge::InputMap;

namespace {

template<class T>
concept HasNote = requires(T t)
{
    t.note;
};
template<class T>
concept Personal = requires(T t)
{
    t.participant;
};

// The key of an answer: who (for a participant's), which question, which stage.
std::string keyOf(const RatingEntry &a)
{
    return a.participant + '\n' + a.item + '\n' + a.scope;
}
std::string keyOf(const ConsensusRating &a)
{
    return a.item + '\n' + a.scope;
}
std::string keyOf(const RankingEntry &a)
{
    return a.participant + '\n' + a.worksheet + '\n' + a.scope;
}
std::string keyOf(const RankingConsensus &a)
{
    return a.worksheet + '\n' + a.scope;
}
std::string keyOf(const ChecklistAnswer &a)
{
    return a.participant + '\n' + a.question + '\n' + a.scope;
}
std::string keyOf(const ChecklistConsensus &a)
{
    return a.question + '\n' + a.scope;
}
std::string keyOf(const TrackedAnswer &a)
{
    return a.participant + '\n' + a.item + '\n' + a.scope;
}
std::string keyOf(const TrackedConsensus &a)
{
    return a.item + '\n' + a.scope;
}
std::string keyOf(const ItemName &a)
{
    return a.item + '\n' + a.scope;
}
std::string keyOf(const ChoiceAnswer &a)
{
    return a.worksheet + '\n' + a.scope;
}
std::string keyOf(const Reconciliation &a)
{
    return a.item + '\n' + a.scope;
}
std::string keyOf(const Target &a)
{
    return a.item + '\n' + a.scope;
}

// Two notes on the same answer are both kept (a note is never a reason for a conflict).
std::string combinedNote(const std::string &a, const std::string &b)
{
    if (b.empty() || a == b || a.find(b) != std::string::npos)
        return a;
    if (a.empty() || b.find(a) != std::string::npos)
        return b;
    return a + "\n\n" + b;
}

// The one answer two agreeing answers make (notes combined), or nothing when they disagree.
template<class T>
std::optional<T> combine(const T &a, const T &b)
{
    T x = a;
    T y = b;
    if constexpr (HasNote<T>) {
        x.note.clear();
        y.note.clear();
    }
    if (!(x == y))
        return std::nullopt;
    if constexpr (HasNote<T>)
        x.note = combinedNote(a.note, b.note);
    return x;
}

// A tracked answer may be half given (tracked or difficulty first): halves that fit are one answer.
template<class T>
std::optional<T> combineTracked(const T &a, const T &b)
{
    if ((a.tracked && b.tracked && *a.tracked != *b.tracked) ||
        (a.difficulty && b.difficulty && *a.difficulty != *b.difficulty))
        return std::nullopt;
    T c = a;
    if (!c.tracked)
        c.tracked = b.tracked;
    if (!c.difficulty)
        c.difficulty = b.difficulty;
    c.note = combinedNote(a.note, b.note);
    return c;
}
std::optional<TrackedAnswer> combine(const TrackedAnswer &a, const TrackedAnswer &b)
{
    return combineTracked(a, b);
}
std::optional<TrackedConsensus> combine(const TrackedConsensus &a, const TrackedConsensus &b)
{
    return combineTracked(a, b);
}
// The same order with the "Other" option named on one laptop only is the same answer.
std::optional<RankingEntry> combine(const RankingEntry &a, const RankingEntry &b)
{
    if (a.ranking != b.ranking ||
        (!a.otherLabel.empty() && !b.otherLabel.empty() && a.otherLabel != b.otherLabel))
        return std::nullopt;
    RankingEntry c = a;
    if (c.otherLabel.empty())
        c.otherLabel = b.otherLabel;
    return c;
}

template<class T>
void remap(T &a, const InputMap &map)
{
    if constexpr (Personal<T>)
        a.participant = map.person(a.participant);
    a.scope = map.stage(a.scope);
}

// "stage:s2", "project:s4:item", "stop:s4:item": the stage is the second part.
std::string remapReference(const std::string &reference, const InputMap &map)
{
    const auto colon = reference.find(':');
    if (colon == std::string::npos)
        return reference;
    const std::string kind = reference.substr(0, colon);
    if (kind != "stage" && kind != "project" && kind != "stop")
        return reference;
    const auto end = reference.find(':', colon + 1);
    const std::string stage = reference.substr(colon + 1, end == std::string::npos ? end : end - colon - 1);
    return kind + ":" + map.stage(stage) + (end == std::string::npos ? "" : reference.substr(end));
}

int answerCount(const Session &s)
{
    return static_cast<int>(s.ratings.size() + s.consensus.size() + s.rankings.size() +
                            s.rankingConsensus.size() + s.checklist.size() + s.checklistConsensus.size() +
                            s.tracked.size() + s.trackedConsensus.size() + s.itemNames.size() +
                            s.entries.size() + s.choices.size() + s.reconciliations.size() +
                            s.targets.size() + s.actions.size());
}

} // namespace

template<class T>
void merge::Planner::answers(std::vector<T> Session::*member)
{
    struct Side
    {
        T value;
        std::vector<std::size_t> inputs;
    };
    std::unordered_map<std::string, std::size_t> index;
    std::vector<std::vector<Side>> groups;
    for (std::size_t i = 0; i < m_inputs.size(); ++i)
        for (const T &answer : m_inputs[i].session.*member) {
            T mapped = answer;
            remap(mapped, m_maps[i]);
            const auto [it, added] = index.emplace(keyOf(mapped), groups.size());
            if (added)
                groups.emplace_back();
            auto &sides = groups[it->second];
            bool placed = false;
            for (auto &side : sides)
                if (auto c = combine(side.value, mapped)) {
                    side.value = std::move(*c);
                    if (side.inputs.back() != i)
                        side.inputs.push_back(i);
                    placed = true;
                    break;
                }
            if (!placed)
                sides.push_back({std::move(mapped), {i}});
        }
    for (auto &sides : groups) {
        if (sides.size() == 1) {
            (m_plan.merged.*member).push_back(std::move(sides.front().value));
            continue;
        }
        MergeConflict c;
        c.kind = Personal<T> ? ConflictKind::PersonAnswer : ConflictKind::TeamAnswer;
        if constexpr (Personal<T>)
            c.person = sides.front().value.participant;
        c.question = m_words.question(sides.front().value);
        for (auto &s : sides) {
            MergeConflict::Side side;
            side.inputs = s.inputs;
            side.words = m_words.value(s.value);
            (side.answer.*member).push_back(std::move(s.value));
            c.sides.push_back(std::move(side));
        }
        m_plan.conflicts.push_back(std::move(c));
    }
}

void merge::Planner::info()
{
    SessionInfo &info = m_plan.merged.info;
    const auto field = [&](std::string SessionInfo::*member, const char *what) {
        for (std::size_t i = 0; i < m_inputs.size(); ++i) {
            const std::string &value = m_inputs[i].session.info.*member;
            if (value.empty() || value == info.*member)
                continue;
            if ((info.*member).empty())
                info.*member = value;
            else
                m_plan.notices.push_back(std::string(what) + " " + MergeWords::shortened(value, 60) + " of " +
                                         label(i) + " is not kept: the merged session's is " +
                                         MergeWords::shortened(info.*member, 60) + ".");
        }
    };
    field(&SessionInfo::title, "The title");
    field(&SessionInfo::organization, "The organisation");
    field(&SessionInfo::facilitator, "The facilitator");
    field(&SessionInfo::date, "The date");
    for (const auto &in : m_inputs)
        info.notes = combinedNote(info.notes, in.session.info.notes);
    const bool allSelf = std::all_of(m_inputs.begin(), m_inputs.end(),
                                     [](const MergeInput &in) { return in.session.info.mode == Mode::Self; });
    info.mode = allSelf && m_plan.people.size() == 1 ? Mode::Self : Mode::Workshop;
    if (std::any_of(m_inputs.begin(), m_inputs.end(),
                    [](const MergeInput &in) { return in.session.info.mode == Mode::Self; }) &&
        info.mode == Mode::Workshop)
        m_plan.notices.push_back("Self-assessments merged with other people make a workshop.");
}

// Absent in the merged session only when absent in every session the person is in: a laptop where
// they answered the step shows they were there.
void merge::Planner::absences()
{
    for (const auto &person : m_plan.people) {
        std::map<std::string, std::vector<std::size_t>> absentIn;
        for (const auto &s : person.sources)
            for (const auto &a : m_inputs[s.input].session.absences)
                if (a.participant == s.id)
                    absentIn[a.step].push_back(s.input);
        for (const auto &[step, inputs] : absentIn) {
            if (inputs.size() == person.sources.size()) {
                m_plan.merged.absences.push_back({person.participant.id, step});
                continue;
            }
            std::vector<std::string> where;
            for (std::size_t i : inputs)
                where.push_back(label(i));
            const Worksheet *w = m_instrument.findWorksheet(step);
            m_plan.notices.push_back(person.participant.name + " was marked absent for " +
                                     (w ? MergeWords::shortened(w->title, 60) : step) + " in " +
                                     join(where, ", ") + " but not in another session: not absent.");
        }
    }
}

// The plan's lines and the team's lists: every one kept once, in its order, later sessions' new
// ones after the earlier ones'.
void merge::Planner::plan()
{
    // A line written twice on one laptop stays twice: the merged list has each line as often as
    // the session that has it most often.
    std::unordered_map<std::string, int> mergedCount;
    int repeatedEntries = 0;
    int repeatedActions = 0;
    std::set<std::string> dismissed;
    for (std::size_t i = 0; i < m_inputs.size(); ++i) {
        const Session &in = m_inputs[i].session;
        const InputMap &map = m_maps[i];
        std::unordered_map<std::string, int> count;
        for (ListEntry e : in.entries) {
            e.scope = map.stage(e.scope);
            const std::string key =
                e.worksheet + '\n' + e.scope + '\n' + e.heading + '\n' + e.column + '\n' + e.text;
            if (++count[key] > mergedCount[key]) {
                ++mergedCount[key];
                m_plan.merged.entries.push_back(std::move(e));
            } else {
                ++repeatedEntries;
            }
        }
        for (Action a : in.actions) {
            if (!a.owner.empty())
                a.owner = map.person(a.owner);
            a.addresses = remapReference(a.addresses, map);
            a.suggestion = remapReference(a.suggestion, map);
            const bool repeated =
                std::any_of(m_plan.merged.actions.begin(), m_plan.merged.actions.end(), [&](Action b) {
                    b.id = a.id;
                    return b == a;
                });
            if (repeated) {
                ++repeatedActions;
                continue;
            }
            a.id = "a" + std::to_string(m_plan.merged.actions.size() + 1);
            m_plan.merged.actions.push_back(std::move(a));
        }
        for (const auto &key : in.dismissed)
            if (dismissed.insert(remapReference(key, map)).second)
                m_plan.merged.dismissed.push_back(remapReference(key, map));
    }
    if (repeatedEntries > 0)
        m_plan.notices.push_back(std::to_string(repeatedEntries) +
                                 " list entries were in more than one session and are kept once.");
    if (repeatedActions > 0)
        m_plan.notices.push_back(std::to_string(repeatedActions) +
                                 " actions were in more than one session and are kept once.");
}

MergePlan planMerge(const std::vector<MergeInput> &inputs, const Instrument &instrument,
                    const std::set<std::size_t> &confirmedMatches)
{
    if (inputs.empty())
        throw InputError("", "there is no session to merge");
    MergePlan plan;
    for (const auto &in : inputs) {
        plan.labels.push_back(in.label);
        plan.answersPerInput.push_back(answerCount(in.session));
    }
    merge::Planner planner(inputs, instrument, plan);
    planner.people(confirmedMatches);
    planner.stages();
    planner.info();
    // Item names first: the words of the tracked answers' conflicts use them.
    planner.answers(&Session::itemNames);
    planner.answers(&Session::ratings);
    planner.answers(&Session::consensus);
    planner.answers(&Session::rankings);
    planner.answers(&Session::rankingConsensus);
    planner.answers(&Session::checklist);
    planner.answers(&Session::checklistConsensus);
    planner.answers(&Session::tracked);
    planner.answers(&Session::trackedConsensus);
    planner.answers(&Session::choices);
    planner.answers(&Session::reconciliations);
    planner.answers(&Session::targets);
    planner.absences();
    planner.plan();
    const std::string &follows = inputs.front().follows;
    if (std::all_of(inputs.begin(), inputs.end(),
                    [&](const MergeInput &in) { return in.follows == follows; }))
        plan.follows = follows;
    else
        plan.notices.push_back("The sessions follow up different sessions: the merged one follows none.");
    return plan;
}

MergeChoices preferSides(const MergePlan &plan, bool preferLast)
{
    MergeChoices choices;
    for (const auto &c : plan.conflicts) {
        std::size_t best = 0;
        for (std::size_t s = 0; s < c.sides.size(); ++s)
            if (preferLast ? c.sides[s].inputs.back() > c.sides[best].inputs.back()
                           : c.sides[s].inputs.front() < c.sides[best].inputs.front())
                best = s;
        choices.push_back(best);
    }
    return choices;
}

namespace {

template<class T>
void append(std::vector<T> &to, const std::vector<T> &from)
{
    to.insert(to.end(), from.begin(), from.end());
}

} // namespace

MergeResult applyMerge(const MergePlan &plan, const MergeChoices &choices, const Instrument &instrument)
{
    if (choices.size() != plan.conflicts.size())
        throw InputError("", "every conflict needs a choice: " + std::to_string(plan.conflicts.size()) +
                                 " conflicts, " + std::to_string(choices.size()) + " choices");
    MergeResult result;
    Session &s = result.session;
    s = plan.merged;
    std::vector<std::optional<std::size_t>> chosen;
    for (std::size_t k = 0; k < choices.size(); ++k) {
        const auto &sides = plan.conflicts[k].sides;
        if (choices[k] >= sides.size())
            throw InputError("", "conflict " + std::to_string(k + 1) + " has " +
                                     std::to_string(sides.size()) + " sides, not " +
                                     std::to_string(choices[k] + 1));
        chosen.push_back(choices[k]);
        const Session &a = sides[choices[k]].answer;
        for (const Stage &st : a.stages)
            for (Stage &mine : s.stages)
                if (mine.id == st.id)
                    mine = st;
        append(s.ratings, a.ratings);
        append(s.consensus, a.consensus);
        append(s.rankings, a.rankings);
        append(s.rankingConsensus, a.rankingConsensus);
        append(s.checklist, a.checklist);
        append(s.checklistConsensus, a.checklistConsensus);
        append(s.tracked, a.tracked);
        append(s.trackedConsensus, a.trackedConsensus);
        append(s.itemNames, a.itemNames);
        append(s.choices, a.choices);
        append(s.reconciliations, a.reconciliations);
        append(s.targets, a.targets);
    }
    sortCanonically(s, instrument);
    result.report = mergeReport(plan, chosen);
    return result;
}

} // namespace cxm
