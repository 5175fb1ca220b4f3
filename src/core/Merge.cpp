#include "Merge.h"

#include "Error.h"
#include "MergeWords.h"
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

namespace {

// Where each input's participants and stages went in the merged session.
struct InputMap
{
    std::unordered_map<std::string, std::string> people;
    std::unordered_map<std::string, std::string> stages;
    std::string stage(const std::string &id) const
    {
        const auto it = stages.find(id);
        return it == stages.end() ? id : it->second;
    }
    std::string person(const std::string &id) const
    {
        const auto it = people.find(id);
        return it == people.end() ? id : it->second;
    }
};

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

class Planner
{
public:
    Planner(const std::vector<MergeInput> &inputs, const Instrument &instrument, MergePlan &plan)
        : m_inputs(inputs)
        , m_instrument(instrument)
        , m_plan(plan)
        , m_maps(inputs.size())
        , m_words(instrument, plan.merged)
    {}

    void people(const std::set<std::size_t> &confirmed);
    void stages();
    void info();
    void absences();
    void plan();
    template<class T>
    void answers(std::vector<T> Session::*member);

private:
    const std::string &label(std::size_t input) const { return m_plan.labels[input]; }

    const std::vector<MergeInput> &m_inputs;
    const Instrument &m_instrument;
    MergePlan &m_plan;
    std::vector<InputMap> m_maps;
    MergeWords m_words;
};

// Each group keeps the id of its first source unless an earlier group has it; the others get new
// ids ("p7", "s4") past every id kept, so a renumbered one never takes an id another one keeps.
std::vector<std::string> assignIds(const std::vector<std::string> &firstIds, char prefix)
{
    std::set<std::string> taken;
    std::vector<std::string> ids(firstIds.size());
    long long highest = 0;
    for (std::size_t g = 0; g < firstIds.size(); ++g) {
        const std::string &id = firstIds[g];
        long long n = 0;
        if (id.size() > 1 && id[0] == prefix) {
            const auto [ptr, ec] = std::from_chars(id.data() + 1, id.data() + id.size(), n);
            if (ec == std::errc() && ptr == id.data() + id.size())
                highest = std::max(highest, n);
        }
        if (taken.insert(id).second)
            ids[g] = id;
    }
    // Past the range of long long, the smallest free number.
    long long next = highest < std::numeric_limits<long long>::max() ? highest : 0;
    for (auto &id : ids)
        if (id.empty()) {
            do
                id = prefix + std::to_string(++next);
            while (taken.count(id));
            taken.insert(id);
        }
    return ids;
}

void Planner::people(const std::set<std::size_t> &confirmed)
{
    // Same id and same name: one person, without asking.
    std::vector<std::vector<MergeSource>> groups;
    std::map<std::pair<std::string, std::string>, std::size_t> byIdAndName;
    std::map<std::string, std::vector<std::size_t>> byName;     // comparable name → groups, in order
    std::map<std::string, std::map<std::size_t, int>> perInput; // comparable name → input → count
    for (std::size_t i = 0; i < m_inputs.size(); ++i)
        for (const auto &p : m_inputs[i].session.participants) {
            const std::string name = comparableName(p.name);
            ++perInput[name][i];
            const auto [it, added] = byIdAndName.emplace(std::pair(p.id, name), groups.size());
            if (added) {
                groups.push_back({});
                byName[name].push_back(it->second);
            }
            groups[it->second].push_back({i, p.id});
        }
    const auto participant = [&](const MergeSource &s) -> const Participant & {
        return *m_inputs[s.input].session.findParticipant(s.id);
    };
    // The same name under different ids: proposed, joined only when confirmed. Matches come in the
    // order of their first person.
    std::vector<std::size_t> joinedTo(groups.size());
    std::iota(joinedTo.begin(), joinedTo.end(), 0);
    std::vector<std::pair<std::size_t, std::string>> names;
    for (const auto &[name, members] : byName)
        if (members.size() > 1)
            names.emplace_back(members.front(), name);
    std::sort(names.begin(), names.end());
    for (const auto &[first, name] : names) {
        const auto &members = byName[name];
        const auto &counts = perInput[name];
        const bool ambiguous =
            std::any_of(counts.begin(), counts.end(), [](const auto &c) { return c.second > 1; });
        if (ambiguous) {
            m_plan.notices.push_back("The name " +
                                     MergeWords::shortened(participant(groups[first][0]).name, 60) +
                                     " is given to more than one person in one session, so it is not "
                                     "matched across sessions: they stay different people.");
            continue;
        }
        NameMatch match;
        match.name = participant(groups[first][0]).name;
        for (std::size_t g : members)
            match.sides.push_back(groups[g]);
        match.confirmed = confirmed.count(m_plan.nameMatches.size()) > 0;
        if (match.confirmed)
            for (std::size_t g : members)
                joinedTo[g] = members.front();
        m_plan.nameMatches.push_back(std::move(match));
    }
    // The people, in the order they first appear.
    std::vector<std::vector<MergeSource>> persons;
    std::vector<std::size_t> personOf(groups.size());
    std::map<std::size_t, std::size_t> personOfRoot;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto [it, added] = personOfRoot.emplace(joinedTo[g], persons.size());
        if (added)
            persons.push_back({});
        personOf[g] = it->second;
    }
    for (std::size_t g = 0; g < groups.size(); ++g)
        for (const auto &s : groups[g])
            persons[personOf[g]].push_back(s);
    for (auto &sources : persons)
        std::stable_sort(sources.begin(), sources.end(),
                         [](const MergeSource &a, const MergeSource &b) { return a.input < b.input; });

    std::vector<std::string> firstIds;
    for (const auto &sources : persons)
        firstIds.push_back(sources.front().id);
    const std::vector<std::string> ids = assignIds(firstIds, 'p');
    for (std::size_t k = 0; k < persons.size(); ++k) {
        MergePerson person;
        person.sources = persons[k];
        person.participant = participant(persons[k].front());
        person.participant.id = ids[k];
        for (const auto &s : persons[k]) {
            const Participant &p = participant(s);
            if (person.participant.role.empty())
                person.participant.role = p.role;
            else if (!p.role.empty() && p.role != person.participant.role)
                m_plan.notices.push_back(person.participant.name + " (" + ids[k] + ") has the role " +
                                         MergeWords::shortened(p.role, 60) + " in " + label(s.input) +
                                         "; the merged session keeps " +
                                         MergeWords::shortened(person.participant.role, 60) + ".");
            m_maps[s.input].people[s.id] = ids[k];
        }
        m_plan.merged.participants.push_back(person.participant);
        m_plan.people.push_back(std::move(person));
    }
    // The same id for different names: different people, said once per id.
    std::map<std::string, std::vector<std::size_t>> byId;
    for (std::size_t k = 0; k < m_plan.people.size(); ++k)
        for (const auto &s : m_plan.people[k].sources)
            if (byId[s.id].empty() || byId[s.id].back() != k)
                byId[s.id].push_back(k);
    for (const auto &[id, people] : byId) {
        std::set<std::size_t> distinct(people.begin(), people.end());
        if (distinct.size() < 2)
            continue;
        std::vector<std::string> who;
        for (std::size_t k : distinct)
            who.push_back(m_plan.people[k].participant.name + " (now " + m_plan.people[k].participant.id +
                          ")");
        m_plan.notices.push_back("The id " + id + " names different people in different sessions: " +
                                 join(who, ", ") + ". They are kept apart.");
    }
}

// A stage defined with only a name takes the other's definition; two definitions must agree.
std::optional<Stage> combineStages(const Stage &a, const Stage &b)
{
    if (!a.replaces.empty() && !b.replaces.empty() && a.replaces != b.replaces)
        return std::nullopt;
    if (!a.questions.empty() && !b.questions.empty() && a.questions != b.questions)
        return std::nullopt;
    Stage c = a;
    if (c.replaces.empty())
        c.replaces = b.replaces;
    if (c.questions.empty())
        c.questions = b.questions;
    return c;
}

void Planner::stages()
{
    struct Group
    {
        std::vector<MergeSource> sources;
        std::vector<std::pair<Stage, std::vector<std::size_t>>> sides;
    };
    std::vector<Group> groups;
    std::map<std::string, std::size_t> byName;
    for (std::size_t i = 0; i < m_inputs.size(); ++i) {
        std::map<std::string, int> seen; // a name given twice in one journey: two stages
        for (const auto &st : m_inputs[i].session.stages) {
            const std::string name = comparableName(st.name);
            const std::string key = name + '\n' + std::to_string(seen[name]++);
            const auto [it, added] = byName.emplace(key, groups.size());
            if (added)
                groups.push_back({});
            Group &g = groups[it->second];
            g.sources.push_back({i, st.id});
            bool placed = false;
            for (auto &[stage, from] : g.sides)
                if (auto c = combineStages(stage, st)) {
                    stage = *c;
                    from.push_back(i);
                    placed = true;
                    break;
                }
            if (!placed)
                g.sides.push_back({st, {i}});
        }
    }
    std::vector<std::string> firstIds;
    for (const auto &g : groups)
        firstIds.push_back(g.sources.front().id);
    const std::vector<std::string> ids = assignIds(firstIds, 's');
    for (std::size_t k = 0; k < groups.size(); ++k) {
        for (const auto &s : groups[k].sources)
            m_maps[s.input].stages[s.id] = ids[k];
        m_plan.stageSources.push_back(groups[k].sources);
        Stage merged = groups[k].sides.front().first;
        merged.id = ids[k];
        if (groups[k].sides.size() > 1) {
            MergeConflict c;
            c.kind = ConflictKind::StageDefinition;
            c.question = m_words.question(merged);
            for (auto &[stage, from] : groups[k].sides) {
                MergeConflict::Side side;
                side.inputs = from;
                side.words = m_words.value(stage);
                stage.id = ids[k];
                stage.name = merged.name;
                side.answer.stages.push_back(stage);
                c.sides.push_back(std::move(side));
            }
            m_plan.conflicts.push_back(std::move(c));
            merged.replaces.clear(); // the chosen definition comes with the choice
            merged.questions.clear();
        }
        m_plan.merged.stages.push_back(std::move(merged));
    }
}

template<class T>
void Planner::answers(std::vector<T> Session::*member)
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

void Planner::info()
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
void Planner::absences()
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
void Planner::plan()
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

} // namespace

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
    Planner planner(inputs, instrument, plan);
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
